"""One archive's rows for a query: filters select the same rows whichever way they run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from archive import search_rows
from archive.search_plan import plan_query
from archive.search_rows import Filters, matching_rows
from archive.store import ArchiveStore
from tests.archive.search_support import SOURCES, build_dated_archive


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArchiveStore]:
    path = tmp_path_factory.mktemp("dated") / "dated.sqlite"
    build_dated_archive(path)
    store = ArchiveStore.open_read_only(path)
    yield store
    store.close()


QUERIES = ["新闻", "青岛", "date:2021 新闻", "date:2021-12..2022 新闻", "date:..2020 青岛", ""]
FILTERS = [
    Filters(),
    Filters(sources=("信网",)),
    Filters(sources=("信网", "")),
    Filters(date_from="202101010000"),
    Filters(date_to="202112319999"),
    Filters(date_from="2021", date_to="2022"),
    Filters(date_from="202106", sources=("聯合報",)),
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("filters", FILTERS)
def test_filter_tests_select_what_sql_selects(
    dated_store: ArchiveStore, monkeypatch: pytest.MonkeyPatch, query: str, filters: Filters
) -> None:
    plan = plan_query(query)
    by_tests = matching_rows(dated_store, plan, filters).rowids
    monkeypatch.setattr(search_rows, "_digit_bounds", lambda _filters: False)
    by_sql = matching_rows(dated_store, plan, filters).rowids
    assert by_tests == by_sql


def test_date_filters_leave_out_unknown_and_year_less_dates(dated_store: ArchiveStore) -> None:
    rowids = matching_rows(dated_store, plan_query("新闻"), Filters(date_from="0")).rowids
    assert len(rowids) == 5 * len(SOURCES)
