"""Restoring an archive from the backups imports make: the newest by default, refusals in one
sentence with every file left as it was, the replaced file kept (its -wal included)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import apsw
import pytest

from archive import archive_backups, backup
from archive.annotation_errors import BackupError
from archive.importer.pipeline import import_files
from archive.store import ArchiveStore
from tests.archive.importer.test_pipeline import finish, write_story
from tests.archive.test_cli import run_cli


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An archive imported into twice: its one backup holds the first article only."""
    path = tmp_path / "user.sqlite"
    finish(
        import_files(path, [write_story(tmp_path, "a.txt", "青岛港今年吞吐量增长。")], workers=1)
    )
    second = write_story(tmp_path, "b.txt", "烟台港开通新航线。", title="烟台港")
    finish(import_files(path, [second], workers=1))
    return path


def titles(path: Path) -> list[str]:
    with ArchiveStore.open_read_only(path) as store:
        return sorted(summary.title for summary in store.summaries())


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` and its SHA-256."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_command_line_lists_the_backups_and_restores_the_newest(archive: Path) -> None:
    listed = run_cli("--archive", str(archive), "imports", "backups")
    (line,) = listed.stdout.splitlines()
    assert "  auto  " in line and line.endswith("-auto-before-import.sqlite")
    restored = run_cli("--archive", str(archive), "imports", "restore")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {archive} from ")
    assert titles(archive) == ["青岛港口新闻"]
    newest, older = archive_backups.list_backups(archive)
    assert (newest.label, older.label) == (backup.REPLACED, backup.AUTO)
    assert f"the replaced file is kept as {newest.path}" in restored.stdout
    assert titles(newest.path) == ["烟台港", "青岛港口新闻"]
    shown = run_cli("--archive", str(archive), "imports", "--json", "backups")
    assert '"label": "replaced"' in shown.stdout.split('"label": "auto"')[0]  # newest first


def test_restoring_twice_restores_the_same_backup_and_a_replaced_file_on_request(
    archive: Path,
) -> None:
    (first,) = archive_backups.list_backups(archive)
    assert archive_backups.restore(archive)[0] == first.path
    used, replaced = archive_backups.restore(archive)
    assert used == first.path and replaced is not None
    assert titles(archive) == ["青岛港口新闻"]
    undone = archive_backups.list_backups(archive)[-2].path  # the file before the first restore
    archive_backups.restore(archive, undone)
    assert titles(archive) == ["烟台港", "青岛港口新闻"]


def _text(candidate: Path, _archive: Path) -> None:
    candidate.write_text("不是数据库", encoding="utf-8")


def _foreign(candidate: Path, _archive: Path) -> None:
    connection = apsw.Connection(str(candidate))
    connection.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")
    connection.close()


def _damaged(candidate: Path, archive: Path) -> None:
    shutil.copy(archive_backups.list_backups(archive)[0].path, candidate)
    connection = apsw.Connection(str(candidate))
    page_size = connection.execute("PRAGMA page_size").get
    root = connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'").get
    connection.close()
    data = bytearray(candidate.read_bytes())
    data[(root - 1) * page_size : (root - 1) * page_size + 64] = b"\x55" * 64
    candidate.write_bytes(bytes(data))


def _newer(candidate: Path, archive: Path) -> None:
    shutil.copy(archive_backups.list_backups(archive)[0].path, candidate)
    connection = apsw.Connection(str(candidate))
    connection.execute("PRAGMA user_version=999")
    connection.close()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (None, "does not exist"),
        (_text, "is not an archive (not an SQLite database)"),
        (_foreign, "is an SQLite database but not a Wenyuan archive"),
        (_damaged, "is damaged"),
        (_newer, "was written by a newer Wenyuan"),
    ],
    ids=["missing", "text", "foreign", "damaged", "newer"],
)
def test_an_unusable_backup_is_refused_in_one_sentence_and_nothing_changes(
    archive: Path,
    tmp_path: Path,
    make: Callable[[Path, Path], None] | None,
    said: str,
) -> None:
    candidate = tmp_path / "elsewhere" / "candidate.sqlite"
    candidate.parent.mkdir()
    if make is not None:
        make(candidate, archive)
    before = fingerprint(tmp_path)
    result = run_cli("--archive", str(archive), "imports", "restore", str(candidate))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert said in result.stderr
    assert result.stderr.rstrip().endswith(f", so {archive} was left as it was.")
    assert fingerprint(tmp_path) == before


def test_without_a_usable_backup_the_newest_is_refused_and_nothing_changes(
    archive: Path, tmp_path: Path
) -> None:
    (only,) = archive_backups.list_backups(archive)
    _damaged(tmp_path / "damaged.sqlite", archive)
    shutil.copy(tmp_path / "damaged.sqlite", only.path)
    before = fingerprint(tmp_path)
    with pytest.raises(BackupError, match="has no usable backup") as refused:
        archive_backups.restore(archive)
    assert str(refused.value).count(".") >= 1 and "\n" not in str(refused.value)
    assert fingerprint(tmp_path) == before


def test_the_default_passes_over_a_damaged_newer_backup(archive: Path, tmp_path: Path) -> None:
    (good,) = archive_backups.list_backups(archive)
    damaged = good.path.with_name(
        f"{archive.stem}-29991231T235959000000Z-auto-before-import.sqlite"
    )
    _damaged(damaged, archive)
    assert archive_backups.list_backups(archive)[0].path == damaged
    assert archive_backups.restore(archive)[0] == good.path
    assert titles(archive) == ["青岛港口新闻"]


def test_a_replaced_file_keeps_the_articles_in_its_wal(archive: Path, tmp_path: Path) -> None:
    # A crash leaves committed articles in the -wal; a restore moves it aside with the file.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with ArchiveStore.open_writable(archive) as store:  # open: the import's close is no checkpoint
        finish(import_files(archive, [write_story(tmp_path, "c.txt", "威海渔业丰收。", "威海")]))
        assert store.count() == 3
        for name in (archive.name, archive.name + "-wal"):
            shutil.copy(archive.with_name(name), crashed / name)
    copy = crashed / archive.name
    assert (crashed / f"{archive.name}-wal").stat().st_size > 0
    _used, replaced = archive_backups.restore(copy, archive_backups.list_backups(archive)[0].path)
    assert replaced is not None and replaced.with_name(replaced.name + "-wal").exists()
    archive_backups.restore(copy, replaced)
    assert titles(copy) == ["威海", "烟台港", "青岛港口新闻"]
