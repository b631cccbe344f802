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

ALL_SETTINGS: tuple[Setting[QByteArray] | Setting[str], ...] = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    LAST_ARTICLE_ID,
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
