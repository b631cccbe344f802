"""Pins the extraction of the two bundled seed captures, field by field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from archive.dates import DatePrecision
from archive.models import NewArticle
from archive.seeds import (
    apply_repairs,
    extract_seed,
    is_pinyin_syllable,
    load_seeds,
    remove_pinyin_artefacts,
)

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"
PINYIN_LEFT_OVER = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@dataclass(frozen=True)
class Expected:
    file_name: str
    title: str
    date_iso: str
    precision: DatePrecision
    source: str
    authors: tuple[str, ...]
    editor: str
    curated_fields: frozenset[str]
    first_paragraph_start: str
    last_paragraph_end: str
    headings: tuple[str, ...]
    must_contain: tuple[str, ...]
    must_not_contain: tuple[str, ...]


XINWANG = Expected(
    file_name="000_cf9927d191fe7aaa.txt",
    title="西海岸先进制造业赋能攻坚战 19项攻坚任务顺利推进",
    date_iso="2021-01-14T15:48",
    precision=DatePrecision.MINUTE,
    source="信网",
    authors=("赵宝辉", "何琳", "王雪"),
    editor="陈烛光",
    curated_fields=frozenset(),
    first_paragraph_start="信网1月14日讯 回顾2020年,青岛西海岸新区",
    last_paragraph_end="切实将企业服务工作抓细、抓实、抓牢。”西海岸新区工信局局长谢龙目说。",
    headings=(
        "搭平台,顶层设计统领攻坚",
        "真帮扶,优化产业发展环境",
        "抓项目,助推产业集聚发展",
        "促融合,提升制造业软实力",
        "善总结,持续推进赋能攻坚",
    ),
    must_contain=("全力推进19项攻坚任务。", "“橡链云”"),
    must_not_contain=(
        "信网-青岛财经生活服务门户",
        "2021/01/14 15:48",
        "阅读:",
        "信网记者",
        "通讯员",
        "来源",
        "编辑",
        "版权",
        "转载",
        "青岛话题",
        "深度报道",
        "保时捷",
        "信网应用",
    ),
)

QINGDAO_DAILY = Expected(
    file_name="003_98e81f26ef719f36.txt",
    title="青島與沿黃省區產業及科技合作",
    date_iso="2023-11-21",
    precision=DatePrecision.DAY,
    source="青島日報",
    authors=(),
    editor="",
    curated_fields=frozenset({"title", "date", "body"}),
    first_paragraph_start="11月21日下午,市政府新聞辦舉行“黃河流域生態保護和高質量發展”主題系列發布會第五場",
    last_paragraph_end="真正把“黑色污染”變成了“黑色黃金”。",
    headings=(
        "優勢互補,將產業新模式導入沿黃流域",
        "聯合攻關,創新成果對接轉化模式",
        "提升發展能級,推動綠色轉型",
    ),
    must_contain=(
        "助力當地產業發展。",
        "指導當地花椒種植和采收,帶動當地特色農產品高值化利用。",
        "與當地頭部企業",
        "助力當地加速構建現代化產業體系",
        "綠色工廠39家(其中7家位于沿黃省區)、",
        "“設備管理+MES+自動化單元”",
    ),
    must_not_contain=("?", "來源", "【", "】", "發(", "產(", "(chǎn)", "(fā)", "(yè)"),
)

CASES = [pytest.param(case, id=case.file_name[:3]) for case in (XINWANG, QINGDAO_DAILY)]


@cache
def seeds_by_name() -> dict[str, NewArticle]:
    return {article.identity.removeprefix("seed:"): article for article in load_seeds(SEEDS)}


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


@pytest.mark.parametrize("case", CASES)
def test_metadata(case: Expected) -> None:
    article = seeds_by_name()[case.file_name]
    assert article.title == case.title
    assert article.date.iso() == case.date_iso
    assert article.date.precision is case.precision
    assert article.source == case.source
    assert article.authors == case.authors
    assert article.editor == case.editor
    assert article.url is None
    assert article.subtitle == ""
    assert article.identity == f"seed:{case.file_name}"
    assert article.curated_fields == case.curated_fields


@pytest.mark.parametrize("case", CASES)
def test_raw_is_the_file_unchanged(case: Expected) -> None:
    raw = (SEEDS / case.file_name).read_bytes().decode("utf-8")
    assert seeds_by_name()[case.file_name].raw == raw


@pytest.mark.parametrize("case", CASES)
def test_body_first_and_last_paragraph(case: Expected) -> None:
    body = paragraphs(seeds_by_name()[case.file_name].body)
    assert body[0].startswith(case.first_paragraph_start)
    assert body[-1].endswith(case.last_paragraph_end)


@pytest.mark.parametrize("case", CASES)
def test_subheadings_are_the_only_headings(case: Expected) -> None:
    body = paragraphs(seeds_by_name()[case.file_name].body)
    headings = tuple(line.removeprefix("## ") for line in body if line.startswith("#"))
    assert headings == case.headings


@pytest.mark.parametrize("case", CASES)
def test_paragraphs_are_single_lines(case: Expected) -> None:
    body = seeds_by_name()[case.file_name].body
    assert "\n\n\n" not in body
    assert all(paragraph and "\n" not in paragraph for paragraph in paragraphs(body))


@pytest.mark.parametrize("case", CASES)
def test_body_keeps_the_article(case: Expected) -> None:
    body = seeds_by_name()[case.file_name].body
    for text in case.must_contain:
        assert text in body


@pytest.mark.parametrize("case", CASES)
def test_body_has_no_boilerplate(case: Expected) -> None:
    body = seeds_by_name()[case.file_name].body
    assert case.title not in paragraphs(body)
    for text in case.must_not_contain:
        assert text not in body


@pytest.mark.parametrize("case", CASES)
def test_body_has_no_pinyin_artefacts(case: Expected) -> None:
    body = seeds_by_name()[case.file_name].body
    assert PINYIN_LEFT_OVER.search(body) is None
    assert "?" not in body


def test_seeds_load_sorted_by_file_name() -> None:
    assert [article.identity for article in load_seeds(SEEDS)] == [
        "seed:000_cf9927d191fe7aaa.txt",
        "seed:003_98e81f26ef719f36.txt",
    ]


def test_without_its_curated_entry_a_capture_keeps_extracted_values_only() -> None:
    raw = (SEEDS / QINGDAO_DAILY.file_name).read_text(encoding="utf-8")
    article = extract_seed(QINGDAO_DAILY.file_name, raw, {})
    assert article.title == ""
    assert article.date.iso() == "--11-21"
    assert article.date.precision is DatePrecision.MONTH_DAY
    assert article.curated_fields == frozenset()
    assert "當?" in article.body


@pytest.mark.parametrize("occurrences", ["", "ab ab"])
def test_a_repair_must_match_exactly_once(occurrences: str) -> None:
    with pytest.raises(ValueError, match="ab"):
        apply_repairs(occurrences, [{"find": "ab", "replace": "c"}])


def test_unknown_curated_field_is_refused() -> None:
    with pytest.raises(ValueError, match="titel"):
        extract_seed("x.txt", "text", {"x.txt": {"fields": {"titel": "t"}}})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("發(fā)展", "發展"),
        ("產(chǎn)業(yè)", "產業"),
        ("區(qū)", "區"),
        ("農(nóng)業(yè)", "農業"),
        ("創(chuàng)新", "創新"),
        ("綠(lǜ)色", "綠色"),
        ("養(yǎng)", "養"),
        ("經(jīng)濟", "經濟"),
        ("字(a)", "字"),
        ("(其中7家)", "(其中7家)"),
        ("工廠39家(其中7家位於沿黃省區)", "工廠39家(其中7家位於沿黃省區)"),
        ("系統(MES)", "系統(MES)"),
        ("系統(mes)", "系統(mes)"),
        ("平台(app)", "平台(app)"),
        ("A(b)", "A(b)"),
        ("A(fā)", "A(fā)"),
        ("7(yè)", "7(yè)"),
        ("字(Fā)", "字(Fā)"),
        ("字 (fā)", "字 (fā)"),
        ("字(fā", "字(fā"),
        ("字()", "字()"),
        ("字(fā yè)", "字(fā yè)"),
        ("字(fā)(yè)", "字(yè)"),
    ],
)
def test_remove_pinyin_artefacts(text: str, expected: str) -> None:
    assert remove_pinyin_artefacts(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("chǎn", True),
        ("zhuàng", True),
        ("xiōng", True),
        ("lǜ", True),
        ("er", True),
        ("mes", False),
        ("app", False),
        ("b", False),
        ("", False),
        ("CHAN", False),
    ],
)
def test_is_pinyin_syllable(word: str, expected: bool) -> None:
    assert is_pinyin_syllable(word) is expected
