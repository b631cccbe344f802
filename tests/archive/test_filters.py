"""The panel's filters as a SearchRequest; dates read exactly like `date:` in a query."""

from __future__ import annotations

import pytest

from archive.errors import QueryError
from archive.filters import Filters, build_request
from archive.search import SortOrder


@pytest.mark.parametrize(
    ("first", "last", "bounds"),
    [
        ("", "", (None, None)),
        ("2021", "", ("202100000000", None)),
        ("", "2021-06", (None, "202106999999")),
        ("2021-06-30", "2021-06-30", ("202106300000", "202106309999")),
        (" 2020 ", "2022", ("202000000000", "202299999999")),
    ],
)
def test_date_bounds(first: str, last: str, bounds: tuple[str | None, str | None]) -> None:
    request = build_request("青岛", Filters(date_from=first, date_to=last))
    assert (request.date_from, request.date_to) == bounds


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ("yesterday", "", "“yesterday” is not a date; write 2021, 2021-06 or 2021-06-30."),
        ("", "2021-13", "“2021-13” is not a date; write 2021, 2021-06 or 2021-06-30."),
        ("2021..2022", "", "“2021..2022” is not a date; write 2021, 2021-06 or 2021-06-30."),
        ("2022", "2021", "The date range 2022–2021 ends before it starts."),
    ],
)
def test_unreadable_dates_are_one_sentence(first: str, last: str, message: str) -> None:
    with pytest.raises(QueryError) as raised:
        build_request("", Filters(date_from=first, date_to=last))
    assert str(raised.value) == message


def test_source_sort_regional_and_query_are_carried() -> None:
    filters = Filters(source="信网", sort=SortOrder.DATE, regional=True)
    request = build_request("  软件 ", filters, limit=20)
    assert request.query == "软件"
    assert request.sources == ("信网",)
    assert request.sort is SortOrder.DATE and request.regional and request.limit == 20
