"""Search one or more archives: exact totals, facets, BM25 ranking or date order, snippets."""

from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

import apsw

from archive import db
from archive.errors import ArchiveDamagedError, QueryError
from archive.library import Library
from archive.models import ArticleSummary
from archive.search_plan import SearchPlan, plan_query
from archive.snippets import Snippet, make_snippet
from archive.store import ArchiveStore

#: BM25 weights for the index columns title, body, source, authors.
COLUMN_WEIGHTS = (10.0, 1.0, 1.0, 1.0)
#: Above this many matches in one archive, relevance order falls back to newest first:
#: ranking every match of a one-character query costs far more than it tells (see docs/search.md).
RANK_LIMIT = 20_000


class SortOrder(StrEnum):
    """How results are ordered."""

    RELEVANCE = "relevance"
    DATE = "date"


@dataclass(frozen=True)
class SearchRequest:
    """A query plus the panel's filters; `limit` 0 means every result."""

    query: str
    sort: SortOrder = SortOrder.RELEVANCE
    limit: int = 20
    offset: int = 0
    sources: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    regional: bool = False


@dataclass(frozen=True)
class SearchHit:
    """One result row: the article, its score (lower is better), hits and a marked snippet."""

    summary: ArticleSummary
    score: float
    hits: int
    snippet: Snippet


@dataclass(frozen=True)
class SearchResult:
    """The page asked for, with exact totals and facets for the whole result set."""

    total: int
    hits: list[SearchHit]
    by_source: dict[str, int] = field(default_factory=dict)
    by_year: dict[str, int] = field(default_factory=dict)
    ranked_by: SortOrder = SortOrder.RELEVANCE


@dataclass(frozen=True)
class ResultRef:
    """One ranked result before its row is built: which archive, which row, what score."""

    sort_key: tuple[float, int]
    store: ArchiveStore
    rowid: int
    score: float

    @property
    def article_id(self) -> str:
        """The stable id of the article this result points at."""
        return self.store.article_id(self.rowid)


@dataclass(frozen=True)
class RankedResults:
    """Exact total and facets, plus the ordered refs of the requested page (built lazily later)."""

    plan: SearchPlan
    total: int
    refs: list[ResultRef]
    by_source: dict[str, int]
    by_year: dict[str, int]
    ranked_by: SortOrder


def search(library: Library, request: SearchRequest) -> SearchResult:
    """Run `request` over every archive of the library and merge the results into one ranking."""
    ranked = rank(library, request)
    hits = [build_hit(ref, ranked.plan) for ref in ranked.refs]
    return SearchResult(ranked.total, hits, ranked.by_source, ranked.by_year, ranked.ranked_by)


def rank(library: Library, request: SearchRequest) -> RankedResults:
    """The ranking without rows: what a lazily filled results list starts from."""
    plan = plan_query(request.query, regional=request.regional)
    matches = [(store, _matching_rowids(store, plan, request)) for store in library.stores]
    total = sum(len(rowids) for _store, rowids in matches)
    order = request.sort
    if order is SortOrder.RELEVANCE and (
        plan.match is None or any(len(rowids) > RANK_LIMIT for _s, rowids in matches)
    ):
        order = SortOrder.DATE
    wanted = request.offset + request.limit if request.limit else total
    candidates = [
        candidate
        for store, rowids in matches
        for candidate in _top_candidates(store, plan, rowids, order, wanted)
    ]
    page = heapq.nsmallest(wanted, candidates, key=lambda c: c.sort_key)[request.offset :]
    by_source, by_year = _facets(matches)
    return RankedResults(plan, total, page, by_source, by_year, order)


def _matching_rowids(store: ArchiveStore, plan: SearchPlan, request: SearchRequest) -> list[int]:
    sql, params = _filter_sql(plan, request)
    with db.translate_errors(store.path), _query_errors():
        return [row[0] for row in store.connection.execute(sql, params)]


def _filter_sql(plan: SearchPlan, request: SearchRequest) -> tuple[str, list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    if plan.match is not None:
        expression = plan.match if plan.exclude is None else f"({plan.match}) NOT ({plan.exclude})"
        conditions.append("a.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
        params.append(expression)
    elif plan.exclude is not None:
        conditions.append(
            "a.rowid NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
        )
        params.append(plan.exclude)
    for date_range in plan.date_ranges:
        conditions.append("a.date_sort BETWEEN ? AND ?")
        params.extend((date_range.start, date_range.end))
    if request.sources:
        conditions.append("a.source IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(request.sources), ensure_ascii=False))
    if request.date_from:
        conditions.append("a.date_sort >= ? AND a.year IS NOT NULL")
        params.append(request.date_from)
    if request.date_to:
        conditions.append("a.date_sort <= ? AND a.year IS NOT NULL")
        params.append(request.date_to)
    where = " AND ".join(conditions) or "1"
    return f"SELECT a.rowid FROM articles a WHERE {where}", params


def _top_candidates(
    store: ArchiveStore, plan: SearchPlan, rowids: list[int], order: SortOrder, wanted: int
) -> list[ResultRef]:
    if not rowids:
        return []
    if order is SortOrder.RELEVANCE and plan.match is not None:
        return _ranked(store, plan, rowids, wanted)
    date_rank = store.date_ranks()
    with _damage_as_sentence(store):
        newest = heapq.nlargest(wanted, rowids, key=date_rank.__getitem__)
    return [ResultRef((-float(date_rank[rowid]), rowid), store, rowid, 0.0) for rowid in newest]


def _ranked(
    store: ArchiveStore, plan: SearchPlan, rowids: list[int], wanted: int
) -> list[ResultRef]:
    expression = plan.match if plan.exclude is None else f"({plan.match}) NOT ({plan.exclude})"
    weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
    allowed = set(rowids)
    sql = (
        f"SELECT rowid, bm25(search_index, {weights}) AS score FROM search_index "
        "WHERE search_index MATCH ? ORDER BY score"
    )
    candidates: list[ResultRef] = []
    with db.translate_errors(store.path), _query_errors():
        for rowid, score in store.connection.execute(sql, (expression,)):
            if rowid in allowed:
                candidates.append(ResultRef((score, rowid), store, rowid, score))
                if len(candidates) >= wanted:
                    break
    return candidates


def _facets(matches: list[tuple[ArchiveStore, list[int]]]) -> tuple[dict[str, int], dict[str, int]]:
    sources: Counter[str] = Counter()
    years: Counter[str] = Counter()
    for store, rowids in matches:
        source_of, year_of = store.facet_columns()
        with _damage_as_sentence(store):
            sources.update(source_of[rowid] for rowid in rowids)
            years.update(year_of[rowid] for rowid in rowids)
    return dict(sources.most_common()), dict(sorted(years.items(), reverse=True))


def build_hit(ref: ResultRef, plan: SearchPlan) -> SearchHit:
    """The displayable row of one result: summary, hit count and marked snippet."""
    summary, title, text = ref.store.snippet_source(ref.rowid)
    snippet = make_snippet(title, text, list(plan.highlight_terms))
    return SearchHit(summary, ref.score, snippet.hit_count, snippet)


class _query_errors:
    """Turn an FTS5 syntax complaint (a bug in the plan, never user text) into a QueryError."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, value: BaseException | None, traceback: object) -> None:
        if isinstance(value, apsw.SQLError) and "fts5" in str(value).lower():
            raise QueryError("This query cannot be searched; try fewer operators.") from value


@contextmanager
def _damage_as_sentence(store: ArchiveStore) -> Iterator[None]:
    """A matching row beyond the store's per-row columns: an index of a damaged file lists rows
    its table does not hold (found by tests/reliability/test_fuzz_damaged_files.py)."""
    try:
        yield
    except IndexError as exc:
        raise ArchiveDamagedError(f"The archive {store.path} is damaged.") from exc
