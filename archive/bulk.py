"""Bulk adding: prepare articles in worker processes, insert them in batched transactions.

A generator: each `yield` reports progress and is a point where the caller may stop; every
batch is committed whole, so an interrupted run leaves only whole articles and a re-run
finishes the job (already stored ids are skipped).
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from archive import db, dense_terms
from archive.models import NewArticle
from archive.prepare import PreparedArticle, prepare
from archive.store import ArchiveStore

BATCH_SIZE = 1000


@dataclass(frozen=True)
class BulkProgress:
    """Running totals after each committed batch."""

    added: int
    skipped: int


def add_in_batches(
    store: ArchiveStore,
    articles: Iterable[NewArticle],
    *,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    import_id: int | None = None,
) -> Iterator[BulkProgress]:
    """Add articles, committing every `batch_size`; yields the totals after each batch."""
    added = skipped = 0
    configure_index(store)
    for batch in _batches(_prepared(articles, workers), batch_size):
        with db.translate_errors(store.path), store.connection:
            present = _present_ids(store, [prepared.id for prepared in batch])
            for prepared in batch:
                if prepared.id in present:
                    skipped += 1
                    continue
                store.insert_prepared(prepared, import_id=import_id)
                present.add(prepared.id)
                added += 1
        yield BulkProgress(added, skipped)


#: FTS5 keeps this many bytes of pending index data in memory before writing a segment (its
#: default is 1 MB): a batch then becomes a few large segments instead of hundreds of small ones
#: that must be merged again and again, which makes a bulk build about a third faster.
INDEX_HASH_SIZE = 64 * 1024 * 1024


def configure_index(store: ArchiveStore) -> None:
    """Set the index's bulk-loading options (kept in the file; harmless for later writes)."""
    with db.translate_errors(store.path), store.connection:
        store.connection.execute(
            "INSERT INTO search_index(search_index, rank) VALUES ('hashsize', ?)",
            (INDEX_HASH_SIZE,),
        )


def _present_ids(store: ArchiveStore, identifiers: list[str]) -> set[str]:
    """Which of these ids the archive already holds (one query for the whole batch)."""
    rows = store.connection.execute(
        "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(identifiers),),
    )
    return {identifier for (identifier,) in rows}


def _batches(items: Iterable[PreparedArticle], size: int) -> Iterator[list[PreparedArticle]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _prepared(articles: Iterable[NewArticle], workers: int | None) -> Iterator[PreparedArticle]:
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    if count <= 1:
        yield from map(prepare, articles)
        return
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
    with context.Pool(count) as pool:
        yield from pool.imap(prepare, articles, chunksize=32)


def finish(store: ArchiveStore) -> None:
    """After a large bulk add: merge the index, then bring the dense terms' bitmaps up to date."""
    merge_index(store)
    dense_terms.refresh(store)


def merge_index(store: ArchiveStore) -> None:
    """Merge the index's segments into one (smaller, faster to query)."""
    with db.translate_errors(store.path), store.connection:
        store.connection.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
