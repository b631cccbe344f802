"""Who the application says it is: names (where QSettings lives), version, icon, desktop file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from archive.paths import APP_NAME, resources_dir
from archive.version import version

DISPLAY_NAME = "文渊 Wenyuan"
#: resources/linux/wenyuan.desktop without its suffix: Wayland compositors and docks find the
#: launcher (and its icon) for our windows by this name; X11 ones by WM_CLASS "Wenyuan".
DESKTOP_FILE_NAME = "wenyuan"


def icon_path() -> Path:
    """The application icon: one SVG, drawn at whatever size a window or panel asks for."""
    return resources_dir() / "icons" / "wenyuan.svg"


def application_icon() -> QIcon:
    """The application icon (null when the file or Qt's SVG icon engine is missing)."""
    return QIcon(str(icon_path()))


def identify(application: QApplication) -> None:
    """Name the application (its settings go under these names), give its version
    (pyproject.toml's) and give every window its icon."""
    application.setOrganizationName(APP_NAME)
    application.setApplicationName(APP_NAME)
    application.setApplicationVersion(version())
    application.setApplicationDisplayName(DISPLAY_NAME)
    application.setDesktopFileName(DESKTOP_FILE_NAME)
    application.setWindowIcon(application_icon())
