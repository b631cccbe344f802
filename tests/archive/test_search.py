"""Search on a small real archive: script-blind, exact, ranked, faceted, and safe for any string."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.errors import QueryError
from archive.library import Library
from archive.search import SearchRequest, SortOrder, search


def titles(library: Library, query: str, **options: object) -> list[str]:
    result = search(library, SearchRequest(query, limit=0, **options))  # type: ignore[arg-type]
    assert result.total == len(result.hits)
    return sorted(hit.summary.title for hit in result.hits)


CASES = [
    ("青岛", ["青岛啤酒节开幕", "青島西海岸新區產業發展"]),
    ("青島", ["青岛啤酒节开幕", "青島西海岸新區產業發展"]),
    ("产业", ["軟體與資訊", "青島西海岸新區產業發展"]),
    ("臺灣", ["軟體與資訊"]),
    ("台湾", ["軟體與資訊"]),
    ("VIP", ["軟體與資訊"]),
    ("ｖｉｐ", ["軟體與資訊"]),
    ("5G", ["青島西海岸新區產業發展"]),
    ("COVID-19疫苗", ["青岛啤酒节开幕"]),
    ("G20峰会", ["青岛啤酒节开幕"]),
    ("MES", ["无日期的文章"]),
    ("2021", ["无日期的文章"]),
    ("20", []),
    ("Co*", ["青岛啤酒节开幕"]),
    ("啤", ["青岛啤酒节开幕"]),
    ("青岛 -啤酒", ["青島西海岸新區產業發展"]),
    ("青岛 NOT 啤酒", ["青島西海岸新區產業發展"]),
    ("啤酒 OR 軟體", ["青岛啤酒节开幕", "軟體與資訊"]),
    ('"第一段青岛"', []),
    ('"第一段：青岛"', ["青岛啤酒节开幕"]),
    ('"第一段 青岛"', ["青岛啤酒节开幕"]),
    ("title:青岛", ["青岛啤酒节开幕", "青島西海岸新區產業發展"]),
    ("source:信网", ["无日期的文章", "青岛啤酒节开幕"]),
    ("author:何琳", ["青岛啤酒节开幕"]),
    ("date:2021", ["青岛啤酒节开幕"]),
    ("date:2022..2023 青岛", ["青島西海岸新區產業發展"]),
    ("foo:bar", []),
    ("段二", []),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_search_finds_exactly(sample_library: Library, query: str, expected: list[str]) -> None:
    assert titles(sample_library, query) == sorted(expected)


def test_match_never_spans_punctuation_or_paragraphs(sample_library: Library) -> None:
    assert titles(sample_library, "合作工业") == []
    assert titles(sample_library, "酒第") == []


def test_regional_vocabulary_switch(sample_library: Library) -> None:
    assert titles(sample_library, "软件") == ["无日期的文章"]
    assert titles(sample_library, "软件", regional=True) == ["无日期的文章", "軟體與資訊"]


def test_empty_query_lists_everything_newest_first(sample_library: Library) -> None:
    result = search(sample_library, SearchRequest("", limit=0))
    assert result.total == 4
    dates = [hit.summary.date.iso() for hit in result.hits]
    assert dates == ["2023-11-21", "2021-01-14T15:48", "--03-01", None]


def test_title_hits_rank_first(sample_library: Library) -> None:
    result = search(sample_library, SearchRequest("青岛", sort=SortOrder.RELEVANCE))
    assert result.hits[0].summary.title in ("青岛啤酒节开幕", "青島西海岸新區產業發展")
    assert [hit.score for hit in result.hits] == sorted(hit.score for hit in result.hits)


def test_facets_count_the_whole_result(sample_library: Library) -> None:
    result = search(sample_library, SearchRequest("青岛", limit=1))
    assert result.total == 2 and len(result.hits) == 1
    assert result.by_source == {"青島日報": 1, "信网": 1}
    assert result.by_year == {"2023": 1, "2021": 1}


def test_source_and_date_filters(sample_library: Library) -> None:
    assert titles(sample_library, "青岛", sources=("信网",)) == ["青岛啤酒节开幕"]
    assert titles(sample_library, "", date_from="202201010000") == ["青島西海岸新區產業發展"]


def test_snippet_marks_hits_in_the_original_script(sample_library: Library) -> None:
    result = search(sample_library, SearchRequest("产业合作"))
    assert result.total == 1
    marked = result.hits[0].snippet.marked()
    assert "<mark>產業合作</mark>" in marked
    assert marked.startswith("青島與沿黃省區")


def test_hit_count_includes_title(sample_library: Library) -> None:
    result = search(sample_library, SearchRequest("啤酒"))
    assert result.hits[0].hits == 2


HOSTILE_CHARACTERS = "青岛產業 \"“」()（）:*-^+{}[],.'\\\x00\t\u3000"
HOSTILE_WORDS = ["OR", "AND", "NOT", "NEAR(", "NEAR", "title:", "date:", "source:", "5G", "\ue000"]


@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.sampled_from([*HOSTILE_CHARACTERS, *HOSTILE_WORDS]),
        max_size=25,
    ).map("".join)
    | st.text(max_size=40)
)
def test_any_string_gives_results_or_a_readable_message(
    sample_library: Library, query: str
) -> None:
    try:
        result = search(sample_library, SearchRequest(query))
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert result.total >= len(result.hits)
