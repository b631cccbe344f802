"""The worker thread: results and errors come back on the GUI thread; cancelled work is silent."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import apsw
import pytest
from pytestqt.qtbot import QtBot

from desktop.task_runner import TaskRunner

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


class Context:
    """A real SQLite connection owned by the worker thread."""

    def __init__(self) -> None:
        self.connection = apsw.Connection(":memory:")
        self.thread = threading.get_ident()
        self.closed_on: int | None = None
        self.started = threading.Event()

    def interrupt(self) -> None:
        self.connection.interrupt()

    def close(self) -> None:
        self.closed_on = threading.get_ident()
        self.connection.close()


class Outcomes:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[object] = []
        self.progress: list[object] = []
        self.threads: list[int] = []

    def done(self, value: object) -> None:
        self.threads.append(threading.get_ident())
        self.results.append(value)

    def failed(self, error: object) -> None:
        self.threads.append(threading.get_ident())
        self.errors.append(error)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner[Context]]:
    unhandled: list[object] = []
    task_runner: TaskRunner[Context] = TaskRunner(Context, unhandled.append)
    yield task_runner
    task_runner.shutdown()
    assert unhandled == []


def endless(context: Context) -> object:
    context.started.set()
    return context.connection.execute(ENDLESS).fetchall()


def test_results_arrive_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner[Context]) -> None:
    outcomes = Outcomes()
    runner.submit(lambda context: (context.thread, threading.get_ident()), outcomes.done)
    qtbot.waitUntil(lambda: bool(outcomes.results))
    ((worker_context, worker_now),) = outcomes.results  # type: ignore[misc]
    assert worker_context == worker_now != threading.get_ident()
    assert outcomes.threads == [threading.get_ident()]
    assert not runner.busy


def test_errors_arrive_as_exceptions(qtbot: QtBot, runner: TaskRunner[Context]) -> None:
    outcomes = Outcomes()
    runner.submit(
        lambda context: context.connection.execute("SELECT nonsense(").fetchall(),
        outcomes.done,
        on_error=outcomes.failed,
    )
    qtbot.waitUntil(lambda: bool(outcomes.errors))
    assert isinstance(outcomes.errors[0], apsw.SQLError)
    assert outcomes.results == []


def test_a_generator_reports_progress_then_its_result(
    qtbot: QtBot, runner: TaskRunner[Context]
) -> None:
    def counting(_context: Context) -> Iterator[int]:
        yield from range(3)
        return "finished"  # type: ignore[return-value]

    outcomes = Outcomes()
    runner.submit(counting, outcomes.done, on_progress=outcomes.progress.append)
    qtbot.waitUntil(lambda: bool(outcomes.results))
    assert outcomes.progress == [0, 1, 2]
    assert outcomes.results == ["finished"]


def test_cancelling_interrupts_a_running_query_and_reports_nothing(
    qtbot: QtBot, runner: TaskRunner[Context]
) -> None:
    first, second = Outcomes(), Outcomes()
    contexts: list[Context] = []
    job = runner.submit(
        lambda context: contexts.append(context) or endless(context),
        first.done,
        on_error=first.failed,
    )
    qtbot.waitUntil(lambda: bool(contexts) and contexts[0].started.is_set())
    runner.cancel(job)
    runner.submit(lambda context: context.connection.execute("SELECT 42").get, second.done)
    qtbot.waitUntil(lambda: bool(second.results), timeout=5000)
    assert second.results == [42]  # the interrupt stopped the old query, not the new one
    qtbot.wait(50)
    assert first.results == [] and first.errors == []


def test_a_cancelled_job_waiting_in_the_queue_never_runs(
    qtbot: QtBot, runner: TaskRunner[Context]
) -> None:
    gate = threading.Event()
    ran: list[str] = []
    outcomes = Outcomes()
    runner.submit(lambda _context: gate.wait(5), outcomes.done)
    waiting = runner.submit(lambda _context: ran.append("queued"), outcomes.done)
    runner.cancel(waiting)
    gate.set()
    qtbot.waitUntil(lambda: outcomes.results == [True])
    qtbot.wait(50)
    assert ran == []


def test_a_context_that_cannot_open_fails_every_job(qtbot: QtBot) -> None:
    def broken() -> Context:
        raise OSError("no archive")

    unhandled: list[object] = []
    failing: TaskRunner[Context] = TaskRunner(broken, unhandled.append)
    try:
        failing.submit(lambda _context: 1, lambda _value: None)
        qtbot.waitUntil(lambda: bool(unhandled))
        assert isinstance(unhandled[0], OSError)
    finally:
        failing.shutdown()


def test_shutdown_stops_running_work_and_closes_the_context_on_the_worker(
    qtbot: QtBot,
) -> None:
    contexts: list[Context] = []
    task_runner: TaskRunner[Context] = TaskRunner(Context, lambda _error: None)
    task_runner.submit(lambda context: contexts.append(context) or endless(context), print)
    qtbot.waitUntil(lambda: bool(contexts) and contexts[0].started.is_set())
    task_runner.shutdown()
    context = contexts[0]
    assert context.closed_on == context.thread != threading.get_ident()
