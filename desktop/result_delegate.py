"""Paints one result row: the title, a two-line snippet with the hits marked, then the details."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from archive.convert import utf16_offsets
from archive.snippets import Snippet
from desktop.results_model import ResultRole

PADDING = 7
LINE_GAP = 3
SNIPPET_LINES = 2
LINE_SAMPLE = "汉字漢字Ag"


class ResultDelegate(QStyledItemDelegate):
    """Rows of one height; long titles elide, snippets wrap to two lines, hits are marked."""

    mark_colour = QColor("#ffe58a")

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)

        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        title_font = _title_font(option)
        small_font = _small_font(option)
        title_metrics, small_metrics = QFontMetrics(title_font), QFontMetrics(small_font)

        painter.save()
        painter.setPen(ink)
        painter.setFont(title_font)
        title = title_metrics.elidedText(
            str(index.data(ResultRole.TITLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.x(), rect.y() + title_metrics.ascent(), title)

        top = rect.y() + line_height(title_font) + LINE_GAP
        snippet = index.data(ResultRole.SNIPPET)
        if isinstance(snippet, Snippet) and snippet.text:
            self._draw_snippet(painter, snippet, option.font, QRect(rect.x(), top, rect.width(), 0))
        top += SNIPPET_LINES * line_height(option.font) + LINE_GAP

        painter.setFont(small_font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        details = small_metrics.elidedText(
            self._details(index), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.x(), top + small_metrics.ascent(), details)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        height = (
            line_height(_title_font(option))
            + SNIPPET_LINES * line_height(option.font)
            + line_height(_small_font(option))
            + 2 * LINE_GAP
            + 2 * PADDING
        )
        return QSize(200, height)

    def _draw_snippet(self, painter: QPainter, snippet: Snippet, font: QFont, rect: QRect) -> None:
        """Up to two wrapped lines; the hits get the theme's mark colour behind them."""
        layout = QTextLayout(snippet.text, font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(text_option)
        layout.setFormats(self._mark_ranges(snippet))
        layout.beginLayout()
        y = 0.0
        for _ in range(SNIPPET_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        layout.draw(painter, QPointF(rect.x(), rect.y()))

    def _mark_ranges(self, snippet: Snippet) -> list[QTextLayout.FormatRange]:
        offsets = utf16_offsets(snippet.text)
        ranges = []
        for start, end in snippet.spans:
            mark = QTextLayout.FormatRange()
            mark.start = offsets.to_utf16(start)
            mark.length = offsets.to_utf16(end) - mark.start
            mark_format = QTextCharFormat()
            mark_format.setBackground(self.mark_colour)
            if self.mark_colour.lightness() > 140:  # light marks need dark ink in any theme
                mark_format.setForeground(QColor("#1a1a1a"))
            mark.format = mark_format
            ranges.append(mark)
        return ranges

    def _details(self, index: QModelIndex | QPersistentModelIndex) -> str:
        parts = [
            str(index.data(ResultRole.DATE_TEXT) or ""),
            str(index.data(ResultRole.SOURCE) or ""),
        ]
        hits = index.data(ResultRole.HITS)
        if isinstance(hits, int) and hits > 0:
            parts.append(self.tr("%n hit(s)", "", hits))
        parts.append(str(index.data(ResultRole.ARCHIVE) or ""))
        return "  ·  ".join(part for part in parts if part)


@functools.lru_cache(maxsize=16)
def _line_height_for(font_key: str) -> int:
    font = QFont()
    font.fromString(font_key)
    layout = QTextLayout(LINE_SAMPLE, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return max(QFontMetrics(font).lineSpacing(), math.ceil(line.height()))


def line_height(font: QFont) -> int:
    """The height of a snippet line: Chinese falls back to a CJK face, often taller."""
    return _line_height_for(font.toString())


def _title_font(option: QStyleOptionViewItem) -> QFont:
    font = QFont(option.font)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def _small_font(option: QStyleOptionViewItem) -> QFont:
    font = QFont(option.font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
    elif font.pixelSize() > 0:
        font.setPixelSize(max(round(font.pixelSize() * 0.88), 9))
    return font
