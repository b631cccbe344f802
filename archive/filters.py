"""The search panel's filters turned into a `SearchRequest` (pure; table-tested).

Dates are typed as the query language writes them (2021, 2021-06, 2021-06-30) and read by the
query parser itself, so the panel and `date:` in a query mean exactly the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive.errors import QueryError
from archive.query import DateRange, parse
from archive.search import SearchRequest, SortOrder

DATE_EXAMPLES = "2021, 2021-06 or 2021-06-30"


@dataclass(frozen=True)
class Filters:
    """What the panel shows besides the query: empty strings mean "no restriction"."""

    source: str = ""
    date_from: str = ""
    date_to: str = ""
    sort: SortOrder = SortOrder.RELEVANCE
    regional: bool = False


def build_request(query: str, filters: Filters, *, limit: int = 0) -> SearchRequest:
    """The request for `query` under `filters`; QueryError when a date cannot be read."""
    low = _date_bound(filters.date_from, start=True)
    high = _date_bound(filters.date_to, start=False)
    if low is not None and high is not None and low > high:
        raise QueryError(
            f"The date range {filters.date_from}–{filters.date_to} ends before it starts."
        )
    return SearchRequest(
        query=query.strip(),
        sort=filters.sort,
        limit=limit,
        sources=(filters.source,) if filters.source else (),
        date_from=low,
        date_to=high,
        regional=filters.regional,
    )


def _date_bound(text: str, *, start: bool) -> str | None:
    """The first (or last) moment of a partial date as the store's sort key; None when blank."""
    text = text.strip()
    if not text:
        return None
    try:
        node = parse(f"date:{text}")
    except QueryError:
        node = None
    if not isinstance(node, DateRange) or ".." in text:
        raise QueryError(f"“{text[:20]}” is not a date; write {DATE_EXAMPLES}.")
    return node.start if start else node.end
