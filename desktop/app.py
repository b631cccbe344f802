"""The `wenyuan` entry point: open the archives, show the main window, report what failed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from archive.library import Library
from archive.paths import APP_NAME, bundled_archive_path, user_archive_path
from desktop.errors import install_exception_hook, show_known_error
from desktop.main_window import MainWindow
from desktop.settings import Settings

DISPLAY_NAME = "文渊 Wenyuan"


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    """Read the command line (Qt's own options already removed)."""
    parser = argparse.ArgumentParser(prog="wenyuan", description="Read archived Chinese news.")
    parser.add_argument(
        "--archive",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="open this archive file instead of the bundled and user archives (repeatable)",
    )
    return parser.parse_args(list(arguments))


def open_library(options: argparse.Namespace) -> Library:
    """The archives named with --archive (each must exist), else the bundled and user ones."""
    if options.archive:
        return Library.open(options.archive, skip_missing=False)
    return Library.open([bundled_archive_path(), user_archive_path()], skip_missing=True)


def open_window(library: Library, settings: Settings) -> MainWindow:
    """Show the main window over whatever opened, then say once what did not."""
    window = MainWindow(library, settings)
    window.show()
    window.load_library()
    if library.failures:
        show_known_error(window, "\n\n".join(library.failures))
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop reader until its window closes."""
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    install_exception_hook()
    options = parse_arguments(QCoreApplication.arguments()[1:])
    library = open_library(options)
    try:
        window = open_window(library, Settings())
        exit_code = app.exec()
        del window
        return exit_code
    finally:
        library.close()


if __name__ == "__main__":
    sys.exit(main())
