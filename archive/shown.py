"""An article as the reader shows it in one script form, mapped back to the stored original.

The page is a sequence of *parts*: the title, the subtitle (when there is one) and the body's
text blocks. Every part is a `ConvertedText`, so an offset in what the reader sees maps to the
original and back. Spans of the original plain text (`Article.text`, where hits are found and
annotations are anchored) become `TextSpan`s of the shown parts, whatever the script form.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from archive.convert import ConvertedText, ScriptForm, convert, convert_with_map
from archive.models import Article
from archive.shown_html import ShownBody, shown_body
from archive.snippets import Snippet

#: Parts of a page joined into one text (copying across a paragraph break).
PART_SEPARATOR = "\n"


@dataclass(frozen=True, order=True)
class TextSpan:
    """Characters [start, end) of shown part `part`, in code points of the shown text."""

    part: int
    start: int
    end: int


@dataclass(frozen=True, order=True)
class ShownPosition:
    """A place in the shown page: before character `offset` of part `part`."""

    part: int
    offset: int


@dataclass(frozen=True)
class ShownArticle:
    """One article in one script form: converted fields, body HTML and every part's map."""

    article: Article
    form: ScriptForm
    title: ConvertedText
    subtitle: ConvertedText
    source: str
    authors: tuple[str, ...]
    editor: str
    body: ShownBody
    #: Where each body block starts in `article.text` (None: the stored text lacks it).
    body_starts: tuple[int | None, ...]

    @property
    def header_parts(self) -> tuple[ConvertedText, ...]:
        """The title, and the subtitle when there is one."""
        return (self.title, self.subtitle) if self.subtitle.original else (self.title,)

    @property
    def parts(self) -> tuple[ConvertedText, ...]:
        """Every part in page order: header parts, then the body blocks."""
        return self.header_parts + self.body.blocks

    @property
    def first_body_part(self) -> int:
        """The part number of the first body block."""
        return len(self.header_parts)

    def text_spans(self, spans: Iterable[tuple[int, int]]) -> list[TextSpan]:
        """Spans of `article.text` as shown spans, cut at block boundaries, in order."""
        placed = [
            (start, index) for index, start in enumerate(self.body_starts) if start is not None
        ]
        starts = [start for start, _index in placed]
        shown: list[TextSpan] = []
        for start, end in spans:
            first_block = max(0, bisect.bisect_right(starts, start) - 1)
            for block_start, index in placed[first_block:]:
                if block_start >= end:
                    break
                block = self.body.blocks[index]
                low = max(start, block_start) - block_start
                high = min(end, block_start + len(block.original)) - block_start
                if low < high:
                    first, last = block.span_to_converted(low, high)
                    shown.append(TextSpan(self.first_body_part + index, first, last))
        return sorted(shown)

    def title_spans(self, spans: Iterable[tuple[int, int]]) -> list[TextSpan]:
        """Spans of the original title as shown spans of part 0."""
        return [TextSpan(0, *self.title.span_to_converted(start, end)) for start, end in spans]

    def text_offset(self, position: ShownPosition) -> int | None:
        """The offset in `article.text` of a shown body position (None for the header)."""
        block = position.part - self.first_body_part
        if not 0 <= block < len(self.body.blocks):
            return None
        block_start = self.body_starts[block]
        if block_start is None:
            return None
        return block_start + self.body.blocks[block].to_original(position.offset)

    def shown_position(self, text_offset: int) -> ShownPosition | None:
        """Where an offset of `article.text` is shown: in its block, or at the next block's
        start when it falls between blocks; None past the end."""
        for index, (block, block_start) in enumerate(
            zip(self.body.blocks, self.body_starts, strict=True)
        ):
            if block_start is None or text_offset >= block_start + len(block.original):
                continue
            inside = max(0, text_offset - block_start)
            return ShownPosition(self.first_body_part + index, block.to_converted(inside))
        return None

    def text_span(self, start: ShownPosition, end: ShownPosition) -> tuple[int, int] | None:
        """A shown selection as a span of `article.text`, widened to whole converted phrases
        (what annotations anchor to); the heading is left out; None if no body text is in it."""
        if end < start:
            start, end = end, start
        body = ShownPosition(self.first_body_part, 0)
        start = max(start, body)
        if end <= start:
            return None
        first_block, last_block = start.part - self.first_body_part, end.part - self.first_body_part
        first_start, last_start = self.body_starts[first_block], self.body_starts[last_block]
        if first_start is None or last_start is None:
            return None
        first_part, last_part = self.parts[start.part], self.parts[end.part]
        low = _original_bounds(first_part, start.offset, len(first_part.text))[0]
        high = _original_bounds(last_part, 0, end.offset)[1]
        span = (first_start + low, last_start + high)
        return span if span[0] < span[1] else None

    def original_text(self, start: ShownPosition, end: ShownPosition) -> str:
        """The original text of a shown selection, widened to whole converted phrases."""
        return self._text(start, end, original=True)

    def shown_text(self, start: ShownPosition, end: ShownPosition) -> str:
        """The shown text between two positions, parts joined by line breaks."""
        return self._text(start, end, original=False)

    def _text(self, start: ShownPosition, end: ShownPosition, *, original: bool) -> str:
        if end < start:
            start, end = end, start
        pieces: list[str] = []
        for number in range(start.part, end.part + 1):
            part = self.parts[number]
            low = start.offset if number == start.part else 0
            high = end.offset if number == end.part else len(part.text)
            if original:
                low, high = _original_bounds(part, low, high)
                pieces.append(part.original[low:high])
            else:
                pieces.append(part.text[low:high])
        return PART_SEPARATOR.join(pieces)


def _original_bounds(part: ConvertedText, low: int, high: int) -> tuple[int, int]:
    """The original span covering shown [low, high), whole phrases included."""
    first = part.to_original(low)
    last = part.span_to_original(high - 1, high)[1] if high > low else first
    return first, max(first, last)


def show_article(article: Article, form: ScriptForm | str) -> ShownArticle:
    """The article as shown in `form`."""
    form = ScriptForm(form)
    body = shown_body(article.body, form)
    return ShownArticle(
        article=article,
        form=form,
        title=convert_with_map(article.title, form),
        subtitle=convert_with_map(article.subtitle, form),
        source=convert(article.source, form),
        authors=tuple(convert(name, form) for name in article.authors),
        editor=convert(article.editor, form),
        body=body,
        body_starts=block_starts(body.original_blocks, article.text),
    )


def block_starts(blocks: list[str], text: str) -> tuple[int | None, ...]:
    """Where each block starts in `text`: the blocks joined by line breaks, else found in turn."""
    if PART_SEPARATOR.join(blocks) == text:
        starts, position = [], 0
        for block in blocks:
            starts.append(position)
            position += len(block) + len(PART_SEPARATOR)
        return tuple(starts)
    found: list[int | None] = []
    cursor = 0
    for block in blocks:
        position = text.find(block, cursor) if block else -1
        found.append(None if position < 0 else position)
        cursor = cursor if position < 0 else position + len(block)
    return tuple(found)


def convert_snippet(snippet: Snippet, form: ScriptForm | str) -> Snippet:
    """A result snippet in `form`, its hit spans moved onto the converted characters."""
    converted = convert_with_map(snippet.text, form)
    spans = tuple(converted.span_to_converted(start, end) for start, end in snippet.spans)
    return Snippet(converted.text, spans, snippet.hit_count)
