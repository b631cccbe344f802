"""Anchors on the original text shown on exactly the same words in every script view."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.anchoring import ArticleView, anchor_quote, find_quote, make_anchor
from archive.annotation_errors import InvalidAnnotationError, QuoteNotFoundError
from archive.convert import ScriptForm, convert, to_utf16
from archive.ids import content_hash
from archive.render import plain_text
from tests.archive.annotation_support import SIMPLIFIED_BODY, TRADITIONAL_BODY

TEXT = plain_text(SIMPLIFIED_BODY)
TRADITIONAL = plain_text(TRADITIONAL_BODY)

# (original text, quote as typed, occurrence) -> the original words it must select
FIND_CASES = [
    (TEXT, "软件", 1, "软件"),
    (TEXT, "軟體", 2, "软件"),  # Taiwan vocabulary finds the mainland word
    (TEXT, "軟件", 3, "软件"),  # Hong Kong / plain traditional form
    (TEXT, "網際網路", 1, "互联网"),  # converted text longer than the original
    (TEXT, "互聯網企業", 1, "互联网企业"),
    (TEXT, "記憶體", 1, "内存"),
    (TEXT, "𠮷野家", 1, "𠮷野家"),  # outside the BMP
    (TEXT, "青島", 1, "青岛"),
    (TRADITIONAL, "软件产业", 1, "軟體產業"),  # simplified mainland words find Taiwan text
    (TRADITIONAL, "台湾", 1, "臺灣"),
    (TRADITIONAL, "青岛的啤酒节", 1, "青島的啤酒節"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), FIND_CASES)
def test_a_quote_in_any_script_selects_the_original_words(
    text: str, quote: str, occurrence: int, expected: str
) -> None:
    anchor = anchor_quote(text, quote, occurrence)
    assert text[anchor.start : anchor.end] == anchor.exact == expected
    assert anchor.content_hash == content_hash(text)
    assert anchor.prefix == text[max(0, anchor.start - 32) : anchor.start]
    assert anchor.suffix == text[anchor.end : anchor.end + 32]


def test_occurrences_are_numbered_in_text_order() -> None:
    spans = find_quote(TEXT, "软件")
    assert [TEXT[s:e] for s, e in spans] == ["软件"] * 3
    assert spans == sorted(spans) and len(set(spans)) == 3


def test_missing_quote_and_occurrence_give_one_sentence() -> None:
    with pytest.raises(QuoteNotFoundError, match="does not occur"):
        anchor_quote(TEXT, "不存在的词")
    with pytest.raises(QuoteNotFoundError, match="occurs 3 time"):
        anchor_quote(TEXT, "软件", 4)


def test_make_anchor_trims_white_space_and_refuses_empty_selections() -> None:
    first_break = TEXT.index("\n")
    anchor = make_anchor(TEXT, first_break - 3, first_break + 2)
    assert anchor.exact == "服务。\n𠮷"
    anchor = make_anchor(TEXT, first_break - 1, first_break + 1)
    assert anchor.exact == "。"
    with pytest.raises(InvalidAnnotationError):
        make_anchor(TEXT, first_break, first_break + 1)
    with pytest.raises(InvalidAnnotationError):
        make_anchor(TEXT, 5, len(TEXT) + 1)


@pytest.mark.parametrize("form", list(ScriptForm))
@pytest.mark.parametrize(
    ("quote", "occurrence"),
    [
        ("软件", 1),
        ("软件", 3),
        ("互联网", 1),
        ("互联网企业", 1),
        ("内存", 1),
        ("𠮷野家", 1),
        ("青岛开了新店", 1),
        ("服务。\n𠮷野家", 1),
    ],
)
def test_projection_shows_exactly_the_same_words(
    form: ScriptForm, quote: str, occurrence: int
) -> None:
    anchor = anchor_quote(TEXT, quote, occurrence)
    view = ArticleView.of(TEXT, form)
    span = view.project(anchor)
    assert span is not None
    start, end = span
    assert view.text[start:end] == convert(quote, form)
    # The same place, not just the same words: the text before it converts to what precedes it.
    assert view.text[:start] == convert(TEXT[: anchor.start], form)


@pytest.mark.parametrize("form", list(ScriptForm))
def test_a_selection_in_any_view_is_stored_against_the_original(form: ScriptForm) -> None:
    view = ArticleView.of(TEXT, form)
    shown = convert("互联网企业", form)
    start = view.text.index(shown)
    anchor = view.anchor_for_selection(start, start + len(shown))
    assert anchor.exact == "互联网企业"
    assert TEXT[anchor.start : anchor.end] == "互联网企业"
    assert view.project(anchor) == (start, start + len(shown))


def test_utf16_offsets_count_non_bmp_characters_twice() -> None:
    view = ArticleView.of(TEXT, "tw")
    anchor = anchor_quote(TEXT, "青岛")
    span = view.project(anchor)
    utf16 = view.project_utf16(anchor)
    assert span is not None and utf16 is not None
    assert utf16 == (span[0] + 1, span[1] + 1)  # one 𠮷 precedes it
    assert utf16 == (to_utf16(view.text, span[0]), to_utf16(view.text, span[1]))
    assert view.anchor_for_selection_utf16(*utf16) == anchor


def test_anchors_made_on_another_text_version_do_not_project() -> None:
    anchor = anchor_quote(TEXT, "软件")
    changed = ArticleView.of("前言。" + TEXT, "tw")
    assert changed.project(anchor) is None


@settings(max_examples=150, deadline=None)
@given(data=st.data(), form=st.sampled_from(list(ScriptForm)))
def test_any_selection_round_trips_and_covers_what_was_selected(
    data: st.DataObject, form: ScriptForm
) -> None:
    view = ArticleView.of(TEXT, form)
    start = data.draw(st.integers(0, len(view.text) - 1))
    end = data.draw(st.integers(start + 1, len(view.text)))
    if not view.text[start:end].strip():
        return
    anchor = view.anchor_for_selection(start, end)
    projected = view.project(anchor)
    assert projected is not None
    shown = view.text[start:end].strip()
    # What the reader selected (minus surrounding white space) stays inside the highlight...
    assert shown in view.text[projected[0] : projected[1]]
    # ...and selecting the highlight again gives the same anchor (stable under repetition).
    assert view.anchor_for_selection(*projected) == anchor
