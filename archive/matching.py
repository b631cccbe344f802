"""Where a query term occurs in a text: the exact definition of a match, as a regular expression.

This is the reference the index is tested against: fold both sides (length-preserving), then a
term matches where its runs occur in order, CJK runs as plain substrings, Latin/digit words at
word boundaries (a trailing `*` drops the end boundary), and every break in the term (space or
punctuation) matching any run of break characters in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from archive.fts import GRAM_CLASS, runs
from archive.textfold import fold, variants

_WORD_CHAR = f"(?:(?![{GRAM_CLASS}])[^\\W_])"
_BREAK = f"(?:(?![{GRAM_CLASS}])[\\W_])+"


@functools.lru_cache(maxsize=512)
def term_pattern(term: str, *, prefix: bool = False) -> re.Pattern[str] | None:
    """A compiled pattern that finds `term` in folded text; None if the term has no letters."""
    return _pattern(term, prefix, re.escape)


@functools.lru_cache(maxsize=512)
def original_pattern(term: str, *, prefix: bool = False) -> re.Pattern[str] | None:
    """The same matches as `term_pattern` on folded text, found in the unfolded text.

    Each character of the folded term becomes the class of every character that folds to it
    (岛 → [岛島]); folding keeps every character's kind (Han, letter or digit, break), which a
    test checks, so the two agree exactly without folding the text first.
    """
    return _pattern(term, prefix, _any_variant)


def _any_variant(text: str) -> str:
    return "".join(
        re.escape(character) if len(forms := variants(character)) == 1 else f"[{re.escape(forms)}]"
        for character in text
    )


def _pattern(term: str, prefix: bool, literal: Callable[[str], str]) -> re.Pattern[str] | None:
    pieces = runs(fold(term))
    while pieces and pieces[0].kind == "gap":
        pieces.pop(0)
    while pieces and pieces[-1].kind == "gap":
        pieces.pop()
    if not pieces:
        return None
    parts: list[str] = []
    for position, run in enumerate(pieces):
        if run.kind == "gap":
            parts.append(_BREAK)
            continue
        escaped = literal(run.text)
        if run.kind == "word":
            if position == 0:
                parts.append(f"(?<!{_WORD_CHAR})")
            # Case-blind for letters fold leaves alone (É, Σ); scoped, because compiling the
            # large Han classes case-blind costs milliseconds per pattern.
            parts.append(f"(?i:{escaped})")
            if position == len(pieces) - 1 and not prefix:
                parts.append(f"(?!{_WORD_CHAR})")
        else:
            parts.append(escaped)
    return re.compile("".join(parts))


def find_spans(text: str, terms: list[tuple[str, bool]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) code-point spans in `text` where any term matches."""
    spans: list[tuple[int, int]] = []
    for term, prefix in terms:
        pattern = original_pattern(term, prefix=prefix)
        if pattern is not None:
            spans.extend(
                match.span() for match in pattern.finditer(text) if match.end() > match.start()
            )
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def contains(text: str, term: str, *, prefix: bool = False) -> bool:
    """True when `term` occurs in `text` under the match definition above."""
    pattern = term_pattern(term, prefix=prefix)
    return pattern is not None and pattern.search(fold(text)) is not None
