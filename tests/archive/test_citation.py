"""Citations: GB/T 7714-2015 newspaper and online forms, and plain text with the link."""

from __future__ import annotations

import datetime

import pytest

from archive.citation import (
    CitationFields,
    CitationStyle,
    citation_fields,
    cite,
    gbt7714,
    plain,
    with_citation,
)
from archive.convert import ScriptForm
from archive.dates import PartialDate
from tests.archive.test_shown import make_article

ACCESSED = datetime.date(2024, 5, 3)
FULL = CitationFields(
    title="西海岸先进制造业赋能攻坚战",
    authors=("赵宝辉", "何琳", "王雪"),
    source="信网",
    date=PartialDate(2021, 1, 14, 15, 48),
    url="https://example.com/a",
    accessed=ACCESSED,
)


def fields(**changes: object) -> CitationFields:
    values = {name: getattr(FULL, name) for name in FULL.__dataclass_fields__}
    values.update(changes)
    return CitationFields(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (
            FULL,
            "赵宝辉, 何琳, 王雪. 西海岸先进制造业赋能攻坚战[N/OL]. 信网, 2021-01-14[2024-05-03]. "
            "https://example.com/a.",
        ),
        (
            fields(authors=("甲", "乙", "丙", "丁")),
            "甲, 乙, 丙, 等. 西海岸先进制造业赋能攻坚战[N/OL]. 信网, 2021-01-14[2024-05-03]. "
            "https://example.com/a.",
        ),
        (
            fields(authors=(), url=None),
            "西海岸先进制造业赋能攻坚战[N]. 信网, 2021-01-14.",
        ),
        (
            fields(date=PartialDate(2021, 1), url=None),
            "赵宝辉, 何琳, 王雪. 西海岸先进制造业赋能攻坚战[N]. 信网, 2021-01.",
        ),
        (
            fields(date=PartialDate(month=3, day=1), url=None),
            "赵宝辉, 何琳, 王雪. 西海岸先进制造业赋能攻坚战[N]. 信网.",
        ),
        (
            fields(source="", authors=()),
            "西海岸先进制造业赋能攻坚战[EB/OL]. (2021-01-14)[2024-05-03]. https://example.com/a.",
        ),
        (
            fields(source="", authors=(), date=PartialDate(), url=None),
            "西海岸先进制造业赋能攻坚战[N].",
        ),
    ],
)
def test_gbt7714(case: CitationFields, expected: str) -> None:
    assert gbt7714(case) == expected


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (
            FULL,
            "赵宝辉、何琳、王雪：《西海岸先进制造业赋能攻坚战》，信网，2021年1月14日。https://example.com/a",
        ),
        (fields(authors=(), url=None), "《西海岸先进制造业赋能攻坚战》，信网，2021年1月14日。"),
        (
            fields(date=PartialDate(2021), url=None, authors=()),
            "《西海岸先进制造业赋能攻坚战》，信网，2021年。",
        ),
        (
            fields(date=PartialDate(month=3, day=1), source="", authors=(), url=None),
            "《西海岸先进制造业赋能攻坚战》，3月1日。",
        ),
    ],
)
def test_plain(case: CitationFields, expected: str) -> None:
    assert plain(case) == expected


def test_fields_follow_the_script_form_and_drop_non_web_links() -> None:
    article = make_article()
    shown = citation_fields(article, ScriptForm.TW, ACCESSED)
    assert (shown.title, shown.source, shown.authors) == ("軟體與網際網路", "資訊網", ("趙寶輝",))
    original = citation_fields(article, ScriptForm.ORIGINAL, ACCESSED)
    assert original.title == "软件与互联网"
    local = citation_fields(
        article.__class__(**{**article.__dict__, "url": "file:///etc/passwd"}),
        ScriptForm.ORIGINAL,
        ACCESSED,
    )
    assert local.url is None


def test_cite_picks_the_style_and_with_citation_appends() -> None:
    assert cite(FULL, CitationStyle.PLAIN) == plain(FULL)
    assert cite(FULL, "gbt7714") == gbt7714(FULL)
    assert with_citation("一段話。\n", "引文") == "一段話。\n\n引文"
    assert with_citation("  ", "引文") == "引文"
