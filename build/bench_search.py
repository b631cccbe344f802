"""Search benchmark: build N synthetic articles the shipped way; time queries against brute force.

The archive is built by `archive.bulk.add_in_batches`, the path of large builds: worker processes
prepare the articles, the main process stores them and a writer process indexes them
(archive.fts_shards). Imports share the preparation and the store but index inline
(docs/search.md). Query latency is the whole `search()` call
(exact total, facets, BM25 or date order, 20 snippets); the same queries are then counted by a
brute-force scan of the same folded text, side by side.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "build"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import apsw  # noqa: E402
import bench_build  # noqa: E402
import bench_queries  # noqa: E402
import bench_report  # noqa: E402
import corpus_synth  # noqa: E402
from bench_queries import CLASSES, BenchQuery  # noqa: E402
from bench_report import MB, load_text  # noqa: E402

from archive.library import Library  # noqa: E402
from archive.search import RANK_BUDGET, RANK_LIMIT, SearchRequest, SortOrder, search  # noqa: E402

#: Targets of issue 3 at 100,000 articles: per class p50/p95 (ms), index/text, build MB/s.
TARGET_P50_MS = 15.0
TARGET_P95_MS = 50.0
TARGET_INDEX_RATIO = 3.5
TARGET_BUILD_MB_S = 2.0


# --- sizes -------------------------------------------------------------------------------------


@dataclass
class SizeFigures:
    """Bytes on disk: the search's tables (FTS5 index, dense terms), the articles table, the
    whole file."""

    text_bytes: int
    index_bytes: int
    index_tables: dict[str, int]
    articles_bytes: int
    file_bytes: int

    @property
    def ratio(self) -> float:
        """Index bytes per byte of title + plain text."""
        return self.index_bytes / self.text_bytes if self.text_bytes else float("nan")


def measure_size(path: Path) -> SizeFigures:
    """Page sizes per table from SQLite's dbstat virtual table."""
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        text_bytes = bench_build.text_bytes(connection)
        rows = connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
        pages = {str(name): int(size) for name, size in rows}
    finally:
        connection.close()
    search_tables = ("search_index", "dense_terms", "sqlite_autoindex_dense_terms")
    index_tables = {k: v for k, v in pages.items() if k.startswith(search_tables)}
    articles = sum(v for k, v in pages.items() if k == "articles" or "articles_by" in k)
    return SizeFigures(
        text_bytes, sum(index_tables.values()), index_tables, articles, path.stat().st_size
    )


# --- timing ------------------------------------------------------------------------------------


@dataclass
class ClassFigures:
    """Latencies (ms) of one query class, index and brute force."""

    kind: str
    count: int
    p50: float
    p95: float
    worst: float
    worst_query: str
    median_total: float
    ranked_share: float
    cpu_p50: float
    cpu_p95: float
    brute_count: int = 0
    brute_p50: float = float("nan")
    brute_p95: float = float("nan")
    mismatches: list[str] = field(default_factory=list)

    @property
    def speedup(self) -> float:
        """Brute-force p50 over index p50."""
        return self.brute_p50 / self.p50 if self.p50 and self.brute_count else float("nan")

    @property
    def meets_targets(self) -> bool:
        """p50 and p95 under the targets."""
        return self.p50 < TARGET_P50_MS and self.p95 < TARGET_P95_MS


@dataclass
class IndexTimes:
    """Per query: wall and CPU milliseconds of the full search() call, and its exact total."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)
    ranked: int = 0


def time_index(library: Library, queries: list[BenchQuery]) -> IndexTimes:
    """Time search(limit=20) for each query; count those ranked by relevance."""
    times = IndexTimes()
    for query in queries:
        cpu_started = time.process_time()
        started = time.perf_counter()
        result = search(library, SearchRequest(query.text, limit=20))
        times.wall.append((time.perf_counter() - started) * 1000)
        times.cpu.append((time.process_time() - cpu_started) * 1000)
        times.totals.append(result.total)
        times.ranked += result.ranked_by is SortOrder.RELEVANCE
    return times


def time_brute(
    corpus: bench_queries.BruteCorpus, queries: list[BenchQuery]
) -> tuple[list[float], list[int]]:
    """Per query: milliseconds of the reference scan and its count."""
    times: list[float] = []
    counts: list[int] = []
    for query in queries:
        started = time.perf_counter()
        counts.append(bench_queries.brute_count(corpus, query))
        times.append((time.perf_counter() - started) * 1000)
    return times, counts


def profile_class(library: Library, queries: list[BenchQuery], out: Path) -> str:
    """cProfile one pass over the queries; the full listing goes to `out`, the top to the caller."""
    profiler = cProfile.Profile()
    profiler.enable()
    for query in queries:
        search(library, SearchRequest(query.text, limit=20))
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(40)
    out.write_text(buffer.getvalue(), encoding="utf-8")
    short = io.StringIO()
    pstats.Stats(profiler, stream=short).sort_stats("tottime").print_stats(12)
    return short.getvalue()


# --- one size ----------------------------------------------------------------------------------


@dataclass
class SizeRun:
    """Everything measured for one archive size."""

    articles: int
    environment: dict[str, str]
    build: bench_build.BuildFigures
    reused: bool
    size: SizeFigures
    cold_ms: float
    classes: list[ClassFigures]
    brute_setup_s: float
    query_load_before: str
    query_load_after: str
    per_class: int
    brute_per_class: int
    profiles: dict[str, str] = field(default_factory=dict)


def _build_or_reuse(
    arguments: argparse.Namespace, pool: corpus_synth.SentencePool, total: int, path: Path
) -> tuple[bench_build.BuildFigures, bool]:
    build = None
    if arguments.reuse:
        build = bench_build.reusable_build(
            path, total, arguments.seed, rebuild_dense=arguments.rebuild_dense
        )
    if build is not None:
        print(f"reusing {path.name} (built earlier with seed {arguments.seed})", file=sys.stderr)
        return build, True
    print(f"building {path.name} ({arguments.workers} workers) …", file=sys.stderr, flush=True)
    return bench_build.build_archive(path, pool, total, arguments.seed, arguments.workers), False


def _class_figures(kind: str, queries: list[BenchQuery], times: IndexTimes) -> ClassFigures:
    worst = max(range(len(times.wall)), key=times.wall.__getitem__)
    return ClassFigures(
        kind,
        len(times.wall),
        statistics.median(times.wall),
        bench_report.percentile(times.wall, 0.95),
        times.wall[worst],
        queries[worst].text,
        statistics.median(times.totals),
        times.ranked / len(times.wall),
        statistics.median(times.cpu),
        bench_report.percentile(times.cpu, 0.95),
    )


def _compare_brute(
    path: Path,
    classes: list[ClassFigures],
    queries: dict[str, list[BenchQuery]],
    totals: dict[str, list[int]],
    per_class: int,
) -> float:
    """Time the brute-force scan on the first `per_class` queries; record differing totals."""
    print("brute force …", file=sys.stderr, flush=True)
    corpus = bench_queries.load_brute(path)
    for figures in classes:
        subset = queries[figures.kind][:per_class]
        times, counts = time_brute(corpus, subset)
        figures.brute_count = len(times)
        figures.brute_p50 = statistics.median(times)
        figures.brute_p95 = bench_report.percentile(times, 0.95)
        index_totals = totals[figures.kind][:per_class]
        for query, count, found in zip(subset, counts, index_totals, strict=True):
            if count != found:
                note = f"{query.text!r}: index {found}, brute force {count}"
                figures.mismatches.append(note)
                print(f"WARNING: totals differ for {note}", file=sys.stderr)
    return corpus.seconds


def run_size(arguments: argparse.Namespace, pool: corpus_synth.SentencePool, total: int) -> SizeRun:
    """Build (or reuse), measure the size, then time every query class."""
    env = bench_report.environment()
    path = corpus_synth.BENCH_DATA / f"bench-{total}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    build, reused = _build_or_reuse(arguments, pool, total, path)
    size = measure_size(path)

    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    queries = bench_queries.draw_queries(connection, arguments.seed, arguments.queries)
    warmups = bench_queries.draw_queries(connection, arguments.seed + 1, 3)
    connection.close()

    library = Library.open([path])
    if library.failures:
        sys.exit("; ".join(library.failures))
    load_before = load_text()
    started = time.perf_counter()
    search(library, SearchRequest(warmups[CLASSES[1]][0].text, limit=20))
    cold_ms = (time.perf_counter() - started) * 1000
    for batch in warmups.values():
        time_index(library, batch)

    classes: list[ClassFigures] = []
    totals: dict[str, list[int]] = {}
    for kind in CLASSES:
        times = time_index(library, queries[kind])
        totals[kind] = times.totals
        classes.append(_class_figures(kind, queries[kind], times))
        print(f"  {kind}: p50 {classes[-1].p50:.1f} ms", file=sys.stderr, flush=True)
    load_after = load_text()

    profiles: dict[str, str] = {}
    if arguments.profile:
        for figures in classes:
            slug = re.sub(r"\W+", "-", figures.kind).strip("-")
            out = corpus_synth.BENCH_DATA / f"profile-{total}-{slug}.txt"
            profiles[figures.kind] = profile_class(library, queries[figures.kind], out)
    library.close()

    brute_per_class = arguments.brute_queries
    if brute_per_class < 0:
        brute_per_class = arguments.queries if total <= 100_000 else 20
    brute_setup = float("nan")
    if brute_per_class:
        brute_setup = _compare_brute(path, classes, queries, totals, brute_per_class)
    return SizeRun(
        total,
        env,
        build,
        reused,
        size,
        cold_ms,
        classes,
        brute_setup,
        load_before,
        load_after,
        arguments.queries,
        brute_per_class,
        profiles,
    )


# --- reporting ---------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def _ratio(value: float) -> str:
    if value != value:  # NaN
        return "–"
    return f"{value:.1f}×" if value < 10 else f"{value:,.0f}×"


def _ms(value: float) -> str:
    return "–" if value != value else f"{value:,.1f}"


def _build_line(run: SizeRun) -> str:
    build = run.build
    reused = " (recorded when the archive was built)" if run.reused else ""
    return (
        f"- build{reused}: `bulk.add_in_batches`, {build.workers} worker processes preparing, "
        "the index written by a process of its own (`archive.fts_shards`), batches of "
        f"{build.batch_size:,}; {build.seconds:,.1f} s for {build.text_bytes / MB:,.1f} MB of "
        f"title + plain text: **{build.mb_per_s:.2f} MB/s, {build.articles_per_s:,.0f} "
        f"articles/s** ({_verdict(build.mb_per_s >= TARGET_BUILD_MB_S)} ≥ {TARGET_BUILD_MB_S} "
        f"MB/s; {build.mb_per_s_without_generation:.2f} MB/s without generating the input); "
        f"of which {build.generate_seconds:,.1f} s generating the synthetic articles and "
        f"{_index_end(build)}{build.finish_seconds:,.1f} s merging the index at the end, "
        f"{build.dense_seconds:,.1f} s building the bitmaps of {build.dense_terms:,} dense terms"
        f"{' (added to this archive later, with schema 3)' if build.dense_added_later else ''}; "
        "main process CPU "
        f"{build.main_cpu_seconds:,.1f} s; {_process_cpu(build)}whole machine "
        f"{build.machine_busy:.0%} busy; load "
        f"avg before/after {build.load_before} → {build.load_after}"
    )


def _index_end(build: bench_build.BuildFigures) -> str:
    """The end of the run, when the build recorded it."""
    if build.index_end_seconds is None:
        return ""
    return (
        f"{build.index_end_seconds:,.1f} s after the last batch finishing the index (the writer's "
        "last commit and merge, adding its segment), "
    )


def _process_cpu(build: bench_build.BuildFigures) -> str:
    """CPU per article of each process of the build, when it was recorded."""
    if not build.process_cpu:
        return ""
    per_article = [seconds * 1000 / build.articles for seconds in build.process_cpu]
    others = ", ".join(f"{value:.2f}" for value in per_article[1:])
    return (
        f"CPU per article {sum(per_article):.2f} ms over all processes (main "
        f"{per_article[0]:.2f}; the others in order of start: {others}); "
    )


def report_lines(run: SizeRun, *, markdown: bool) -> list[str]:
    """The figures of one size, as a plain-text table or as Markdown."""
    size = run.size
    env = run.environment
    lines = [
        f"{'### ' if markdown else ''}{run.articles:,} articles",
        "",
        f"- date: {env['date']}; machine: {env['machine']}",
        f"- Python {env['python']}, SQLite {env['sqlite']}, apsw {env['apsw']}, "
        f"OpenCC {env['opencc']}",
        _build_line(run),
        f"- size: index **{size.index_bytes / MB:,.1f} MB = {size.ratio:.2f} × text** "
        f"({size.text_bytes / MB:,.1f} MB; {_verdict(size.ratio <= TARGET_INDEX_RATIO)} ≤ "
        f"{TARGET_INDEX_RATIO}×); articles table + its indexes {size.articles_bytes / MB:,.1f} "
        f"MB (body Markdown, plain text and raw capture); whole file {size.file_bytes / MB:,.1f} "
        "MB; index tables "
        + ", ".join(
            f"{name} {value / MB:,.1f} MB" for name, value in sorted(size.index_tables.items())
        ),
        f"- queries: {run.per_class} per class (brute force: the first {run.brute_per_class}), "
        f"each a full `search(limit=20)`: exact total, facets, ranking and 20 snippets; first "
        f"(cold-cache) query {run.cold_ms:,.0f} ms; load avg before/after "
        f"{run.query_load_before} → {run.query_load_after}; brute-force set-up (read and fold "
        f"everything once, not counted below) {run.brute_setup_s:,.1f} s",
        "",
    ]
    header = (
        "class",
        "p50 ms",
        "p95 ms",
        "max ms",
        "CPU p50 / p95 ms",
        "median total",
        "ranked",
        "brute p50 ms",
        "brute p95 ms",
        "speed-up (p50)",
        "totals ≠ brute",
        "target",
    )
    rows = [
        (
            figures.kind,
            _ms(figures.p50),
            _ms(figures.p95),
            _ms(figures.worst),
            f"{_ms(figures.cpu_p50)} / {_ms(figures.cpu_p95)}",
            f"{figures.median_total:,.0f}",
            f"{figures.ranked_share:.0%}",
            _ms(figures.brute_p50),
            _ms(figures.brute_p95),
            _ratio(figures.speedup),
            f"{len(figures.mismatches)}/{figures.brute_count}",
            "ok" if figures.meets_targets else "MISS",
        )
        for figures in run.classes
    ]
    lines.extend(bench_report.table(header, rows, markdown=markdown))
    slowest = max(run.classes, key=lambda figures: figures.worst)
    lines.append("")
    lines.append(
        f"Slowest single query: {slowest.worst_query!r} ({slowest.kind}, {slowest.worst:,.0f} ms). "
        "'ranked' is the share in relevance order (BM25, or title matches first when ranking "
        f"every match would cost more than {RANK_BUDGET:,} token-rows); above {RANK_LIMIT:,} "
        "matches search() orders by date instead (totals and facets stay exact). CPU is the "
        "search process's own CPU time, which other work on the machine inflates less."
    )
    mismatches = [note for figures in run.classes for note in figures.mismatches]
    if mismatches:
        lines.append("Totals that differ from brute force: " + "; ".join(mismatches[:10]))
    return lines


# --- command line ------------------------------------------------------------------------------


def _sizes(arguments: argparse.Namespace) -> list[int]:
    if arguments.sizes:
        return [int(part.replace("_", "")) for part in arguments.sizes.split(",") if part.strip()]
    return [arguments.articles]


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000, help="archive size")
    parser.add_argument("--sizes", help="several sizes in one go, e.g. 10000,100000")
    parser.add_argument("--seed", type=int, default=1, help="corpus and query seed")
    parser.add_argument("--queries", type=int, default=60, help="timed queries per class")
    parser.add_argument(
        "--brute-queries",
        type=int,
        default=-1,
        help="brute-force queries per class (default: all up to 100,000 articles, else 20)",
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes preparing")
    parser.add_argument("--costs", type=int, default=300, help="articles for the cost breakdown")
    parser.add_argument("--reuse", action="store_true", help="keep an archive built earlier")
    parser.add_argument(
        "--rebuild-dense",
        action="store_true",
        help="with --reuse: build the dense terms again, timed into the build figures",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile each query class")
    parser.add_argument(
        "--markdown", action="store_true", help=f"write the figures to {bench_report.DOCS}"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for each size and print (and optionally record) the figures."""
    arguments = parse_arguments(argv)
    pool = corpus_synth.load_pool(corpus_synth.require_corpora())
    print(f"sentence pool: {pool.describe()}", file=sys.stderr)
    if arguments.costs:
        costs = bench_build.preparation_costs(pool, arguments.seed, arguments.costs)
        print("\n".join(bench_build.cost_lines(costs, arguments.costs, markdown=False)))
        if arguments.markdown:
            lines = bench_build.cost_lines(costs, arguments.costs, markdown=True)
            bench_report.write_markdown_section("bench-search-costs", lines)
    for total in _sizes(arguments):
        run = run_size(arguments, pool, total)
        print()
        print("\n".join(report_lines(run, markdown=False)))
        for kind, listing in run.profiles.items():
            print(f"\nprofile of {kind} (top by own time; full listing in bench-data/):")
            print(listing)
        if arguments.markdown:
            key = f"bench-search-{total}"
            bench_report.write_markdown_section(key, report_lines(run, markdown=True))
            print(f"\nwrote the figures to {bench_report.DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
