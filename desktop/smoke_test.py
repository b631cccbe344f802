"""`wenyuan --smoke-test`: the real window driven offscreen through a user's main paths.

It checks the version reported is pyproject.toml's, opens the bundled archive (or those given
with --archive), searches in simplified and in
traditional script, opens the article found, shows it in every script form, highlights a
selection with the window's annotation tools (in a throw-away user store), moves the highlight
onto a changed text and deletes it, imports one file of each format with worker processes into
a throw-away archive, and quits: exit code 0 and one line on stdout.
Anything unexpected fails it with exit code 1 and one line on stderr saying what failed: a
failed check, an exception, a Qt message of any level, a dialog (closed at once, since nobody
is there to click), or any other output on stderr (Python warnings, fontconfig...).

The user's own settings, archive and annotations are never touched: settings, the user data
folder and the user store all point into a temporary folder for the run. QT_QPA_PLATFORM
defaults to offscreen; set it to xcb or wayland to try a real display instead.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from archive import paths
from archive.convert import ScriptForm
from desktop import smoke_checks as checks
from desktop.app import open_window, parse_arguments
from desktop.app_identity import identify
from desktop.i18n import Translators
from desktop.settings import Settings
from desktop.smoke_checks import SmokeFailure, step
from desktop.smoke_import import check_import

#: Qt messages that are not ours to fix. The offscreen platform cannot pass size hints on
#: (qoffscreenwindow.cpp has no implementation), and says so whenever a window's limits change.
EXPECTED_QT_MESSAGES = (re.compile(r"This plugin does not support propagateSizeHints\(\)"),)
_LEVELS = {
    QtMsgType.QtDebugMsg: "debug",
    QtMsgType.QtInfoMsg: "info",
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


def run_smoke_test(argv: Sequence[str]) -> int:
    """Run every check; print one line; 0 when all passed and nothing unexpected happened."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    problems: list[str] = []
    with tempfile.TemporaryFile() as sink:
        with StderrCapture(sink) as stderr:
            summary = watched_run(argv, problems, stderr)
        stray = stderr.read().strip()
    if stray:
        problems.append(f"unexpected output on stderr: {stray.splitlines()[0]}")
    if problems:
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        details = write_details(problems, stray)
        print(f"smoke test failed: {problems[0]}{more}; details in {details}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.1f} s: {summary}", flush=True)
    return 0


def write_details(problems: list[str], stderr: str) -> Path:
    """Every problem and everything written to stderr, in a file kept after the run."""
    handle, name = tempfile.mkstemp(prefix="wenyuan-smoke-test-", suffix=".log")
    with os.fdopen(handle, "w", encoding="utf-8") as details:
        details.write(
            "\n".join(["Problems, in the order noticed:", *problems, "", "stderr:", stderr])
        )
    return Path(name)


def watched_run(argv: Sequence[str], problems: list[str], stderr: StderrCapture) -> str:
    """The application and its checks, with every Qt message, uncaught exception and dialog
    recorded in `problems`; the summary of what passed ('' when a check failed)."""
    with tempfile.TemporaryDirectory(prefix="wenyuan-smoke-") as folder:
        scratch = Path(folder)
        isolate_user_files(scratch)
        with QtMessages(problems, stderr.write_through), UncaughtExceptions(problems):
            application = QApplication(list(argv))
            identify(application)
            watch = DialogWatch(problems)
            try:
                options = parse_arguments(QCoreApplication.arguments()[1:])
                return drive(options.archive or [paths.bundled_archive_path()], scratch)
            except SmokeFailure as failure:
                problems.insert(0, str(failure))
                return ""
            finally:
                watch.stop()


def drive(archives: list[Path], scratch: Path) -> str:
    """The checks, in a user's order, on one window; a summary of what was checked."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    translators = Translators()
    with step("loading the icon, the translations and the libraries"):
        checks.check_resources(application, translators)
    with step("reporting the version"):
        version = checks.check_version(application)
    with step("opening the archive"):
        library = checks.open_archives(archives)
    settings = Settings()
    window = open_window(library, settings)
    try:
        with step("showing the first list"):
            checks.wait_until(lambda: not window.search.busy, "the first list")
        with step("choosing words to search for"):
            probe = checks.choose_probe(library)
        with step(f"searching for {probe.simplified} and for {probe.traditional}"):
            checks.check_search(window, probe)
        with step(f"opening “{probe.article.title}”"):
            checks.open_article(window, probe.article)
        with step("switching script forms"):
            checks.check_forms(window, probe.article)
        with step("highlighting words and deleting the highlight"):
            checks.check_highlight(window, probe, scratch)
        with step("importing one file of each format with worker processes"):
            imported = check_import(scratch / "import", scratch / "imported.sqlite")
        count = len(library.summaries())
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        settings.sync()
        library.close()
        translators.remove()
    return (
        f"version {version}; {count} article(s); "
        f"{probe.simplified} and {probe.traditional} list the same; "
        f"{len(ScriptForm)} script forms shown; a highlight made, moved and deleted; "
        f"{imported} files of {imported} formats imported"
    )


def isolate_user_files(scratch: Path) -> None:
    """Point settings, the user data folder and the user store into `scratch`."""
    os.environ["WENYUAN_DATA_DIR"] = str(scratch / "data")
    os.environ["WENYUAN_USER_STORE"] = str(scratch / "data" / "user-store.sqlite")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in QSettings.Scope.UserScope, QSettings.Scope.SystemScope:
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(scratch / "settings"))


class StderrCapture:
    """File descriptor 2 goes to a temporary file while active, so that what Python, Qt and C
    libraries (fontconfig, Mesa...) write there can be read afterwards."""

    def __init__(self, sink: BinaryIO) -> None:
        self._sink = sink
        self._saved = -1

    def __enter__(self) -> StderrCapture:
        _flush_stderr()
        self._saved = os.dup(2)
        os.dup2(self._sink.fileno(), 2)
        return self

    def __exit__(self, *exc_info: object) -> None:
        _flush_stderr()
        os.dup2(self._saved, 2)
        os.close(self._saved)

    def write_through(self, line: str) -> None:
        """Write a line to the real stderr now (while the capture is active)."""
        os.write(self._saved if self._saved >= 0 else 2, f"{line}\n".encode())

    def read(self) -> str:
        """Everything written while the capture was active."""
        self._sink.seek(0)
        return self._sink.read().decode("utf-8", "replace")


def _flush_stderr() -> None:
    for stream in {sys.stderr, sys.__stderr__}:
        if stream is not None:
            stream.flush()


class QtMessages:
    """Records every Qt message (debug to fatal) except EXPECTED_QT_MESSAGES while active.

    A fatal message is also said at once through `say`: Qt aborts the process after it.
    """

    def __init__(self, problems: list[str], say: Callable[[str], None]) -> None:
        self._problems = problems
        self._say = say

    def __enter__(self) -> QtMessages:
        self._previous = qInstallMessageHandler(self._record)
        return self

    def __exit__(self, *exc_info: object) -> None:
        qInstallMessageHandler(self._previous)

    def _record(self, level: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if any(pattern.search(message) for pattern in EXPECTED_QT_MESSAGES):
            return
        self._problems.append(f"Qt {_LEVELS.get(level, 'message')}: {message}")
        if level == QtMsgType.QtFatalMsg:
            self._say(f"smoke test failed: {self._problems[-1].splitlines()[0]}")


class UncaughtExceptions:
    """Records exceptions that escape a slot or event handler (instead of a crash dialog)."""

    def __init__(self, problems: list[str]) -> None:
        self._problems = problems

    def __enter__(self) -> UncaughtExceptions:
        self._previous = sys.excepthook
        sys.excepthook = self._record
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.excepthook = self._previous

    def _record(
        self, kind: type[BaseException], error: BaseException, _trace: TracebackType | None
    ) -> None:
        self._problems.append(f"uncaught {kind.__name__}: {error}")


class DialogWatch(QObject):
    """Closes any dialog the moment it shows (a crash report or a warning would otherwise wait
    for a click forever) and records what it said."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__()
        self._problems = problems
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._close_dialogs)
        self._timer.start()

    def stop(self) -> None:
        """Look one last time, then stop watching."""
        self._close_dialogs()
        self._timer.stop()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                said = widget.text() if isinstance(widget, QMessageBox) else ""
                self._problems.append(f"a dialog opened: {widget.windowTitle()} {said}".strip())
                widget.reject()
