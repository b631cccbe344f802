"""Bulk adding: prepare articles in worker processes, insert them in batched transactions.

A generator: each `yield` reports progress and is a point where the caller may stop; every
batch is committed whole, so an interrupted run leaves only whole articles and a re-run
finishes the job (already stored ids are skipped).
"""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass

from archive import db, dense_terms, errors, fts_shards, process_map
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
    parallel_index: bool = True,
) -> Generator[BulkProgress, None, None]:
    """Add articles, committing every `batch_size`; yields the totals after each batch.

    A run of more than one batch (with `parallel_index`) writes its index on another core
    (archive.fts_shards) and adds it to the archive's at the end, also when the run stops early;
    until then the new rows are stored but not yet found by a search.
    """
    added = skipped = 0
    configure_index(store)
    shard: fts_shards.ShardWriter | None = None
    try:
        for batch, more in _with_lookahead(_batches(_prepared(articles, workers), batch_size)):
            if shard is None and more and parallel_index:
                shard = fts_shards.ShardWriter(
                    store.path, fts_shards.index_definition(store.connection)
                )
            elif shard is not None and shard.failed:
                _add_shard(store, shard)  # indexes what it had here; the rest is indexed inline
                shard, parallel_index = None, False
            rows: list[fts_shards.IndexRow] = []
            with db.translate_errors(store.path), store.connection:
                present = _present_ids(store, [prepared.id for prepared in batch])
                for prepared in batch:
                    if prepared.id in present:
                        skipped += 1
                        continue
                    rowid = store.insert_prepared(
                        prepared, import_id=import_id, index=shard is None
                    )
                    if shard is not None:
                        rows.append((rowid, *prepared.index_columns))
                    present.add(prepared.id)
                    added += 1
                if rows:
                    fts_shards.mark_pending(store.connection)
            if shard is not None and rows:
                shard.send(rows)
            yield BulkProgress(added, skipped)
    except BaseException:
        if shard is not None:
            _add_shard_quietly(store, shard)
        raise
    if shard is not None:
        _add_shard(store, shard)


def _add_shard(store: ArchiveStore, shard: fts_shards.ShardWriter) -> None:
    """Add the writer's index to the archive's, then index here whatever rows are still
    missing (all of them if the writer or the adding failed; any an earlier run left) and
    clear `index_pending`."""
    with contextlib.suppress(fts_shards.ShardFailedError):
        shard.finish()
    store.index_unindexed()
    store.forget_derived()


def _add_shard_quietly(store: ArchiveStore, shard: fts_shards.ShardWriter) -> None:
    """`_add_shard` when the run is ending on another failure or a stop: if this fails too,
    the first failure is the one reported (the rows stay pending until the next opening)."""
    with contextlib.suppress(errors.ArchiveError):
        _add_shard(store, shard)


def _with_lookahead(
    batches: Iterator[list[PreparedArticle]],
) -> Iterator[tuple[list[PreparedArticle], bool]]:
    """Each batch, and whether another one follows."""
    current = next(batches, None)
    while current is not None:
        following = next(batches, None)
        yield current, following is not None
        current = following


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
    count = process_map.worker_count(workers)
    if count <= 1:
        return map(prepare, articles)
    return process_map.ordered_map(prepare, articles, workers=count, chunksize=32)


def finish(store: ArchiveStore) -> None:
    """After a large bulk add: merge the index, then bring the dense terms' bitmaps up to date."""
    merge_index(store)
    dense_terms.refresh(store)


def merge_index(store: ArchiveStore) -> None:
    """Merge the index's segments into one (smaller, faster to query)."""
    with db.translate_errors(store.path), store.connection:
        store.connection.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
