"""Where each expected text lies in a laid-out document's blocks (for drawing highlights).

A rich-text widget lays the page out in blocks of its own: it drops leading ideographic
spaces, splits a table row into cells, joins `<br>` lines into one block. `place` finds each
expected text (a title, a body block) in the document's block texts, in order, ignoring
differences of whitespace only, and records for every character where it landed. Offsets are
code points on both sides; a Qt widget converts them to UTF-16 itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

#: Block texts are joined with this for searching; any whitespace may stand between two parts.
_JOIN = "\n"


@dataclass(frozen=True)
class Segment:
    """`length` characters from `start` of a text lie in document block `block` from `offset`."""

    start: int
    block: int
    offset: int
    length: int


@dataclass(frozen=True)
class DocumentRange:
    """A range of one document block: [start, end) in code points of its text."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class Placement:
    """Where one expected text lies in the document, segment by segment (whitespace skipped)."""

    segments: tuple[Segment, ...]

    def ranges(self, start: int, end: int) -> list[DocumentRange]:
        """The document ranges holding the characters [start, end) of the expected text."""
        found: list[DocumentRange] = []
        for segment in self.segments:
            low = max(start, segment.start)
            high = min(end, segment.start + segment.length)
            if low < high:
                first = segment.offset + low - segment.start
                found.append(DocumentRange(segment.block, first, first + high - low))
        return found

    def offset_of(self, block: int, offset: int) -> int | None:
        """The expected text's offset shown at document (block, offset), if this text is there.

        A position in skipped whitespace, or just after a segment, snaps to the nearest segment
        boundary, so a selection ending at a block's end maps to the text's end.
        """
        for segment in self.segments:
            if (
                segment.block == block
                and segment.offset <= offset <= segment.offset + segment.length
            ):
                return segment.start + offset - segment.offset
        return None


def place(
    expected: Sequence[str], document: Sequence[str], *, first_block: int = 0
) -> list[Placement | None]:
    """For each expected text, in order, where it lies in `document` from block `first_block` on
    (None: not found; the texts after it are still looked for)."""
    flat = _JOIN.join(document)
    block_starts = _block_starts(document)
    cursor = block_starts[first_block] if 0 <= first_block < len(block_starts) else len(flat)
    placements: list[Placement | None] = []
    for text in expected:
        found = _find(text, flat, cursor)
        if found is None:
            placements.append(None)
            continue
        start, cursor = found
        placements.append(Placement(_segments(text, flat, start, block_starts)))
    return placements


def _find(text: str, flat: str, cursor: int) -> tuple[int, int] | None:
    """Where `text` starts and ends in `flat` from `cursor` on: its whitespace-free words in
    order, any whitespace (or none) between them."""
    words = text.split()
    if not words:
        return None
    start = flat.find(words[0], cursor)
    while start >= 0:
        end = _follows(flat, start + len(words[0]), words[1:])
        if end is not None:
            return start, end
        start = flat.find(words[0], start + 1)
    return None


def _follows(flat: str, position: int, words: list[str]) -> int | None:
    """The end of `words` read from `position` on with only whitespace before each; or None."""
    for word in words:
        space = _SPACE.match(flat, position)
        position = space.end() if space else position
        if not flat.startswith(word, position):
            return None
        position += len(word)
    return position


def _block_starts(document: Sequence[str]) -> list[int]:
    starts, position = [], 0
    for text in document:
        starts.append(position)
        position += len(text) + len(_JOIN)
    return starts


_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s*")


def _segments(text: str, flat: str, position: int, block_starts: list[int]) -> tuple[Segment, ...]:
    """One segment per whitespace-free run of `text`: such a run lies whole in one block."""
    segments: list[Segment] = []
    for word in _WORD.finditer(text):
        space = _SPACE.match(flat, position)
        position = space.end() if space else position
        block = bisect.bisect_right(block_starts, position) - 1
        length = word.end() - word.start()
        segments.append(Segment(word.start(), block, position - block_starts[block], length))
        position += length
    return tuple(segments)
