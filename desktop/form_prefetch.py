"""Prepare the other script forms of the open article in idle time, so a switch only lays out.

When an article opens and the window has had a moment to show it (its annotations drawn and
the page painted: the worker would otherwise compete with that for the interpreter), a
generator job on the worker thread computes `show_article` for each form not shown yet, one
form per step (each step is a cancellation point); the reader keeps what arrives. Opening
another article or starting a search cancels what is left.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer

from archive.convert import ScriptForm
from archive.models import Article
from archive.shown import ShownArticle, show_article
from desktop.reader_pane import ReaderPane
from desktop.search_jobs import WorkerLibrary
from desktop.task_runner import Job, TaskRunner

#: How long an article is shown before its other forms are prepared.
IDLE_DELAY_MS = 150


def other_forms(article: Article, shown: ScriptForm) -> Iterator[ShownArticle]:
    """Work for the runner: the article in every form but the one shown, in the toggle's order."""
    for form in ScriptForm:
        if form is not shown:
            yield show_article(article, form)


class FormPrefetcher(QObject):
    """Keeps the reader's cache of shown forms filled for the open article."""

    def __init__(
        self, reader: ReaderPane, runner: TaskRunner[WorkerLibrary], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reader, self._runner = reader, runner
        self._job: Job | None = None
        #: Off, every switch computes its form on the spot (for measuring that cost).
        self.enabled = True
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_DELAY_MS)
        self._idle.timeout.connect(self._start)
        reader.article_shown.connect(self.prepare)

    def prepare(self, article: Article) -> None:
        """Prepare the other forms of a newly shown article, once it has been shown."""
        self.cancel()
        if self.enabled:
            self._idle.start()

    def _start(self) -> None:
        article = self._reader.article
        if article is None:
            return
        work = lambda _context: other_forms(article, self._reader.form)  # noqa: E731
        self._job = self._runner.submit(
            work, lambda _result: None, on_progress=self._reader.remember
        )

    def cancel(self) -> None:
        """Stop preparing (a search or another article needs the worker)."""
        self._idle.stop()
        self._runner.cancel(self._job)
        self._job = None
