"""`wenyuan-archive check` finds what a kill, a bug or a bad disk could leave in the user store:
tags, filter counts or search index out of step with the annotations; and an empty file."""

from __future__ import annotations

from pathlib import Path

import apsw
import pytest

from archive.anchoring import anchor_quote
from archive.store import ArchiveStore
from archive.user_integrity import check_user_store
from tests.archive.annotation_support import make_archive, open_store
from tests.reliability.damage import file_hash
from tests.reliability.test_damaged_files import run


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "user-store.sqlite"
    article = make_archive(tmp_path / "sample.sqlite")["simplified"]
    with open_store(path) as opened:
        opened.highlight(article, anchor_quote(article.text, "软件"), tags=["甲", "乙"])
        opened.bookmark(article, note="书签", tags=["甲"])
    return path


#: A statement that puts the store out of step, and what the check says about it.
BREAKAGES = [
    ("DELETE FROM annotation_tags WHERE tag = '乙'", "tags that are not indexed"),
    ("UPDATE facet_counts SET count = count + 1 WHERE facet = 'tag'", "filter counts"),
    ("DELETE FROM annotation_index WHERE rowid = 1", "entries in their search index"),
]


@pytest.mark.parametrize(("statement", "finding"), BREAKAGES)
def test_out_of_step_user_store_is_damaged(store: Path, statement: str, finding: str) -> None:
    assert check_user_store(store).sound
    connection = apsw.Connection(str(store))
    connection.execute(statement)
    connection.close()
    before = file_hash(store)
    report = check_user_store(store)
    assert not report.sound and finding in report.line()
    assert report.line().startswith("DAMAGED") and file_hash(store) == before


def test_empty_files_are_reported_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive, store = tmp_path / "empty.sqlite", tmp_path / "empty-store.sqlite"
    archive.touch()
    store.touch()
    code, out, err = run(capsys, "--archive", str(archive), "--user-store", str(store), "check")
    lines = out.splitlines()
    assert code == 1 and err == "" and len(lines) == 2
    assert lines[0].startswith("FAILED") and "is empty" in lines[0]
    assert lines[1].startswith("ok") and "empty" in lines[1]
    with ArchiveStore.open_writable(archive, name="empty") as opened:  # becomes an archive
        assert opened.count() == 0
    code, out, _err = run(capsys, "--archive", str(archive), "check")
    assert code == 0 and out.startswith("ok")
