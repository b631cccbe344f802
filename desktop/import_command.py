"""File ▸ Import files… / Import folder…: choose what to import, run the import dialog.

Imports go into the user's own archive (searched beside the bundled one). When an import
changed that archive, `library_changed` tells the application to reopen the library (once the
report has been read and the dialog closed) so the new articles can be searched at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from archive.importer.report import ImportReport
from desktop.import_dialog import ImportDialog

#: The file types the importers read (folders are walked for the same types).
IMPORTABLE = "*.txt *.md *.markdown *.html *.htm *.shtml *.jsonl *.json *.warc *.warc.gz"


class ImportCommand(QObject):
    """Asks for files or a folder and imports them into `archive_path` with a progress dialog."""

    #: The archive at `archive_path` gained or changed articles.
    library_changed = Signal()

    def __init__(self, window: QWidget, archive_path: Path) -> None:
        super().__init__(window)
        self._window, self._archive_path = window, archive_path
        self.dialog: ImportDialog | None = None
        self._changed = False

    def choose_files(self) -> None:
        """Ask for files, then import them."""
        names, _filter = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import files"),
            "",
            self.tr("Articles (%1);;All files (*)").replace("%1", IMPORTABLE),
        )
        if names:
            self.run([Path(name) for name in names])

    def choose_folder(self) -> None:
        """Ask for a folder, then import every article file in it and its subfolders."""
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import folder"))
        if folder:
            self.run([Path(folder)])

    def run(self, paths: Sequence[Path], *, workers: int | None = None) -> ImportDialog:
        """Show the progress dialog and start importing `paths`."""
        dialog = ImportDialog(self._archive_path, paths, self._window, workers=workers)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(self._closed)
        self.dialog, self._changed = dialog, False
        dialog.show()
        dialog.start()
        return dialog

    def _imported(self, report: object) -> None:
        if isinstance(report, ImportReport) and (report.added or report.revised):
            self._changed = True

    def _closed(self, _result: int) -> None:
        self.dialog = None
        if self._changed:
            self._changed = False
            self.library_changed.emit()
