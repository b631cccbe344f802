"""The open article's annotations as a Qt list model: bookmark, notes, highlights, orphans last.

Rows hold the Annotation records as the store placed them; each row's text (the quote in the
shown script form) is made when a view first asks for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from archive.annotation_models import COLORS, Annotation
from archive.convert import ScriptForm
from desktop.annotation_text import byline, is_orphan, orphan_explanation, summary, tags_text

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleAnnotationsModel(QAbstractListModel):
    """One row per annotation of the open article (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._annotations: list[Annotation] = []
        self._form = ScriptForm.ORIGINAL
        self._texts: dict[int, str] = {}

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Show these annotations instead."""
        self.beginResetModel()
        self._annotations = list(annotations)
        self._texts.clear()
        self.endResetModel()

    def set_form(self, form: ScriptForm) -> None:
        """Show quotes in another script form."""
        if form is self._form:
            return
        self._form = form
        self._texts.clear()
        if self._annotations:
            last = self.index(len(self._annotations) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def annotation_at(self, row: int) -> Annotation | None:
        """The annotation in a row, if there is one."""
        return self._annotations[row] if 0 <= row < len(self._annotations) else None

    def row_of(self, identifier: str) -> int | None:
        """The row of an annotation, if it is listed."""
        return next((r for r, a in enumerate(self._annotations) if a.id == identifier), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._annotations)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        annotation = self.annotation_at(index.row()) if index.isValid() else None
        if annotation is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts.get(index.row())
            if text is None:
                text = self._texts[index.row()] = summary(annotation, self._form)
            return text
        if role == Qt.ItemDataRole.DecorationRole and annotation.color:
            return QColor(COLORS.get(annotation.color, "#cccccc"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [orphan_explanation()] if is_orphan(annotation) else []
            lines += [line for line in (annotation.note, tags_text(annotation)) if line]
            return "\n".join([*lines, byline(annotation)])
        if role == Qt.ItemDataRole.FontRole and is_orphan(annotation):
            font = QFont()
            font.setItalic(True)
            return font
        if role == ID_ROLE:
            return annotation.id
        return None
