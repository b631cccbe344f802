"""Annotation tools on the reader itself: colour buttons and the bookmark star in its toolbar,
annotation commands in its context menu, and a highlight's note as a tooltip."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QHelpEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolBar, QToolButton, QToolTip, QWidget

from desktop.annotation_actions import AnnotationActions
from desktop.annotation_controller import AnnotationController
from desktop.annotation_text import byline, tags_text

ICON_SIZE = 18
SWATCH_ICON = 14
ON_COLOUR = "#e0a800"
OFF_COLOUR = "#8a8a8a"


def glyph_icon(on_glyph: str, off_glyph: str) -> QIcon:
    """An icon drawn from text glyphs: `on_glyph` when checked, `off_glyph` otherwise."""
    icon = QIcon()
    for glyph, colour, state in (
        (on_glyph, ON_COLOUR, QIcon.State.On),
        (off_glyph, OFF_COLOUR, QIcon.State.Off),
    ):
        pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        font = QFont()
        font.setPixelSize(ICON_SIZE - 2)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


class AnnotationTools(QToolBar):
    """Colour swatches (highlight the selection, or recolour the chosen highlight), the
    bookmark star (Ctrl+D) and the article note; folds into a » menu when the reader is narrow."""

    def __init__(self, actions: AnnotationActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(SWATCH_ICON, SWATCH_ICON))
        self.setMinimumWidth(1)  # a narrow reader folds every tool into the » menu
        self.setStyleSheet("QToolBar { border: none; padding: 0px; spacing: 1px; }")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setAccessibleName(self.tr("Annotation tools"))
        self.addSeparator()
        self.addActions(list(actions.colors.values()))
        self.addSeparator()
        actions.bookmark.setIcon(glyph_icon("★", "☆"))
        actions.bookmark.setToolTip(self.tr("Bookmark this article (Ctrl+D)"))
        actions.article_note.setIcon(glyph_icon("✎", "✎"))
        self.addAction(actions.bookmark)
        self.addAction(actions.article_note)

    def button_for(self, action: QAction) -> QToolButton | None:
        """The tool button showing an action (for tests and screenshots)."""
        widget = self.widgetForAction(action)
        return widget if isinstance(widget, QToolButton) else None


class ReaderAnnotationMenu(QObject):
    """Adds the annotation commands to the reader's context menu and shows notes as tooltips."""

    def __init__(
        self, controller: AnnotationController, actions: AnnotationActions, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._controller, self._actions = controller, actions
        view = controller.reader.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)
        view.viewport().installEventFilter(self)

    def show_menu(self, position: QPoint) -> None:
        """The standard menu (copy, select all) with the annotation commands."""
        view = self._controller.reader.view
        if not view.textCursor().hasSelection():
            under = self._highlight_at(position)
            if under:
                self._controller.set_current(under)
        menu = view.createStandardContextMenu(position)
        menu.addSeparator()
        actions = self._actions
        highlight_menu = menu.addMenu(self.tr("Highlight in"))
        for action in actions.colors.values():
            highlight_menu.addAction(action)
        highlight_menu.setEnabled(actions.highlight.isEnabled() or actions.edit_note.isEnabled())
        for action in (
            actions.highlight,
            actions.highlight_with_note,
            actions.edit_note,
            actions.delete,
            actions.article_note,
            actions.bookmark,
        ):
            menu.addAction(action)
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _highlight_at(self, position: QPoint) -> str:
        view = self._controller.reader.view
        offset = self._controller.text_offset_at(view.cursorForPosition(position).position())
        found = self._controller.annotation_at(offset) if offset is not None else None
        return found.id if found is not None else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            identifier = self._highlight_at(event.pos())
            found = self._controller.find(identifier) if identifier else None
            if found is not None:
                footer = html.escape(f"{tags_text(found)} {byline(found)}".strip())
                QToolTip.showText(
                    event.globalPos(),
                    f"{found.note_html()}<p><small>{footer}</small></p>",
                    self._controller.reader.view,
                )
                return True
        return super().eventFilter(watched, event)
