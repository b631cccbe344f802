"""Short passages around the hits, cut from the original text with every hit marked."""

from __future__ import annotations

import html
from dataclasses import dataclass

from archive.matching import find_spans

SNIPPET_LENGTH = 80


@dataclass(frozen=True)
class Snippet:
    """A passage of the original text and the (start, end) spans of hits inside it."""

    text: str
    spans: tuple[tuple[int, int], ...]
    hit_count: int

    def marked(self, before: str = "<mark>", after: str = "</mark>", *, escape: bool = True) -> str:
        """The passage with each hit wrapped in `before`/`after` (HTML-escaped by default)."""
        quote = html.escape if escape else _identity
        pieces: list[str] = []
        cursor = 0
        for start, end in self.spans:
            pieces.append(quote(self.text[cursor:start]))
            pieces.append(before + quote(self.text[start:end]) + after)
            cursor = end
        pieces.append(quote(self.text[cursor:]))
        return "".join(pieces)


def _identity(text: str) -> str:
    return text


def make_snippet(title: str, text: str, terms: list[tuple[str, bool]]) -> Snippet:
    """A window of the body around its first hit (the opening lines when the body has none)."""
    body_spans = find_spans(text, terms) if terms else []
    title_hits = len(find_spans(title, terms)) if terms else 0
    if not body_spans:
        opening = _single_line(text[:SNIPPET_LENGTH])
        return Snippet(opening, (), title_hits)
    first_start = body_spans[0][0]
    start = max(0, min(first_start - SNIPPET_LENGTH // 4, len(text) - SNIPPET_LENGTH))
    end = min(len(text), start + SNIPPET_LENGTH)
    inside = tuple(
        (max(span_start, start) - start, min(span_end, end) - start)
        for span_start, span_end in body_spans
        if span_start < end and span_end > start
    )
    return Snippet(_single_line(text[start:end]), inside, len(body_spans) + title_hits)


def _single_line(text: str) -> str:
    """Line breaks become spaces (same length, so spans stay valid)."""
    return text.replace("\n", " ")
