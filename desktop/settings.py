"""Every QSettings key the application uses, declared once with its type and default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", QByteArray, str, int, float, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key: its value has the type of `default`, which is returned when it is unset or bad."""

    key: str
    default: T
    description: str


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), "Main window position and size.")
WINDOW_STATE = Setting("window/state", QByteArray(), "Main window tool bars and docks.")
SPLITTER_STATE = Setting("window/splitter", QByteArray(), "Widths of the list and the reader.")
LAST_ARTICLE_ID = Setting("reader/last_article_id", "", "The article open when the app closed.")
LAST_ARTICLE_ARCHIVE = Setting(
    "reader/last_article_archive", "", "The archive holding the last article read."
)
LAST_POSITION = Setting(
    "reader/last_position",
    -1,
    "Where reading stopped: offset in the article's original text of the top line; -1: top.",
)
SCRIPT_FORM = Setting(
    "reader/script", "original", "How text is shown: original, hans, hant, tw or hk."
)
THEME = Setting("reader/theme", "light", "Reading theme: light, dark or sepia.")
ZOOM_PERCENT = Setting("reader/zoom_percent", 100, "Reading text size, percent of the default.")
COPY_ORIGINAL = Setting(
    "reader/copy_original", False, "Copy and cite the original text instead of the shown form."
)
CITATION_STYLE = Setting(
    "reader/citation_style", "gbt7714", "What Copy citation gives: gbt7714 or plain."
)
SEARCH_HISTORY = Setting(
    "search/history", "[]", "Recent queries, newest first, as a JSON list of strings."
)
SORT_ORDER = Setting("search/sort", "relevance", "Result order: relevance or date.")
REGIONAL = Setting("search/regional", False, "Also match regional vocabulary (软件 finds 軟體).")
LANGUAGE = Setting(
    "interface/language", "", "Interface language: zh_CN, zh_TW or en; empty: the system's."
)
CREATOR = Setting(
    "annotations/creator", "", "The name recorded on new annotations; empty: the system user's."
)
BOOKMARK_ORDER = Setting(
    "annotations/bookmark_order", "added", "Bookmarks list order: added, title or date."
)

ALL_SETTINGS: tuple[Setting[QByteArray] | Setting[str] | Setting[int] | Setting[bool], ...] = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    LAST_ARTICLE_ID,
    LAST_ARTICLE_ARCHIVE,
    LAST_POSITION,
    SCRIPT_FORM,
    THEME,
    ZOOM_PERCENT,
    COPY_ORIGINAL,
    CITATION_STYLE,
    SEARCH_HISTORY,
    SORT_ORDER,
    REGIONAL,
    LANGUAGE,
    CREATOR,
    BOOKMARK_ORDER,
)


class Settings:
    """Typed access to a QSettings store (the platform's default one unless given)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        """The stored value converted to the setting's type, or its default."""
        return cast(T, _coerce(self._store.value(setting.key), setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value of the setting's type."""
        if not isinstance(value, type(setting.default)):
            raise TypeError(f"{setting.key} takes {type(setting.default).__name__}, not {value!r}")
        self._store.setValue(setting.key, value)

    def reset(self, setting: Setting[T]) -> None:
        """Forget the stored value so the default applies."""
        self._store.remove(setting.key)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()


def _coerce(raw: object, default: object) -> object:
    kind = type(default)
    if raw is None:
        return QByteArray(default) if isinstance(default, QByteArray) else default
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        return raw
    if kind is bool:
        return str(raw).strip().lower() in {"true", "1", "yes"}
    if kind is QByteArray and isinstance(raw, bytes | bytearray):
        return QByteArray(bytes(raw))
    if kind in (int, float, str) and isinstance(raw, str | int | float):
        try:
            return kind(raw)
        except ValueError:
            return default
    return default
