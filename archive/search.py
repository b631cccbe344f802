"""Search one or more archives: exact totals, facets, BM25 ranking or date order, snippets."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from archive import dense_terms
from archive.library import Library
from archive.matching import find_spans
from archive.models import Article, ArticleSummary
from archive.search_order import (
    COLUMN_WEIGHTS,
    RANK_BUDGET,
    RANK_LIMIT,
    SortKey,
    by_relevance,
    newest_matches,
)
from archive.search_plan import SearchPlan, plan_query
from archive.search_rows import Filters, Matches, matching_rows
from archive.snippets import Snippet, make_snippet
from archive.store import ArchiveStore

__all__ = [
    "COLUMN_WEIGHTS",
    "RANK_BUDGET",
    "RANK_LIMIT",
    "ArticleHits",
    "RankedResults",
    "ResultRef",
    "SearchHit",
    "SearchRequest",
    "SearchResult",
    "SortOrder",
    "build_hit",
    "hit_positions",
    "rank",
    "search",
    "warm_up",
]


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

    sort_key: SortKey
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
    filters = Filters(request.sources, request.date_from, request.date_to)
    matches = [matching_rows(store, plan, filters) for store in library.stores]
    total = sum(found.count for found in matches)
    order = request.sort
    if order is SortOrder.RELEVANCE and (
        plan.expression is None or any(found.count > RANK_LIMIT for found in matches)
    ):
        order = SortOrder.DATE
    wanted = request.offset + request.limit if request.limit else total
    candidates = [
        ResultRef(placed.sort_key, found.store, placed.rowid, placed.score)
        for found in matches
        for placed in (
            by_relevance(found, plan, wanted)
            if order is SortOrder.RELEVANCE
            else newest_matches(found, wanted)
        )
    ]
    page = heapq.nsmallest(wanted, candidates, key=lambda c: c.sort_key)[request.offset :]
    by_source, by_year = _facets(matches)
    return RankedResults(plan, total, page, by_source, by_year, order)


def warm_up(library: Library) -> None:
    """Build every per-archive cache searches read (a few hundred ms at 100,000 articles), so
    that the first search is as quick as the next; meant for a worker thread at start-up."""
    for store in library.stores:
        store.facet_codes()
        store.rowids_newest_first()
        dense_terms.warm_up(store)


def _facets(matches: list[Matches]) -> tuple[dict[str, int], dict[str, int]]:
    """Exact counts of the matches per source (most first, ties by name) and per year (newest
    first)."""
    sources: Counter[str] = Counter()
    years: Counter[str] = Counter()
    for found in matches:
        if found.bitmap is not None:
            _add_bit_counts(found.store, found.bitmap, sources, years)
            continue
        codes, pairs = found.store.facet_codes()
        counts = _code_counts(codes, len(pairs), found.rowids)
        for (source, year), count in zip(pairs, counts, strict=True):
            if count:
                sources[source] += count
                years[year] += count
    by_source = sorted(sources.items(), key=lambda item: (-item[1], item[0]))
    return dict(by_source), dict(sorted(years.items(), reverse=True))


def _add_bit_counts(
    store: ArchiveStore, bitmap: int, sources: Counter[str], years: Counter[str]
) -> None:
    """Count a bitmap's rows per source and per year: one AND and popcount per value."""
    by_source, by_year = dense_terms.column_bitmaps(store)
    for counter, by_value in ((sources, by_source), (years, by_year)):
        for value, rows in by_value.items():
            if count := (bitmap & rows).bit_count():
                counter[value] += count


def _code_counts(codes: list[int], size: int, rowids: list[int]) -> list[int]:
    """How many of `rowids` have each code: a plain loop into a list is about twice as fast as
    a Counter here (the cost of exact facets for a query matching most of the archive)."""
    counts = [0] * size
    for rowid in rowids:
        counts[codes[rowid]] += 1
    return counts


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
