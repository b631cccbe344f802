"""An article body as HTML in a chosen script form, with an offset map for every text block.

The body is rendered once (`archive.render.render_html`), then each text block - the lines of
`archive.render.blocks` - is converted as a whole with `convert_with_map`, and the converted
text is cut back into the block's HTML text pieces at the mapped piece boundaries. So the text
a reader sees in block i is exactly `blocks[i].text`, and `blocks[i]` maps its offsets to the
original block's: what highlights of hits and annotations need in every script form.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from dataclasses import dataclass

from archive.convert import ConvertedText, ScriptForm, convert, convert_with_map
from archive.render import _BlockText, render_html

_WHITESPACE_RUN = re.compile(r"[ \t\n\r\f]+")


@dataclass(frozen=True)
class ShownBody:
    """The body's HTML in one script form and, per plain-text block, its offset map."""

    form: ScriptForm
    html: str
    blocks: tuple[ConvertedText, ...]

    @property
    def original_blocks(self) -> list[str]:
        """The blocks of the original text (`archive.render.blocks(body)`)."""
        return [block.original for block in self.blocks]


def shown_body(body: str, form: ScriptForm | str) -> ShownBody:
    """The body in `form` (the last few bodies' rendered HTML is kept for switching forms)."""
    form = ScriptForm(form)
    source = _rendered(body)
    parser = _ConvertingParser(form)
    parser.feed(source)
    parser.close()
    page = source if form is ScriptForm.ORIGINAL else "".join(parser.output)
    return ShownBody(form, page, tuple(parser.converted_blocks))


@functools.lru_cache(maxsize=8)
def _rendered(body: str) -> str:
    return render_html(body)


@dataclass
class _Piece:
    """A text node of the HTML: where its output goes and its raw text."""

    slot: int | None  # index into the output; None for the separator the base adds for cells
    text: str


class _ConvertingParser(_BlockText):
    """`render`'s block splitter that also re-emits the HTML with each block converted."""

    def __init__(self, form: ScriptForm) -> None:
        super().__init__()
        self.form = form
        self.output: list[str] = []
        self.converted_blocks: list[ConvertedText] = []
        self._pieces: list[_Piece] = []
        self._in_start_end_tag = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        before = len(self._parts)
        super().handle_starttag(tag, attrs)
        self._pieces += [_Piece(None, part) for part in self._parts[before:]]
        if not self._in_start_end_tag:
            self.output.append(self.get_starttag_text() or f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.output.append(self.get_starttag_text() or f"<{tag} />")
        self._in_start_end_tag = True
        try:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
        finally:
            self._in_start_end_tag = False

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if not self._in_start_end_tag:
            self.output.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        super().handle_data(data)
        self._pieces.append(_Piece(len(self.output), data))
        self.output.append("")

    def _flush(self) -> None:
        pieces, self._pieces = self._pieces, []
        preformatted = self._preformatted > 0
        first_new_line = len(self.lines)
        super()._flush()
        lines = self.lines[first_new_line:]
        if preformatted:
            self._emit_preformatted(pieces, lines)
        else:
            self._emit_block(pieces, lines)

    def _emit_preformatted(self, pieces: list[_Piece], lines: list[str]) -> None:
        """Code blocks convert piece by piece; each of their lines is a block of its own."""
        for piece in pieces:
            if piece.slot is not None:
                self.output[piece.slot] = html.escape(convert(piece.text, self.form), quote=False)
        self.converted_blocks += [convert_with_map(line, self.form) for line in lines]

    def _emit_block(self, pieces: list[_Piece], lines: list[str]) -> None:
        """One block: convert its whitespace-normalised text whole, then cut it into the pieces."""
        if not lines:  # whitespace between blocks: keep it as it was
            for piece in pieces:
                if piece.slot is not None:
                    self.output[piece.slot] = html.escape(piece.text, quote=False)
            return
        raw = "".join(piece.text for piece in pieces)
        boundaries = list(itertools.accumulate((len(piece.text) for piece in pieces), initial=0))
        text, offsets = normalise_whitespace(raw, boundaries)
        converted = convert_with_map(text, self.form)
        self.converted_blocks.append(converted)
        for index, piece in enumerate(pieces):
            if piece.slot is not None:
                first = converted.to_converted(offsets[index])
                last = converted.to_converted(offsets[index + 1])
                self.output[piece.slot] = html.escape(converted.text[first:last], quote=False)


def normalise_whitespace(raw: str, positions: list[int]) -> tuple[str, list[int]]:
    """`raw` with ASCII whitespace runs made one space and the ends stripped (as `render` does),
    and where each of the given offsets of `raw` (ascending) falls in that text."""
    text = _WHITESPACE_RUN.sub(" ", raw).strip(" ")
    if text == raw:
        return text, positions
    mapped = [len(_WHITESPACE_RUN.sub(" ", raw[:position]).lstrip(" ")) for position in positions]
    return text, [min(offset, len(text)) for offset in mapped]
