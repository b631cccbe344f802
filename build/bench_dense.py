"""Dense terms side by side: `search()` with the bitmaps and with them set aside, in one process.

Uses the archive `make bench` built (bench-data/bench-N.sqlite, run build/bench_search.py with
that size first) and the benchmark's queries (seed 1); each query runs with the bitmaps and
then with `dense_terms.dense_phrases` answering nothing, so the index answers, alternating query
by query, for several rounds. Prints p50 / p95 per class in ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_queries
import bench_report
import corpus_synth

from archive import dense_terms
from archive.library import Library
from archive.search import SearchRequest, search, warm_up
from archive.store import ArchiveStore


def _timed(library: Library, text: str) -> float:
    started = time.perf_counter()
    search(library, SearchRequest(text))
    return (time.perf_counter() - started) * 1000


def _figures(times: list[float]) -> str:
    return f"{statistics.median(times):.1f} / {bench_report.percentile(times, 0.95):.1f}"


def compare(library: Library, queries: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Wall times of each query with the bitmaps and with them set aside."""
    real = dense_terms.dense_phrases
    none: Callable[[ArchiveStore], frozenset[str]] = lambda store: frozenset()  # noqa: E731
    used: list[float] = []
    aside: list[float] = []
    try:
        for _round in range(rounds):
            for text in queries:
                dense_terms.dense_phrases = real  # type: ignore[assignment]
                used.append(_timed(library, text))
                dense_terms.dense_phrases = none  # type: ignore[assignment]
                aside.append(_timed(library, text))
    finally:
        dense_terms.dense_phrases = real  # type: ignore[assignment]
    return used, aside


def main() -> int:
    """Print the side-by-side table for the chosen size and classes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=60, help="queries per class")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--classes", help="comma-separated query classes (default: all)")
    arguments = parser.parse_args()
    path = corpus_synth.BENCH_DATA / f"bench-{arguments.articles}.sqlite"
    library = Library.open([path])
    if library.failures:
        sys.exit("; ".join(library.failures))
    warm_up(library)
    drawn = bench_queries.draw_queries(library.stores[0].connection, 1, arguments.queries)
    kinds = arguments.classes.split(",") if arguments.classes else list(bench_queries.CLASSES)
    print(f"{arguments.articles:,} articles; load before {bench_report.load_text()}")
    print("class | with bitmaps p50 / p95 | set aside p50 / p95 (ms)")
    for kind in kinds:
        used, aside = compare(library, [query.text for query in drawn[kind]], arguments.rounds)
        print(f"{kind} | {_figures(used)} | {_figures(aside)}")
    print(f"load after {bench_report.load_text()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
