"""Hits of a query and find-in-article matches, in the right place in every script form."""

from __future__ import annotations

import pytest

from archive.convert import ScriptForm
from archive.finding import find_in_article, highlight_terms, occurrences, query_hits
from archive.shown import ShownArticle, TextSpan, show_article
from tests.archive.test_shown import make_article

ARTICLE = make_article(
    body="青島的軟件產業。\n\n青岛软件园𠀀，互联网企业。", title="青岛软件", subtitle="产业报告"
)


def shown_words(shown: ShownArticle, spans: list[TextSpan]) -> list[str]:
    return [shown.parts[span.part].text[span.start : span.end] for span in spans]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (ScriptForm.ORIGINAL, ["青岛", "青島", "青岛"]),
        (ScriptForm.HANS, ["青岛", "青岛", "青岛"]),
        (ScriptForm.TW, ["青島", "青島", "青島"]),
    ],
)
def test_query_hits_cover_title_and_body_in_the_shown_form(
    form: ScriptForm, expected: list[str]
) -> None:
    shown = show_article(ARTICLE, form)
    hits = query_hits(shown, [("青岛", False)])
    assert shown_words(shown, hits) == expected
    assert [hit.part for hit in hits] == [0, 2, 3]


def test_hits_after_a_length_changing_phrase_stay_on_their_words() -> None:
    shown = show_article(ARTICLE, ScriptForm.TW)
    hits = query_hits(shown, [("企业", False), ("产业", False)])
    assert shown_words(shown, hits) == ["產業", "產業", "企業"]
    last = shown.parts[hits[-1].part].text
    assert last == "青島軟體園𠀀，網際網路企業。"


def test_no_terms_no_hits() -> None:
    assert query_hits(show_article(ARTICLE, ScriptForm.TW), []) == []


@pytest.mark.parametrize("needle", ["软件", "軟件", "軟體", "ruan", "  "])
def test_find_is_script_insensitive_and_finds_what_is_shown(needle: str) -> None:
    shown = show_article(ARTICLE, ScriptForm.TW)
    found = find_in_article(shown, needle)
    if needle in ("ruan", "  "):
        assert found == []
    else:
        assert shown_words(shown, found) == ["軟體", "軟體", "軟體"]


def test_find_matches_astral_characters() -> None:
    shown = show_article(ARTICLE, ScriptForm.HK)
    assert shown_words(shown, find_in_article(shown, "園𠀀")) == ["園𠀀"]


def test_occurrences_fold_width_and_case_without_overlaps() -> None:
    assert occurrences("ＶＩＰ vip 啊啊啊", "VIP") == [(0, 3), (4, 7)]
    assert occurrences("啊啊啊", "啊啊") == [(0, 2)]


def test_regional_terms_add_vocabulary_forms() -> None:
    terms = highlight_terms([("软件", False)], regional=True)
    assert ("软件", False) in terms and ("軟體", False) in terms
    assert highlight_terms([("软件", True)]) == [("软件", True)]
