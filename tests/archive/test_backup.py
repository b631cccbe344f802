"""Rolling backups, restores, and a damaged user store that says so and offers its backup."""

from __future__ import annotations

from pathlib import Path

import apsw
import pytest

from archive import backup, userstore_files
from archive.anchoring import anchor_quote
from archive.annotation_errors import BackupError, UserStoreDamagedError
from archive.models import Article
from archive.store import ArchiveStore
from archive.userstore import UserStore
from tests.archive.annotation_support import NO_MINIMUM_AGE, make_archive, open_store


@pytest.fixture
def article(tmp_path: Path) -> Article:
    return make_archive(tmp_path / "sample.sqlite")["simplified"]


def _add(store: UserStore, article: Article, note: str) -> str:
    return store.highlight(article, anchor_quote(article.text, "软件"), note=note).annotation_id


def _corrupt(path: Path) -> None:
    """Overwrite the header of the annotations table's root page."""
    connection = apsw.Connection(str(path))
    page_size = connection.execute("PRAGMA page_size").get
    root = connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'annotations'").get
    connection.close()
    data = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    data[offset : offset + 64] = b"\x55" * 64
    path.write_bytes(bytes(data))


def test_rolling_backups_keep_the_newest_and_skip_unchanged(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "user.sqlite"
    with open_store(path) as store:
        assert store.rolling_backup(NO_MINIMUM_AGE) is None  # nothing written yet
        made = []
        for number in range(5):
            _add(store, article, f"note {number}")
            made.append(store.rolling_backup(NO_MINIMUM_AGE))
            assert store.rolling_backup(NO_MINIMUM_AGE) is None  # same revision
        manual = store.back_up_now()
    kept = backup.list_backups(path)
    automatic = [info for info in kept if info.label == backup.AUTO]
    assert [info.path for info in automatic] == [info.path for info in made[::-1][:3]]
    assert manual.path in [info.path for info in kept]
    assert all(backup.check_backup(info.path) is None for info in kept)


def test_minimum_age_between_automatic_backups(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "user.sqlite"
    with open_store(path) as store:
        _add(store, article, "one")
        assert store.rolling_backup() is not None
        _add(store, article, "two")
        assert store.rolling_backup() is None  # the last one is under ten minutes old


def test_opening_backs_up_what_changed(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "user.sqlite"
    with UserStore.open(path, backups=NO_MINIMUM_AGE) as store:
        _add(store, article, "one")
    with UserStore.open(path, backups=NO_MINIMUM_AGE):
        pass
    with UserStore.open(path, backups=NO_MINIMUM_AGE):
        pass
    backups = backup.list_backups(path)
    assert len(backups) == 1 and backups[0].tag == "r1"


def test_any_sqlite_file_backs_up_the_same_way(tmp_path: Path) -> None:
    archive = tmp_path / "user-archive.sqlite"
    make_archive(archive)
    info = backup.back_up_file(archive, label=backup.AUTO, tag="import-1")
    assert info.path.parent == tmp_path / "user-archive-backups"
    with ArchiveStore.open_read_only(info.path) as copy:
        assert copy.count() == 3


def test_damaged_store_gives_one_sentence_offers_the_backup_and_restores(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "user.sqlite"
    with open_store(path) as store:
        saved = _add(store, article, "saved before the backup")
        store.back_up_now()
    _corrupt(path)
    damaged = path.read_bytes()
    with pytest.raises(UserStoreDamagedError) as raised:
        UserStore.open(path)
    message = str(raised.value)
    assert "damaged" in message and "annotations restore" in message and "\n" not in message
    assert isinstance(raised.value.backup, backup.BackupInfo)
    assert path.read_bytes() == damaged  # untouched
    used, moved = userstore_files.restore(path)
    assert used == raised.value.backup.path
    assert moved is not None and moved.read_bytes() == damaged  # the damaged file is kept
    with UserStore.open(path) as restored:
        assert restored.get(saved).note == "saved before the backup"


def test_damaged_store_without_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(UserStoreDamagedError, match="has no backup; it was left untouched"):
        UserStore.open(path)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserStoreDamagedError, match="damaged"):
        UserStore.open(garbage)


def test_a_damaged_backup_is_never_restored(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "user.sqlite"
    with open_store(path) as store:
        _add(store, article, "current")
        info = store.back_up_now()
    _corrupt(info.path)
    before = path.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        backup.restore(info.path, path)
    assert path.read_bytes() == before
    with pytest.raises(Exception, match="no usable backup"):
        userstore_files.restore(path)


def test_an_archive_backup_is_not_restored_as_a_user_store(tmp_path: Path) -> None:
    archive = tmp_path / "archive.sqlite"
    make_archive(archive)
    with pytest.raises(Exception, match="not a usable backup"):
        userstore_files.restore(tmp_path / "user.sqlite", archive)
    assert not (tmp_path / "user.sqlite").exists()


def test_a_worker_thread_backs_up_through_its_own_connection(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "user.sqlite"
    with open_store(path) as store:
        _add(store, article, "one")
        made = userstore_files.rolling_backup(path, NO_MINIMUM_AGE)
        assert made is not None and made.tag == f"r{store.revision}"
        assert userstore_files.rolling_backup(path, NO_MINIMUM_AGE) is None  # unchanged
    with UserStore.open(made.path, backups=None) as copy:
        assert copy.browse().annotations[0].note == "one"
