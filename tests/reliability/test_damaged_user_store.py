"""A damaged, foreign, newer, full or locked user store: one sentence for every annotation
command, the file untouched, and for damage the offer of the newest backup (the core's
UserStoreDamagedError carries it as `.backup`; the command line names the restore command).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import apsw
import pytest

from archive import db
from archive.annotation_errors import UserStoreDamagedError
from archive.backup import BackupInfo
from archive.userstore import UserStore
from tests.archive.annotation_support import make_archive
from tests.reliability.damage import DAMAGES, file_hash, locked, page_corrupted
from tests.reliability.test_damaged_files import assert_one_sentence, run

#: Damage kinds and what the sentence says; damage (not a foreign or newer file) offers backups.
EXPECTED = {
    "truncated": "is damaged; restore its backup of",
    "not SQLite": "is damaged; restore its backup of",
    "page corrupted": "is damaged; restore its backup of",
    "newer schema": "was written by a newer Wenyuan",
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "sample.sqlite"
    make_archive(path)
    return path


@pytest.fixture
def store(tmp_path: Path, archive: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A user store with two annotations and a manual backup of it."""
    path = tmp_path / "user-store.sqlite"
    for exact in ("软件", "青岛"):
        code, _out, err = run(
            capsys, "--archive", str(archive), "--user-store", str(path),
            "annotations", "add", "--article", article_of(archive), "--exact", exact,
        )  # fmt: skip
        assert code == 0, err
    assert run(capsys, "--user-store", str(path), "annotations", "backup")[0] == 0
    return path


def article_of(archive: Path) -> str:
    from archive.store import ArchiveStore

    with ArchiveStore.open_read_only(archive) as opened:
        return next(a.id for a in opened.summaries() if a.title == "软件与互联网")


def commands(archive: Path, store: Path) -> list[list[str]]:
    base = ["--archive", str(archive), "--user-store", str(store)]
    article = article_of(archive)
    return [
        [*base, "annotations", "list"],
        [*base, "annotations", "add", "--article", article, "--exact", "互联网"],
        [*base, "annotations", "export", "--format", "md"],
    ]


@pytest.mark.parametrize("damage", sorted(EXPECTED))
def test_every_annotation_command_refuses_a_bad_store_and_leaves_it(
    damage: str, archive: Path, store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad-store.sqlite"
    if damage == "page corrupted":
        page_corrupted(store, bad, table="annotations")
    else:
        DAMAGES[damage](store, bad)
    shutil.copytree(tmp_path / "user-store-backups", tmp_path / "bad-store-backups")
    for backup in (tmp_path / "bad-store-backups").iterdir():
        backup.rename(backup.with_name(backup.name.replace("user-store-", "bad-store-", 1)))
    before = file_hash(bad)
    for command in commands(archive, bad):
        code, _out, err = run(capsys, *command)
        assert code == 2, (command, err)
        assert_one_sentence(err, EXPECTED[damage])
        assert file_hash(bad) == before
    code, out, _err = run(capsys, "--archive", str(archive), "--user-store", str(bad), "check")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 2 and lines[0].startswith("ok")
    assert lines[1].startswith("FAILED " if damage in ("newer schema", "not SQLite") else "DAMAGED")
    assert file_hash(bad) == before
    if damage != "newer schema":
        with (  # found on opening, or on reading
            pytest.raises(UserStoreDamagedError) as raised,
            UserStore.open(bad, backups=None) as opened,
        ):
            opened.browse()
        assert isinstance(raised.value.backup, BackupInfo)
        assert "annotations restore" in str(raised.value)
        assert file_hash(bad) == before
        code, out, err = run(capsys, "--user-store", str(bad), "annotations", "restore")
        assert code == 0, err
        code, out, err = run(capsys, "--user-store", str(bad), "annotations", "list", "--json")
        assert code == 0 and out.count('"id"') == 2


def test_a_full_disk_refuses_the_annotation_and_keeps_the_others(
    archive: Path, store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, before, _err = run(capsys, "--user-store", str(store), "annotations", "list", "--json")
    assert code == 0
    original = db.open_writable

    def no_room_to_grow(path: Path, *, wal: bool) -> apsw.Connection:
        connection = original(path, wal=wal)
        connection.execute(f"PRAGMA max_page_count = {connection.execute('PRAGMA page_count').get}")
        return connection

    monkeypatch.setattr(db, "open_writable", no_room_to_grow)
    code, _out, err = run(capsys, *commands(archive, store)[1], "--note", "长批注。" * 5000)
    monkeypatch.undo()
    assert code == 2
    assert_one_sentence(err, "is full")
    code, after, _err = run(capsys, "--user-store", str(store), "annotations", "list", "--json")
    assert code == 0 and after == before
    code, out, _err = run(capsys, "--archive", str(archive), "--user-store", str(store), "check")
    assert code == 0 and "2 annotations" in out


def test_a_store_locked_by_another_writer_is_one_sentence(
    archive: Path, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, before, _err = run(capsys, "--user-store", str(store), "annotations", "list", "--json")
    with locked(store):
        code, _out, err = run(capsys, *commands(archive, store)[1])
        assert code == 2
        assert_one_sentence(err, "is locked by another program")
    code, after, _err = run(capsys, "--user-store", str(store), "annotations", "list", "--json")
    assert after == before
