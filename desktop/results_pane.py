"""The left pane: the search field above the list of articles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from archive.models import ArticleSummary
from desktop.result_delegate import ResultDelegate
from desktop.results_model import ResultsModel


class ResultsPane(QWidget):
    """Lists summaries and says which one the user chose; knows nothing about archives."""

    article_chosen = Signal(object)  # ArticleSummary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search (coming soon)"))
        self.search_field.setToolTip(self.tr("Search titles and text (Ctrl+K)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setReadOnly(True)  # the search issue wires this field

        self.model = ResultsModel(parent=self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ResultDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_field)
        layout.addWidget(self.list_view, stretch=1)

    def set_summaries(self, summaries: Sequence[ArticleSummary]) -> None:
        """Show these summaries, newest first as given; the first batch loads at once."""
        self.model.set_summaries(summaries)
        self.model.fetchMore(QModelIndex())

    def select_article(self, article_id: str) -> bool:
        """Make the article current (loading rows as needed); False when it is not listed."""
        row = self.model.row_of(article_id)
        return row is not None and self.select_row(row)

    def select_row(self, row: int) -> bool:
        """Make a loaded row current and scroll to it; False when there is no such row."""
        index = self.model.index(row, 0)
        if not index.isValid():
            return False
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list_view.scrollTo(index)
        return True

    def current_summary(self) -> ArticleSummary | None:
        """The summary in the current row, if any."""
        return self.model.summary_at(self.list_view.currentIndex().row())

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected."""
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary_at(current.row()) if current.isValid() else None
        if summary is not None:
            self.article_chosen.emit(summary)
