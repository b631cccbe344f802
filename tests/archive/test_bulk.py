"""Bulk adding: batches, skipped duplicates, worker processes, and the final index merge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from archive import bulk
from archive.library import Library
from archive.search import SearchRequest, search
from archive.store import ArchiveStore
from tests.conftest import SAMPLE_ARTICLES


def stored_ids(path: Path) -> list[str]:
    with ArchiveStore.open_read_only(path) as store:
        return sorted(summary.id for summary in store.summaries())


def titles_found(path: Path, query: str) -> list[str]:
    library = Library.open([path])
    try:
        result = search(library, SearchRequest(query, limit=0))
        return sorted(hit.summary.title for hit in result.hits)
    finally:
        library.close()


def test_batches_commit_and_duplicates_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bulk.sqlite"
    first, second, *rest = SAMPLE_ARTICLES
    with ArchiveStore.open_writable(path, wal=False) as store:
        store.add(first)
        articles = [first, second, second, *rest]
        progress = list(bulk.add_in_batches(store, articles, workers=1, batch_size=2))
    assert [(step.added, step.skipped) for step in progress] == [(1, 1), (2, 2), (3, 2)]
    assert len(stored_ids(path)) == len(SAMPLE_ARTICLES)
    assert titles_found(path, "青岛") == ["青岛啤酒节开幕", "青島西海岸新區產業發展"]


def test_worker_processes_store_the_same_archive(tmp_path: Path) -> None:
    articles = [
        replace(article, identity=f"{article.identity}:{copy}", title=f"{article.title}{copy}")
        for copy in range(30)
        for article in SAMPLE_ARTICLES
    ]
    paths = {}
    for workers in (1, 2):
        paths[workers] = tmp_path / f"workers-{workers}.sqlite"
        with ArchiveStore.open_writable(paths[workers], wal=False) as store:
            *_, last = bulk.add_in_batches(store, articles, workers=workers, batch_size=50)
        assert last.added == len(articles)
    assert stored_ids(paths[1]) == stored_ids(paths[2])
    for query in ("青岛", "5G", "產業 -啤酒", "软件"):
        assert titles_found(paths[1], query) == titles_found(paths[2], query)


def test_finish_merges_the_index_without_changing_results(tmp_path: Path) -> None:
    path = tmp_path / "merged.sqlite"
    with ArchiveStore.open_writable(path, wal=False) as store:
        for article in SAMPLE_ARTICLES:
            list(bulk.add_in_batches(store, [article], workers=1))
    before = {query: titles_found(path, query) for query in ("青岛", "啤", "COVID-19疫苗")}
    with ArchiveStore.open_writable(path, wal=False) as store:
        segments = store.connection.execute("SELECT count(*) FROM search_index_data").get
        bulk.finish(store)
        assert store.connection.execute("SELECT count(*) FROM search_index_data").get < segments
        hash_size = store.connection.execute(
            "SELECT v FROM search_index_config WHERE k = 'hashsize'"
        ).get
    assert hash_size == bulk.INDEX_HASH_SIZE
    assert {query: titles_found(path, query) for query in before} == before


@pytest.mark.parametrize("batch_size", [1, 3, 1000])
def test_progress_counts_every_article_once(tmp_path: Path, batch_size: int) -> None:
    path = tmp_path / f"progress-{batch_size}.sqlite"
    with ArchiveStore.open_writable(path, wal=False) as store:
        progress = list(
            bulk.add_in_batches(store, SAMPLE_ARTICLES, workers=1, batch_size=batch_size)
        )
    assert progress[-1] == bulk.BulkProgress(len(SAMPLE_ARTICLES), 0)
    assert len(progress) == -(-len(SAMPLE_ARTICLES) // batch_size)
