"""The annotation browser: every filter, script-blind search, paging and facets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import annotation_browser
from archive.anchoring import anchor_quote
from archive.annotation_filters import AnnotationFilter, BrowseOrder, search_expression
from archive.annotation_models import AnchorStatus, Kind
from archive.errors import QueryError
from archive.userstore import UserStore
from tests.archive.annotation_support import make_archive, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    """Five annotations over three articles, two creators, made on two days."""
    articles = make_archive(tmp_path / "sample.sqlite")
    simplified, traditional, undated = (
        articles[k] for k in ("simplified", "traditional", "undated")
    )
    opened = open_store(tmp_path / "user.sqlite", creator="王")
    opened.highlight(
        simplified,
        anchor_quote(simplified.text, "互联网企业"),
        color="green",
        note="关于產業合作",
        tags=["经济"],
    )
    opened.highlight(
        simplified, anchor_quote(simplified.text, "𠮷野家"), color="pink", tags=["餐饮"]
    )
    opened.creator = "李"
    opened.clock = lambda: "2024-06-02T10:00:00.000Z"
    opened.highlight(
        traditional,
        anchor_quote(traditional.text, "軟體產業"),
        color="green",
        note="台灣的说法",
        tags=["经济", "台湾"],
    )
    opened.add_note(undated, "青岛啤酒节的笔记 5G")
    opened.bookmark(undated, tags=["稍后"])
    yield opened
    opened.close()


def _quotes_or_notes(store: UserStore, wanted: AnnotationFilter) -> list[str]:
    return [a.quote or a.note for a in store.browse(wanted).annotations]


CASES = [
    (
        "everything, last edited first",
        AnnotationFilter(),
        ["", "青岛啤酒节的笔记 5G", "軟體產業", "𠮷野家", "互联网企业"],
    ),
    ("colour", AnnotationFilter(colors=("green",)), ["軟體產業", "互联网企业"]),
    (
        "two colours",
        AnnotationFilter(colors=("green", "pink")),
        ["軟體產業", "𠮷野家", "互联网企业"],
    ),
    ("tag", AnnotationFilter(tags=("经济",)), ["軟體產業", "互联网企业"]),
    ("every tag given", AnnotationFilter(tags=("经济", "台湾")), ["軟體產業"]),
    ("creator", AnnotationFilter(creator="王"), ["𠮷野家", "互联网企业"]),
    ("article source", AnnotationFilter(source="自由時報"), ["軟體產業"]),
    ("kind", AnnotationFilter(kinds=(Kind.NOTE, Kind.BOOKMARK)), ["", "青岛啤酒节的笔记 5G"]),
    (
        "annotated from",
        AnnotationFilter(created_from="2024-06"),
        ["", "青岛啤酒节的笔记 5G", "軟體產業"],
    ),
    ("annotated until", AnnotationFilter(created_to="2024-05-01"), ["𠮷野家", "互联网企业"]),
    (
        "article dated",
        AnnotationFilter(article_from="2020", article_to="2022-03-04"),
        ["𠮷野家", "互联网企业"],
    ),
    ("article dated until (undated excluded)", AnnotationFilter(article_to="2017"), ["軟體產業"]),
    ("orphans", AnnotationFilter(status=AnchorStatus.ORPHANED), []),
    ("search a quote across scripts", AnnotationFilter(search="軟體产业"), ["軟體產業"]),
    ("search notes across scripts", AnnotationFilter(search="产业合作"), ["互联网企业"]),
    ("search tags", AnnotationFilter(search="餐饮"), ["𠮷野家"]),
    ("one-character search", AnnotationFilter(search="島"), ["青岛啤酒节的笔记 5G"]),
    ("Latin and digits", AnnotationFilter(search="5g"), ["青岛啤酒节的笔记 5G"]),
    ("search with OR and NOT", AnnotationFilter(search="(台湾 OR 青岛) -啤酒"), ["軟體產業"]),
    ("phrase never spans punctuation", AnnotationFilter(search='"企业关于"'), []),
    ("regional vocabulary off", AnnotationFilter(search="软件"), []),
    ("regional vocabulary on", AnnotationFilter(search="软件", regional=True), ["軟體產業"]),
    ("search and filter", AnnotationFilter(search="经济", creator="王"), ["互联网企业"]),
    (
        "by article",
        AnnotationFilter(order=BrowseOrder.ARTICLE, kinds=(Kind.HIGHLIGHT,)),
        ["𠮷野家", "互联网企业", "軟體產業"],
    ),
]


@pytest.mark.parametrize(("name", "wanted", "expected"), CASES, ids=[c[0] for c in CASES])
def test_filters_and_search(
    store: UserStore, name: str, wanted: AnnotationFilter, expected: list[str]
) -> None:
    assert _quotes_or_notes(store, wanted) == expected
    assert store.browse(wanted).total == len(expected)


@pytest.mark.parametrize(("name", "wanted", "expected"), CASES, ids=[c[0] for c in CASES])
def test_walking_the_order_index_gives_the_same_pages(
    store: UserStore,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    wanted: AnnotationFilter,
    expected: list[str],
) -> None:
    monkeypatch.setattr(annotation_browser, "ORDERED_SCAN_ABOVE", 0)
    assert _quotes_or_notes(store, wanted) == expected
    second_page = store.browse(wanted, offset=1, limit=2).annotations
    assert [a.quote or a.note for a in second_page] == expected[1:3]


def test_pages_carry_the_total_and_what_a_jump_needs(store: UserStore) -> None:
    page = store.browse(limit=2, offset=1)
    assert page.total == 5 and page.offset == 1 and len(page.annotations) == 2
    highlight = page.annotations[1]
    assert highlight.article.archive == "sample" and highlight.article.article_id
    assert highlight.anchor is not None and highlight.anchor.end > highlight.anchor.start


def test_facets(store: UserStore) -> None:
    facets = store.facets()
    assert facets.tags[0] == ("经济", 2)
    assert dict(facets.colors) == {"green": 2, "pink": 1}
    assert dict(facets.creators) == {"王": 2, "李": 3}
    assert facets.archives == [("sample", 5)] and facets.orphans == 0


@pytest.mark.parametrize(
    ("wanted", "message"),
    [
        (AnnotationFilter(search="title:青岛"), "no title: field"),
        (AnnotationFilter(search="date:2021"), "date filters"),
        (AnnotationFilter(search="-青岛"), "NOT needs something"),
        (AnnotationFilter(search="。，"), "no letters"),
        (AnnotationFilter(created_from="May 2024"), "not a date"),
    ],
)
def test_bad_queries_are_one_sentence(
    store: UserStore, wanted: AnnotationFilter, message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        store.browse(wanted)


@pytest.mark.parametrize("query", ["NEAR(青岛 x)", "a:b * ^c", 'col : "x" OR y', "{quote}: 青"])
def test_user_text_never_reaches_match_raw(query: str) -> None:
    expression = search_expression(query)
    assert expression is not None
    assert re.fullmatch(r'(?:"[^"]*"(?: \*)?|[()]| AND | OR | NOT )+', expression), expression


def test_facet_counts_stay_equal_to_a_recount(store: UserStore, tmp_path: Path) -> None:
    page = store.browse(limit=0).annotations
    store.edit(page[2].id, color="blue", tags=["新标签", "经济"])
    store.delete(page[3].id)
    undone = store.delete(page[4].id)
    store.undo(undone)
    exported = tmp_path / "all.jsonld"
    exported.write_text(store.export("jsonld"), encoding="utf-8")
    with open_store(tmp_path / "other.sqlite") as other:
        other.import_file(exported)
        for checked in (store, other):
            facets = checked.facets()
            recount = checked.connection.execute
            assert dict(facets.tags) == dict(
                recount("SELECT tag, count(*) FROM annotation_tags GROUP BY tag").fetchall()
            )
            for column, counted in (
                ("color", facets.colors),
                ("creator", facets.creators),
                ("article_source", facets.sources),
                ("archive", facets.archives),
            ):
                expected = recount(
                    f"SELECT {column}, count(*) FROM annotations WHERE {column} IS NOT NULL "
                    f"GROUP BY {column}"
                ).fetchall()
                assert dict(counted) == dict(expected), column
