"""An article as shown in each script form, mapped back to the stored original text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive.convert import ScriptForm
from archive.dates import PartialDate
from archive.models import Article, Script
from archive.render import plain_text
from archive.shown import ShownPosition, TextSpan, block_starts, convert_snippet, show_article
from archive.snippets import Snippet

BODY = "互联网𠮷野家的软件。\n\n第二段：鼠标和软件，𠀀字。\n\n## 小标题\n\n最后一段软件"


def make_article(body: str = BODY, title: str = "软件与互联网", subtitle: str = "") -> Article:
    return Article(
        id="a1",
        archive="test",
        title=title,
        subtitle=subtitle,
        date=PartialDate(2021, 1, 14),
        source="信息网",
        authors=("赵宝辉",),
        editor="王波",
        url="https://example.com/a",
        script=Script.SIMPLIFIED,
        body=body,
        text=plain_text(body),
        raw="raw",
        content_hash="h",
        field_origins={},
    )


ARTICLE = make_article()
SOFTWARE = [(m, m + 2) for m in range(len(ARTICLE.text)) if ARTICLE.text.startswith("软件", m)]


@pytest.mark.parametrize(
    ("form", "shown_word"),
    [
        (ScriptForm.ORIGINAL, "软件"),
        (ScriptForm.HANS, "软件"),
        (ScriptForm.HANT, "軟件"),
        (ScriptForm.TW, "軟體"),
        (ScriptForm.HK, "軟件"),
    ],
)
def test_spans_of_the_original_land_on_the_same_words_in_every_form(
    form: ScriptForm, shown_word: str
) -> None:
    shown = show_article(ARTICLE, form)
    spans = shown.text_spans(SOFTWARE)
    assert len(spans) == 3
    assert [shown.parts[span.part].text[span.start : span.end] for span in spans] == [
        shown_word
    ] * 3


def test_length_changing_phrases_and_astral_characters_shift_later_spans() -> None:
    shown = show_article(ARTICLE, ScriptForm.TW)
    first_block = shown.parts[shown.first_body_part]
    assert first_block.text == "網際網路𠮷野家的軟體。"
    (span,) = shown.text_spans([(ARTICLE.text.index("软件"), ARTICLE.text.index("软件") + 2)])
    assert (span.start, span.end) == (8, 10)


def test_header_parts_and_converted_metadata() -> None:
    shown = show_article(make_article(subtitle="副标题"), ScriptForm.TW)
    assert [part.text for part in shown.header_parts] == ["軟體與網際網路", "副標題"]
    assert shown.first_body_part == 2
    assert (shown.source, shown.authors, shown.editor) == ("資訊網", ("趙寶輝",), "王波")
    assert shown.title_spans([(0, 2)]) == [TextSpan(0, 0, 2)]


def test_original_text_of_a_selection_covers_whole_phrases() -> None:
    shown = show_article(ARTICLE, ScriptForm.TW)
    body = shown.first_body_part
    # "際網路𠮷" selected in the shown text: the phrase 互联网 is copied whole
    assert shown.original_text(ShownPosition(body, 1), ShownPosition(body, 5)) == "互联网𠮷"
    assert shown.shown_text(ShownPosition(body, 1), ShownPosition(body, 5)) == "際網路𠮷"
    across = shown.original_text(ShownPosition(body, 8), ShownPosition(body + 1, 3))
    assert across == "软件。\n第二段"


def test_positions_map_between_shown_parts_and_the_original_text() -> None:
    shown = show_article(ARTICLE, ScriptForm.TW)
    second = ARTICLE.text.index("第二段")
    position = shown.shown_position(second)
    assert position == ShownPosition(shown.first_body_part + 1, 0)
    assert shown.text_offset(position) == second
    assert shown.shown_position(second - 1) == position  # the line break before it
    assert shown.shown_position(len(ARTICLE.text)) is None
    assert shown.text_offset(ShownPosition(0, 1)) is None  # the title is not body text


def test_block_starts_fall_back_to_finding_blocks_in_a_different_text() -> None:
    assert block_starts(["甲乙", "丙"], "甲乙\n丙") == (0, 3)
    assert block_starts(["甲乙", "丁", "丙"], "前言\n甲乙\n\n丙") == (3, None, 7)


def test_blocks_missing_from_the_stored_text_are_not_mapped() -> None:
    stale = replace(ARTICLE, text="互联网𠮷野家的软件。")
    shown = show_article(stale, ScriptForm.TW)
    assert shown.body_starts[1:] == (None, None, None)
    assert shown.text_spans([(0, len(stale.text))]) == [TextSpan(1, 0, 11)]


def test_snippets_convert_with_their_marks() -> None:
    snippet = Snippet("用互联网的软件", ((1, 4), (5, 7)), 2)
    converted = convert_snippet(snippet, ScriptForm.TW)
    assert converted.text == "用網際網路的軟體"
    assert [converted.text[a:b] for a, b in converted.spans] == ["網際網路", "軟體"]
    assert converted.hit_count == 2


def test_text_span_of_a_selection_for_anchoring() -> None:
    shown = show_article(ARTICLE, ScriptForm.TW)
    body = shown.first_body_part
    # "路𠮷野" shown: the phrase 互联网 (網際網路) is taken whole
    assert shown.text_span(ShownPosition(body, 3), ShownPosition(body, 6)) == (0, 5)
    second = ARTICLE.text.index("第二段")
    across = shown.text_span(ShownPosition(body, 8), ShownPosition(body + 1, 3))
    assert across == (ARTICLE.text.index("软件"), second + 3)
    assert shown.text_span(ShownPosition(0, 0), ShownPosition(body, 2)) == (0, 3)
    assert shown.text_span(ShownPosition(0, 0), ShownPosition(0, 2)) is None
    assert shown.text_span(ShownPosition(body, 2), ShownPosition(body, 2)) is None
