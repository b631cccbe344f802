"""Clean text, table-driven: NFC, pinyin artefacts, share widgets, scraped labels, titles."""

from __future__ import annotations

import unicodedata

import pytest

from archive.importer.cleaning import clean_paragraphs
from archive.importer.labels import EdgeLabels, split_edge_labels
from archive.importer.normalise import clean_title


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("產業發(fā)展(zhǎn)很快", ["產業發展很快"]),
        ("中国(China)与美国(USA)，人民(rén mín)", ["中国(China)与美国(USA)，人民(rén mín)"]),
        ("规模(guī)和(hé)质量", ["规模和质量"]),
        ("（图）照片说明(記者攝)", ["（图）照片说明(記者攝)"]),
        (
            "記者曾吉松／攝影   分享       facebook           桃園航空城",
            ["記者曾吉松／攝影", "桃園航空城"],
        ),
        ("艾克森美孚、Facebook、嬌生", ["艾克森美孚、Facebook、嬌生"]),
        ("　　首行缩进的段落。\n\n\n第二段", ["首行缩进的段落。", "第二段"]),
        ("ＶＩＰ客户和５Ｇ网络", ["ＶＩＰ客户和５Ｇ网络"]),
        ("找我了。」(function(d, s, id) { var js; if (d) return; js = 1", ["找我了。」"]),
        ("攝影 domready(function() {if (a) b();}); domready(funct", ["攝影"]),
        ("函数f(function(x)不是脚本", ["函数f(function(x)不是脚本"]),
        ("元 &nbsp\u00a0 》外資", ["元 》外資"]),
        (unicodedata.normalize("NFD", "Café 咖啡"), ["Café 咖啡"]),
    ],
)
def test_clean_paragraphs(text: str, paragraphs: list[str]) -> None:
    assert clean_paragraphs(text) == paragraphs


@pytest.mark.parametrize(
    ("paragraphs", "kept", "labels"),
    [
        (
            ["主要内容", "正文第一段。", "编辑：杨书杰", "责任编辑：刘亮"],
            ["正文第一段。"],
            EdgeLabels(editor="刘亮"),
        ),
        (
            ["正文。", "来源：央视网", "更新时间：2022年05月11日 19:27", "视频简介：简介文字。"],
            ["正文。"],
            EdgeLabels(source="央视网", date_text="2022年05月11日 19:27"),
        ),
        (["记者：王波", "正文。", "分享到：", "纠错"], ["正文。"], EdgeLabels(author="王波")),
        (["正文提到来源：不是标签的句子。"], ["正文提到来源：不是标签的句子。"], EdgeLabels()),
        (["第一段。", "打印", "第二段。"], ["第一段。", "第二段。"], EdgeLabels()),
        (
            ["正文。", "絕對正常。 iOSAndroidAPP下載LINE好友"],
            ["正文。", "絕對正常。"],
            EdgeLabels(),
        ),
        (["貶值6分。》自營商進出明細 》外資持股排行》漲跌幅排行"], ["貶值6分。"], EdgeLabels()),
        (["民眾可下載APP查詢。"], ["民眾可下載APP查詢。"], EdgeLabels()),
    ],
)
def test_edge_labels(paragraphs: list[str], kept: list[str], labels: EdgeLabels) -> None:
    assert split_edge_labels(paragraphs) == (kept, labels)


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("[视频]国际联播快讯", "国际联播快讯"),
        ("【视频】两会  观察", "两会 观察"),
        ("【权威部门话开局】国企改革", "【权威部门话开局】国企改革"),
        ("台风登陆（图）", "台风登陆"),
        ("產業發(fā)展", "產業發展"),
    ],
)
def test_clean_title(title: str, clean: str) -> None:
    assert clean_title(title) == clean
