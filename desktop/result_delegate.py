"""Paints one list row: the title, and beneath it the date and source in a quieter colour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.results_model import ResultRole

PADDING = 6
LINE_GAP = 2


class ResultDelegate(QStyledItemDelegate):
    """Two elided lines per row, so long titles never push the date out of sight."""

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
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_metrics = QFontMetrics(option.font)
        detail_font = _detail_font(option)
        detail_metrics = QFontMetrics(detail_font)

        painter.save()
        painter.setFont(option.font)
        painter.setPen(palette.color(text_role))
        title = title_metrics.elidedText(
            str(index.data(ResultRole.TITLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.x(), rect.y() + title_metrics.ascent(), title)

        painter.setFont(detail_font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        details = _details(index)
        details = detail_metrics.elidedText(details, Qt.TextElideMode.ElideRight, rect.width())
        baseline = rect.y() + title_metrics.height() + LINE_GAP + detail_metrics.ascent()
        painter.drawText(rect.x(), baseline, details)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        title_height = QFontMetrics(option.font).height()
        detail_height = QFontMetrics(_detail_font(option)).height()
        return QSize(200, title_height + LINE_GAP + detail_height + 2 * PADDING)


def _detail_font(option: QStyleOptionViewItem) -> QFont:
    font = QFont(option.font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
    elif font.pixelSize() > 0:
        font.setPixelSize(max(round(font.pixelSize() * 0.88), 9))
    return font


def _details(index: QModelIndex | QPersistentModelIndex) -> str:
    parts = (index.data(ResultRole.DATE_TEXT), index.data(ResultRole.SOURCE))
    return "  ·  ".join(str(part) for part in parts if part)
