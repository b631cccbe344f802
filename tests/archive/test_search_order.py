"""One archive's matching rows in order: newest first either way, titles first, exact titles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import search_order
from archive.dates import PartialDate
from archive.models import NewArticle
from archive.search_plan import plan_query
from archive.search_rows import Filters, matching_rows
from archive.store import ArchiveStore
from tests.archive.search_support import build_dated_archive


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArchiveStore]:
    path = tmp_path_factory.mktemp("dated") / "dated.sqlite"
    build_dated_archive(path)
    store = ArchiveStore.open_read_only(path)
    yield store
    store.close()


@pytest.mark.parametrize("wanted", [1, 3, 100])
def test_newest_is_the_same_by_walk_or_by_heap(
    dated_store: ArchiveStore, monkeypatch: pytest.MonkeyPatch, wanted: int
) -> None:
    rowids = matching_rows(dated_store, plan_query("新闻"), Filters()).rowids
    orders = []
    for dense_share in (1, 10_000):
        monkeypatch.setattr(search_order, "DENSE_SHARE", dense_share)
        orders.append([placed.rowid for placed in search_order.newest(dated_store, rowids, wanted)])
    assert orders[0] == orders[1]
    assert len(orders[0]) == min(wanted, len(rowids))


def test_broad_queries_put_title_matches_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "titles.sqlite"
    with ArchiveStore.open_writable(path, wal=False) as store:
        for number in range(12):
            title = "青岛要闻" if number in (3, 7) else f"新闻{number}"
            store.add(
                NewArticle(
                    title=title,
                    body="青岛" * (number + 1),
                    raw=str(number),
                    identity=str(number),
                    date=PartialDate(2020, 1, number + 1),
                )
            )
        plan = plan_query("青岛")
        found = matching_rows(store, plan, Filters())
        monkeypatch.setattr(search_order, "RANK_BUDGET", 4)
        placed = search_order.by_relevance(found, plan, 5)
        titles = [store.get_by_rowid(item.rowid).title for item in placed]
        dates = [store.get_by_rowid(item.rowid).date.day for item in placed[2:]]
    assert titles[:2] == ["青岛要闻", "青岛要闻"]
    tiers = [search_order.SCORED] * 2 + [search_order.DATED] * 3
    assert [item.sort_key[0] for item in placed] == tiers
    assert dates == [12, 11, 10]


def test_an_article_titled_exactly_as_the_query_comes_first(tmp_path: Path) -> None:
    path = tmp_path / "exact.sqlite"
    titles = [
        "冬奥带来冰雪热 各地冰雪运动成新时尚",
        "冬奥带来冰雪热！",
        "冬奥带来冰雪热度",
        "说冬奥带来冰雪热",
    ]
    with ArchiveStore.open_writable(path, wal=False) as store:
        for number, title in enumerate(titles):
            body = "冬奥带来冰雪热。" * (10 - number)
            store.add(NewArticle(title=title, body=body, raw=title, identity=title))
        for query, first in (
            ("冬奥带来冰雪热", "冬奥带来冰雪热！"),
            ("「冬奧帶來冰雪熱」", "冬奥带来冰雪热！"),
            ("冬奥带来冰雪热 OR 冰雪", None),
        ):
            plan = plan_query(query)
            placed = search_order.by_relevance(matching_rows(store, plan, Filters()), plan, 4)
            ranked = [store.get_by_rowid(item.rowid).title for item in placed]
            assert sorted(ranked) == sorted(titles)
            if first is not None:
                assert ranked[0] == first and placed[0].sort_key[0] == search_order.EXACT_TITLE
            else:
                assert search_order.EXACT_TITLE not in {item.sort_key[0] for item in placed}
