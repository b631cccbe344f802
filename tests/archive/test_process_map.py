"""The ordered process map: order, errors, stopping early, bounded reading, and no busy thread."""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from archive import process_map

_REMEMBERED: list[int] = []


def square(value: int) -> int:
    return value * value


def fail_on_seven(value: int) -> int:
    if value == 7:
        raise ValueError("seven")
    return value


def remember(value: int) -> None:
    _REMEMBERED.append(value)


def add_remembered(value: int) -> int:
    return value + _REMEMBERED[-1]


def slow_identity(value: int) -> int:
    time.sleep(0.002)
    return value


def die_on_three(value: int) -> int:
    if value == 3:
        os._exit(1)
    return value


def test_results_come_in_input_order() -> None:
    results = process_map.ordered_map(square, range(500), workers=2, chunksize=7)
    assert list(results) == [value * value for value in range(500)]


def test_empty_input_gives_nothing() -> None:
    assert list(process_map.ordered_map(square, [], workers=2, chunksize=4)) == []


def test_initializer_runs_in_each_worker() -> None:
    results = process_map.ordered_map(
        add_remembered, range(20), workers=2, chunksize=3, initializer=remember, initargs=(100,)
    )
    assert list(results) == [value + 100 for value in range(20)]


def test_an_exception_in_a_worker_is_raised_to_the_caller() -> None:
    results = process_map.ordered_map(fail_on_seven, range(20), workers=2, chunksize=2)
    assert list(itertools.islice(results, 6)) == list(range(6))
    with pytest.raises(ValueError, match="seven"):
        next(results)


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    with pytest.raises(BrokenProcessPool):
        list(process_map.ordered_map(die_on_three, range(10), workers=2, chunksize=1))


def test_input_is_read_only_a_bounded_window_ahead() -> None:
    read: list[int] = []

    def counted() -> Iterator[int]:
        for value in range(100_000):
            read.append(value)
            yield value

    results = process_map.ordered_map(square, counted(), workers=2, chunksize=10)
    assert next(results) == 0
    window = 2 * process_map.CHUNKS_PER_WORKER * 10
    assert len(read) <= window + 10
    results.close()
    assert len(read) <= window + 10


def test_stopping_early_returns_without_running_the_rest() -> None:
    results = process_map.ordered_map(slow_identity, range(10_000), workers=2, chunksize=50)
    started = time.perf_counter()
    assert list(itertools.islice(results, 60)) == list(range(60))
    results.close()
    # all 10,000 would take 20 s of sleeping; what was in flight is at most 8 chunks of 50
    assert time.perf_counter() - started < 10


def large_text(value: int) -> str:
    return "漢" * 200_000


def test_helper_threads_stay_cheap_while_the_caller_works() -> None:
    """The reason for this module: with large results and a caller that works on each one,
    Pool.imap's helper threads used 5 times the caller's own CPU (7.4 s against 1.3 s: its
    worker-maintenance thread polled while a result sat in its pipe); the executor's used a
    seventh of it (0.21 s against 1.48 s), reading and unpickling the results."""
    results = process_map.ordered_map(large_text, range(400), workers=2, chunksize=4)
    before, caller_started = _thread_cpu_seconds(), time.thread_time()
    for _, text in zip(range(150), results, strict=False):
        assert len(text) == 200_000
        working = time.perf_counter()
        while time.perf_counter() - working < 0.01:
            pass
    helpers = _thread_cpu_seconds() - before
    caller = time.thread_time() - caller_started
    results.close()
    assert helpers < 0.5 * caller, f"helper threads {helpers:.2f} s, caller {caller:.2f} s"


def _thread_cpu_seconds() -> float:
    """CPU seconds of every thread of this process except the calling one."""
    tick = os.sysconf("SC_CLK_TCK")
    me = threading.get_native_id()
    total = 0.0
    for entry in Path("/proc/self/task").iterdir():
        if int(entry.name) == me:
            continue
        try:
            fields = entry.joinpath("stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def test_worker_count_defaults_to_at_most_two_cores() -> None:
    assert process_map.worker_count(3) == 3
    assert 1 <= process_map.worker_count(None) <= 2
