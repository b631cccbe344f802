"""The bookmarks list: every bookmarked article, by date added, title or article date; choosing
one opens it. Titles follow the reader's script form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive.annotation_models import Annotation
from archive.convert import ScriptForm, convert
from archive.errors import ArchiveError
from desktop import settings as keys
from desktop.annotation_controller import AnnotationController
from desktop.annotation_text import first_line, tags_text, when_text
from desktop.lazy_panel import LazyPanel
from desktop.settings import Settings

ORDERS = ("added", "title", "date")
#: Opens an article: (archive, article id).
OpenArticle = Callable[[str, str], None]


class BookmarksPanel(LazyPanel):
    """Lists bookmarks from the controller's store; kept current as the store changes."""

    def __init__(
        self,
        controller: AnnotationController,
        settings: Settings,
        open_article: OpenArticle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller, self._settings, self._open = controller, settings, open_article
        self.order_box = QComboBox()
        for order, label in zip(
            ORDERS,
            (self.tr("Date added"), self.tr("Title"), self.tr("Article date")),
            strict=True,
        ):
            self.order_box.addItem(label, order)
        saved = settings.get(keys.BOOKMARK_ORDER)
        self.order_box.setCurrentIndex(ORDERS.index(saved) if saved in ORDERS else 0)
        self.order_box.currentIndexChanged.connect(self._order_changed)
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Bookmarks"))
        self.list_widget.itemActivated.connect(self._activated)
        self.list_widget.itemClicked.connect(self._activated)
        self.count_label = QLabel()
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Sort by")))
        order_row.addWidget(self.order_box, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(order_row)
        layout.addWidget(self.list_widget, stretch=1)
        layout.addWidget(self.count_label)
        controller.changed.connect(self.refresh_if_visible)
        controller.reader.form_changed.connect(lambda _form: self.refresh_if_visible())

    @property
    def order(self) -> str:
        """The chosen order: added, title or date."""
        return str(self.order_box.currentData())

    def refresh(self) -> None:
        """Read the bookmarks again, in the chosen order."""
        self._dirty = False
        self.list_widget.clear()
        store = self._controller.store
        if store is None:
            self.count_label.setText(self.tr("Annotations are off."))
            return
        try:
            bookmarks = store.bookmarks(self.order)
        except ArchiveError as error:
            self._controller.problem.emit(str(error))
            return
        form = self._controller.reader.form
        for bookmark in bookmarks:
            self.list_widget.addItem(_item(bookmark, form))
        self.count_label.setText(self.tr("%n bookmark(s)", "", len(bookmarks)))

    def _order_changed(self) -> None:
        self._settings.set(keys.BOOKMARK_ORDER, self.order)
        self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        archive, article_id = item.data(Qt.ItemDataRole.UserRole)
        self._open(archive, article_id)


def _item(bookmark: Annotation, form: ScriptForm) -> QListWidgetItem:
    article = bookmark.article
    title = convert(article.title, form) or article.article_id
    details = " · ".join(
        part for part in (article.date or "", convert(article.source, form)) if part
    )
    item = QListWidgetItem(f"{title}\n{details}" if details else title)
    item.setData(Qt.ItemDataRole.UserRole, (article.archive, article.article_id))
    tooltip = [first_line(bookmark.note), tags_text(bookmark), when_text(bookmark.created)]
    item.setToolTip("\n".join(line for line in tooltip if line))
    return item
