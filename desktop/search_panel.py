"""The search panel: the query field with its history, the filters, the count and the facets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive.convert import ScriptForm, convert
from archive.filters import Filters
from archive.search import SortOrder
from desktop.facets_label import FacetsLabel


class SearchPanel(QWidget):
    """Widgets only: says what the user typed or chose, shows what it is told."""

    query_edited = Signal(str)
    query_submitted = Signal(str)
    filters_changed = Signal()
    leave_downwards = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = ScriptForm.ORIGINAL
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search titles and text"))
        self.search_field.setToolTip(
            self.tr("Search as you type; 简体 finds 繁體 and the reverse (Ctrl+K)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textEdited.connect(self.query_edited)
        self.search_field.returnPressed.connect(self._submit)
        self.search_field.installEventFilter(self)

        self.history_button = QToolButton()
        self.history_button.setArrowType(Qt.ArrowType.DownArrow)
        self.history_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.history_button.setToolTip(self.tr("Recent searches"))
        self.history_button.setAccessibleName(self.tr("Recent searches"))
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self.history_button)
        self.history_button.setMenu(self.history_menu)
        self.set_history([])

        self.sort_box = QComboBox()
        self.sort_box.addItem(self.tr("Relevance"), SortOrder.RELEVANCE.value)
        self.sort_box.addItem(self.tr("Newest first"), SortOrder.DATE.value)
        self.sort_box.setToolTip(self.tr("Order of the results"))
        self.source_box = QComboBox()
        self.source_box.setToolTip(self.tr("Only articles from this source"))
        self.source_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source_box.setMinimumContentsLength(6)
        self.source_box.addItem(self.tr("All sources"), "")
        self.regional_box = QCheckBox(self.tr("Regional words"))
        self.regional_box.setToolTip(
            self.tr("Also find regional vocabulary: 软件 finds 軟體, 信息 finds 資訊")
        )
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for field, label in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            field.setPlaceholderText(label)
            field.setToolTip(self.tr("A date: 2021, 2021-06 or 2021-06-30"))
            field.setClearButtonEnabled(True)
            field.editingFinished.connect(self._dates_edited)
        self._dates_shown = ("", "")

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Result count"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("searchError")
        self.error_label.setStyleSheet("QLabel#searchError { color: #b3261e; }")
        self.error_label.hide()
        self.facets_label = FacetsLabel()
        self.facets_label.source_clicked.connect(self.choose_source)
        self.facets_label.year_clicked.connect(lambda year: self.set_dates(year, year))

        for box in (self.sort_box, self.source_box):
            box.currentIndexChanged.connect(self.filters_changed)
        self.regional_box.toggled.connect(self.filters_changed)
        self._lay_out()

    def _lay_out(self) -> None:
        query_row = QHBoxLayout()
        query_row.setSpacing(2)
        query_row.addWidget(self.search_field, stretch=1)
        query_row.addWidget(self.history_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.sort_box)
        filter_row.addWidget(self.source_box, stretch=1)
        filter_row.addWidget(self.regional_box)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Dates")))
        date_row.addWidget(self.date_from, stretch=1)
        date_row.addWidget(QLabel("–"))
        date_row.addWidget(self.date_to, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for row in (query_row, filter_row, date_row):
            layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.facets_label)

    # --- what the user chose ----------------------------------------------------------------

    def query(self) -> str:
        """The query as typed."""
        return self.search_field.text()

    def set_query(self, text: str) -> None:
        """Put a query in the field (as if typed, without emitting)."""
        self.search_field.setText(text)

    def filters(self) -> Filters:
        """The filters as the widgets show them."""
        return Filters(
            source=str(self.source_box.currentData() or ""),
            date_from=self.date_from.text().strip(),
            date_to=self.date_to.text().strip(),
            sort=SortOrder(self.sort_box.currentData()),
            regional=self.regional_box.isChecked(),
        )

    def set_sort(self, order: SortOrder) -> None:
        """Choose an order without emitting `filters_changed`."""
        self._quietly(
            lambda: self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(order.value)))
        )

    def set_regional(self, regional: bool) -> None:
        """Tick or untick "regional words" without emitting `filters_changed`."""
        self._quietly(lambda: self.regional_box.setChecked(regional))

    def set_dates(self, first: str, last: str) -> None:
        """Fill the date range and say the filters changed."""
        self.date_from.setText(first)
        self.date_to.setText(last)
        self._dates_edited()

    def choose_source(self, source: str) -> None:
        """Select a source (added to the list if new) and say the filters changed."""
        index = self.source_box.findData(source)
        if index < 0:
            self.source_box.addItem(convert(source, self._form), source)
            index = self.source_box.count() - 1
        self.source_box.setCurrentIndex(index)

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # --- what the panel is told ---------------------------------------------------------------

    def set_sources(self, sources: Sequence[str]) -> None:
        """The sources of the open archives, offered as filters."""
        current = str(self.source_box.currentData() or "")

        def refill() -> None:
            while self.source_box.count() > 1:
                self.source_box.removeItem(1)
            for source in sources:
                if source:
                    self.source_box.addItem(convert(source, self._form), source)
            self.source_box.setCurrentIndex(max(0, self.source_box.findData(current)))

        self._quietly(refill)

    def set_form(self, form: ScriptForm) -> None:
        """Name sources (in the filter list and the counts) in `form`; filters keep the stored
        names."""
        if form is self._form:
            return
        self._form = form
        for index in range(1, self.source_box.count()):
            self.source_box.setItemText(index, convert(str(self.source_box.itemData(index)), form))
        self.facets_label.set_form(form)

    def set_history(self, queries: Sequence[str]) -> None:
        """The recent queries the history menu offers, newest first."""
        self.history_menu.clear()
        for query in queries:
            action = self.history_menu.addAction(query)
            action.triggered.connect(lambda _checked=False, text=query: self._recall(text))
        self.history_button.setEnabled(bool(queries))

    def show_counts(
        self,
        total: int,
        by_source: Mapping[str, int],
        by_year: Mapping[str, int],
        *,
        everything: bool,
    ) -> None:
        """The exact total and the counts per source and per year; hides any error."""
        self.error_label.hide()
        if everything:
            self.count_label.setText(self.tr("%n article(s), newest first", "", total))
        else:
            self.count_label.setText(self.tr("%n result(s)", "", total))
        self.facets_label.show_counts(by_source, by_year)
        self.facets_label.setVisible(total > 0)

    def show_error(self, message: str) -> None:
        """A query or filter that cannot be searched: its sentence, in place of the counts."""
        self.error_label.setText(message)
        self.error_label.show()
        self.count_label.setText("")
        self.facets_label.hide()

    def show_searching(self) -> None:
        """A search is running: say so quietly (the old counts stay until the new arrive)."""
        self.count_label.setToolTip(self.tr("Searching…"))

    # --- internals -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and not event.modifiers():
                self.leave_downwards.emit()
                return True
        return super().eventFilter(watched, event)

    def _submit(self) -> None:
        self.query_submitted.emit(self.search_field.text())

    def _recall(self, query: str) -> None:
        self.search_field.setText(query)
        self.query_submitted.emit(query)

    def _dates_edited(self) -> None:
        shown = (self.date_from.text().strip(), self.date_to.text().strip())
        if shown != self._dates_shown:
            self._dates_shown = shown
            self.filters_changed.emit()

    def _quietly(self, change: object) -> None:
        blocked = self.blockSignals(True)
        boxes = (self.sort_box, self.source_box, self.regional_box)
        previous = [box.blockSignals(True) for box in boxes]
        try:
            change()  # type: ignore[operator]
        finally:
            for box, was_blocked in zip(boxes, previous, strict=True):
                box.blockSignals(was_blocked)
            self.blockSignals(blocked)
