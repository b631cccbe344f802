"""Interface languages (简体中文, 繁體中文, English): choosing one and installing its translators.

Our strings come from `resources/i18n/wenyuan_<language>.qm` (built from the committed .ts
files by build/build_translations.py); Qt's own dialog buttons from Qt's `qtbase_<language>.qm`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from archive.paths import resources_dir

#: Language codes and their names, each written in its own language (never translated).
LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
SOURCE_LANGUAGE = "en"
_TRADITIONAL_TERRITORIES = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
}


def translations_dir() -> Path:
    """Where the built .qm files live."""
    return resources_dir() / "i18n"


def system_language(locale: QLocale | None = None) -> str:
    """The language for a locale: Chinese in traditional script or TW/HK/MO, Chinese, English."""
    locale = locale if locale is not None else QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return SOURCE_LANGUAGE
    traditional = locale.script() == QLocale.Script.TraditionalHanScript
    return "zh_TW" if traditional or locale.territory() in _TRADITIONAL_TERRITORIES else "zh_CN"


def effective_language(chosen: str, locale: QLocale | None = None) -> str:
    """The chosen language if we have it, else the system's."""
    return chosen if chosen in LANGUAGES else system_language(locale)


class Translators:
    """The translators installed in the application; replaced when the language changes."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Use `language` from now on; False when its .qm file is missing (English then)."""
        self.remove()
        application = QCoreApplication.instance()
        assert application is not None, "translators need a QApplication"
        ours = QTranslator()
        loaded = ours.load(str(translations_dir() / f"wenyuan_{language}.qm"))
        if loaded:
            application.installTranslator(ours)
            self._installed.append(ours)
        qt_own = QTranslator()
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != SOURCE_LANGUAGE and qt_own.load(f"qtbase_{language}", qt_path):
            application.installTranslator(qt_own)
            self._installed.append(qt_own)
        self.language = language if loaded else SOURCE_LANGUAGE
        return loaded

    def remove(self) -> None:
        """Uninstall every translator this object installed (the source strings show again)."""
        application = QCoreApplication.instance()
        for translator in self._installed:
            if application is not None:
                application.removeTranslator(translator)
        self._installed.clear()
        self.language = SOURCE_LANGUAGE
