"""The left pane: the search panel above the list of results."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from archive.search import SearchHit
from desktop.result_delegate import ResultDelegate
from desktop.results_model import ResultsModel
from desktop.search_panel import SearchPanel


class ResultsPane(QWidget):
    """Says which result the user picked (arrows, click) and when they open it (Enter)."""

    hit_chosen = Signal(object)  # SearchHit
    hit_opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_panel = SearchPanel()
        self.model = ResultsModel(parent=self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.delegate = ResultDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.activated.connect(lambda _index: self.hit_opened.emit())
        self.list_view.installEventFilter(self)
        self.search_panel.leave_downwards.connect(self.focus_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_panel)
        layout.addWidget(self.list_view, stretch=1)

    def select_row(self, row: int, *, quietly: bool = False) -> bool:
        """Make a loaded row current and scroll to it; False when there is no such row.

        `quietly` marks the row without saying it was chosen (the reader already shows it).
        """
        index = self.model.index(row, 0)
        if not index.isValid():
            return False
        selection = self.list_view.selectionModel()
        blocked = selection.blockSignals(quietly)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(blocked)
        self.list_view.scrollTo(index)
        return True

    def current_hit(self) -> SearchHit | None:
        """The result in the current row, if any."""
        return self.model.hit_at(self.list_view.currentIndex().row())

    def focus_list(self) -> None:
        """Move the keyboard into the list, on the current row (the first if none)."""
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid():
            self.select_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.current_hit() is not None:
                    self.hit_opened.emit()
                return True
            if event.key() == Qt.Key.Key_Up and self.list_view.currentIndex().row() == 0:
                self.search_panel.focus_search()
                return True
        return super().eventFilter(watched, event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.model.hit_at(current.row()) if current.isValid() else None
        if hit is not None:
            self.hit_chosen.emit(hit)
