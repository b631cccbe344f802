"""Search on a small real archive: script-blind, exact, ranked, faceted, and safe for any string."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import search_order
from archive.convert import to_utf16
from archive.errors import QueryError
from archive.library import Library
from archive.models import Article, NewArticle
from archive.search import SearchRequest, SortOrder, hit_positions, search, warm_up
from archive.store import ArchiveStore
from archive.textfold import fold
from tests.archive.search_support import build_dated_archive
from tests.conftest import SAMPLE_ARTICLES


def titles(library: Library, query: str, **options: object) -> list[str]:
    result = search(library, SearchRequest(query, limit=0, **options))  # type: ignore[arg-type]
    assert result.total == len(result.hits)
    return sorted(hit.summary.title for hit in result.hits)


CASES: list[tuple[str, list[str] | None]] = [
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
    ("source:时报", ["軟體與資訊"]),
    ("source:時 source:报", ["軟體與資訊"]),
    ("source:信网 OR source:时报", ["无日期的文章", "青岛啤酒节开幕", "軟體與資訊"]),
    ("source:信网 -source:时报 软件", ["无日期的文章"]),
    ("-source:信网", ["軟體與資訊", "青島西海岸新區產業發展"]),
    ("source:信", ["无日期的文章", "青岛啤酒节开幕"]),
    ("source:信网络", []),
    ("source:信* 青岛", ["青岛啤酒节开幕"]),
    ("source:，", None),
    ("author:何琳", ["青岛啤酒节开幕"]),
    ("date:2021", ["青岛啤酒节开幕"]),
    ("date:2022..2023 青岛", ["青島西海岸新區產業發展"]),
    ("foo:bar", []),
    ('"', None),  # only a quote, an operator or brackets: a sentence, not the whole archive
    ("AND", None),
    ("( )", None),
    ("段二", []),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_search_finds_exactly(
    sample_library: Library, query: str, expected: list[str] | None
) -> None:
    if expected is None:
        with pytest.raises(QueryError, match="no letters"):
            titles(sample_library, query)
    else:
        assert titles(sample_library, query) == sorted(expected)


def test_an_empty_query_lists_everything(sample_library: Library) -> None:
    assert len(titles(sample_library, "  ")) == len(SAMPLE_ARTICLES)


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


#: What search says when FTS5 rejects a compiled expression: a planner bug, never the user's fault.
FTS5_REJECTED = "This query cannot be searched"
HOSTILE_CHARACTERS = "青岛產業 \"“」()（）:*-^+{}[],.'\\\x00\t\u3000"
HOSTILE_WORDS = ["OR", "AND", "NOT", "NEAR(", "NEAR", "title:", "date:", "source:", "5G", "\ue000"]


@settings(
    max_examples=3000,
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
        assert str(exc).endswith(".") and "\n" not in str(exc)
        assert FTS5_REJECTED not in str(exc), "the plan produced an expression FTS5 rejects"
        return
    assert result.total >= len(result.hits)


def article_titled(library: Library, title: str) -> Article:
    (store,) = library.stores
    (summary,) = [summary for summary in store.summaries() if summary.title == title]
    return store.get(summary.id)


def test_hit_positions_are_spans_of_the_original_text(sample_library: Library) -> None:
    article = article_titled(sample_library, "青島西海岸新區產業發展")
    hits = hit_positions(article, "产业 OR 5g -啤酒")
    assert [article.title[start:end] for start, end in hits.title] == ["產業"]
    assert [article.text[start:end] for start, end in hits.text] == ["產業", "5G"]
    assert hits.count == 3


def test_hit_positions_count_code_points_beyond_the_basic_plane(tmp_path: Path) -> None:
    path = tmp_path / "wide.sqlite"
    with ArchiveStore.open_writable(path, wal=False) as store:
        store.add(NewArticle(title="𠀀𠀁 青島", body="𠀀𠀁𠀂青岛，青島。", raw="r", identity="w"))
        article = store.get(store.summaries()[0].id)
    hits = hit_positions(article, "青岛")
    assert hits.title == ((3, 5),) and hits.text == ((3, 5), (6, 8))
    assert [article.text[start:end] for start, end in hits.text] == ["青岛", "青島"]
    assert to_utf16(article.text, hits.text[0][0]) == 6


def test_hit_positions_match_the_result_rows(sample_library: Library) -> None:
    for query in ("青岛", "啤酒", "产业 OR 5g", "COVID-19疫苗"):
        result = search(sample_library, SearchRequest(query, limit=0))
        for hit in result.hits:
            article = sample_library.get(hit.summary.id)
            assert hit_positions(article, query).count == hit.hits > 0


def test_regional_hits_are_marked(sample_library: Library) -> None:
    result = search(sample_library, SearchRequest("软件", regional=True, limit=0))
    marked = {hit.summary.title: hit.snippet.marked() for hit in result.hits}
    assert "<mark>軟體</mark>" in marked["軟體與資訊"]
    assert "<mark>软件</mark>" in marked["无日期的文章"]
    article = article_titled(sample_library, "軟體與資訊")
    assert hit_positions(article, "软件", regional=True).count == 2
    assert hit_positions(article, "软件").count == 0


def test_results_follow_changes_made_by_another_connection(
    sample_library: Library, sample_archive: Path
) -> None:
    assert search(sample_library, SearchRequest("啤酒")).total == 1
    with ArchiveStore.open_writable(sample_archive, wal=False) as writer:
        writer.add(
            NewArticle(title="啤酒新闻", body="啤酒", raw="r", identity="new", source="新源")
        )
    result = search(sample_library, SearchRequest("啤酒", sort=SortOrder.DATE, limit=0))
    assert result.total == 2 and result.by_source["新源"] == 1
    assert search(sample_library, SearchRequest("", limit=0)).total == 5


@pytest.mark.parametrize("dense_share", [1, 10_000])
def test_date_order_is_the_same_by_either_path(
    sample_library: Library, monkeypatch: pytest.MonkeyPatch, dense_share: int
) -> None:
    monkeypatch.setattr(search_order, "DENSE_SHARE", dense_share)
    result = search(sample_library, SearchRequest("信 OR 青 OR 软", sort=SortOrder.DATE, limit=0))
    assert [hit.summary.title for hit in result.hits] == [
        "青島西海岸新區產業發展",
        "青岛啤酒节开幕",
        "軟體與資訊",
        "无日期的文章",
    ]


def test_warm_up_builds_the_caches_a_search_reads(sample_library: Library) -> None:
    warm_up(sample_library)
    (store,) = sample_library.stores
    caches = (store.date_ranks(), store.facet_codes(), store.rowids_newest_first())
    search(sample_library, SearchRequest("青岛"))
    assert (store.date_ranks(), store.facet_codes(), store.rowids_newest_first()) == caches
    assert store.date_ranks() is caches[0] and store.rowids_newest_first() is caches[2]


def test_rows_deleted_by_another_program_do_not_break_search(sample_archive: Path) -> None:
    with ArchiveStore.open_writable(sample_archive, wal=False) as writer:
        newest = writer.connection.execute("SELECT max(rowid) FROM articles").get
        writer.connection.execute("PRAGMA foreign_keys=OFF")
        writer.connection.execute("DELETE FROM articles WHERE rowid = ?", (newest,))
    library = Library.open([sample_archive])
    try:
        result = search(library, SearchRequest("文 OR 岛 OR 業", limit=0))
        assert result.total == 3
    finally:
        library.close()


@pytest.mark.parametrize("query", ["新闻", "青岛", "台湾", "闻", "青島 OR 台灣"])
def test_facets_equal_counts_of_the_matching_articles(tmp_path: Path, query: str) -> None:
    path = tmp_path / "dated.sqlite"
    build_dated_archive(path)
    words = [fold(word) for word in query.split(" OR ")]
    with ArchiveStore.open_read_only(path) as store:
        rows = store.connection.execute("SELECT title, text, source, year FROM articles")
        matched = [
            (source, "" if year is None else str(year))
            for title, text, source, year in rows
            if any(word in fold(title) or word in fold(text) for word in words)
        ]
    sources = Counter(source for source, _year in matched)
    years = Counter(year for _source, year in matched)
    library = Library.open([path])
    try:
        result = search(library, SearchRequest(query))
    finally:
        library.close()
    assert result.total == len(matched) > 0
    # Most first, ties by name (every source of this archive has as many articles).
    assert list(result.by_source.items()) == sorted(
        sources.items(), key=lambda item: (-item[1], item[0])
    )
    assert list(result.by_year.items()) == sorted(years.items(), reverse=True)
