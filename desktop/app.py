"""The `wenyuan` entry point: open the archives, show the main window, report what failed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from archive.library import Library
from archive.paths import bundled_archive_path, user_archive_path
from archive.version import version_line
from desktop import settings as keys
from desktop.app_identity import identify
from desktop.errors import install_exception_hook, show_known_error
from desktop.i18n import Translators, effective_language
from desktop.main_window import MainWindow
from desktop.settings import Settings

SMOKE_TEST_OPTION = "--smoke-test"
VERSION_OPTION = "--version"


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
    parser.add_argument(VERSION_OPTION, action="version", version=version_line())
    parser.add_argument(
        SMOKE_TEST_OPTION,
        action="store_true",
        help="check offscreen that the application works, then quit: exit code 0, "
        "or 1 and one line saying what failed",
    )
    return parser.parse_args(list(arguments))


def open_library(options: argparse.Namespace) -> Library:
    """The archives named with --archive (each must exist), else the bundled and user ones."""
    if options.archive:
        return Library.open(options.archive, skip_missing=False)
    return Library.open([bundled_archive_path(), user_archive_path()], skip_missing=True)


def open_window(library: Library, settings: Settings, query: str = "") -> MainWindow:
    """Show the main window over whatever opened, then say once what did not."""
    window = MainWindow(library, settings)
    window.show()
    window.start(query)
    if library.failures:
        show_known_error(window, "\n\n".join(library.failures))
    return window


class Session(QObject):
    """The running application: one library, one settings store, the current main window.

    Choosing another interface language applies at once: the translators are swapped and
    the window is built again (its state goes through the settings; the query is carried).
    An import into the user's archive reopens the library the same way.
    """

    def __init__(
        self, library: Library, settings: Settings, translators: Translators | None = None
    ) -> None:
        super().__init__()
        self.library, self.settings = library, settings
        self.translators = translators if translators is not None else Translators()
        self.translators.install(effective_language(settings.get(keys.LANGUAGE)))
        self.window = self._open(query="")

    def _open(self, query: str) -> MainWindow:
        window = MainWindow(self.library, self.settings)
        window.show()
        window.start(query)
        window.language_chosen.connect(self.switch_language)
        window.library_changed.connect(self.reload_library)
        return window

    def switch_language(self, language: str) -> None:
        """Use another interface language from now on, in a new window."""
        self.settings.set(keys.LANGUAGE, language)
        QTimer.singleShot(0, self, lambda: self._rebuild(language))

    @property
    def library_paths(self) -> list[Path]:
        """The archives open now, plus the user's own (where File ▸ Import writes)."""
        opened = [store.path for store in self.library.stores]
        user = user_archive_path()
        known = {path.resolve() for path in opened}
        return opened if user.resolve() in known else [*opened, user]

    def reload_library(self) -> None:
        """Reopen the archives (an import changed one) and show them in a new window."""
        QTimer.singleShot(0, self, self._reopen_library)

    def _reopen_library(self) -> None:
        old_library = self.library
        self.library = Library.open(self.library_paths, skip_missing=True)
        self._replace_window()
        old_library.close()

    def _rebuild(self, language: str) -> None:
        self.translators.install(effective_language(language))
        self._replace_window()

    def _replace_window(self) -> None:
        old = self.window
        old.save_state()  # geometry, splitter, article and position, for the new window
        self.window = self._open(old.results.search_panel.query())
        old.close()  # after the new window is up, so that the application keeps running
        old.deleteLater()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop reader until its window closes (or run the smoke test)."""
    arguments = list(argv) if argv is not None else sys.argv
    if VERSION_OPTION in arguments[1:]:  # answered without a display, before Qt starts
        print(version_line())
        return 0
    if SMOKE_TEST_OPTION in arguments[1:]:
        from desktop.smoke_test import run_smoke_test  # only this mode needs it

        return run_smoke_test(arguments)
    app = QApplication(arguments)
    identify(app)
    install_exception_hook()
    options = parse_arguments(QCoreApplication.arguments()[1:])
    library = open_library(options)
    try:
        session = Session(library, Settings())
        if library.failures:
            show_known_error(session.window, "\n\n".join(library.failures))
        exit_code = app.exec()
        del session
        return exit_code
    finally:
        library.close()


if __name__ == "__main__":
    sys.exit(main())
