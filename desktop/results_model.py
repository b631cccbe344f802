"""The article list as a Qt model that builds its rows lazily, a batch at a time."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from archive.models import ArticleSummary
from desktop.display_text import date_text

BATCH_SIZE = 200

ModelIndex = QModelIndex | QPersistentModelIndex


class ResultRole(IntEnum):
    """Data roles beyond Qt's own; DisplayRole is the title."""

    TITLE = Qt.ItemDataRole.UserRole + 1
    DATE_TEXT = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    SUMMARY = Qt.ItemDataRole.UserRole + 4


class ResultsModel(QAbstractListModel):
    """A flat list of article summaries; views see `batch_size` more rows each time they ask."""

    def __init__(
        self,
        summaries: Sequence[ArticleSummary] = (),
        *,
        batch_size: int = BATCH_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self._batch_size = batch_size
        self._summaries: list[ArticleSummary] = list(summaries)
        self._rows_by_id = _rows_by_id(self._summaries)
        self._loaded = 0
        self._changing = False  # views and testers may call back into us mid-change

    def set_summaries(self, summaries: Sequence[ArticleSummary]) -> None:
        """Replace every row; views start again from the first batch."""
        self._changing = True
        self.beginResetModel()
        self._summaries = list(summaries)
        self._rows_by_id = _rows_by_id(self._summaries)
        self._loaded = 0
        self.endResetModel()
        self._changing = False

    def total_count(self) -> int:
        """How many summaries the model holds, loaded into rows or not."""
        return len(self._summaries)

    def summary_at(self, row: int) -> ArticleSummary | None:
        """The summary shown in a loaded row, or None."""
        return self._summaries[row] if 0 <= row < self._loaded else None

    def row_of(self, article_id: str) -> int | None:
        """The row of an article, loading batches until it is present; None when absent."""
        row = self._rows_by_id.get(article_id)
        if row is None:
            return None
        while self._loaded <= row:
            self.fetchMore(QModelIndex())
        return row

    # --- QAbstractListModel ------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not (parent.isValid() or self._changing) and self._loaded < len(self._summaries)

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._changing:
            return
        count = min(self._batch_size, len(self._summaries) - self._loaded)
        if count <= 0:
            return
        first = self._loaded
        self._changing = True
        self.beginInsertRows(QModelIndex(), first, first + count - 1)  # `last` is inclusive
        self._loaded += count
        self.endInsertRows()
        self._changing = False

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.summary_at(index.row()) if index.isValid() else None
        if summary is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, ResultRole.TITLE):
            return summary.title
        if role == ResultRole.DATE_TEXT:
            return date_text(summary.date)
        if role == ResultRole.SOURCE:
            return summary.source
        if role == ResultRole.SUMMARY:
            return summary
        if role == Qt.ItemDataRole.ToolTipRole:
            details = " · ".join(part for part in (date_text(summary.date), summary.source) if part)
            return f"{summary.title}\n{details}" if details else summary.title
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role in ResultRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names


def _rows_by_id(summaries: list[ArticleSummary]) -> dict[str, int]:
    rows: dict[str, int] = {}
    for row, summary in enumerate(summaries):
        rows.setdefault(summary.id, row)
    return rows
