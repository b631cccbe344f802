"""What the reader highlights: the hits of a search query, and find-in-article matches.

Both are found in the stored original and mapped onto the shown text (`archive.shown`), so
they sit on the right characters in every script form. Find-in-article also looks in the
shown text itself, so whatever the reader sees can be found, typed in either script.
"""

from __future__ import annotations

from collections.abc import Iterable

from archive.matching import find_spans
from archive.search_plan import regional_variants
from archive.shown import ShownArticle, TextSpan
from archive.textfold import fold

Terms = list[tuple[str, bool]]


def highlight_terms(terms: Iterable[tuple[str, bool]], *, regional: bool = False) -> Terms:
    """A plan's highlight terms, with their regional vocabulary forms when `regional`."""
    expanded: Terms = []
    for text, prefix in terms:
        variants = regional_variants(text) if regional else [text]
        expanded += [(variant, prefix) for variant in variants if (variant, prefix) not in expanded]
    return expanded


def query_hits(shown: ShownArticle, terms: Terms) -> list[TextSpan]:
    """Every hit of the query terms in the title, subtitle and body, as shown spans, in order."""
    if not terms:
        return []
    article = shown.article
    hits = shown.title_spans(find_spans(article.title, terms))
    if shown.subtitle.original:
        hits += [
            TextSpan(1, *shown.subtitle.span_to_converted(start, end))
            for start, end in find_spans(article.subtitle, terms)
        ]
    hits += shown.text_spans(find_spans(article.text, terms))
    return merge(hits)


def find_in_article(shown: ShownArticle, needle: str) -> list[TextSpan]:
    """Where `needle` occurs, in the original (mapped) or in the shown text, ignoring script,
    width and case; an empty or blank needle finds nothing."""
    needle = needle.strip()
    if not needle:
        return []
    found: list[TextSpan] = []
    for number, part in enumerate(shown.parts):
        found += [TextSpan(number, start, end) for start, end in occurrences(part.text, needle)]
        found += [
            TextSpan(number, *part.span_to_converted(start, end))
            for start, end in occurrences(part.original, needle)
        ]
    return merge(found)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of `needle` in `text` after folding both sides."""
    folded_text, folded_needle = fold(text), fold(needle)
    spans: list[tuple[int, int]] = []
    position = folded_text.find(folded_needle)
    while position >= 0 and folded_needle:
        spans.append((position, position + len(folded_needle)))
        position = folded_text.find(folded_needle, position + len(folded_needle))
    return spans


def merge(spans: Iterable[TextSpan]) -> list[TextSpan]:
    """Spans sorted, with overlapping or touching spans of one part merged."""
    merged: list[TextSpan] = []
    for span in sorted(spans):
        if span.end <= span.start:
            continue
        last = merged[-1] if merged else None
        if last is not None and last.part == span.part and span.start <= last.end:
            merged[-1] = TextSpan(last.part, last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged
