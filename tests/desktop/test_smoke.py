"""`wenyuan --smoke-test` in development: it passes on the bundled archive, fails in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.smoke_test import DialogWatch, StderrCapture
from tests.archive.test_version import project_version

ROOT = Path(__file__).resolve().parents[2]


def run_smoke_test(
    tmp_path: Path, *arguments: str, **environment: str
) -> subprocess.CompletedProcess[str]:
    """`python -m desktop --smoke-test` from the checkout, its configuration folder in tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_passes_on_the_bundled_archive_and_leaves_user_files_alone(
    tmp_path: Path, private_user_data: Path
) -> None:
    result = run_smoke_test(tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("smoke test passed in ")
    assert result.stdout.count("\n") == 1
    assert f": version {project_version()}; " in result.stdout
    assert "5 script forms shown" in result.stdout
    assert "a highlight made, moved and deleted" in result.stdout
    assert list(private_user_data.iterdir()) == []  # the user store and archive folder
    assert not (tmp_path / "config").exists()  # QSettings' user configuration


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        (
            {"QT_SCALE_FACTOR_ROUNDING_POLICY": "bogus"},
            "smoke test failed: Qt warning: Unknown scale factor rounding policy: bogus",
        ),
        (
            {"QT_QPA_PLATFORM": "no-such-platform"},
            "smoke test failed: Qt fatal: This application failed to start",
        ),
    ],
    ids=["qt-warning", "no-platform-plugin"],
)
def test_a_qt_message_fails_it_in_one_line(
    tmp_path: Path, environment: dict[str, str], expected: str
) -> None:
    result = run_smoke_test(tmp_path, **environment)
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.startswith(expected)
    assert result.stderr.count("\n") == 1


def test_an_archive_that_does_not_open_fails_it_in_one_line(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not an archive " * 100)
    result = run_smoke_test(tmp_path, "--archive", str(damaged))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("smoke test failed: opening the archive: ")
    assert str(damaged) in result.stderr and result.stderr.count("\n") == 1


def test_stderr_capture_takes_what_c_code_writes_and_gives_the_descriptor_back(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with (tmp_path / "sink").open("w+b") as sink:
        with StderrCapture(sink) as capture:
            os.write(2, b"Fontconfig error: from C\n")
            print("from Python", file=sys.__stderr__)  # sys.stderr is pytest's here
        os.write(2, b"after\n")
        assert capture.read() == "Fontconfig error: from C\nfrom Python\n"
    assert capfd.readouterr().err == "after\n"


def test_a_dialog_is_closed_at_once_and_recorded(qtbot: QtBot) -> None:
    problems: list[str] = []
    watch = DialogWatch(problems)
    answers: list[QMessageBox.StandardButton] = []
    QTimer.singleShot(0, lambda: answers.append(QMessageBox.warning(None, "Wenyuan", "Disk full.")))
    qtbot.waitUntil(lambda: bool(answers), timeout=5_000)
    watch.stop()
    assert problems == ["a dialog opened: Wenyuan Disk full."]
