"""An annotation the window reported saved survives `kill -9` of the app a moment later."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from archive import paths
from archive.userstore import UserStore
from tests.desktop.annotation_fixtures import QUOTE

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 60


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_highlight_reported_saved_survives_sigkill(
    annotated_archive: Path, tmp_path: Path
) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    driver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.desktop.kill_driver",
            str(annotated_archive),
            str(tmp_path / "settings.ini"),
            QUOTE,
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(TIMEOUT_SECONDS, driver.kill)  # a stuck driver fails the test
    watchdog.start()
    try:
        assert driver.stdout is not None
        line = driver.stdout.readline()  # blocks until the UI reports the highlight saved
        driver.send_signal(signal.SIGKILL)  # at once: no clean shutdown, no checkpoint
    finally:
        watchdog.cancel()
        driver.kill()
        _out, errors = driver.communicate(timeout=TIMEOUT_SECONDS)
    assert line.startswith("SAVED "), errors
    assert driver.returncode == -signal.SIGKILL
    saved_id = line.split()[1]
    with UserStore.open(paths.user_store_path(), backups=None) as store:
        found = store.get(saved_id)
    assert found.quote == QUOTE and found.anchor is not None
