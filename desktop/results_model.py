"""The result list as a Qt model: ranked refs in, rows built lazily a batch at a time.

A search delivers the ranking (`archive.search.RankedResults`: exact total, facets, ordered
refs) and the first batch of rows already built on the worker. Views ask for more with
`canFetchMore`/`fetchMore`; each batch is built with `archive.search.build_hit` over the GUI
thread's own connections. Titles, sources and snippets are shown in the chosen script form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from archive.convert import ScriptForm, convert
from archive.search import ResultRef, SearchHit
from archive.shown import convert_snippet
from archive.snippets import Snippet
from desktop.display_text import date_text

BATCH_SIZE = 50

ModelIndex = QModelIndex | QPersistentModelIndex
BuildRow = Callable[[ResultRef], SearchHit]


class ResultRole(IntEnum):
    """Data roles beyond Qt's own; DisplayRole is the (shown) title."""

    TITLE = Qt.ItemDataRole.UserRole + 1
    DATE_TEXT = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    SUMMARY = Qt.ItemDataRole.UserRole + 4
    SNIPPET = Qt.ItemDataRole.UserRole + 5
    HITS = Qt.ItemDataRole.UserRole + 6
    ARCHIVE = Qt.ItemDataRole.UserRole + 7  # the archive's label; '' when only one is open


class ResultsModel(QAbstractListModel):
    """A flat list of results; views see `batch_size` more rows each time they ask.

    The model may know fewer refs than the total: scrolled past them, it emits `refs_wanted`
    once and waits for `extend_refs` (the rest of the ranking, ranked off the GUI thread).
    """

    refs_wanted = Signal()

    def __init__(self, *, batch_size: int = BATCH_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self._batch_size = batch_size
        self._refs: list[ResultRef] = []
        self._total = 0
        self._waiting_for_refs = False
        self._rows: list[SearchHit] = []
        self._build_row: BuildRow | None = None
        self._form = ScriptForm.ORIGINAL
        self._archive_labels: dict[str, str] = {}
        self._shown: dict[int, tuple[str, str, Snippet]] = {}
        self._changing = False  # views and testers may call back into us mid-change

    def set_results(
        self,
        refs: Sequence[ResultRef],
        first_rows: Sequence[SearchHit],
        build_row: BuildRow,
        *,
        total: int | None = None,
    ) -> None:
        """Replace every row: `first_rows` are the rows of the first refs, already built;
        `total` (default: as many as the refs) is how many results exist in all."""
        self._changing = True
        self.beginResetModel()
        self._refs = list(refs)
        self._total = max(len(self._refs), total if total is not None else 0)
        self._waiting_for_refs = False
        self._rows = list(first_rows[: len(self._refs)])
        self._build_row = build_row
        self._shown.clear()
        self.endResetModel()
        self._changing = False

    def extend_refs(self, refs: Sequence[ResultRef]) -> None:
        """The whole ranking of the current results (its start equals the refs known)."""
        self._waiting_for_refs = False
        if len(refs) <= len(self._refs):
            self._total = len(self._refs)
            return
        self._refs = list(refs)
        self._total = len(self._refs)
        self.fetchMore(QModelIndex())

    def add_refs(self, refs: Sequence[ResultRef]) -> bool:
        """More refs of the results shown, whose start is the refs known (the complete ranking
        after an early page): rows and total stay. False, changing nothing, if the start differs."""
        known = [(ref.store.path, ref.rowid) for ref in self._refs]
        if len(refs) < len(known) or [(r.store.path, r.rowid) for r in refs[: len(known)]] != known:
            return False
        self._refs = list(refs)
        return True

    def clear(self) -> None:
        """No rows at all."""
        self.set_results([], [], _no_rows)

    def set_archive_labels(self, labels: dict[str, str]) -> None:
        """Label rows by archive name (empty: no labels, as with a single archive)."""
        self._archive_labels = dict(labels)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_form(self, form: ScriptForm) -> None:
        """Show titles, sources and snippets in `form` from now on."""
        if form is self._form:
            return
        self._form = form
        self._shown.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def total(self) -> int:
        """How many results the model can show, loaded into rows or not."""
        return self._total

    def hit_at(self, row: int) -> SearchHit | None:
        """The result in a loaded row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: str, archive: str = "") -> int | None:
        """The row of an article among the loaded rows (no batches are built to find it)."""
        for row, hit in enumerate(self._rows):
            summary = hit.summary
            if summary.id == article_id and (not archive or summary.archive == archive):
                return row
        return None

    # --- QAbstractListModel ------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not (parent.isValid() or self._changing) and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._changing or self._build_row is None:
            return
        first = len(self._rows)
        batch = self._refs[first : first + self._batch_size]
        if not batch:
            if first < self._total and not self._waiting_for_refs:
                self._waiting_for_refs = True
                self.refs_wanted.emit()
            return
        built = [self._build_row(ref) for ref in batch]
        self._changing = True
        self.beginInsertRows(QModelIndex(), first, first + len(built) - 1)  # `last` is inclusive
        self._rows += built
        self.endInsertRows()
        self._changing = False

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, ResultRole.TITLE):
            return self._shown_fields(index.row(), hit)[0]
        if role == ResultRole.DATE_TEXT:
            return date_text(hit.summary.date)
        if role == ResultRole.SOURCE:
            return self._shown_fields(index.row(), hit)[1]
        if role == ResultRole.SNIPPET:
            return self._shown_fields(index.row(), hit)[2]
        if role == ResultRole.HITS:
            return hit.hits
        if role == ResultRole.ARCHIVE:
            return self._archive_labels.get(hit.summary.archive, "")
        if role == ResultRole.SUMMARY:
            return hit.summary
        if role == Qt.ItemDataRole.ToolTipRole:
            title, source, _snippet = self._shown_fields(index.row(), hit)
            details = " · ".join(part for part in (date_text(hit.summary.date), source) if part)
            return f"{title}\n{details}" if details else title
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role in ResultRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def _shown_fields(self, row: int, hit: SearchHit) -> tuple[str, str, Snippet]:
        """Title, source and snippet in the current form, converted once per row."""
        shown = self._shown.get(row)
        if shown is None:
            form = self._form
            shown = (
                convert(hit.summary.title, form),
                convert(hit.summary.source, form),
                hit.snippet if form is ScriptForm.ORIGINAL else convert_snippet(hit.snippet, form),
            )
            self._shown[row] = shown
        return shown


def _no_rows(ref: ResultRef) -> SearchHit:
    raise AssertionError("an empty result list builds no rows")
