"""The annotation browser's filters: search text (the corpus's query language, script-blind),
colour, tag, creator, article source, a date range (annotated or published), orphans, order.

Widgets only: `wanted()` is the AnnotationFilter they describe; `changed` says when it did
(typing is debounced). The menus offer what the store holds, with counts (`set_facets`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from archive.annotation_browser import Facets
from archive.annotation_filters import AnnotationFilter, BrowseOrder
from archive.annotation_models import AnchorStatus
from desktop.annotation_actions import swatch
from desktop.annotation_text import color_name

TYPING_DELAY_MS = 250
ANNOTATED, PUBLISHED = "annotated", "published"


class BrowserFilters(QWidget):
    """The filter bar above the browser's table."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search quotes, notes and tags"))
        self.search_field.setToolTip(
            self.tr('The search language of the archive: 青岛 finds 青島, "exact phrase", -word')
        )
        self.search_field.setClearButtonEnabled(True)
        self.regional_box = QCheckBox(self.tr("Regional words"))
        self.regional_box.setToolTip(self.tr("Also find regional vocabulary: 软件 finds 軟體"))
        self.color_box = self._box(self.tr("Only this colour"))
        self.tag_box = self._box(self.tr("Only annotations with this tag"))
        self.creator_box = self._box(self.tr("Only annotations by this person"))
        self.source_box = self._box(self.tr("Only articles from this source"))
        self.date_kind = QComboBox()
        self.date_kind.addItem(self.tr("Annotated"), ANNOTATED)
        self.date_kind.addItem(self.tr("Article date"), PUBLISHED)
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for field, label in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            field.setPlaceholderText(label)
            field.setToolTip(self.tr("A date: 2021, 2021-06 or 2021-06-30"))
            field.setClearButtonEnabled(True)
            field.editingFinished.connect(self.changed)
        self.orphans_box = QCheckBox(self.tr("Only lost highlights"))
        self.orphans_box.setToolTip(
            self.tr("Highlights whose words could not be found again after the text changed")
        )
        self.order_box = QComboBox()
        for order, label in (
            (BrowseOrder.UPDATED, self.tr("Last edited first")),
            (BrowseOrder.CREATED, self.tr("Newest first")),
            (BrowseOrder.ARTICLE, self.tr("By article")),
        ):
            self.order_box.addItem(label, order.value)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.search_field.textChanged.connect(self._typing.start)
        self.search_field.returnPressed.connect(self._search_now)
        for box in (self.regional_box, self.orphans_box):
            box.toggled.connect(self.changed)
        for combo in (self.date_kind, self.order_box):
            combo.currentIndexChanged.connect(self.changed)
        self.set_facets(None)
        self._lay_out()

    def _box(self, tooltip: str) -> QComboBox:
        box = QComboBox()
        box.setToolTip(tooltip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        box.currentIndexChanged.connect(self.changed)
        return box

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_field, stretch=1)
        top.addWidget(self.regional_box)
        top.addWidget(self.order_box)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate(
            (self.color_box, self.tag_box, self.creator_box, self.source_box)
        ):
            grid.addWidget(widget, 0, column)
        dates = QHBoxLayout()
        dates.addWidget(self.date_kind)
        dates.addWidget(self.date_from, stretch=1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to, stretch=1)
        dates.addWidget(self.orphans_box)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0)
        layout.addLayout(grid, 1, 0)
        layout.addLayout(dates, 2, 0)

    def _search_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def set_facets(self, facets: Facets | None) -> None:
        """Offer the values in use (keeping each menu's choice if it is still there)."""
        menus = (
            (self.color_box, self.tr("All colours"), facets.colors if facets else []),
            (self.tag_box, self.tr("All tags"), facets.tags if facets else []),
            (self.creator_box, self.tr("Everyone"), facets.creators if facets else []),
            (self.source_box, self.tr("All sources"), facets.sources if facets else []),
        )
        for box, everything, values in menus:
            chosen = box.currentData()
            blocked = box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value, count in values:
                label = color_name(value) if box is self.color_box else value or "—"
                box.addItem(f"{label} ({count})", value)
                if box is self.color_box:
                    box.setItemIcon(box.count() - 1, swatch(value))
            found = box.findData(chosen) if chosen is not None else 0
            box.setCurrentIndex(max(0, found))
            box.blockSignals(blocked)
        orphans = facets.orphans if facets else 0
        self.orphans_box.setText(self.tr("Only lost highlights (%1)").replace("%1", str(orphans)))

    def wanted(self) -> AnnotationFilter:
        """The filter the widgets describe (dates and search are checked by the store)."""
        color, tag = self.color_box.currentData(), self.tag_box.currentData()
        start, end = self.date_from.text().strip() or None, self.date_to.text().strip() or None
        published = self.date_kind.currentData() == PUBLISHED
        return AnnotationFilter(
            colors=(color,) if color else (),
            tags=(tag,) if tag else (),
            creator=self.creator_box.currentData(),
            source=self.source_box.currentData(),
            created_from=None if published else start,
            created_to=None if published else end,
            article_from=start if published else None,
            article_to=end if published else None,
            status=AnchorStatus.ORPHANED if self.orphans_box.isChecked() else None,
            search=self.search_field.text(),
            regional=self.regional_box.isChecked(),
            order=BrowseOrder(self.order_box.currentData()),
        )

    def choose(self, box: QComboBox, value: str) -> bool:
        """Pick a value in one of the menus (False if it is not offered)."""
        found = box.findData(value, Qt.ItemDataRole.UserRole)
        if found < 0:
            return False
        box.setCurrentIndex(found)
        return True
