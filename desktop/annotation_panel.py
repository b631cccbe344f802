"""The side panel of the open article's annotations: bookmark state, every highlight and note
(orphans marked), and the chosen one's rendered note, tags and author, with its commands."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive.annotation_models import Annotation, Kind
from archive.convert import convert
from desktop.annotation_actions import AnnotationActions
from desktop.annotation_controller import AnnotationController
from desktop.annotation_text import byline, is_orphan, orphan_explanation, tags_text
from desktop.article_annotations_model import ArticleAnnotationsModel
from desktop.reader_view import ReaderView


class AnnotationPanel(QWidget):
    """Lists the open article's annotations; choosing one jumps to it and shows its note."""

    def __init__(
        self,
        controller: AnnotationController,
        actions: AnnotationActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._off_sentence = ""
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.model = ArticleAnnotationsModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAccessibleName(self.tr("Annotations of this article"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.selectionModel().currentChanged.connect(self._row_chosen)
        self.list_view.doubleClicked.connect(lambda _index: actions.edit_note.trigger())
        self.quote_label = QLabel()
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_view = ReaderView()
        self.note_view.set_typography(zoom_percent=85)
        self.note_view.setAccessibleName(self.tr("Note"))
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self._lay_out(actions)

        controller.shown.connect(self.show_annotations)
        controller.current_changed.connect(self.show_current)
        controller.reader.form_changed.connect(self._form_changed)

    def _lay_out(self, actions: AnnotationActions) -> None:
        colour_button = QToolButton()
        colour_button.setText(self.tr("Colour"))
        colour_button.setToolTip(self.tr("Give the chosen highlight another colour"))
        colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        colour_menu = QMenu(colour_button)
        colour_menu.addActions(list(actions.colors.values()))
        colour_button.setMenu(colour_menu)
        self.colour_button = colour_button
        commands = QHBoxLayout()
        commands.setSpacing(2)
        for action, text in (
            (actions.edit_note, self.tr("Edit…")),
            (actions.delete, self.tr("Delete")),
        ):
            commands.addWidget(_short_button(action, text))
        commands.addWidget(colour_button)
        commands.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.state_label)
        layout.addWidget(self.list_view, stretch=3)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.note_view, stretch=2)
        layout.addWidget(self.meta_label)
        layout.addLayout(commands)

    # --- what is shown ------------------------------------------------------------------

    def show_annotations(self, annotations: list[Annotation]) -> None:
        """List an article's annotations and say what it has."""
        self.model.set_annotations(annotations)
        self.state_label.setText(self._state_text(annotations))
        self.show_current(self._controller.current_id)

    def show_disabled(self, sentence: str) -> None:
        """Annotations are off: say why instead of listing anything."""
        self._off_sentence = sentence
        self.model.set_annotations([])
        self.state_label.setText(sentence)
        self.show_current("")

    def _state_text(self, annotations: list[Annotation]) -> str:
        if self._controller.store is None and self._off_sentence:
            return self._off_sentence
        if self._controller.store is None or self._controller.reader.article is None:
            return self.tr("Open an article to see its annotations.")
        highlights = sum(1 for a in annotations if a.kind is Kind.HIGHLIGHT)
        notes = sum(1 for a in annotations if a.kind is Kind.NOTE)
        orphans = sum(1 for a in annotations if is_orphan(a))
        bookmarked = any(a.kind is Kind.BOOKMARK for a in annotations)
        parts = [self.tr("★ Bookmarked") if bookmarked else self.tr("☆ Not bookmarked")]
        parts.append(self.tr("%n highlight(s)", "", highlights))
        if notes:
            parts.append(self.tr("%n article note(s)", "", notes))
        if orphans:
            parts.append(self.tr("⚠ %n lost its place", "", orphans))
        return " · ".join(parts)

    def show_current(self, identifier: str) -> None:
        """Select an annotation's row and show its quote, rendered note, tags and author."""
        row = self.model.row_of(identifier) if identifier else None
        selection = self.list_view.selectionModel()
        blocked = selection.blockSignals(True)
        if row is None:
            selection.clearCurrentIndex()
            selection.clearSelection()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(index)
        selection.blockSignals(blocked)
        annotation = self.model.annotation_at(row) if row is not None else None
        self._show_details(annotation)

    def _show_details(self, annotation: Annotation | None) -> None:
        self.colour_button.setEnabled(annotation is not None and annotation.kind is Kind.HIGHLIGHT)
        if annotation is None:
            self.quote_label.setText("")
            self.note_view.show_page("")
            self.meta_label.setText("")
            return
        quote = convert(annotation.quote, self._controller.reader.form)
        lines = [f"“{quote}”"] if quote else []
        if is_orphan(annotation):
            lines.append("⚠ " + orphan_explanation())
        self.quote_label.setText("\n".join(lines))
        self.note_view.show_page(annotation.note_html())
        self.meta_label.setText(
            "  ".join(p for p in (tags_text(annotation), byline(annotation)) if p)
        )

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        annotation = self.model.annotation_at(current.row()) if current.isValid() else None
        if annotation is None:
            return
        if not self._controller.show_passage(annotation.id):
            self._controller.set_current(annotation.id)

    def _form_changed(self, form: object) -> None:
        self.model.set_form(self._controller.reader.form)
        self.show_current(self._controller.current_id)


def _short_button(action: QAction, text: str) -> QToolButton:
    """A button with a short label that triggers `action` and follows its enabled state."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(action.text().replace("&", ""))
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button
