"""How annotations look on the page: one reader layer per highlight colour (translucent and
underlined, over the hits, so both stay visible), a passage flashed after a jump, and what lies
under a point of the page."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor

from archive.annotation_models import COLORS, DEFAULT_COLOR, Anchor, AnchorStatus, Annotation
from desktop.reader_pane import ReaderPane

LAYER_PREFIX = "annotation:"
FLASH_LAYER = LAYER_PREFIX + "flash"
FLASH_COLOUR = "#b0ff6d00"  # translucent orange, over everything but find matches
FLASH_MS = 1600
#: Opacity of highlight colours (of 255): hits under them stay visible.
HIGHLIGHT_ALPHA = 170


def layer_of(color: str) -> str:
    """The reader layer drawing highlights of a colour."""
    return LAYER_PREFIX + color


def highlight_colour(color: str) -> str:
    """The translucent fill of a highlight colour, as #AARRGGBB."""
    fill = QColor(COLORS.get(color, COLORS[DEFAULT_COLOR]))
    fill.setAlpha(HIGHLIGHT_ALPHA)
    return fill.name(QColor.NameFormat.HexArgb)


def placed_anchor(annotation: Annotation) -> Anchor | None:
    """The anchor of a highlight placed on the current text (None: note, bookmark, orphan)."""
    return annotation.anchor if annotation.status is AnchorStatus.ANCHORED else None


def innermost_at(annotations: list[Annotation], text_offset: int) -> Annotation | None:
    """The shortest placed highlight covering an offset of the original text."""
    covering = [
        (anchor.end - anchor.start, annotation)
        for annotation in annotations
        if (anchor := placed_anchor(annotation)) is not None
        and anchor.start <= text_offset < anchor.end
    ]
    return min(covering, key=lambda pair: pair[0])[1] if covering else None


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined (one even fill where highlights of a colour
    overlap, and fewer ranges to lay out)."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


class AnnotationMarks(QObject):
    """Draws an article's highlights on the reader and flashes a passage."""

    def __init__(self, reader: ReaderPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        for color, value in COLORS.items():
            reader.view.underlines[layer_of(color)] = QColor(value).darker(170)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(lambda: reader.mark_text(FLASH_LAYER, [], ""))

    def draw(self, annotations: list[Annotation]) -> None:
        """Mark every placed highlight in its colour (replacing what was marked)."""
        spans: dict[str, list[tuple[int, int]]] = {color: [] for color in COLORS}
        for annotation in annotations:
            anchor = placed_anchor(annotation)
            if anchor is not None:
                color = annotation.color if annotation.color in COLORS else DEFAULT_COLOR
                spans[color].append((anchor.start, anchor.end))
        self.reader.mark_texts(
            {layer_of(c): (merged(c_spans), highlight_colour(c)) for c, c_spans in spans.items()},
            over_hits=True,
        )

    def flash(self, anchor: Anchor) -> None:
        """Scroll a passage into view and flash it for a moment."""
        shown, page_map = self.reader.shown, self.reader.page_map
        if shown is None or page_map is None:
            return
        span = (anchor.start, anchor.end)
        cursors = [c for part in shown.text_spans([span]) for c in page_map.cursors(part)]
        if cursors:
            self.reader.view.scroll_to_cursor(cursors[0])
        self.reader.mark_text(FLASH_LAYER, [span], FLASH_COLOUR, over_hits=True)
        self._flash_timer.start()

    def text_offset_at(self, document_position: int) -> int | None:
        """The offset of the original text at a position of the reader's document."""
        shown, page_map = self.reader.shown, self.reader.page_map
        if shown is None or page_map is None:
            return None
        position = page_map.shown_position(document_position)
        return shown.text_offset(position) if position is not None else None
