"""An annotation the API reported saved survives `kill -9` of the process a moment later."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import apsw
import pytest

from archive.userstore import UserStore
from tests.archive.annotation_support import make_archive

#: Adds highlights forever, printing each id only after the call that saved it has returned.
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from archive.anchoring import anchor_quote
    from archive.store import ArchiveStore
    from archive.userstore import UserStore

    archive_path, store_path, article_id = sys.argv[1:4]
    with ArchiveStore.open_read_only(Path(archive_path)) as archive:
        article = archive.get(article_id)
    anchor = anchor_quote(article.text, "软件")
    store = UserStore.open(Path(store_path), creator="writer", backups=None)
    number = 0
    while True:
        number += 1
        change = store.highlight(article, anchor, note=f"note {number}", tags=["t"])
        if number % 5 == 0:
            store.edit(change.annotation_id, note=f"edited {number}")
            print("edit", change.annotation_id, f"edited {number}", flush=True)
        else:
            print("add", change.annotation_id, f"note {number}", flush=True)
    """
)


@pytest.mark.parametrize("acknowledged_before_kill", [1, 25, 120])
def test_acknowledged_writes_survive_sigkill(tmp_path: Path, acknowledged_before_kill: int) -> None:
    archive = tmp_path / "sample.sqlite"
    article = make_archive(archive)["simplified"]
    store_path = tmp_path / "user.sqlite"
    root = Path(__file__).resolve().parents[2]
    errors = tmp_path / "writer-errors.txt"
    acknowledged: dict[str, str] = {}
    with (
        errors.open("w") as error_file,
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(archive), str(store_path), article.id],
            stdout=subprocess.PIPE,
            stderr=error_file,
            text=True,
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
        ) as writer,
    ):
        assert writer.stdout is not None
        try:
            while len(acknowledged) < acknowledged_before_kill:
                line = writer.stdout.readline()
                assert line, f"the writer stopped: {errors.read_text()}"
                _record(acknowledged, line)
        finally:
            os.kill(writer.pid, signal.SIGKILL)  # while it is in the middle of further writes
            writer.wait(timeout=30)
        for line in writer.stdout:  # acknowledged between our last read and the kill
            _record(acknowledged, line)
    assert writer.returncode == -signal.SIGKILL

    connection = apsw.Connection(str(store_path))
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    with UserStore.open(store_path, backups=None) as store:
        for identifier, note in acknowledged.items():
            assert store.get(identifier).note == note
        assert store.browse().total >= len(acknowledged)


def _record(acknowledged: dict[str, str], line: str) -> None:
    _verb, identifier, note = line.rstrip("\n").split(" ", 2)
    acknowledged[identifier] = note
