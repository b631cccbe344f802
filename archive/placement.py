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
    """Where `text` starts and ends in `flat` from `cursor` on, whitespace-tolerant."""
    if text and not _HAS_SPACE.search(text):  # the usual Chinese paragraph: a plain search
        start = flat.find(text, cursor)
        if start >= 0:
            return start, start + len(text)
    pattern = _tolerant_pattern(text)
    match = pattern.search(flat, cursor) if pattern is not None else None
    return (match.start(), match.end()) if match is not None else None


def _block_starts(document: Sequence[str]) -> list[int]:
    starts, position = [], 0
    for text in document:
        starts.append(position)
        position += len(text) + len(_JOIN)
    return starts


def _tolerant_pattern(text: str) -> re.Pattern[str] | None:
    """`text` as a pattern where every whitespace run may match any whitespace, or none."""
    words = _WORD.findall(text)
    return re.compile(r"\s*".join(re.escape(word) for word in words)) if words else None


_WORD = re.compile(r"\S+")
_HAS_SPACE = re.compile(r"\s")
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
