"""An archive written by an older Wenyuan is upgraded when read (after a backup), keeping its
articles and index; one that cannot be written says so; the bundled one opens immutable."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import apsw
import pytest

from archive import errors, paths, schema
from archive.backup import list_backups
from archive.cli import main as cli_main
from archive.integrity import check_archive
from archive.library import Library
from archive.search import SearchRequest, search
from archive.store import ArchiveStore
from tests.conftest import SAMPLE_ARTICLES


def at_schema_1(current: Path, target: Path) -> None:
    """A copy of `current` as schema 1 wrote it: step 1's tables only, with the same rows."""
    connection = apsw.Connection(str(target))
    connection.execute(schema.MIGRATIONS[0])
    connection.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
    connection.execute("PRAGMA user_version=1")
    connection.execute("ATTACH ? AS src", (str(current),))
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM main.sqlite_schema "
            "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    with connection:
        for table in tables:
            columns = ", ".join(
                f'"{row[1]}"' for row in connection.execute(f'PRAGMA main.table_info("{table}")')
            )
            connection.execute(
                f'INSERT OR REPLACE INTO main."{table}" ({columns}) '
                f'SELECT {columns} FROM src."{table}"'
            )
    connection.execute("DETACH src")
    connection.close()


@pytest.fixture
def old_archive(sample_archive: Path, tmp_path: Path) -> Path:
    target = tmp_path / "old" / "user-archive.sqlite"
    target.parent.mkdir()
    at_schema_1(sample_archive, target)
    with pytest.raises(errors.SchemaTooOldError):
        ArchiveStore.open_read_only(target, immutable=False).close()
    return target


def test_reading_an_older_archive_upgrades_it_and_keeps_every_article(old_archive: Path) -> None:
    library = Library.open([old_archive])
    try:
        assert library.failures == []
        (store,) = library.stores
        assert store.count() == len(SAMPLE_ARTICLES)
        found = search(library, SearchRequest("青島"))
        assert found.total > 0
    finally:
        library.close()
    assert check_archive(old_archive).sound
    with ArchiveStore.open_read_only(old_archive, immutable=False) as store:
        assert schema.user_version(store.connection) == schema.SCHEMA_VERSION
    (backup,) = list_backups(old_archive)
    assert backup.path.name.endswith("-auto-before-upgrade.sqlite")
    probe = apsw.Connection(str(backup.path), flags=apsw.SQLITE_OPEN_READONLY)
    assert probe.execute("PRAGMA user_version").get == 1  # the file as it was
    probe.close()


def test_the_command_line_reads_an_older_archive(
    old_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--archive", str(old_archive), "list"]) == 0
    out = capsys.readouterr().out
    assert all(article.title in out for article in SAMPLE_ARTICLES)


def test_an_older_archive_that_cannot_be_written_is_one_sentence_and_untouched(
    old_archive: Path,
) -> None:
    old_archive.chmod(0o444)
    old_archive.parent.chmod(0o555)
    before = hashlib.sha256(old_archive.read_bytes()).hexdigest()
    try:
        library = Library.open([old_archive])
        library.close()
    finally:
        old_archive.parent.chmod(0o755)
        old_archive.chmod(0o644)
    (failure,) = library.failures
    assert "written by an older Wenyuan" in failure and "\n" not in failure
    assert hashlib.sha256(old_archive.read_bytes()).hexdigest() == before
    assert list_backups(old_archive) == []


def test_the_bundled_archive_is_opened_immutable(
    sample_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Immutable: no locks are taken, so another program's exclusive lock on the file (which
    stops an ordinary reader) does not stop the bundled archive from opening."""
    shipped = tmp_path / "resources" / "archive" / "bundled.sqlite"
    shipped.parent.mkdir(parents=True)
    shutil.copy(sample_archive, shipped)
    ordinary = tmp_path / "ordinary.sqlite"
    shutil.copy(sample_archive, ordinary)
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    lockers = [apsw.Connection(str(path)) for path in (shipped, ordinary)]
    for locker in lockers:
        locker.execute("BEGIN EXCLUSIVE")
    try:
        library = Library.open([shipped, ordinary])
        try:
            assert [store.count() for store in library.stores] == [len(SAMPLE_ARTICLES)]
            (failure,) = library.failures
            assert str(ordinary) in failure
        finally:
            library.close()
    finally:
        for locker in lockers:
            locker.execute("ROLLBACK")
            locker.close()
