"""Known problems become one sentence in a message box; anything else is a bug: crash dialog."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from archive.errors import ArchiveError
from desktop.core_messages import translated
from desktop.crash_dialog import CrashDialog

_reporting = False


def show_known_error(parent: QWidget | None, message: str) -> None:
    """Tell the user about a problem they can act on, in the core's own words."""
    title = QCoreApplication.translate("errors", "Wenyuan")
    QMessageBox.warning(
        parent, title, "\n\n".join(translated(part) for part in message.split("\n\n"))
    )


def report_exception(parent: QWidget | None, error: BaseException) -> None:
    """Show a known `ArchiveError` as its sentence; show anything else as a bug."""
    if isinstance(error, ArchiveError):
        show_known_error(parent, str(error))
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    if sys.stderr is not None:
        sys.stderr.write(details)
    CrashDialog(details, parent).exec()


def handle_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """`sys.excepthook`: report an exception that escaped a slot or event handler."""
    global _reporting
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None or _reporting:
        sys.__excepthook__(kind, error, trace)
        return
    _reporting = True
    try:
        report_exception(QApplication.activeWindow(), error.with_traceback(trace))
    finally:
        _reporting = False


def install_exception_hook() -> None:
    """Route uncaught exceptions to `handle_uncaught` for the rest of the run."""
    sys.excepthook = handle_uncaught
