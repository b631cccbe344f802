"""The match definition, and its fast form that finds the same spans without folding the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.fts import GRAM_CLASS
from archive.matching import contains, find_spans, original_pattern, term_pattern
from archive.textfold import _translation, fold, variants

GRAM = re.compile(f"[{GRAM_CLASS}]")
WORD = re.compile(f"[^\\W_{GRAM_CLASS}]")


def kind(character: str) -> str:
    if GRAM.fullmatch(character):
        return "gram"
    return "word" if WORD.fullmatch(character) else "break"


def test_folding_keeps_every_characters_kind() -> None:
    changed = [
        (chr(source), target)
        for source, target in _translation().items()
        if kind(chr(source)) != kind(target)
    ]
    assert changed == []


VARIANT_CASES = [("岛", "岛島"), ("里", "里裏裡"), ("青", "青"), ("a", "aＡＡ")]


@pytest.mark.parametrize(("character", "expected"), VARIANT_CASES)
def test_variants(character: str, expected: str) -> None:
    assert set(variants(character)) >= set(expected) and variants(character)[0] == character
    assert {fold(form) for form in variants(character)} == {character}


ALPHABET = st.sampled_from(
    [*"青島岛产產業业里裏裡台臺干乾幹aAａＡkKｋK5５G -_.,，。\n\u3000ßé𠀀", "COVID", "19"]
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(ALPHABET, max_size=30).map("".join),
    st.lists(ALPHABET, min_size=1, max_size=5).map("".join),
    st.booleans(),
)
def test_original_text_spans_equal_folded_text_spans(text: str, term: str, prefix: bool) -> None:
    folded_pattern = term_pattern(term, prefix=prefix)
    fast_pattern = original_pattern(term, prefix=prefix)
    assert (folded_pattern is None) == (fast_pattern is None)
    if folded_pattern is None or fast_pattern is None:
        return
    expected = [match.span() for match in folded_pattern.finditer(fold(text))]
    assert [match.span() for match in fast_pattern.finditer(text)] == expected
    assert contains(text, term, prefix=prefix) == bool(expected)


SPAN_CASES = [
    ("青島與青岛，产业", [("青岛", False)], [(0, 2), (3, 5)]),
    ("ＣＯＶＩＤ-19疫苗 covid19", [("COVID-19", False)], [(0, 8)]),
    ("5G网络 5GB", [("5g", False)], [(0, 2)]),
    ("Code co", [("co", True)], [(0, 2), (5, 7)]),
    ("产业合作，合作", [("产业", False), ("合作", False)], [(0, 4), (5, 7)]),
]


@pytest.mark.parametrize(("text", "terms", "spans"), SPAN_CASES)
def test_find_spans(text: str, terms: list[tuple[str, bool]], spans: list[tuple[int, int]]) -> None:
    assert find_spans(text, terms) == spans
