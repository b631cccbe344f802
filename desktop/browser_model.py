"""The annotation browser's table: a filter's matches, read a page at a time as the view
scrolls (`canFetchMore`/`fetchMore`), quotes and titles in the reader's script form."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from archive.annotation_filters import AnnotationFilter
from archive.annotation_models import COLORS, Annotation, Kind
from archive.convert import ScriptForm, convert
from archive.userstore import UserStore
from desktop.annotation_text import (
    BOOKMARK_MARK,
    NOTE_MARK,
    ORPHAN_MARK,
    byline,
    first_line,
    is_orphan,
    orphan_explanation,
    orphan_label,
    when_text,
)

PAGE_SIZE = 100
ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The browser's columns."""

    QUOTE = 0
    NOTE = 1
    TAGS = 2
    ARTICLE = 3
    SOURCE = 4
    DATE = 5
    CREATOR = 6
    UPDATED = 7


def column_titles() -> list[str]:
    """Header titles in the interface language."""
    return [
        QCoreApplication.translate("BrowserModel", "Quote"),
        QCoreApplication.translate("BrowserModel", "Note"),
        QCoreApplication.translate("BrowserModel", "Tags"),
        QCoreApplication.translate("BrowserModel", "Article"),
        QCoreApplication.translate("BrowserModel", "Source"),
        QCoreApplication.translate("BrowserModel", "Article date"),
        QCoreApplication.translate("BrowserModel", "By"),
        QCoreApplication.translate("BrowserModel", "Edited"),
    ]


class BrowserModel(QAbstractTableModel):
    """Rows of `UserStore.browse` for one filter; more pages are read when views ask."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: UserStore | None = None
        self._filter = AnnotationFilter()
        self._rows: list[Annotation] = []
        self.total = 0
        self._form = ScriptForm.ORIGINAL
        self._titles = column_titles()

    def show(self, store: UserStore | None, wanted: AnnotationFilter) -> None:
        """Show the first page of what `wanted` selects (ArchiveError, e.g. QueryError, for
        a bad filter: the rows shown before are kept)."""
        page = store.browse(wanted, limit=PAGE_SIZE) if store is not None else None
        self.beginResetModel()
        self._store, self._filter = store, wanted
        self._rows = list(page.annotations) if page else []
        self.total = page.total if page else 0
        self.endResetModel()

    @property
    def filter(self) -> AnnotationFilter:
        """The filter shown."""
        return self._filter

    def set_form(self, form: ScriptForm) -> None:
        """Show quotes, titles and sources in another script form."""
        if form is not self._form:
            self._form = form
            if self._rows:
                last = self.index(len(self._rows) - 1, len(Column) - 1)
                self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def annotation_at(self, row: int) -> Annotation | None:
        """The annotation in a loaded row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._store is None or len(self._rows) >= self.total:
            return
        page = self._store.browse(self._filter, offset=len(self._rows), limit=PAGE_SIZE)
        if not page.annotations:
            self.total = len(self._rows)  # fewer now than when counted
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.annotations) - 1)
        self._rows.extend(page.annotations)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        annotation = self.annotation_at(index.row()) if index.isValid() else None
        if annotation is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(annotation, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.QUOTE and annotation.color:
            return QColor(COLORS.get(annotation.color, "#cccccc"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [orphan_explanation()] if is_orphan(annotation) else []
            return "\n".join([*lines, annotation.note, byline(annotation)]).strip()
        if role == Qt.ItemDataRole.FontRole and is_orphan(annotation):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and is_orphan(annotation):
            return QColor("#b3261e")
        return None

    def _text(self, annotation: Annotation, column: Column) -> str:
        form, article = self._form, annotation.article
        if column is Column.QUOTE:
            if annotation.kind is Kind.BOOKMARK:
                return f"{BOOKMARK_MARK} " + QCoreApplication.translate("BrowserModel", "Bookmark")
            if annotation.kind is Kind.NOTE:
                return f"{NOTE_MARK} " + QCoreApplication.translate("BrowserModel", "Article note")
            quote = convert(annotation.quote, form).replace("\n", " ")
            return f"{ORPHAN_MARK} {orphan_label()} {quote}" if is_orphan(annotation) else quote
        values = {
            Column.NOTE: lambda: first_line(annotation.note),
            Column.TAGS: lambda: ", ".join(annotation.tags),
            Column.ARTICLE: lambda: convert(article.title, form) or article.article_id,
            Column.SOURCE: lambda: convert(article.source, form),
            Column.DATE: lambda: article.date or "",
            Column.CREATOR: lambda: annotation.creator,
            Column.UPDATED: lambda: when_text(annotation.updated),
        }
        return values[column]()
