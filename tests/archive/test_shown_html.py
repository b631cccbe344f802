"""The body in every script form: same blocks as `render.blocks`, HTML whose text is the map's."""

from __future__ import annotations

import pytest

from archive.convert import ScriptForm
from archive.render import blocks, render_html
from archive.shown_html import normalise_whitespace, shown_body

BODY = (
    "\u3000\u3000第一段 *強調*  \n换行后 软件\n\n## 标题 &amp; 5G\n\n- 項一\n- 互联网\n\n"
    "> 引用「鼠标」\n\n```\ncode 1 软件\ncode 2\n```\n\n| a | 软件 |\n|---|---|\n| 甲 | 乙 |\n\n"
    "𠀀字𠀁 end  with   spaces 鼠标和*软*件\n\n[链接](https://example.com/a?b=1&c=2)"
)


@pytest.mark.parametrize("form", list(ScriptForm))
def test_blocks_are_the_renderers_and_the_html_shows_the_converted_blocks(
    form: ScriptForm,
) -> None:
    shown = shown_body(BODY, form)
    assert shown.original_blocks == blocks(BODY)
    assert blocks(shown.html) == [block.text for block in shown.blocks]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (ScriptForm.ORIGINAL, "𠀀字𠀁 end with spaces 鼠标和软件"),
        (ScriptForm.HANT, "𠀀字𠀁 end with spaces 鼠標和軟件"),
        (ScriptForm.TW, "𠀀字𠀁 end with spaces 滑鼠和軟體"),
        (ScriptForm.HK, "𠀀字𠀁 end with spaces 鼠標和軟件"),
    ],
)
def test_a_phrase_cut_by_emphasis_converts_as_one_word(form: ScriptForm, expected: str) -> None:
    shown = shown_body(BODY, form)
    assert expected in [block.text for block in shown.blocks]


def test_markup_links_and_entities_survive_conversion() -> None:
    page = shown_body(BODY, ScriptForm.TW).html
    assert '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">連結</a>' in page
    assert "標題 &amp; 5G" in page
    assert "<em>軟</em>體" in page
    assert "<th>軟體</th>" in page


def test_the_original_form_is_the_rendered_html_itself() -> None:
    assert shown_body(BODY, ScriptForm.ORIGINAL).html == render_html(BODY)


def test_an_empty_body_has_no_blocks() -> None:
    shown = shown_body("", ScriptForm.TW)
    assert shown.blocks == ()


@pytest.mark.parametrize(
    ("raw", "text", "offsets"),
    [
        ("a  b", "a b", [0, 1, 2, 2, 3]),
        ("\n 甲\t", "甲", [0, 0, 0, 1, 1]),
        ("", "", [0]),
        ("\u3000乙 ", "\u3000乙", [0, 1, 2, 2]),
    ],
)
def test_normalise_whitespace_maps_every_offset(raw: str, text: str, offsets: list[int]) -> None:
    assert normalise_whitespace(raw, list(range(len(raw) + 1))) == (text, offsets)
