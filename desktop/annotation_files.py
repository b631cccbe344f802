"""File menu commands for annotations: export (Markdown, CSV, JSON-LD; the browser's current
filter), import (JSON-LD), back up now, restore the newest backup. Each ends with one sentence
saying what happened (`reported`); a known problem is the controller's `problem` sentence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from archive.annotation_filters import AnnotationFilter
from archive.errors import ArchiveError
from desktop.annotation_controller import AnnotationController
from desktop.user_store_keeper import UserStoreKeeper

#: Export formats: (core name, file suffix).
FORMATS = {"md": ".md", "csv": ".csv", "jsonld": ".jsonld"}


class AnnotationFiles(QObject):
    """Export, import, backup and restore, with their file dialogs and report sentences."""

    reported = Signal(str)

    def __init__(
        self,
        controller: AnnotationController,
        keeper: UserStoreKeeper,
        wanted: Callable[[], AnnotationFilter],
        creator: Callable[[], str],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._controller, self._keeper = controller, keeper
        self._wanted, self._creator, self._window = wanted, creator, window

    def _filters(self) -> dict[str, str]:
        return {
            "md": self.tr("Markdown (*.md)"),
            "csv": self.tr("CSV spreadsheet (*.csv)"),
            "jsonld": self.tr("W3C Web Annotation JSON-LD (*.jsonld *.json)"),
        }

    def export(self, form: str) -> None:
        """Ask where, then export what the browser's filter selects."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"wenyuan-annotations{FORMATS[form]}")
        path, _chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Export annotations"), suggested, self._filters()[form]
        )
        if path:
            self.export_to(Path(path), form)

    def export_to(self, path: Path, form: str) -> bool:
        """Write the export; report how many annotations went where."""
        store = self._controller.store
        if store is None:
            return False
        wanted = self._wanted()
        try:
            text = store.export(form, wanted)
            count = store.browse(wanted, limit=1).total
        except ArchiveError as error:
            self._controller.problem.emit(str(error))
            return False
        encoding = "utf-8-sig" if form == "csv" else "utf-8"  # spreadsheets want the BOM
        try:
            path.write_text(text, encoding=encoding, newline="")
        except OSError as error:
            self._controller.problem.emit(
                self.tr("%1 could not be written: %2.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return False
        self.reported.emit(
            self.tr("Exported %n annotation(s) to %1.", "", count).replace("%1", str(path))
        )
        return True

    def import_(self) -> None:
        """Ask for a JSON-LD file, then merge it."""
        path, _chosen = QFileDialog.getOpenFileName(
            self._window, self.tr("Import annotations"), "", self._filters()["jsonld"]
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Merge a JSON-LD export (by id; the later edit wins); report what changed."""
        store = self._controller.store
        if store is None:
            return False
        try:
            report = store.import_file(path)
        except ArchiveError as error:
            self._controller.problem.emit(str(error))
            return False
        self._controller.reload()
        self._controller.changed.emit()
        self.reported.emit(
            self.tr("Imported %1: %2 new, %3 updated, %4 already up to date.")
            .replace("%1", path.name)
            .replace("%2", str(report.added))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged))
        )
        return True

    def back_up_now(self) -> None:
        """A manual backup, kept until deleted."""
        store = self._controller.store
        if store is None:
            return
        try:
            made = store.back_up_now()
        except ArchiveError as error:
            self._controller.problem.emit(str(error))
            return
        self.reported.emit(self.tr("Annotations backed up to %1.").replace("%1", str(made.path)))

    def restore_newest(self) -> None:
        """Ask, then replace the store by its newest usable backup (the current file is kept)."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore annotations"),
            self.tr(
                "Replace your annotations by the newest backup? The current file is kept in "
                "the backup folder."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore()

    def restore(self) -> bool:
        """Restore the newest usable backup and work with it; False (and the sentence) if not."""
        store = self._keeper.restore(self._creator())
        self._controller.set_store(store)
        if store is None and self._keeper.problem:
            self._controller.problem.emit(self._keeper.problem)
        return store is not None
