"""Settings round-trip through QSettings with their declared types and defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from desktop import settings as keys
from desktop.settings import Setting, Settings


def ini_settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_unset_keys_give_their_defaults(settings: Settings) -> None:
    for setting in keys.ALL_SETTINGS:
        assert settings.get(setting) == setting.default


def test_keys_are_unique() -> None:
    names = [setting.key for setting in keys.ALL_SETTINGS]
    assert len(names) == len(set(names))


def test_values_survive_a_new_store(tmp_path: Path) -> None:
    first = ini_settings(tmp_path / "s.ini")
    first.set(keys.WINDOW_GEOMETRY, QByteArray(b"\x00\x01geometry\xff"))
    first.set(keys.LAST_ARTICLE_ID, "abc123")
    first.sync()

    second = ini_settings(tmp_path / "s.ini")
    assert second.get(keys.WINDOW_GEOMETRY) == QByteArray(b"\x00\x01geometry\xff")
    assert second.get(keys.LAST_ARTICLE_ID) == "abc123"


@pytest.mark.parametrize(
    ("default", "stored", "expected"),
    [
        (3, "7", 7),
        (3, "seven", 3),
        (1.0, "1.5", 1.5),
        (False, "true", True),
        (True, "false", False),
        ("", 42, "42"),
    ],
)
def test_stored_text_is_read_as_the_declared_type(
    tmp_path: Path, default: object, stored: object, expected: object
) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("test/key", stored)
    store.sync()
    setting = Setting("test/key", default, "A test key.")  # type: ignore[type-var]
    value = ini_settings(tmp_path / "s.ini").get(setting)
    assert value == expected
    assert type(value) is type(default)


def test_reset_restores_the_default(settings: Settings) -> None:
    settings.set(keys.LAST_ARTICLE_ID, "abc")
    settings.reset(keys.LAST_ARTICLE_ID)
    assert settings.get(keys.LAST_ARTICLE_ID) == ""


def test_wrong_type_is_refused(settings: Settings) -> None:
    with pytest.raises(TypeError):
        settings.set(keys.LAST_ARTICLE_ID, 5)  # type: ignore[arg-type]
