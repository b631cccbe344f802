"""Search one or more archives: exact totals, facets, BM25 ranking or date order, snippets."""

from __future__ import annotations

import heapq
import itertools
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

import apsw

from archive import db
from archive.errors import QueryError
from archive.library import Library
from archive.matching import find_spans
from archive.models import Article, ArticleSummary
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
    matches = [_matching_rowids(store, plan, request) for store in library.stores]
    total = sum(len(found.rowids) for found in matches)
    order = request.sort
    if order is SortOrder.RELEVANCE and (
        plan.match is None or any(len(found.rowids) > RANK_LIMIT for found in matches)
    ):
        order = SortOrder.DATE
    wanted = request.offset + request.limit if request.limit else total
    candidates = [
        candidate for found in matches for candidate in _top_candidates(found, plan, order, wanted)
    ]
    page = heapq.nsmallest(wanted, candidates, key=lambda c: c.sort_key)[request.offset :]
    by_source, by_year = _facets(matches)
    return RankedResults(plan, total, page, by_source, by_year, order)


@dataclass(frozen=True)
class _Matches:
    """The rows of one archive that satisfy the query, in rowid order; `filtered` when the
    request's filters removed some of the rows the index matched."""

    store: ArchiveStore
    rowids: list[int]
    filtered: bool


def _matching_rowids(store: ArchiveStore, plan: SearchPlan, request: SearchRequest) -> _Matches:
    with db.translate_errors(store.path), _query_errors():
        found = _index_matches(store, plan)
        filtered = False
        for sql, params in _filter_queries(plan, request):
            allowed = {rowid for (rowid,) in store.connection.execute(sql, params)}
            if found is None:
                found = sorted(allowed)
            else:
                kept = [rowid for rowid in found if rowid in allowed]
                filtered = filtered or len(kept) < len(found)
                found = kept
    return _Matches(store, store.all_rowids() if found is None else found, filtered)


def _index_matches(store: ArchiveStore, plan: SearchPlan) -> list[int] | None:
    """Rowids the index matches, ascending (None: the query restricts nothing, every article)."""
    if plan.match is not None:
        expression = plan.match if plan.exclude is None else f"({plan.match}) NOT ({plan.exclude})"
        return _index_rowids(store, expression)
    if plan.exclude is not None:
        excluded = set(_index_rowids(store, plan.exclude))
        return [rowid for rowid in store.all_rowids() if rowid not in excluded]
    return None


def _index_rowids(store: ArchiveStore, expression: str) -> list[int]:
    """The rowids matching an FTS5 expression, ascending.

    Passed as one comma-separated string: SQLite builds it in C and json parses it in C, several
    times faster than a Python row per match when a short query matches most of the archive.
    """
    joined = store.connection.execute(
        "SELECT group_concat(rowid) FROM "
        "(SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid)",
        (expression,),
    ).get
    return json.loads(f"[{joined}]") if joined else []


#: Dated articles have all-digit sort keys; year-less and unknown ones start with '}' or '~'.
_DATED = "date_sort < ':'"


def _filter_queries(plan: SearchPlan, request: SearchRequest) -> list[tuple[str, list[object]]]:
    """One query per filter, each answered from an index of the articles table alone."""
    queries: list[tuple[str, list[object]]] = []
    select = "SELECT rowid FROM articles WHERE "
    for date_range in plan.date_ranges:
        queries.append((select + "date_sort BETWEEN ? AND ?", [date_range.start, date_range.end]))
    if request.sources:
        sources = json.dumps(list(request.sources), ensure_ascii=False)
        queries.append((select + "source IN (SELECT value FROM json_each(?))", [sources]))
    if request.date_from:
        queries.append((select + f"date_sort >= ? AND {_DATED}", [request.date_from]))
    if request.date_to:
        queries.append((select + f"date_sort <= ? AND {_DATED}", [request.date_to]))
    return queries


def _top_candidates(
    found: _Matches, plan: SearchPlan, order: SortOrder, wanted: int
) -> list[ResultRef]:
    if not found.rowids:
        return []
    if order is SortOrder.RELEVANCE and plan.match is not None:
        return _ranked(found, plan, wanted)
    store = found.store
    date_rank = store.date_ranks()
    if len(found.rowids) * DENSE_SHARE > len(date_rank):
        newest = _newest_of_many(store, found.rowids, wanted)
    else:
        newest = heapq.nlargest(wanted, found.rowids, key=date_rank.__getitem__)
    return [ResultRef((-float(date_rank[rowid]), rowid), store, rowid, 0.0) for rowid in newest]


#: Above 1/DENSE_SHARE of the archive, the newest matches are found by walking the archive
#: newest first instead of ordering the matches.
DENSE_SHARE = 8


def _newest_of_many(store: ArchiveStore, rowids: list[int], wanted: int) -> list[int]:
    """The `wanted` newest of `rowids` (newest first, ties by rowid), walking rows by date."""
    members = set(rowids)
    return list(itertools.islice(filter(members.__contains__, store.rowids_newest_first()), wanted))


def _ranked(found: _Matches, plan: SearchPlan, wanted: int) -> list[ResultRef]:
    """BM25 order (best first); unfiltered results let SQLite keep only the best `wanted`."""
    store = found.store
    expression = plan.match if plan.exclude is None else f"({plan.match}) NOT ({plan.exclude})"
    weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
    sql = (
        f"SELECT rowid, bm25(search_index, {weights}) FROM search_index WHERE search_index MATCH ?"
    )
    rows: list[tuple[int, float]]
    with db.translate_errors(store.path), _query_errors():
        if not found.filtered:
            rows = store.connection.execute(  # type: ignore[assignment]
                sql + " ORDER BY 2, 1 LIMIT ?", (expression, wanted)
            ).fetchall()
        else:
            allowed = set(found.rowids)
            scored: Iterator[tuple[int, float]] = store.connection.execute(sql, (expression,))
            rows = heapq.nsmallest(
                wanted,
                (row for row in scored if row[0] in allowed),
                key=lambda row: (row[1], row[0]),
            )
    return [ResultRef((score, rowid), store, rowid, score) for rowid, score in rows]


def _facets(matches: list[_Matches]) -> tuple[dict[str, int], dict[str, int]]:
    sources: Counter[str] = Counter()
    years: Counter[str] = Counter()
    for found in matches:
        codes, pairs = found.store.facet_codes()
        for code, count in Counter(map(codes.__getitem__, found.rowids)).items():
            source, year = pairs[code]
            sources[source] += count
            years[year] += count
    return dict(sources.most_common()), dict(sorted(years.items(), reverse=True))


@dataclass(frozen=True)
class ArticleHits:
    """Where a query's terms occur in one article, for the reader's hit navigation.

    Sorted, non-overlapping (start, end) spans in code points of the stored original
    `Article.title` and `Article.text` (convert.to_utf16 turns them into Qt's offsets;
    convert.convert_with_map carries them into a converted script view).
    """

    title: tuple[tuple[int, int], ...]
    text: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        """How many hits there are in the title and the text together."""
        return len(self.title) + len(self.text)


def hit_positions(
    article: Article, query: str | SearchPlan, *, regional: bool = False
) -> ArticleHits:
    """Every hit of the query's search terms (not of NOT terms) in the article's title and text.

    `query` is what the user typed (parsed here; QueryError if malformed) or the plan of a
    search already run. Hits follow archive.matching, the definition the index is tested against.
    """
    plan = query if isinstance(query, SearchPlan) else plan_query(query, regional=regional)
    terms = list(plan.highlight_terms)
    if not terms:
        return ArticleHits((), ())
    return ArticleHits(
        tuple(find_spans(article.title, terms)), tuple(find_spans(article.text, terms))
    )


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
