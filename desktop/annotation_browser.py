"""The annotation browser: every annotation across the archives, filtered and searched; choosing
one jumps to its passage. Orphans are listed (marked) with their quote and note.

Pages are read from the GUI thread's UserStore (a page of 100 takes a few milliseconds even with
100,000 annotations: see docs/benchmarks.md); the browser reads again only while it is shown.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive.annotation_filters import AnnotationFilter
from archive.errors import ArchiveError
from desktop.annotation_controller import AnnotationController
from desktop.browser_filters import BrowserFilters
from desktop.browser_model import BrowserModel, Column
from desktop.core_messages import translated
from desktop.lazy_panel import LazyPanel

REPEAT_SECONDS = 0.5


class AnnotationBrowser(LazyPanel):
    """Filters above a lazily filled table; `jump_requested` carries the chosen Annotation."""

    jump_requested = Signal(object)  # Annotation

    def __init__(self, controller: AnnotationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.filters = BrowserFilters()
        self.model = BrowserModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Annotations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((Column.QUOTE, 260), (Column.NOTE, 200), (Column.ARTICLE, 200)):
            header.resizeSection(column, width)
        self.table.activated.connect(self._chosen)
        self.table.clicked.connect(self._chosen)
        self.count_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setObjectName("browserError")
        self.error_label.setStyleSheet("QLabel#browserError { color: #b3261e; }")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.count_label)
        self._last_jump = ("", 0.0)
        self.filters.changed.connect(self.refresh)
        controller.changed.connect(self.refresh_if_visible)
        controller.reader.form_changed.connect(self.model.set_form)

    def wanted(self) -> AnnotationFilter:
        """What the browser shows now (exports use it)."""
        return self.model.filter

    def refresh(self) -> None:
        """Offer the current facets and show the first page of what the filters select."""
        self._dirty = False
        store = self._controller.store
        if store is None:
            self.model.show(None, AnnotationFilter())
            self.count_label.setText(self.tr("Annotations are off."))
            return
        try:
            self.filters.set_facets(store.facets())
            self.model.show(store, self.filters.wanted())
        except ArchiveError as error:  # a bad search or date: say so, keep the rows shown
            self.error_label.setText(translated(str(error)))
            self.error_label.show()
            return
        self.error_label.hide()
        self.model.set_form(self._controller.reader.form)
        self.count_label.setText(self.tr("%n annotation(s)", "", self.model.total))

    def _chosen(self, index: QModelIndex) -> None:
        annotation = self.model.annotation_at(index.row())
        if annotation is None:
            return
        now = time.monotonic()
        if self._last_jump[0] == annotation.id and now - self._last_jump[1] < REPEAT_SECONDS:
            return  # one click can be both "clicked" and "activated"
        self._last_jump = (annotation.id, now)
        self.jump_requested.emit(annotation)
