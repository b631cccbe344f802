"""Placing an anchor on a changed article text: exact quote with context, else fuzzy (rapidfuzz).

The rule is "never on the wrong words": a place is accepted only when the quote (or a close
variant of it) is found and its surroundings or its length make the place unambiguous; anything
else returns None and the annotation becomes an orphan, kept with its quote and note.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from archive.anchoring import make_anchor
from archive.annotation_models import Anchor

#: Context similarity (0-100, prefix and suffix averaged) that confirms a place.
CONTEXT_CONFIRMS = 60.0
#: A quote this long (code points) that occurs exactly once is accepted without its context.
UNIQUE_QUOTE_LENGTH = 8
#: Shorter quotes are never searched fuzzily: too many places look alike.
FUZZY_MINIMUM_LENGTH = 4
#: Similarity (0-100) of the found words to the quote for a fuzzy place.
FUZZY_ACCEPTS = 80.0
#: Below this many code points a fuzzy place must also be confirmed by its context.
FUZZY_NEEDS_CONTEXT_BELOW = 12
#: Two fuzzy places closer than this in similarity are told apart by context or not at all.
AMBIGUITY_MARGIN = 3.0
_MASK = "\ufffe"


@dataclass(frozen=True)
class Candidate:
    """A possible place of the quote in the new text."""

    start: int
    end: int
    similarity: float  # of the words there to the quote, 0-100
    context: float  # of their surroundings to the recorded prefix and suffix, 0-100


def reanchor(anchor: Anchor, text: str, text_hash: str) -> Anchor | None:
    """The anchor moved onto `text` (whose hash is `text_hash`), or None if not confidently."""
    if anchor.content_hash == text_hash:
        return anchor
    exact = _exact_candidates(anchor, text)
    place = _confirmed(anchor, exact) if exact else _fuzzy_place(anchor, text)
    if place is None:
        return None
    return make_anchor(text, place.start, place.end, text_hash)


def _context(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How much the surroundings of text[start:end] look like the recorded ones (0-100)."""
    scores = []
    if anchor.prefix:
        before = text[max(0, start - len(anchor.prefix)) : start]
        scores.append(fuzz.ratio(anchor.prefix, before))
    if anchor.suffix:
        scores.append(fuzz.ratio(anchor.suffix, text[end : end + len(anchor.suffix)]))
    return sum(scores) / len(scores) if scores else 100.0


def _exact_candidates(anchor: Anchor, text: str) -> list[Candidate]:
    """Every place where the quote occurs unchanged."""
    candidates = []
    found = text.find(anchor.exact)
    while found != -1:
        end = found + len(anchor.exact)
        candidates.append(Candidate(found, end, 100.0, _context(anchor, text, found, end)))
        found = text.find(anchor.exact, found + 1)
    return candidates


def _confirmed(anchor: Anchor, candidates: list[Candidate]) -> Candidate | None:
    """The best exact place if its context or its uniqueness shows it is the right one.

    A quote found unchanged but unconfirmed is not searched fuzzily: the same words elsewhere
    are not the passage that was highlighted.
    """
    best = _best(anchor, candidates)
    unique_and_long = len(candidates) == 1 and len(anchor.exact) >= UNIQUE_QUOTE_LENGTH
    return best if best.context >= CONTEXT_CONFIRMS or unique_and_long else None


def _best(anchor: Anchor, candidates: list[Candidate]) -> Candidate:
    """Best context first; among equals, the one nearest the old position."""
    return max(candidates, key=lambda c: (round(c.context, 1), -abs(c.start - anchor.start)))


def _fuzzy_place(anchor: Anchor, text: str) -> Candidate | None:
    """A place where a close variant of the quote occurs, searched near the old place first."""
    if len(anchor.exact) < FUZZY_MINIMUM_LENGTH:
        return None
    reach = 4 * len(anchor.exact) + 500
    low = max(0, anchor.start - reach)
    nearby = _fuzzy_in(anchor, text, low, min(len(text), anchor.end + reach))
    if nearby is not None or (low == 0 and anchor.end + reach >= len(text)):
        return nearby
    return _fuzzy_in(anchor, text, 0, len(text))


def _fuzzy_in(anchor: Anchor, text: str, low: int, high: int) -> Candidate | None:
    """The one convincing fuzzy place inside text[low:high], or None."""
    first = _align(anchor, text, text[low:high], low)
    if first is None:
        return None
    masked = text[low : first.start] + _MASK * (first.end - first.start) + text[first.end : high]
    second = _align(anchor, text, masked, low)
    if second is not None and second.similarity >= first.similarity - AMBIGUITY_MARGIN:
        if abs(first.context - second.context) < AMBIGUITY_MARGIN:
            return None
        first = max(first, second, key=lambda c: c.context)
    needs_context = len(anchor.exact) < FUZZY_NEEDS_CONTEXT_BELOW
    return None if needs_context and first.context < CONTEXT_CONFIRMS else first


def _align(anchor: Anchor, text: str, window: str, offset: int) -> Candidate | None:
    """The best match of the quote in `window` (which starts at `offset` of `text`)."""
    cutoff = FUZZY_ACCEPTS - 10
    alignment = fuzz.partial_ratio_alignment(anchor.exact, window, score_cutoff=cutoff)
    if alignment is None:
        return None
    start, end = _refine(anchor.exact, window, alignment.dest_start, alignment.dest_end)
    similarity = fuzz.ratio(anchor.exact, window[start:end])
    if similarity < FUZZY_ACCEPTS or _MASK in window[start:end]:
        return None
    start, end = start + offset, end + offset
    return Candidate(start, end, similarity, _context(anchor, text, start, end))


def _refine(quote: str, window: str, start: int, end: int) -> tuple[int, int]:
    """Widen or narrow [start, end) by a few code points to the most similar span."""
    slack = min(10, max(2, len(quote) // 5))
    best = (fuzz.ratio(quote, window[start:end]), start, end)
    for new_start in range(max(0, start - slack), min(len(window), start + slack) + 1):
        for new_end in range(max(new_start + 1, end - slack), min(len(window), end + slack) + 1):
            score = fuzz.ratio(quote, window[new_start:new_end])
            if score > best[0]:
                best = (score, new_start, new_end)
    return best[1], best[2]
