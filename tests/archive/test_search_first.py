"""The first page of a broad query: the same refs and total as rank(), or no shortcut at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import search, search_first
from archive.dates import PartialDate
from archive.library import Library
from archive.models import NewArticle
from archive.search import SearchRequest, SortOrder, rank
from archive.store import ArchiveStore
from tests.archive.search_support import build_dated_archive

QUERIES = ["新闻", "青岛", "台湾", "闻", "青島 OR 台灣", "新闻 -青岛", "第1", "没有的词"]


@pytest.fixture(scope="module")
def two_archives(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = tmp_path_factory.mktemp("first")
    paths = [folder / "one.sqlite", folder / "two.sqlite", folder / "few.sqlite"]
    for path in paths[:2]:
        build_dated_archive(path)
    with ArchiveStore.open_writable(paths[2], wal=False) as store:  # 新闻 in 1 of 24: sparse
        for number in range(24):
            body = "青岛新闻。" if number == 5 else f"第{number}段。"
            date = PartialDate(2019, 1 + number % 12, 1 + number)
            store.add(
                NewArticle(title=f"另{number}", body=body, raw="r", identity=str(number), date=date)
            )
    library = Library.open(paths)
    yield library
    library.close()


def refs_of(ranked: search.RankedResults) -> list[tuple[Path, int, tuple[int, float, int]]]:
    return [(ref.store.path, ref.rowid, ref.sort_key) for ref in ranked.refs]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize(("chunk", "dense_share"), [(3, 8), (256, 8), (3, 1)])
@pytest.mark.parametrize("limit", [1, 4, 50])
def test_first_page_equals_the_ranking(
    two_archives: Library,
    monkeypatch: pytest.MonkeyPatch,
    query: str,
    sort: SortOrder,
    chunk: int,
    dense_share: int,
    limit: int,
) -> None:
    monkeypatch.setattr(search_first, "RANK_LIMIT", 2)
    monkeypatch.setattr(search, "RANK_LIMIT", 2)
    monkeypatch.setattr(search_first, "PROBE_CHUNK", chunk)
    monkeypatch.setattr(search_first, "DENSE_SHARE", dense_share)
    request = SearchRequest(query, sort=sort, limit=limit)
    first = search_first.first_page(two_archives, request)
    ranked = rank(two_archives, request)
    if first is None:  # relevance order with few matches, or no archive dense: no shortcut
        dense = [
            rank(Library(stores=[store]), request).total * dense_share
            > len(store.rowids_newest_first())
            for store in two_archives.stores
        ]
        assert ranked.ranked_by is SortOrder.RELEVANCE or not any(dense)
        return
    assert first.total == ranked.total
    assert first.ranked_by is ranked.ranked_by is SortOrder.DATE
    assert refs_of(first) == refs_of(ranked)
    assert first.by_source == {} and first.by_year == {}


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest("新闻", offset=1),
        SearchRequest("新闻", limit=0),
        SearchRequest("新闻", sources=("信网",)),
        SearchRequest("新闻", date_from="2021"),
        SearchRequest("新闻", date_to="2021"),
        SearchRequest("date:2021 新闻"),
        SearchRequest("source:信网 新闻"),
        SearchRequest(""),
        SearchRequest("-新闻"),
    ],
)
def test_no_shortcut_for_filters_offsets_or_no_terms(
    two_archives: Library, request_: SearchRequest
) -> None:
    assert search_first.first_page(two_archives, request_) is None


def test_only_a_query_over_the_rank_limit_is_shown_newest_first(
    two_archives: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = SearchRequest("新闻", limit=5)  # all 21 articles of two archives, 1 of the third
    assert search_first.first_page(two_archives, request) is None
    monkeypatch.setattr(search_first, "RANK_LIMIT", 20)
    first = search_first.first_page(two_archives, request)
    assert first is not None and first.total == 43 and len(first.refs) == 5
