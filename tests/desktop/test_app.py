"""Start-up: the command line, archives that fail to open, and the bug hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from archive.errors import ArchiveDamagedError
from desktop import errors
from desktop.app import open_library, open_window, parse_arguments
from desktop.crash_dialog import CrashDialog
from desktop.settings import Settings
from tests.archive.test_version import project_version
from tests.desktop.conftest import wait_for_search


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture message-box texts instead of blocking on a modal dialog."""
    shown: list[str] = []

    def capture(_parent: QWidget | None, _title: str, text: str, *_rest: object) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", capture)
    return shown


@pytest.fixture
def crash_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture crash-dialog details instead of showing the dialog."""
    shown: list[str] = []

    def capture(dialog: CrashDialog) -> int:
        shown.append(dialog.details_view.toPlainText())
        return 0

    monkeypatch.setattr(CrashDialog, "exec", capture)
    return shown


def test_version_is_printed_before_qt_starts() -> None:
    # A platform that does not exist would abort Qt: the answer comes without a display.
    environment = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"],
        env=environment | {"QT_QPA_PLATFORM": "no-such-platform"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"wenyuan {project_version()}\n",
        "",
    )


def test_archive_option_is_repeatable() -> None:
    options = parse_arguments(["--archive", "a.sqlite", "--archive", "b.sqlite"])
    assert options.archive == [Path("a.sqlite"), Path("b.sqlite")]
    assert parse_arguments([]).archive == []


def test_damaged_archive_is_one_sentence_and_the_rest_opens(
    qtbot: QtBot, small_archive: Path, tmp_path: Path, settings: Settings, warnings_shown: list[str]
) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"this is not a database at all " * 200)
    library = open_library(
        parse_arguments(["--archive", str(damaged), "--archive", str(small_archive)])
    )
    try:
        window = open_window(library, settings)
        qtbot.addWidget(window)
        assert window.isVisible()
        wait_for_search(qtbot, window)
        assert window.results.model.total() == 3
    finally:
        library.close()
    assert len(warnings_shown) == 1
    message = warnings_shown[0]
    assert "damaged.sqlite" in message
    assert "Traceback" not in message and "\n" not in message.strip()


def test_missing_archive_named_on_the_command_line_is_reported(
    qtbot: QtBot, tmp_path: Path, settings: Settings, warnings_shown: list[str]
) -> None:
    library = open_library(parse_arguments(["--archive", str(tmp_path / "nowhere.sqlite")]))
    window = open_window(library, settings)
    qtbot.addWidget(window)
    assert len(warnings_shown) == 1 and "nowhere.sqlite" in warnings_shown[0]
    wait_for_search(qtbot, window)
    assert window.results.model.total() == 0


def test_known_error_reaching_the_hook_is_one_sentence(
    warnings_shown: list[str], crash_dialogs: list[str], qtbot: QtBot
) -> None:
    error = ArchiveDamagedError("The archive x.sqlite is damaged.")
    errors.handle_uncaught(type(error), error, None)
    assert warnings_shown == ["The archive x.sqlite is damaged."]
    assert crash_dialogs == []


def test_bug_reaching_the_hook_shows_copyable_details(
    warnings_shown: list[str],
    crash_dialogs: list[str],
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        errors.handle_uncaught(type(error), error, error.__traceback__)
    assert warnings_shown == []
    assert len(crash_dialogs) == 1
    assert "ZeroDivisionError" in crash_dialogs[0] and "Traceback" in crash_dialogs[0]
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_crash_dialog_copies_its_details(qtbot: QtBot) -> None:
    dialog = CrashDialog("Traceback: details")
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == "Traceback: details"


def test_install_exception_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    errors.install_exception_hook()
    assert sys.excepthook is errors.handle_uncaught


def test_starting_the_window_does_not_load_the_importers() -> None:
    """The importers (trafilatura, lxml, htmldate) take ~0.6 s to load: only an import does."""
    probe = (
        "import sys, desktop.app, desktop.main_window; "
        "heavy = ('trafilatura', 'lxml', 'htmldate', 'warcio'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    finished = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert finished.stdout.strip() == "[]"
