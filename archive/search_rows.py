"""One archive's rows for a query: what the index matches, narrowed by the filters.

Rows come from the index alone, as one string decoded in C; filters are tested against the
store's per-row caches once the index has narrowed the rows, or answered in SQL from covering
indexes of `articles` when the query has no search terms (see docs/search.md).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from archive import db, dense_terms
from archive.bitmaps import BitTest, rowids_of
from archive.index_rows import index_rowids, query_errors
from archive.matching import contains
from archive.search_plan import SearchPlan
from archive.store import ArchiveStore


@dataclass(frozen=True)
class Matches:
    """The rows of one archive that satisfy a query, as ascending rowids (`listed`) or as a
    bitmap (for queries with a dense term, archive.dense_terms); `index_count` is how many rows
    the index matched before the request's filters (what ranking them costs)."""

    store: ArchiveStore
    index_count: int
    listed: list[int] | None = None
    bitmap: int | None = None

    @functools.cached_property
    def rowids(self) -> list[int]:
        """The rows, ascending (built from the bitmap on first use)."""
        return self.listed if self.listed is not None else rowids_of(self.bitmap or 0)

    @functools.cached_property
    def count(self) -> int:
        """How many rows there are."""
        return len(self.listed) if self.listed is not None else (self.bitmap or 0).bit_count()

    @functools.cached_property
    def contains(self) -> Callable[[int], bool]:
        """A membership test for a rowid."""
        if self.listed is not None:
            return functools.partial(holds, self.listed)
        return BitTest(self.bitmap or 0)

    @property
    def filtered(self) -> bool:
        """True when the filters removed some of the rows the index matched."""
        return self.count < self.index_count


@dataclass(frozen=True)
class Filters:
    """The panel's filters: sources, and dates as sort keys (None: no bound)."""

    sources: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None


def matching_rows(store: ArchiveStore, plan: SearchPlan, filters: Filters) -> Matches:
    """Every row of `store` that the plan and the filters select."""
    sources = _allowed_sources(store, plan, filters)
    if _digit_bounds(filters) and dense_terms.applies(store, plan.expression_tree):
        return _dense_matches(store, plan, filters, sources)
    with db.translate_errors(store.path), query_errors():
        found = _index_matches(store, plan)
        index_count = len(found) if found is not None else store.count()
        _drop_stray(store, found)
        if found is None or not _digit_bounds(filters):
            for sql, params in _filter_queries(plan, filters, sources):
                allowed = {rowid for (rowid,) in store.connection.execute(sql, params)}
                found = sorted(allowed) if found is None else [r for r in found if r in allowed]
        else:
            for test in _filter_tests(store, plan, filters, sources):
                found = list(filter(test, found))
            if sources is not None:
                found = _of_sources(found, store.facet_columns()[0], sources)
    return Matches(store, index_count, listed=store.all_rowids() if found is None else found)


def _dense_matches(
    store: ArchiveStore, plan: SearchPlan, filters: Filters, sources: set[str] | None
) -> Matches:
    """The rows as a bitmap: dense terms from their bitmaps, filters as bitmaps too."""
    tree = plan.expression_tree
    assert tree is not None, "only queries with a dense term come here"
    with db.translate_errors(store.path), query_errors():
        bits = dense_terms.evaluate(store, tree)
    index_count = bits.bit_count()
    bits &= (1 << len(store.date_ranks())) - 1  # see _drop_stray
    if plan.date_ranges or filters.date_from or filters.date_to:
        bits &= dense_terms.date_slice_bitmap(store, *_date_bounds(store, plan, filters))
    if sources is not None:
        by_source = dense_terms.column_bitmaps(store)[0]
        bits &= functools.reduce(operator.or_, (by_source.get(s, 0) for s in sources), 0)
    return Matches(store, index_count, bitmap=bits)


def _drop_stray(store: ArchiveStore, found: list[int] | None) -> None:
    """Leave out index entries past the last article: left by a program that deleted rows
    without the app (`wenyuan-archive check` reports them), they would index past the caches.
    Counted in `index_count`, so ranking still filters them out of BM25's rows."""
    size = len(store.date_ranks())
    while found and found[-1] >= size:
        found.pop()


def _allowed_sources(store: ArchiveStore, plan: SearchPlan, filters: Filters) -> set[str] | None:
    """The exact source values the filters and the query's source: terms allow (None: any)."""
    if not plan.source_terms and not filters.sources:
        return None
    _codes, pairs = store.facet_codes()
    allowed = {source for source, _year in pairs}
    if filters.sources:
        allowed &= set(filters.sources)
    for term in plan.source_terms:
        allowed = {
            source
            for source in allowed
            if any(contains(source, form, prefix=term.prefix) for form in term.forms)
        }
    return allowed


def _index_matches(store: ArchiveStore, plan: SearchPlan) -> list[int] | None:
    """Rowids the index matches, ascending (None: the query restricts nothing, every article)."""
    if plan.expression is not None:
        return index_rowids(store, plan.expression)
    if plan.exclude is not None:
        excluded = set(index_rowids(store, plan.exclude))
        return [rowid for rowid in store.all_rowids() if rowid not in excluded]
    return None


#: Dated articles have all-digit sort keys; year-less and unknown ones start with '}' or '~'.
_DATED = "date_sort < ':'"


def _filter_queries(
    plan: SearchPlan, filters: Filters, sources: set[str] | None
) -> list[tuple[str, list[object]]]:
    """One query per filter, each answered from an index of the articles table alone."""
    queries: list[tuple[str, list[object]]] = []
    select = "SELECT rowid FROM articles WHERE "
    for date_range in plan.date_ranges:
        queries.append((select + "date_sort BETWEEN ? AND ?", [date_range.start, date_range.end]))
    if sources is not None:
        values = json.dumps(sorted(sources), ensure_ascii=False)
        queries.append((select + "source IN (SELECT value FROM json_each(?))", [values]))
    if filters.date_from:
        queries.append((select + f"date_sort >= ? AND {_DATED}", [filters.date_from]))
    if filters.date_to:
        queries.append((select + f"date_sort <= ? AND {_DATED}", [filters.date_to]))
    return queries


def _filter_tests(
    store: ArchiveStore, plan: SearchPlan, filters: Filters, sources: set[str] | None
) -> list[Callable[[int], bool]]:
    """The filters as membership tests built from the store's caches, no SQL: cheaper than
    reading every row a filter selects once the index has narrowed the rows."""
    tests: list[Callable[[int], bool]] = []
    if plan.date_ranges or filters.date_from or filters.date_to:
        low, high = _rank_bounds(plan, filters)
        ranks = store.date_ranks()
        tests.append(lambda rowid: low <= ranks[rowid] <= high)
    return tests


def _rank_bounds(plan: SearchPlan, filters: Filters) -> tuple[int, int]:
    """The lowest and highest date rank within every date range of the query and the filters."""
    bounds = [(_low(r.start), _high(r.end)) for r in plan.date_ranges]
    bounds += [(_low(filters.date_from or "0"), _high(filters.date_to or "9" * 12))]
    return max(low for low, _high in bounds), min(high for _low, high in bounds)


def _date_bounds(store: ArchiveStore, plan: SearchPlan, filters: Filters) -> tuple[int, int]:
    """The rows within every date range of the query and the filters: one slice
    [first, last) of the newest-first order."""
    low, high = _rank_bounds(plan, filters)
    keys = store.newest_first_keys()
    return bisect.bisect_left(keys, -high), bisect.bisect_right(keys, -low)


def _of_sources(rowids: list[int], source_of: Sequence[str], allowed: set[str]) -> list[int]:
    """The rowids whose source is allowed, in order (C-level loops: no Python call per row)."""
    if len(rowids) < 2:
        return [rowid for rowid in rowids if source_of[rowid] in allowed]
    sources = operator.itemgetter(*rowids)(source_of)
    return list(itertools.compress(rowids, map(allowed.__contains__, sources)))


def _digit_bounds(filters: Filters) -> bool:
    """True when the request's date bounds (if any) are digit sort keys the tests can compare."""
    return all(
        bound is None or (bound.isdigit() and len(bound) <= 12)
        for bound in (filters.date_from, filters.date_to)
    )


def _low(key: str) -> int:
    """The smallest date rank with a sort key >= `key` (digits; dated keys have 12 digits)."""
    return max(int(key.ljust(12, "0")), MIN_DATED_RANK)


def _high(key: str) -> int:
    """The largest date rank with a sort key <= `key`: a shorter key sorts before the dated
    keys that start with it, so the bound is just below them."""
    return int(key) if len(key) >= 12 else int(key.ljust(12, "0")) - 1


#: Date ranks below this are unknown (0) or year-less (1) dates, which no date filter selects.
MIN_DATED_RANK = 2


def holds(ascending: list[int], rowid: int) -> bool:
    """True when the ascending list holds `rowid` (no set to build for a few lookups)."""
    index = bisect.bisect_left(ascending, rowid)
    return index < len(ascending) and ascending[index] == rowid
