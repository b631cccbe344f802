"""The article reader: a QTextBrowser that never loads anything and asks before opening links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QResizeEvent, QTextDocument, QTextFrameFormat
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from archive.models import Article
from desktop.article_page import article_html, placeholder_html
from desktop.typography import measure_pixels, reader_stylesheet, reading_font

EXTERNAL_SCHEMES = frozenset({"http", "https"})
MINIMUM_SIDE_MARGIN = 24
VERTICAL_MARGIN = 24


class ReaderView(QTextBrowser):
    """Shows one article. Offline by construction: every resource request gets an empty answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self._follow_link)
        self.setFont(reading_font(self.font()))
        self.document().setDefaultStyleSheet(reader_stylesheet(self.font(), self.palette()))
        self.article: Article | None = None

    def show_article(self, article: Article) -> None:
        """Render the article from its Markdown body."""
        self.article = article
        self._set_page(article_html(article))

    def show_message(self, message: str) -> None:
        """Replace the page with a short message (no article open, empty archive...)."""
        self.article = None
        self._set_page(placeholder_html(message))

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

    def _set_page(self, html: str) -> None:
        self.setHtml(html)
        self._apply_measure()
        self.verticalScrollBar().setValue(0)

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
