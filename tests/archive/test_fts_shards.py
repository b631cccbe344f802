"""The index written on a second core: the same archive as one writer makes, sound and complete.

Real articles from the shared corpora are added twice, once with one writer and once with the
shard writer; every query drawn from them must give the same hits in the same order with the same
BM25 scores, and FTS5's own integrity check must pass. Appending to an index that already holds
rows, deleting and editing afterwards, a run stopped half-way and a writer that fails are covered.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import apsw
import pytest

from archive import bulk, fts_shards
from archive import fts_structure as structure
from archive.importer.jsonl import record_to_article
from archive.integrity import check_archive
from archive.library import Library
from archive.models import NewArticle
from archive.prepare import prepare
from archive.search import SearchRequest, SortOrder, search
from archive.store import ArchiveStore
from tests.conftest import require_corpora

CORPORA = {"cctv_2022_2023.jsonl": 240, "tw_news_2017_udn_ltn.jsonl": 160}
HAN = re.compile(r"[\u4e00-\u9fff]+")
BATCH = 90


def corpus_articles() -> list[NewArticle]:
    folder = require_corpora()
    articles = []
    for name, count in CORPORA.items():
        with (folder / name).open(encoding="utf-8") as handle:
            for number, line in enumerate(itertools.islice(handle, count)):
                article = record_to_article(json.loads(line), identity=f"{name}:{number}")
                if article is not None:
                    articles.append(article)
    return articles


def build(path: Path, articles: list[NewArticle], *, parallel: bool) -> list[bulk.BulkProgress]:
    with ArchiveStore.open_writable(path, wal=False) as store:
        return list(
            bulk.add_in_batches(
                store, articles, workers=1, batch_size=BATCH, parallel_index=parallel
            )
        )


def queries(articles: list[NewArticle], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    runs = [run for article in articles for run in HAN.findall(article.body) if len(run) >= 2]
    picked = []
    for _ in range(count):
        run = rng.choice(runs)
        length = rng.randint(1, min(6, len(run)))
        start = rng.randrange(len(run) - length + 1)
        picked.append(run[start : start + length])
    return [*picked, "5G", "2021", "新聞 OR 新闻", "台灣 -中国", '"国家"']


def outcome(path: Path, query: str, order: SortOrder) -> list[tuple[str, float]]:
    library = Library.open([path])
    try:
        result = search(library, SearchRequest(query, limit=0, sort=order))
        return [(hit.summary.id, round(hit.score, 9)) for hit in result.hits]
    finally:
        library.close()


def delete(store: ArchiveStore, identifiers: list[str]) -> None:
    """Delete articles the way the store does (the index row by rowid, then the article)."""
    with store.connection:
        for identifier in identifiers:
            rowid = store.connection.execute(
                "SELECT rowid FROM articles WHERE id = ?", (identifier,)
            ).get
            store.connection.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
            store.connection.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))


def segment_count(path: Path) -> int:
    connection = apsw.Connection(str(path))
    try:
        block = connection.execute("SELECT block FROM search_index_data WHERE id = 10").get
        return len(structure.parse_structure(bytes(block)).segments)
    finally:
        connection.close()


@pytest.fixture(scope="module")
def articles() -> list[NewArticle]:
    return corpus_articles()


@pytest.fixture(scope="module")
def pair(
    articles: list[NewArticle], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("shards")
    one, two = folder / "one-writer.sqlite", folder / "shard-writer.sqlite"
    assert build(one, articles, parallel=False) == build(two, articles, parallel=True)
    yield one, two


def test_the_shard_writer_builds_the_same_index(
    articles: list[NewArticle], pair: tuple[Path, Path]
) -> None:
    one, two = pair
    assert segment_count(two) == 1 and not list(two.parent.glob("*.index-*"))
    for query in queries(articles, 150, seed=3):
        for order in (SortOrder.RELEVANCE, SortOrder.DATE):
            expected = outcome(one, query, order)
            assert expected, query
            assert outcome(two, query, order) == expected, query


def test_both_archives_pass_every_check(pair: tuple[Path, Path]) -> None:
    for path in pair:
        report = check_archive(path)
        assert report.sound, report.line()


def test_appending_to_an_index_that_holds_rows_then_editing(
    articles: list[NewArticle], tmp_path: Path
) -> None:
    first, later = articles[:150], articles[150:]
    paths = {parallel: tmp_path / f"appended-{parallel}.sqlite" for parallel in (False, True)}
    for parallel, path in paths.items():
        build(path, first, parallel=False)
        build(path, later, parallel=parallel)
        with ArchiveStore.open_writable(path, wal=False) as store:
            delete(store, [prepare(first[3]).id, prepare(later[5]).id])
            store.replace_body(prepare(later[7]).id, "改写后的正文，提到青岛与5G网络。")
            store.add(later[5])
    assert segment_count(paths[True]) >= 2
    for path in paths.values():
        report = check_archive(path)
        assert report.sound, report.line()
    for query in [*queries(articles, 60, seed=5), "改写后的正文", "青岛 5G网络"]:
        assert outcome(paths[True], query, SortOrder.RELEVANCE) == outcome(
            paths[False], query, SortOrder.RELEVANCE
        ), query


def test_a_run_stopped_half_way_keeps_its_stored_rows_searchable(
    articles: list[NewArticle], tmp_path: Path
) -> None:
    path = tmp_path / "stopped.sqlite"
    with ArchiveStore.open_writable(path, wal=False) as store:
        run = bulk.add_in_batches(store, articles, workers=1, batch_size=BATCH)
        next(run), next(run)
        run.close()
        stored = store.count()
    assert stored == 2 * BATCH
    report = check_archive(path)
    assert report.sound, report.line()
    with ArchiveStore.open_read_only(path) as store:
        assert store.meta(fts_shards.PENDING_KEY) is None
    title = articles[BATCH + 1].title
    assert prepare(articles[BATCH + 1]).id in [
        hit for hit, _ in outcome(path, f'"{title}"', SortOrder.RELEVANCE)
    ]


def test_a_failing_writer_leaves_the_indexing_to_the_main_process(
    articles: list[NewArticle], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fts_shards, "index_definition", lambda connection: "CREATE TABLE (")
    path = tmp_path / "failing.sqlite"
    progress = build(path, articles, parallel=True)
    assert progress[-1].added == len(articles)
    assert not list(tmp_path.glob("*.index-*"))
    report = check_archive(path)
    assert report.sound, report.line()
    for number in (5, BATCH + 5, len(articles) - 5):
        found = [
            hit for hit, _ in outcome(path, f'"{articles[number].title}"', SortOrder.RELEVANCE)
        ]
        assert prepare(articles[number]).id in found


def test_the_writer_s_failure_is_one_sentence(articles: list[NewArticle], tmp_path: Path) -> None:
    path = tmp_path / "failed.sqlite"
    with ArchiveStore.open_writable(path, wal=False):
        writer = fts_shards.ShardWriter(path, "CREATE TABLE nonsense(")
        writer.send([(1, "a", "b", "c", "d")])
        with pytest.raises(fts_shards.ShardFailedError) as raised:
            writer.finish()
    assert "\n" not in str(raised.value) and "incomplete input" in str(raised.value)
    assert not list(tmp_path.glob("*.index-*"))


def leave_unindexed(path: Path, articles: list[NewArticle], owner: str) -> None:
    """What a run killed half-way leaves: rows stored, not indexed, `index_pending` naming it."""
    with ArchiveStore.open_writable(path, wal=False) as store, store.connection:
        for article in articles:
            store.insert_prepared(prepare(article), import_id=None, index=False)
        store.connection.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            (fts_shards.PENDING_KEY, owner),
        )


def test_rows_a_killed_run_left_unindexed_are_indexed_on_reopening(
    articles: list[NewArticle], tmp_path: Path
) -> None:
    path = tmp_path / "killed.sqlite"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leave_unindexed(path, articles[:20], owner=fts_shards.owner_value(dead.pid))
    left_shard = tmp_path / f"killed.sqlite.index-{dead.pid}-7f00"
    left_shard.write_bytes(b"partial")
    assert not check_archive(path).sound  # 20 rows the index does not hold
    with ArchiveStore.open_writable(path, wal=False) as store:
        assert store.meta(fts_shards.PENDING_KEY) is None
    assert not left_shard.exists()
    report = check_archive(path)
    assert report.sound, report.line()
    found = outcome(path, f'"{articles[4].title}"', SortOrder.RELEVANCE)
    assert found[0][0] == prepare(articles[4]).id


def test_rows_of_a_run_still_going_elsewhere_are_left_to_it(
    articles: list[NewArticle], tmp_path: Path
) -> None:
    path = tmp_path / "running.sqlite"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            owner = fts_shards.owner_value(running.pid)
            leave_unindexed(path, articles[:5], owner=owner)
            with ArchiveStore.open_writable(path, wal=False) as store:
                assert store.meta(fts_shards.PENDING_KEY) == owner
                assert len(fts_shards.unindexed_rowids(store.connection)) == 5
            # ... but the next bulk run of this archive indexes them with its own
            build(path, articles[5 : 5 + 2 * BATCH], parallel=True)
            with ArchiveStore.open_read_only(path) as store:
                assert store.meta(fts_shards.PENDING_KEY) is None
            report = check_archive(path)
            assert report.sound, report.line()
        finally:
            running.kill()


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        (0, "00"),
        (127, "7f"),
        (128, "8100"),
        (16383, "ff7f"),
        (16384, "818000"),
        (2**56 - 1, "ffffffffffffff7f"),
        (2**56, "80c0808080808080" + "00"),
        (2**64 - 1, "ff" * 9),
    ],
)
def test_varints_are_sqlite_s(value: int, encoded: str) -> None:
    """SQLite's varint: big-endian 7-bit groups, the ninth byte whole (sqlite3PutVarint)."""
    assert structure.write_varint(value).hex() == encoded
    assert structure.read_varint(bytes.fromhex(encoded), 0) == (value, len(encoded) // 2)


def test_structure_records_of_fts5_round_trip() -> None:
    connection = apsw.Connection(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, content='', contentless_delete=1, prefix='1')"
    )
    records = []
    for number in range(1, 8):
        connection.execute("INSERT INTO t(rowid, a) VALUES (?, ?)", (number, f"w{number} x"))
        if number == 5:
            connection.execute("DELETE FROM t WHERE rowid = 2")
        records.append(connection.execute("SELECT block FROM t_data WHERE id = 10").get)
    connection.execute("INSERT INTO t(t) VALUES ('optimize')")
    records.append(connection.execute("SELECT block FROM t_data WHERE id = 10").get)
    for record in records:
        parsed = structure.parse_structure(bytes(record))
        assert parsed.v2 and structure.write_structure(parsed) == bytes(record)
    assert any(
        segment.tombstone_pages
        for record in records[:-1]
        for segment in structure.parse_structure(bytes(record)).segments
    )
    with pytest.raises(structure.StructureError):
        structure.parse_structure(bytes(records[0])[:-1])


def test_the_writer_merges_nothing_before_its_one_optimize(tmp_path: Path) -> None:
    """FTS5 forces a merge once a level holds `crisismerge` segments (16 by default), automerge 0
    or not: at 100,000 articles the writer stalled for 10-15 s rewriting 16 segments that its
    final optimize rewrote again, and the main process waited. The writer's commits stay apart."""
    with ArchiveStore.open_writable(tmp_path / "archive.sqlite", wal=False) as store:
        definition = fts_shards.index_definition(store.connection)
    connection = fts_shards._new_shard(str(tmp_path / "shard"), definition)
    commits = 40
    for rowid in range(1, commits + 1):
        fts_shards._insert(connection, [(rowid, "青岛 岛", f"w{rowid}", "", "")])
    record = connection.execute(
        "SELECT block FROM search_index_data WHERE id = ?", (structure.STRUCTURE_ROWID,)
    ).get
    levels = [len(level.segments) for level in structure.parse_structure(bytes(record)).levels]
    assert levels[0] == commits and sum(levels) == commits
    connection.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    hits = connection.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH '\"青岛\"'"
    ).get
    assert hits == commits


def test_a_thirty_runs_long_history_keeps_using_the_writer(
    articles: list[NewArticle], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each run's shard joins the index's top level and `finish` merges: the structure stays
    small and no run falls back to indexing inline."""
    inline: list[int] = []
    original = ArchiveStore.index_unindexed

    def counted(store: ArchiveStore) -> int:
        inline.append(len(fts_shards.unindexed_rowids(store.connection)))
        return original(store)

    monkeypatch.setattr(ArchiveStore, "index_unindexed", counted)
    path = tmp_path / "history.sqlite"
    for run in range(30):
        with ArchiveStore.open_writable(path, wal=False) as store:
            list(
                bulk.add_in_batches(store, articles[run * 6 : run * 6 + 6], workers=1, batch_size=3)
            )
            if run % 3 == 0:
                bulk.merge_index(store)
    assert inline == [0] * 30
    connection = apsw.Connection(str(path))
    try:
        block = connection.execute("SELECT block FROM search_index_data WHERE id = 10").get
        assert len(structure.parse_structure(bytes(block)).levels) < 30
    finally:
        connection.close()
    report = check_archive(path)
    assert report.sound, report.line()
    assert (
        outcome(path, f'"{articles[100].title}"', SortOrder.RELEVANCE)[0][0]
        == prepare(articles[100]).id
    )


def test_a_second_opening_in_the_same_process_leaves_a_running_run_alone(
    articles: list[NewArticle], tmp_path: Path
) -> None:
    path = tmp_path / "suspended.sqlite"
    with ArchiveStore.open_writable(path, wal=False) as store:
        run = bulk.add_in_batches(store, articles[: 3 * BATCH], workers=1, batch_size=BATCH)
        next(run), next(run)
        with ArchiveStore.open_writable(path, wal=False) as other:
            assert len(fts_shards.unindexed_rowids(other.connection)) == 2 * BATCH
        assert list(run)[-1].added == 3 * BATCH
    report = check_archive(path)
    assert report.sound, report.line()


def test_a_marker_from_another_machine_is_recovered(
    articles: list[NewArticle], tmp_path: Path
) -> None:
    path = tmp_path / "copied.sqlite"
    alien = '{"pid": 1, "host": "another-machine", "boot": "x"}'
    leave_unindexed(path, articles[:5], owner=alien)
    with ArchiveStore.open_writable(path, wal=False) as store:
        assert store.meta(fts_shards.PENDING_KEY) is None
    report = check_archive(path)
    assert report.sound, report.line()


def test_rows_without_a_token_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "tokenless.sqlite"
    quiet = [
        NewArticle(title="！", body="。。。", raw=str(number), identity=f"quiet:{number}")
        for number in range(4)
    ]
    with ArchiveStore.open_writable(path, wal=False) as store:
        list(bulk.add_in_batches(store, quiet, workers=1, batch_size=2))
        assert store.connection.execute("SELECT count(*) FROM search_index_docsize").get == 4
    report = check_archive(path)
    assert report.sound, report.line()
