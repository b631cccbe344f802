"""What the worker thread does for the search panel, over its own connections to the archives."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from archive import search_first
from archive.library import Library
from archive.search import RankedResults, ResultRef, SearchHit, SearchRequest, build_hit, rank
from archive.store import ArchiveStore

#: Refs ranked by the first search; more are ranked only when the list is scrolled past them.
FIRST_REFS = 200
#: Rows built on the worker with the first refs, so the list fills in one step.
FIRST_ROWS = 50


class WorkerLibrary:
    """The worker thread's own `Library` (its own apsw connections), opened on that thread."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.library = Library.open(paths)

    def interrupt(self) -> None:
        """Abort the statement running on any of the worker's connections."""
        for store in self.library.stores:
            store.connection.interrupt()

    def close(self) -> None:
        """Close the worker's connections."""
        self.library.close()


@dataclass(frozen=True)
class SearchPage:
    """A search's ranking (refs still bound to the worker's stores) and its first rows, with
    the seconds the worker spent ranking and building them. `complete` is False for the early
    page of a broad query: exact total and first rows, no facets, the refs of those rows only."""

    request: SearchRequest
    ranked: RankedResults
    rows: list[SearchHit]
    rank_seconds: float = 0.0
    rows_seconds: float = 0.0
    complete: bool = True


SearchWork = Generator[SearchPage, None, SearchPage]


def first_page(request: SearchRequest) -> Callable[[WorkerLibrary], SearchWork]:
    """Work for the runner: rank the first refs and build their first rows.

    A broad query shown newest first yields an early page first (`search_first.first_page`:
    exact total, its first rows, no facets), then returns the complete one, whose rows are the
    early ones when its first refs are the same.
    """

    def work(context: WorkerLibrary) -> SearchWork:
        started = time.perf_counter()
        early = search_first.first_page(context.library, replace(request, limit=FIRST_ROWS))
        early_rows: list[SearchHit] = []
        if early is not None:
            ranked_at = time.perf_counter()
            early_rows = [build_hit(ref, early.plan) for ref in early.refs]
            built_at = time.perf_counter()
            rank_seconds, rows_seconds = ranked_at - started, built_at - ranked_at
            yield SearchPage(request, early, early_rows, rank_seconds, rows_seconds, False)
            started = built_at
        ranked = rank(context.library, replace(request, limit=FIRST_REFS, offset=0))
        ranked_at = time.perf_counter()
        first = ranked.refs[:FIRST_ROWS]
        if early is None or not _same_refs(early.refs, first):
            early_rows = [build_hit(ref, ranked.plan) for ref in first]
        built_at = time.perf_counter()
        return SearchPage(request, ranked, early_rows, ranked_at - started, built_at - ranked_at)

    return work


def _same_refs(early: list[ResultRef], complete: list[ResultRef]) -> bool:
    return [(ref.store.path, ref.rowid) for ref in early] == [
        (ref.store.path, ref.rowid) for ref in complete
    ]


def every_ref(request: SearchRequest) -> Callable[[WorkerLibrary], RankedResults]:
    """Work for the runner: the whole ranking, for a list scrolled past the first refs."""

    def work(context: WorkerLibrary) -> RankedResults:
        return rank(context.library, replace(request, limit=0, offset=0))

    return work


def warm_up(context: WorkerLibrary) -> list[str]:
    """Build the per-archive caches searches use; returns every source, most articles first."""
    counts: Counter[str] = Counter()
    for store in context.library.stores:
        store.date_ranks()
        sources, _years = store.facet_columns()
        counts.update(source for source in sources if source)
    return [source for source, _count in counts.most_common()]


class StoreMap:
    """Points refs ranked on the worker at the GUI thread's stores (same files, other
    connections), one ref at a time, when its row is built."""

    def __init__(self, stores: Sequence[ArchiveStore]) -> None:
        self._by_path = {store.path.resolve(): store for store in stores}
        self._targets: dict[int, ArchiveStore | None] = {}

    def rebind(self, ref: ResultRef) -> ResultRef | None:
        """The ref on the GUI thread's store of its file; None if that file is not open here."""
        key = id(ref.store)
        if key not in self._targets:
            self._targets[key] = self._by_path.get(ref.store.path.resolve())
        target = self._targets[key]
        return replace(ref, store=target) if target is not None else None
