"""The article reader: a QTextBrowser that never loads anything and asks before opening links.

Highlights (hits, the current hit, find matches; annotations later) are extra selections in
named layers: they colour the laid-out text without changing the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QTextEdit, QWidget

from desktop.article_page import placeholder_html
from desktop.typography import measure_pixels, reader_stylesheet, reading_font

EXTERNAL_SCHEMES = frozenset({"http", "https"})
MINIMUM_SIDE_MARGIN = 24
VERTICAL_MARGIN = 24

#: Text for the clipboard from the selected cursor (None: Qt's own plain text of the selection).
CopyText = Callable[[QTextCursor], str | None]


class ReaderView(QTextBrowser):
    """Shows one page. Offline by construction: every resource request gets an empty answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self._follow_link)
        self._interface_font = QFont(self.font())
        self._typography: tuple[str, int] | None = None
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        #: Layers drawn first to last (a later one paints over an earlier); others come after.
        self.layer_order: list[str] = []
        #: Layers also underlined, in this colour (annotations, to tell them from hits).
        self.underlines: dict[str, QColor] = {}
        self.copy_text: CopyText | None = None
        self.set_typography()

    def set_typography(self, *, region: str = "SC", zoom_percent: int = 100) -> None:
        """Reading font for a glyph standard and zoom; takes effect with the next page."""
        if self._typography == (region, zoom_percent):
            return
        self._typography = (region, zoom_percent)
        self.setFont(reading_font(self._interface_font, region=region, zoom_percent=zoom_percent))
        self.document().setDefaultFont(self.font())
        self.document().setDefaultStyleSheet(reader_stylesheet(self.font(), self.palette()))

    def show_page(self, html: str) -> None:
        """Replace the page (and clear every highlight)."""
        self._layers.clear()
        self.setExtraSelections([])
        self.setHtml(html)
        self._apply_measure()
        self.verticalScrollBar().setValue(0)

    def show_message(self, message: str) -> None:
        """Replace the page with a short message (no article open, empty archive...)."""
        self.show_page(placeholder_html(message))

    def set_layers(self, layers: dict[str, tuple[list[QTextCursor], QColor]]) -> None:
        """Give each named layer's ranges its background colour, replacing what those layers
        marked before; other layers stay. Drawn in `layer_order`, then in order of arrival."""
        for name, (cursors, background) in layers.items():
            text_format = QTextCharFormat()
            text_format.setBackground(background)
            if background.alpha() == 255 and background.lightness() > 140:
                text_format.setForeground(QColor("#1a1a1a"))
            underline = self.underlines.get(name)
            if underline is not None:
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                text_format.setUnderlineColor(underline)
            selections = []
            for cursor in cursors:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = text_format
                selections.append(selection)
            self._layers[name] = selections
        ordered = [layer for layer in self.layer_order if layer in self._layers]
        ordered += [layer for layer in self._layers if layer not in self.layer_order]
        self.setExtraSelections([item for layer in ordered for item in self._layers[layer]])

    def layer(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """What a layer marks now."""
        return list(self._layers.get(name, []))

    def scroll_to_cursor(self, cursor: QTextCursor) -> None:
        """Bring a range into view, a third down from the top when it has to move."""
        rectangle = self.cursorRect(cursor)
        viewport = self.viewport().rect()
        if viewport.contains(rectangle):
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rectangle.top() - viewport.height() // 3)

    def top_position(self) -> int:
        """The document position of the first character shown at the top of the view."""
        return self.cursorForPosition(self.viewport().rect().topLeft()).position()

    def scroll_to_position(self, position: int) -> None:
        """Scroll so that the line holding a document position is at the top."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - VERTICAL_MARGIN // 2)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy what `copy_text` says (shown or original text, with a citation...)."""
        text = self.copy_text(self.textCursor()) if self.copy_text is not None else None
        if text is None:
            return super().createMimeDataFromSelection()
        data = QMimeData()
        data.setText(text)
        return data

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Answer every request (image, stylesheet, page; any scheme) with empty content.

        Returning None is not enough: Qt then falls back to reading local files and
        decoding data: URLs itself (QTextDocument::loadResource, and QTextImageHandler for
        any null image). A valid but empty value - no bytes, or one transparent pixel for
        images - stops every fallback.
        """
        if type == QTextDocument.ResourceType.ImageResource:
            return _blank_image()
        return QByteArray()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    def apply_palette(self, palette: QPalette) -> None:
        """Use a theme's palette for the page (its quiet text and links follow it)."""
        self.setPalette(palette)
        self.document().setDefaultStyleSheet(reader_stylesheet(self.font(), palette))

    def _apply_measure(self) -> None:
        """Centre a column no wider than the comfortable measure (setHtml resets the frame)."""
        spare = self.viewport().width() - measure_pixels(self.font())
        side = max(MINIMUM_SIDE_MARGIN, spare // 2)
        root = self.document().rootFrame()
        frame_format: QTextFrameFormat = root.frameFormat()
        if frame_format.leftMargin() == side and frame_format.topMargin() == VERTICAL_MARGIN:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(VERTICAL_MARGIN)
        frame_format.setBottomMargin(VERTICAL_MARGIN)
        root.setFrameFormat(frame_format)

    def _follow_link(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        if url.scheme().lower() not in EXTERNAL_SCHEMES:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this address in your web browser?\n\n%1").replace(
                "%1", url.toDisplayString()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)


def _blank_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image
