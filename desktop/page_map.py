"""Between the shown article's parts and the reader's QTextDocument: spans to cursors and back.

The page is laid out by Qt; `archive.block_match` finds every part (title, subtitle, body blocks)
in the document's blocks. This module only adds what is Qt's: block positions and UTF-16
offsets (Qt counts a character outside the BMP as two units).
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

from archive.block_match import Placement, place
from archive.convert import Utf16Index
from archive.shown import ShownArticle, ShownPosition, TextSpan

_RULER = QTextFormat.Property.BlockTrailingHorizontalRulerWidth


class PageMap:
    """Where each part of a shown article lies in the document that displays it."""

    def __init__(self, document: QTextDocument, shown: ShownArticle) -> None:
        self._document = document
        self._blocks: list[QTextBlock] = []
        block = document.begin()
        while block.isValid():
            self._blocks.append(block)
            block = block.next()
        self._texts = [block.text() for block in self._blocks]
        self._utf16: dict[int, Utf16Index] = {}
        header = [part.text for part in shown.header_parts]
        body = [part.text for part in shown.body.blocks]
        self.placements: list[Placement | None] = place(header, self._texts) + place(
            body, self._texts, first_block=self._first_body_block()
        )

    def _first_body_block(self) -> int:
        """The block after the ruler that ends the page's heading (0 if there is none)."""
        for number, block in enumerate(self._blocks):
            if block.blockFormat().hasProperty(_RULER):
                return number + 1
        return 0

    @property
    def placed_count(self) -> int:
        """How many parts were found in the document."""
        return sum(placement is not None for placement in self.placements)

    def cursors(self, span: TextSpan) -> list[QTextCursor]:
        """Cursors selecting the document text of a shown span (one per document block)."""
        placement = self._placement(span.part)
        if placement is None:
            return []
        cursors = []
        for found in placement.ranges(span.start, span.end):
            cursor = QTextCursor(self._document)
            cursor.setPosition(self._position(found.block, found.start))
            cursor.setPosition(
                self._position(found.block, found.end), QTextCursor.MoveMode.KeepAnchor
            )
            cursors.append(cursor)
        return cursors

    def shown_position(self, document_position: int) -> ShownPosition | None:
        """The shown position at a document position; the next part's start between parts."""
        block = self._document.findBlock(document_position)
        number = block.blockNumber()
        if not 0 <= number < len(self._blocks):
            return None
        offset = self._utf16_index(number).from_utf16(document_position - block.position())
        for part, placement in enumerate(self.placements):
            if placement is None:
                continue
            found = placement.offset_of(number, offset)
            if found is not None:
                return ShownPosition(part, found)
        return self._next_part_start(number)

    def _next_part_start(self, block: int) -> ShownPosition | None:
        for part, placement in enumerate(self.placements):
            if placement is not None and placement.segments[0].block >= block:
                return ShownPosition(part, placement.segments[0].start)
        return None

    def _placement(self, part: int) -> Placement | None:
        return self.placements[part] if 0 <= part < len(self.placements) else None

    def _position(self, block: int, offset: int) -> int:
        return self._blocks[block].position() + self._utf16_index(block).to_utf16(offset)

    def _utf16_index(self, block: int) -> Utf16Index:
        index = self._utf16.get(block)
        if index is None:
            index = self._utf16[block] = Utf16Index(self._texts[block])
        return index
