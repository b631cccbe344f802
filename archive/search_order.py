"""One archive's matching rows in order: the best `wanted` of them.

An article titled exactly as the query first; then BM25 when ranking every match is cheap, else
articles with the query in their title, else newest first (see docs/search.md for the limits).
"""

from __future__ import annotations

import heapq
import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from archive import db
from archive.index_rows import index_rowids, query_errors
from archive.search_plan import SearchPlan, title_tokens
from archive.search_rows import Matches, holds
from archive.store import ArchiveStore

#: BM25 weights for the index columns title, body, source, authors.
COLUMN_WEIGHTS = (10.0, 1.0, 1.0, 1.0)
#: BM25 ranks every match while matches × the query's index tokens stay within this budget:
#: FTS5 spends about 1–2 µs per token per row on it (see docs/search.md).
RANK_BUDGET = 8_000
#: Above this many matches, relevance gives way to newest first (totals and facets stay exact).
RANK_LIMIT = 20_000
#: Above 1/DENSE_SHARE of the archive, the newest matches are found by walking the archive
#: newest first instead of ordering the matches.
DENSE_SHARE = 8
#: Sort key tiers: articles titled exactly as the query, BM25-scored rows, rows in date order.
EXACT_TITLE, SCORED, DATED = 0, 1, 2
#: More articles than this whose title starts with the query: no exact-title tier (the query
#: is too common a title start for the tier to mean much, and checking them costs).
EXACT_TITLE_LIMIT = 1_000

SortKey = tuple[int, float, int]


@dataclass(frozen=True)
class Placed:
    """One row in the order: its sort key (smaller first), rowid and BM25 score (0 if unscored)."""

    sort_key: SortKey
    rowid: int
    score: float


def by_relevance(found: Matches, plan: SearchPlan, wanted: int) -> list[Placed]:
    """The best `wanted` rows: articles titled exactly as the query first, then BM25 if
    affordable, else title matches, then newest."""
    exact = _exactly_titled(found, plan)
    if not exact:
        return _by_score(found, plan, wanted)
    head = newest(found.store, exact, wanted)
    head = [Placed((EXACT_TITLE, *placed.sort_key[1:]), placed.rowid, 0.0) for placed in head]
    chosen = {placed.rowid for placed in head}
    rest = _by_score(found, plan, wanted + len(chosen))
    return head + [placed for placed in rest if placed.rowid not in chosen][: wanted - len(head)]


def _exactly_titled(found: Matches, plan: SearchPlan) -> list[int]:
    """The found rows whose title has exactly the query's tokens, ascending."""
    if plan.title_start is None or not found.count:
        return []
    store = found.store
    with db.translate_errors(store.path), query_errors():
        starting = index_rowids(store, plan.title_start)
        if not starting or len(starting) > EXACT_TITLE_LIMIT:
            return []
        rows: list[tuple[int, str]] = store.connection.execute(  # type: ignore[assignment]
            "SELECT rowid, title FROM articles WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(starting),),
        ).fetchall()
    return sorted(
        rowid
        for rowid, title in rows
        if title_tokens(title) == plan.whole_title and found.contains(rowid)
    )


def _by_score(found: Matches, plan: SearchPlan, wanted: int) -> list[Placed]:
    """BM25 if affordable, else title matches first, then newest."""
    assert plan.expression is not None, "relevance needs something to match"
    if found.index_count * plan.rank_cost <= RANK_BUDGET:
        allowed = None
        if found.filtered:  # a listed set is quicker to test than the list; a bitmap as it is
            allowed = set(found.listed).__contains__ if found.listed else found.contains
        return _scored(found.store, plan.expression, allowed, wanted)
    if plan.title_match is None:
        return newest_matches(found, wanted)
    with db.translate_errors(found.store.path), query_errors():
        title_rows = index_rowids(found.store, plan.title_match)
    in_title = title_rows
    if found.filtered or plan.exclude is not None:
        # Title matches may be excluded by NOT terms or the filters: keep those found.
        in_title = list(filter(found.contains, title_rows))
    if len(title_rows) * plan.rank_cost <= RANK_BUDGET:
        head = _scored(found.store, plan.title_match, set(in_title).__contains__, wanted)
    else:
        head = newest(found.store, in_title, wanted)
    if len(head) >= wanted:
        return head
    # `head` holds every title match, so the newest `wanted` rows hold enough of the rest.
    title_set = set(in_title)
    latest = newest_matches(found, wanted)
    return (
        head + [placed for placed in latest if placed.rowid not in title_set][: wanted - len(head)]
    )


def _scored(
    store: ArchiveStore, expression: str, allowed: Callable[[int], bool] | None, wanted: int
) -> list[Placed]:
    """BM25 order (best first) of the rows `expression` matches (those `allowed`, if given)."""
    weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
    sql = (
        f"SELECT rowid, bm25(search_index, {weights}) FROM search_index WHERE search_index MATCH ?"
    )
    rows: list[tuple[int, float]]
    with db.translate_errors(store.path), query_errors():
        if allowed is None:
            rows = store.connection.execute(  # type: ignore[assignment]
                sql + " ORDER BY 2, 1 LIMIT ?", (expression, wanted)
            ).fetchall()
        else:
            scored: Iterator[tuple[int, float]] = store.connection.execute(sql, (expression,))
            rows = heapq.nsmallest(
                wanted,
                (row for row in scored if allowed(row[0])),
                key=lambda row: (row[1], row[0]),
            )
    return [Placed((SCORED, score, rowid), rowid, score) for rowid, score in rows]


def newest_matches(found: Matches, wanted: int) -> list[Placed]:
    """The `wanted` newest matches (listed or a bitmap), newest first, ties by rowid."""
    return _newest(found.store, found.count, found.contains, lambda: found.rowids, wanted)


def newest(store: ArchiveStore, rowids: list[int], wanted: int) -> list[Placed]:
    """The `wanted` newest of `rowids` (ascending), newest first, ties by rowid."""
    return _newest(store, len(rowids), partial(holds, rowids), lambda: rowids, wanted)


def _newest(
    store: ArchiveStore,
    count: int,
    contains: Callable[[int], bool],
    listed: Callable[[], list[int]],
    wanted: int,
) -> list[Placed]:
    """Dense rows: walk the archive newest first testing each; sparse ones: order the list."""
    if not count or wanted <= 0:
        return []
    date_rank = store.date_ranks()
    if count * DENSE_SHARE > len(date_rank):
        walk = filter(contains, store.rowids_newest_first())
        chosen = list(itertools.islice(walk, wanted))
    else:
        chosen = heapq.nlargest(wanted, listed(), key=date_rank.__getitem__)
    return [Placed((DATED, -float(date_rank[rowid]), rowid), rowid, 0.0) for rowid in chosen]
