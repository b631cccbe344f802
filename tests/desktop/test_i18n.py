"""Interface languages: complete translations, the system's choice, and switching while running."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from archive.library import Library
from desktop.app import Session
from desktop.core_messages import translated
from desktop.i18n import LANGUAGES, Translators, effective_language, system_language
from desktop.settings import Settings
from tests.desktop.conftest import wait_for_search

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_string_is_translated(language: str) -> None:
    ts_file = I18N / f"wenyuan_{language}.ts"
    found = messages(ts_file)
    assert len(found) > 80
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        for text in translations(message):
            assert text.strip(), f"{language}: empty translation of {source!r}"
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            assert sorted(set(PLACEHOLDER.findall(text))) == wanted, (language, source, text)


def test_the_translation_sources_hold_every_string_of_the_interface(tmp_path: Path) -> None:
    """lupdate run afresh over desktop/ finds no string the committed .ts files lack."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate comes with PySide6"
        lupdate = Path(found)
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "desktop").glob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    extracted = {(m.findtext("source"), m.get("numerus")) for m in messages(fresh)}
    committed = {
        (m.findtext("source"), m.get("numerus")) for m in messages(I18N / "wenyuan_zh_CN.ts")
    }
    assert extracted - committed == set()


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant_MO", "zh_TW"),
        ("en_GB", "en"),
        ("fr_FR", "en"),
    ],
)
def test_the_system_locale_chooses_the_language(locale: str, language: str) -> None:
    assert system_language(QLocale(locale)) == language


def test_a_chosen_language_wins_over_the_system() -> None:
    assert effective_language("zh_TW", QLocale("en_US")) == "zh_TW"
    assert effective_language("", QLocale("zh_CN")) == "zh_CN"
    assert effective_language("klingon", QLocale("en_US")) == "en"


@pytest.fixture
def translators(qapp: object) -> Iterator[Translators]:
    installed = Translators()
    yield installed
    installed.remove()


@pytest.mark.parametrize(
    ("language", "menu", "plural"),
    [
        ("zh_CN", "文件(&F)", "3 条结果"),
        ("zh_TW", "檔案(&F)", "3 條結果"),
        ("en", "&File", "3 results"),
    ],
)
def test_installed_translations_are_used(
    translators: Translators, language: str, menu: str, plural: str
) -> None:
    assert translators.install(language)
    assert QCoreApplication.translate("MenuBuilder", "&File") == menu
    assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 3) == plural


def test_switching_language_rebuilds_the_window_in_place(
    qtbot: QtBot, library: Library, settings: Settings, translators: Translators
) -> None:
    session = Session(library, settings, translators)
    first = session.window
    wait_for_search(qtbot, first)
    first.results.search_panel.set_query("青岛")
    session.switch_language("zh_TW")
    qtbot.waitUntil(lambda: session.window is not first)
    second = session.window
    qtbot.addWidget(second)
    wait_for_search(qtbot, second)
    assert [action.text() for action in second.menuBar().actions()][:2] == ["檔案(&F)", "編輯(&E)"]
    assert second.results.search_panel.query() == "青岛"
    assert second.results.search_panel.count_label.text() == "2 條結果"
    assert second.window_actions.languages["zh_TW"].isChecked()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # closed and deleted


@pytest.mark.parametrize(
    ("message", "chinese"),
    [
        ("OR needs a search term on both sides.", "OR 两边都需要搜索词。"),
        ("No article with id ab12 in bench.", "bench 中没有编号为 ab12 的文章。"),
        ("The date range 2022–2021 ends before it starts.", "日期范围 2022–2021 的结束早于开始。"),
        ("Something nobody wrote down.", "Something nobody wrote down."),
    ],
)
def test_the_cores_sentences_are_translated(
    translators: Translators, message: str, chinese: str
) -> None:
    assert translated(message) == message
    translators.install("zh_CN")
    assert translated(message) == chinese
