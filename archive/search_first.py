"""The first rows of a broad query, before every match is known: exact total, newest rows.

A query matching more than RANK_LIMIT articles of an archive is shown newest first. Its total
is then one `count(*)` in FTS5 (no row leaves SQLite), and its newest matches are found by
testing the archive's newest articles against the index a chunk at a time: together several
times cheaper than bringing every matching rowid into Python, which `rank()` still does for the
facets. The refs and the total equal `rank()`'s (tests/archive/test_search_first.py).
"""

from __future__ import annotations

import heapq
import json
from itertools import islice

from archive import db, dense_terms
from archive.index_rows import query_errors
from archive.library import Library
from archive.search import RankedResults, ResultRef, SearchRequest, SortOrder
from archive.search_order import DATED, DENSE_SHARE, RANK_LIMIT, Placed, newest_matches
from archive.search_plan import SearchPlan, plan_query
from archive.search_rows import Filters, matching_rows
from archive.store import ArchiveStore

#: Newest articles tested against the index per statement.
PROBE_CHUNK = 256


def first_page(library: Library, request: SearchRequest) -> RankedResults | None:
    """The request's first `limit` refs in date order with the exact total and no facets, or
    None when this shortcut does not apply (filters, an offset, a query ranked by relevance,
    no archive where more than 1/DENSE_SHARE of the articles match, a query with a dense term,
    which `rank()` answers from bitmaps): use `rank()`."""
    plan = plan_query(request.query, regional=request.regional)
    expression = plan.expression
    if expression is None or request.offset or not request.limit or _filtered(plan, request):
        return None
    if any(dense_terms.applies(store, plan.expression_tree) for store in library.stores):
        return None
    with query_errors():
        counts = [_count(store, expression) for store in library.stores]
    if request.sort is SortOrder.RELEVANCE and all(count <= RANK_LIMIT for count in counts):
        return None
    if not any(_dense(store, count) for store, count in zip(library.stores, counts, strict=True)):
        return None  # probing would test many articles for each match: rank() is quicker
    candidates = [
        ResultRef(placed.sort_key, store, placed.rowid, placed.score)
        for store, count in zip(library.stores, counts, strict=True)
        for placed in _newest_matches(store, plan, count, request.limit)
    ]
    page = heapq.nsmallest(request.limit, candidates, key=lambda ref: ref.sort_key)
    return RankedResults(plan, sum(counts), page, {}, {}, SortOrder.DATE)


def _filtered(plan: SearchPlan, request: SearchRequest) -> bool:
    return bool(
        plan.date_ranges
        or plan.source_terms
        or request.sources
        or request.date_from
        or request.date_to
    )


def _count(store: ArchiveStore, expression: str) -> int:
    """How many rows `search_rows.matching_rows` would find (index entries past the last
    article, left by other programs, are not counted there either)."""
    size = len(store.date_ranks())
    with db.translate_errors(store.path):
        return int(
            store.connection.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid < ?",
                (expression, size),
            ).get
        )


def _newest_matches(store: ArchiveStore, plan: SearchPlan, count: int, wanted: int) -> list[Placed]:
    """The `wanted` newest matches: probed newest first when they are dense, else ordered."""
    if not count:
        return []
    if not _dense(store, count):
        return newest_matches(matching_rows(store, plan, Filters()), wanted)
    expression = plan.expression
    assert expression is not None, "only queries with search terms come here"
    order = store.rowids_newest_first()
    date_rank = store.date_ranks()
    chosen: list[int] = []
    for start in range(0, len(order), PROBE_CHUNK):
        chunk = list(islice(order, start, start + PROBE_CHUNK))
        found = _matching(store, expression, chunk)
        chosen += [rowid for rowid in chunk if rowid in found][: wanted - len(chosen)]
        if len(chosen) >= wanted:
            break
    return [Placed((DATED, -float(date_rank[rowid]), rowid), rowid, 0.0) for rowid in chosen]


def _dense(store: ArchiveStore, count: int) -> bool:
    """True when more than 1/DENSE_SHARE of the archive matches: the newest matches are then
    among the first few chunks of newest articles."""
    return count * DENSE_SHARE > len(store.rowids_newest_first())


def _matching(store: ArchiveStore, expression: str, rowids: list[int]) -> set[int]:
    with db.translate_errors(store.path), query_errors():
        rows = store.connection.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? "
            "AND rowid IN (SELECT value FROM json_each(?))",
            (expression, json.dumps(rowids)),
        )
        return {rowid for (rowid,) in rows}
