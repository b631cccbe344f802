"""The application's names, version, window icon and desktop file name, and their files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from archive.paths import APP_NAME, resources_dir
from desktop.app_identity import DESKTOP_FILE_NAME, DISPLAY_NAME, icon_path, identify
from tests.archive.test_version import project_version


@pytest.fixture
def identified(qapp: QApplication) -> Iterator[QApplication]:
    """The test application named and given its icon, as `wenyuan` does; restored afterwards."""
    saved = (
        qapp.organizationName(),
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.desktopFileName(),
        QIcon(qapp.windowIcon()),
        qapp.applicationVersion(),
    )
    identify(qapp)
    yield qapp
    qapp.setOrganizationName(saved[0])
    qapp.setApplicationName(saved[1])
    qapp.setApplicationDisplayName(saved[2])
    QGuiApplication.setDesktopFileName(saved[3])
    qapp.setWindowIcon(saved[4])
    qapp.setApplicationVersion(saved[5])


def test_names_match_the_settings_folder_and_the_desktop_file(identified: QApplication) -> None:
    assert (identified.organizationName(), identified.applicationName()) == (APP_NAME, APP_NAME)
    assert identified.applicationDisplayName() == DISPLAY_NAME
    assert identified.desktopFileName() == DESKTOP_FILE_NAME
    assert (resources_dir() / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()


def test_the_version_is_pyproject_s(identified: QApplication) -> None:
    assert identified.applicationVersion() == project_version()


@pytest.mark.parametrize("size", [16, 32, 48, 128, 256])
def test_the_window_icon_draws_the_seal_red_tile_at_every_size(
    identified: QApplication, size: int
) -> None:
    image = identified.windowIcon().pixmap(size, size).toImage()
    assert (image.width(), image.height()) == (size, size)
    corner, centre = image.pixelColor(0, 0), image.pixelColor(size // 2, size * 3 // 16)
    assert corner.alpha() == 0  # the rounded tile leaves the corners clear
    assert centre.alpha() == 255 and centre.red() > 2 * max(centre.green(), centre.blue())


def test_every_window_gets_the_icon(identified: QApplication, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert window.windowIcon().cacheKey() == identified.windowIcon().cacheKey()


def test_the_icon_is_the_shipped_svg() -> None:
    assert icon_path() == resources_dir() / "icons" / "wenyuan.svg"
    assert icon_path().read_text(encoding="utf-8").lstrip().startswith("<?xml")
