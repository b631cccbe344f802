"""Runs core functions and generators on one worker thread; results come back on the GUI thread.

The worker owns a *context* it opens itself (e.g. its own `Library`, so its apsw connections
are used by that thread alone). Work is a callable taking the context and returning a value,
or a generator whose `yield`s are progress reports and cancellation points and whose `return`
value is the result. Callbacks run on the GUI thread; widgets are never touched from the worker.
Cancelling a job drops its result and interrupts it while it runs (`context.interrupt()`,
e.g. apsw's `Connection.interrupt()`); a cancelled job never reports, not even its failure.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

JOIN_TIMEOUT_SECONDS = 5.0


class WorkerContext(Protocol):
    """What the worker thread holds: it can be interrupted (from any thread) and closed."""

    def interrupt(self) -> None:
        """Stop what the context is doing right now, as soon as it can."""

    def close(self) -> None:
        """Release what the context holds (called on the worker thread)."""


C = TypeVar("C", bound=WorkerContext)

Work = Callable[[C], Any]
Callback = Callable[[Any], None]


@dataclass
class Job:
    """A handle on submitted work."""

    id: int
    cancelled: threading.Event = field(default_factory=threading.Event)

    @property
    def is_cancelled(self) -> bool:
        """True once `TaskRunner.cancel` was called for this job."""
        return self.cancelled.is_set()


@dataclass
class _Callbacks:
    job: Job
    on_done: Callback
    on_error: Callback
    on_progress: Callback | None


class TaskRunner(QObject, Generic[C]):
    """One worker thread running jobs in order; see the module docstring for the contract."""

    _done = Signal(int, object)
    _failed = Signal(int, object)
    _progressed = Signal(int, object)

    def __init__(
        self,
        open_context: Callable[[], C],
        on_unhandled_error: Callback,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_context = open_context
        self._on_unhandled_error = on_unhandled_error
        self._queue: queue.SimpleQueue[tuple[Job, Work[C]] | None] = queue.SimpleQueue()
        self._callbacks: dict[int, _Callbacks] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._context: C | None = None
        self._running: Job | None = None
        self._done.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)
        self._progressed.connect(self._deliver_progress)
        self._thread = threading.Thread(target=self._serve, name="wenyuan-worker", daemon=True)
        self._thread.start()

    def submit(
        self,
        work: Work[C],
        on_done: Callback,
        *,
        on_error: Callback | None = None,
        on_progress: Callback | None = None,
    ) -> Job:
        """Queue `work`; `on_done(result)` or `on_error(exception)` later runs on this thread."""
        job = Job(next(self._ids))
        self._callbacks[job.id] = _Callbacks(
            job, on_done, on_error or self._on_unhandled_error, on_progress
        )
        self._queue.put((job, work))
        return job

    def cancel(self, job: Job | None) -> None:
        """Drop the job's result; interrupt it if it is running now."""
        if job is None:
            return
        job.cancelled.set()
        self._callbacks.pop(job.id, None)
        with self._lock:
            if self._running is job and self._context is not None:
                self._context.interrupt()

    def shutdown(self) -> None:
        """Cancel what is running, finish the thread and close the context."""
        with self._lock:
            running = self._running
        self.cancel(running)
        self._callbacks.clear()
        self._queue.put(None)
        self._thread.join(JOIN_TIMEOUT_SECONDS)

    @property
    def busy(self) -> bool:
        """True while results are owed to someone."""
        return bool(self._callbacks)

    # --- the worker thread ------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            context = self._open_context()
        except BaseException as error:  # reported on the GUI thread, like any job's error
            self._drain_with(error)
            return
        with self._lock:
            self._context = context
        try:
            while (item := self._queue.get()) is not None:
                job, work = item
                if not job.is_cancelled:
                    self._run(job, work, context)
        finally:
            with self._lock:
                self._context = None
            context.close()

    def _run(self, job: Job, work: Work[C], context: C) -> None:
        with self._lock:
            self._running = job
        try:
            result = work(context)
            if isinstance(result, Generator):
                result = self._drive(job, result)
            if not job.is_cancelled:
                self._done.emit(job.id, result)
        except BaseException as error:
            if not job.is_cancelled:
                self._failed.emit(job.id, error)
        finally:
            with self._lock:
                self._running = None

    def _drive(self, job: Job, generator: Generator[Any, None, Any]) -> Any:
        """Run a generator to its end, reporting each yield, stopping early when cancelled."""
        try:
            while True:
                report = next(generator)
                if job.is_cancelled:
                    generator.close()
                    return None
                self._progressed.emit(job.id, report)
        except StopIteration as finished:
            return finished.value

    def _drain_with(self, error: BaseException) -> None:
        """The context could not open: every job submitted fails with that error."""
        while (item := self._queue.get()) is not None:
            job, _work = item
            if not job.is_cancelled:
                self._failed.emit(job.id, error)

    # --- the GUI thread ------------------------------------------------------------------------

    def _deliver_result(self, job_id: int, result: object) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks is not None and not callbacks.job.is_cancelled:
            callbacks.on_done(result)

    def _deliver_error(self, job_id: int, error: object) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks is not None and not callbacks.job.is_cancelled:
            callbacks.on_error(error)

    def _deliver_progress(self, job_id: int, report: object) -> None:
        callbacks = self._callbacks.get(job_id)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(report)
