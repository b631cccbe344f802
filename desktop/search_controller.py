"""Search as you type: debounce, run off the GUI thread, drop stale results, fill the list.

Every search gets a generation number; a result arrives only if its generation is still the
newest, so a slow old query can never replace the list of a newer one. Starting a search
cancels the previous one: its result is dropped and, if it is still running, its SQLite
statement is interrupted (`Connection.interrupt()` through the task runner).
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from archive.errors import ArchiveError, ArticleNotFoundError, QueryError
from archive.filters import build_request
from archive.finding import Terms, highlight_terms
from archive.library import Library
from archive.search import RankedResults, ResultRef, SearchHit, SearchRequest, build_hit
from archive.search_plan import SearchPlan
from desktop import settings as keys
from desktop.core_messages import translated
from desktop.errors import report_exception
from desktop.results_model import ResultsModel
from desktop.search_history import SearchHistory
from desktop.search_jobs import SearchPage, StoreMap, WorkerLibrary, every_ref, first_page, warm_up
from desktop.search_panel import SearchPanel
from desktop.settings import Settings
from desktop.task_runner import Job, TaskRunner

DEBOUNCE_MS = 220


class SearchController(QObject):
    """Connects the search panel, the task runner and the results model."""

    #: New results are in the list (the highlight terms may have changed).
    results_shown = Signal()
    #: A search was sent to the worker (other work there should make way).
    search_started = Signal()

    def __init__(
        self,
        panel: SearchPanel,
        model: ResultsModel,
        runner: TaskRunner[WorkerLibrary],
        library: Library,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panel, self._model, self._runner = panel, model, runner
        self._settings = settings
        self._generation = 0
        self._job: Job | None = None
        self._refs_job: Job | None = None
        self._warm_job: Job | None = None
        self._request: SearchRequest | None = None
        self._plan: SearchPlan | None = None
        self._stores = StoreMap(library.stores)
        self.terms: Terms = []
        #: Seconds from the debounce firing (or an immediate search) to the rows being shown.
        self.last_latency: float | None = None
        #: The page shown last (its worker timings tell where the latency went).
        self.last_page: SearchPage | None = None
        self._fired_at = 0.0
        self.history = SearchHistory.from_json(settings.get(keys.SEARCH_HISTORY))
        panel.set_history(self.history.entries)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        panel.query_edited.connect(lambda _text: self._debounce.start())
        panel.query_submitted.connect(self._submitted)
        panel.filters_changed.connect(self._filters_changed)
        model.refs_wanted.connect(self._fetch_every_ref)

    def start(self) -> None:
        """Warm the worker's caches, list the sources, and show the first list."""
        self._warm_job = self._runner.submit(
            warm_up, self._sources_arrived, on_error=self._warm_up_failed
        )
        self.search_now()

    def _sources_arrived(self, sources: list[str]) -> None:
        self._warm_job = None
        self._panel.set_sources(sources)

    def _warm_up_failed(self, error: object) -> None:
        self._warm_job = None
        self._failed(error)

    def search_now(self) -> None:
        """Run the panel's query and filters now, superseding any search still running."""
        self._debounce.stop()
        self._fired_at = time.perf_counter()
        self._generation += 1  # whatever was asked before is stale now, even if this fails
        self._runner.cancel(self._job)
        self._runner.cancel(self._refs_job)
        self._job = self._refs_job = None
        try:
            request = build_request(self._panel.query(), self._panel.filters())
        except QueryError as error:
            self._panel.show_error(translated(str(error)))
            return
        self._panel.show_searching()
        self.search_started.emit()
        self._job = self._runner.submit(
            first_page(request),
            partial(self._page_arrived, self._generation),
            on_error=partial(self._search_failed, self._generation),
            on_progress=partial(self._page_arrived, self._generation),
        )

    @property
    def busy(self) -> bool:
        """True while a search (or the first warm-up) is waiting, running or owed."""
        jobs = (self._job, self._refs_job, self._warm_job)
        return self._debounce.isActive() or any(job is not None for job in jobs)

    def remember_query(self) -> None:
        """Put the current query in the history (when the user acted on its results)."""
        if self.history.add(self._panel.query()):
            self._panel.set_history(self.history.entries)
            self._settings.set(keys.SEARCH_HISTORY, self.history.to_json())

    def _submitted(self, _text: str) -> None:
        self.search_now()
        self.remember_query()

    def _filters_changed(self) -> None:
        filters = self._panel.filters()
        self._settings.set(keys.SORT_ORDER, filters.sort.value)
        self._settings.set(keys.REGIONAL, filters.regional)
        self.search_now()

    def _page_arrived(self, generation: int, page: SearchPage) -> None:
        """Show a page: an early one (rows and total, no facets yet) or the complete one, which
        after an early page of the same refs only adds its refs and the facets."""
        if generation != self._generation:
            return  # a newer search owns the list now
        early_shown = self.last_page is not None and self.last_page.request is page.request
        if page.complete:
            self._job = None
        self.last_page = page
        ranked = page.ranked
        self._request, self._plan = page.request, ranked.plan
        if early_shown and self._model.add_refs(ranked.refs):
            self._panel.show_counts(
                ranked.total, ranked.by_source, ranked.by_year, everything=ranked.plan.is_empty
            )
            return
        self.terms = highlight_terms(ranked.plan.highlight_terms, regional=page.request.regional)
        self._model.set_results(ranked.refs, page.rows, self._build_row, total=ranked.total)
        self._panel.show_counts(
            ranked.total, ranked.by_source, ranked.by_year, everything=ranked.plan.is_empty
        )
        self._panel.count_label.setToolTip("")
        self.last_latency = time.perf_counter() - self._fired_at
        self.results_shown.emit()

    def _fetch_every_ref(self) -> None:
        if self._request is None:
            return
        self._refs_job = self._runner.submit(
            every_ref(self._request),
            partial(self._refs_arrived, self._generation),
            on_error=partial(self._search_failed, self._generation),
        )

    def _refs_arrived(self, generation: int, ranked: RankedResults) -> None:
        if generation == self._generation:
            self._refs_job = None
            self._model.extend_refs(ranked.refs)

    def _build_row(self, ref: ResultRef) -> SearchHit:
        """A row built on this thread's own connection to the ref's archive."""
        assert self._plan is not None, "rows are built only for a search that arrived"
        local = self._stores.rebind(ref)
        if local is None:
            raise ArticleNotFoundError(f"No archive named {ref.store.name} is open.")
        return build_hit(local, self._plan)

    def _search_failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self._job = self._refs_job = None
            self._failed(error)

    def _failed(self, error: object) -> None:
        if isinstance(error, ArchiveError):
            self._panel.show_error(translated(str(error)))
        elif isinstance(error, BaseException):
            report_exception(self._panel.window(), error)
