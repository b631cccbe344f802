"""The article store: schema versions, ids, provenance, and files that must be refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import apsw
import pytest

from archive import errors, schema
from archive.dates import PartialDate
from archive.models import FieldOrigin, NewArticle, Script
from archive.store import ArchiveStore
from tests.conftest import SAMPLE_ARTICLES


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_archive_is_at_current_schema(sample_archive: Path) -> None:
    with ArchiveStore.open_read_only(sample_archive) as store:
        assert store.info().schema_version == schema.SCHEMA_VERSION
        assert store.count() == len(SAMPLE_ARTICLES)
        assert store.fold_version


def test_ids_are_deterministic_and_not_row_numbers(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        with ArchiveStore.open_writable(tmp_path / f"{name}.sqlite", wal=False) as store:
            ids.append([store.add(article)[0] for article in SAMPLE_ARTICLES])
    assert ids[0] == ids[1]
    assert all(len(identifier) == 16 and not identifier.isdigit() for identifier in ids[0])
    assert len(set(ids[0])) == len(ids[0])


def test_adding_twice_adds_nothing(tmp_path: Path) -> None:
    with ArchiveStore.open_writable(tmp_path / "a.sqlite", wal=False) as store:
        first = store.add_many(SAMPLE_ARTICLES)
        second = store.add_many(SAMPLE_ARTICLES)
        assert all(added for _id, added in first)
        assert not any(added for _id, added in second)
        assert store.count() == len(SAMPLE_ARTICLES)


def test_article_round_trip_with_provenance(tmp_path: Path) -> None:
    article = NewArticle(
        title="標題",
        body="第一段。\n\n## 小節\n\n第二段",
        raw="原始",
        identity="x",
        date=PartialDate(month=11, day=21),
        source="青島日報",
        authors=("甲", "乙"),
        editor="丙",
        curated_fields=frozenset({"title"}),
    )
    with ArchiveStore.open_writable(tmp_path / "a.sqlite", wal=False) as store:
        identifier, _ = store.add(article)
        stored = store.get(identifier)
    assert stored.title == "標題" and stored.raw == "原始"
    assert stored.date.iso() == "--11-21"
    assert stored.authors == ("甲", "乙") and stored.editor == "丙"
    assert stored.text == "第一段。\n小節\n第二段"
    assert stored.script is Script.TRADITIONAL
    assert stored.field_origins["title"] is FieldOrigin.CURATED
    assert stored.field_origins["source"] is FieldOrigin.EXTRACTED
    assert stored.content_hash == hashlib.sha256(stored.text.encode()).hexdigest()


def test_replace_body_keeps_id_and_raw(tmp_path: Path) -> None:
    with ArchiveStore.open_writable(tmp_path / "a.sqlite", wal=False) as store:
        identifier, _ = store.add(SAMPLE_ARTICLES[0])
        before = store.get(identifier)
        new_hash = store.replace_body(identifier, "改過的正文")
        after = store.get(identifier)
    assert after.id == before.id and after.raw == before.raw
    assert after.text == "改過的正文" and after.content_hash == new_hash != before.content_hash
    assert after.is_curated("body")


def test_read_only_store_refuses_writes(sample_archive: Path) -> None:
    with (
        ArchiveStore.open_read_only(sample_archive) as store,
        pytest.raises(errors.ArchiveReadOnlyError),
    ):
        store.add(SAMPLE_ARTICLES[0])


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.ArchiveMissingError, match="does not exist"):
        ArchiveStore.open_read_only(tmp_path / "nothing.sqlite")
    assert not (tmp_path / "nothing.sqlite").exists()


def test_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are not the droids" * 100)
    before = digest(path)
    for opener in (ArchiveStore.open_read_only, ArchiveStore.open_writable):
        with pytest.raises(errors.NotAnArchiveError, match="not an SQLite database"):
            opener(path)
    assert digest(path) == before


def test_truncated_file_is_refused_untouched(sample_archive: Path) -> None:
    data = sample_archive.read_bytes()
    sample_archive.write_bytes(data[: len(data) // 2])
    before = digest(sample_archive)
    for opener in (ArchiveStore.open_read_only, ArchiveStore.open_writable):
        with pytest.raises(errors.ArchiveDamagedError, match="truncated"):
            opener(sample_archive)
    assert digest(sample_archive) == before


def test_newer_schema_is_refused_untouched(sample_archive: Path) -> None:
    connection = apsw.Connection(str(sample_archive))
    connection.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    connection.close()
    before = digest(sample_archive)
    for opener in (ArchiveStore.open_read_only, ArchiveStore.open_writable):
        with pytest.raises(errors.SchemaTooNewError, match="newer Wenyuan"):
            opener(sample_archive)
    assert digest(sample_archive) == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = apsw.Connection(str(path))
    connection.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)")
    connection.close()
    before = digest(path)
    with pytest.raises(errors.NotAnArchiveError, match="not a Wenyuan archive"):
        ArchiveStore.open_writable(path)
    assert digest(path) == before


def test_failed_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.sqlite"
    ArchiveStore.open_writable(path, wal=False).close()
    current_version = schema.SCHEMA_VERSION
    broken_step = "CREATE TABLE step_two(x); SELECT no_such_function();"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken_step))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(apsw.SQLError):
        ArchiveStore.open_writable(path, wal=False)
    connection = apsw.Connection(str(path))
    assert connection.execute("PRAGMA user_version").get == current_version
    assert connection.execute("SELECT count(*) FROM sqlite_schema WHERE name='step_two'").get == 0
    connection.close()


def test_shipped_archive_opens_from_a_read_only_folder(sample_archive: Path) -> None:
    folder = sample_archive.parent
    sample_archive.chmod(0o444)
    folder.chmod(0o555)
    try:
        with ArchiveStore.open_read_only(sample_archive) as store:
            assert store.count() == len(SAMPLE_ARTICLES)
        assert sorted(p.name for p in folder.iterdir()) == ["sample.sqlite"]
    finally:
        folder.chmod(0o755)
        sample_archive.chmod(0o644)
