"""File ▸ Import…: import files and folders into the user's archive, with progress and Cancel.

The core's `import_files` generator runs on a worker thread of its own (an import may take
minutes, and searching must not wait behind it); each `yield` is a progress report and the
point where Cancel takes effect. Cancelling keeps the whole batches already committed and is
never an error; the report at the end says what happened, in one line per failed file.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from archive.errors import ArchiveError
from archive.importer.report import ImportProgress, ImportReport, grouped_failures
from desktop.core_messages import translated
from desktop.errors import report_exception
from desktop.task_runner import Job, TaskRunner

PROGRESS_STEPS = 1000
FAILURES_SHOWN = 50


class _ImportContext:
    """The import worker's context: the generator opens its own connection."""

    def interrupt(self) -> None:
        """Nothing to interrupt: cancelling closes the generator at its next report."""

    def close(self) -> None:
        """Nothing to release."""


class ImportDialog(QDialog):
    """Runs one import and shows its progress, then its report; `imported` says it changed."""

    #: Emitted once when the import ended (done or cancelled) and may have changed the archive.
    imported = Signal(object)  # ImportReport

    def __init__(
        self,
        archive_path: Path,
        paths: Sequence[Path],
        parent: QWidget | None = None,
        *,
        workers: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(520)
        self._archive_path, self._paths, self._workers = archive_path, list(paths), workers
        self._last: ImportReport | None = None
        self._job: Job | None = None
        self.status = QLabel(self.tr("Preparing…"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.progress, self.details, self.buttons):
            layout.addWidget(widget)
        self._runner: TaskRunner[_ImportContext] = TaskRunner(
            _ImportContext, self._failed, parent=self
        )

    @property
    def running(self) -> bool:
        """True until the import has finished, failed or been cancelled."""
        return self._job is not None

    def start(self) -> None:
        """Begin importing (call once, after showing the dialog)."""
        self._job = self._runner.submit(
            self._work, self._finished, on_error=self._failed, on_progress=self._progressed
        )

    def _work(self, _context: _ImportContext) -> Generator[ImportProgress, None, Any]:
        last = None
        # Imported here, not at start-up: the importers (trafilatura, lxml) take ~0.6 s to load.
        from archive.importer.pipeline import import_files

        for last in import_files(self._archive_path, self._paths, workers=self._workers):
            yield last
        return None if last is None else last.report

    def cancel_or_close(self) -> None:
        """Cancel a running import (keeping whole batches); close the dialog when it ended."""
        if self._job is None:
            self.accept()
            return
        self._runner.cancel(self._job)
        self._job = None
        self.status.setText(self.tr("Cancelling…"))
        self._runner.shutdown()  # waits for the generator to record the cancelled import
        report = self._last or ImportReport()
        report.cancelled = True
        self._show_report(report)

    def _progressed(self, progress: object) -> None:
        if not isinstance(progress, ImportProgress):
            return
        self._last = progress.report
        self.progress.setValue(round(progress.fraction * PROGRESS_STEPS))
        report = progress.report
        self.status.setText(
            self.tr("%1 added, %2 unchanged, %3 failed — %4")
            .replace("%1", str(report.added))
            .replace("%2", str(report.unchanged))
            .replace("%3", str(report.failure_count))
            .replace("%4", progress.current)
        )

    def _finished(self, report: object) -> None:
        self._job = None
        self._show_report(report if isinstance(report, ImportReport) else ImportReport())

    def _failed(self, error: object) -> None:
        self._job = None
        if isinstance(error, ArchiveError):
            self.status.setText(translated(str(error)))
            self._become_closable()
            return
        if isinstance(error, BaseException):
            self._become_closable()
            report_exception(self, error)

    def _show_report(self, report: ImportReport) -> None:
        self.progress.setValue(PROGRESS_STEPS if not report.cancelled else self.progress.value())
        self.status.setText(self._summary(report))
        lines = grouped_failures(report)[:FAILURES_SHOWN]
        if lines:
            self.details.setPlainText("\n".join(lines))
            self.details.show()
        self._become_closable()
        self.imported.emit(report)

    def _become_closable(self) -> None:
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _summary(self, report: ImportReport) -> str:
        """The report in one or two sentences of the interface language."""
        counts = (
            self.tr("%1 added, %2 unchanged, %3 revised, %4 duplicates skipped, %5 failed.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.unchanged))
            .replace("%3", str(report.revised))
            .replace("%4", str(report.duplicate_count))
            .replace("%5", str(report.failure_count))
        )
        if report.cancelled:
            return self.tr("Import cancelled; what was imported before stays.") + " " + counts
        seconds = self.tr("Import finished in %1 s.").replace("%1", f"{report.seconds:.1f}")
        return seconds + " " + counts

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            self.cancel_or_close()
        else:
            self._runner.shutdown()
        super().closeEvent(event)
