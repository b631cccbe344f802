"""Reader benchmark: start-up, opening a 10,000-character article, switching its script, and
search-as-you-type latency on a 100,000-article archive. Prints the figures; --markdown also
records them in docs/benchmarks.md (section <!-- reader -->)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "build"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_report  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from archive import shown_html  # noqa: E402
from archive.convert import ScriptForm  # noqa: E402
from archive.dates import PartialDate  # noqa: E402
from archive.library import Library  # noqa: E402
from archive.models import NewArticle  # noqa: E402
from archive.paths import bundled_archive_path  # noqa: E402
from archive.store import ArchiveStore  # noqa: E402
from desktop.app import open_window  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.window_state import ReadingPlace  # noqa: E402

if TYPE_CHECKING:
    import corpus_synth

SECTION = "reader"
TARGETS_MS = {"start": 1500.0, "open": 100.0, "switch": 100.0, "search": 150.0}
ARTICLE_CHARACTERS = 10_000
SWITCHED_FORMS = (ScriptForm.HANS, ScriptForm.HANT, ScriptForm.TW, ScriptForm.HK)
#: Queries typed in the search benchmark: none (the archive by date), one and two
#: characters, words, a phrase, Latin, fields and filters.
QUERIES = (
    "",
    "的",
    "国",
    "中国",
    "发展",
    "经济",
    "台灣",
    "香港",
    "疫情",
    "合作",
    "总书记",
    "人民日报",
    "新华社",
    "习近平",
    "记者",
    "5G",
    "COVID",
    "2021",
    '"经济 发展"',
    "青岛 -啤酒",
    "source:聯合報 政府",
    "date:2019 经济",
    "學生",
    "政府",
    "科技 创新",
)


@dataclass(frozen=True)
class Figure:
    """One measured quantity: wall-clock samples and the process's CPU time, in milliseconds."""

    name: str
    key: str
    samples: list[float]
    cpu: list[float]

    @property
    def median(self) -> float:
        """The median sample."""
        return statistics.median(self.samples)

    @property
    def worst(self) -> float:
        """The slowest sample."""
        return max(self.samples)

    @property
    def p95(self) -> float:
        """The 95th percentile (nearest rank)."""
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def verdict(self) -> str:
        """'ok' when the median wall-clock time is under the target."""
        return "ok" if self.median < TARGETS_MS[self.key] else "MISSED"


def machine() -> str:
    """CPU model, cores, memory, OS and Python, for the record."""
    return (
        f"{bench_report.environment()['machine']}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; Qt platform {os.environ['QT_QPA_PLATFORM']}"
    )


def milliseconds(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class Stopwatch:
    """Wall-clock and process CPU time since it was started."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        """(wall ms, CPU ms) since the start."""
        return milliseconds(self.wall), (time.process_time() - self.cpu) * 1000


# --- start-up (measured in fresh processes) ------------------------------------------------------


def child_start(settings_file: str) -> int:
    """In a fresh process: import, open the bundled archive, show the window, wait for the list."""
    started = float(os.environ["WENYUAN_BENCH_T0"])
    app = QApplication([])  # noqa: F841 - the window needs it alive
    library = Library.open([bundled_archive_path()])
    window = open_window(library, Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
    loop = QEventLoop()
    window.search.results_shown.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()  # until the first list has arrived, in Qt's event loop as in the app
    window.repaint()
    if window.results.model.rowCount() == 0:
        raise SystemExit("the window showed no articles")
    usable = (time.time() - started) * 1000
    print(json.dumps({"usable_ms": usable, "cpu_ms": time.process_time() * 1000}))
    window.close()
    library.close()
    return 0


def measure_start(runs: int) -> Figure:
    """Start to a usable window, second launch onwards (the first warms caches and is dropped)."""
    samples, cpu = [], []
    with tempfile.TemporaryDirectory() as folder:
        settings_file = str(Path(folder) / "settings.ini")
        for run in range(runs + 1):
            environment = {**os.environ, "WENYUAN_BENCH_T0": repr(time.time())}
            output = subprocess.run(
                [sys.executable, __file__, "--child-start", settings_file],
                env=environment,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            figures = json.loads(output.strip().splitlines()[-1])
            if run > 0:
                samples.append(figures["usable_ms"])
                cpu.append(figures["cpu_ms"])
    return Figure("start to a usable window (bundled archive, 2nd+ launch)", "start", samples, cpu)


# --- opening and switching a long article -----------------------------------------------------


def long_article(pool: corpus_synth.SentencePool, number: int) -> NewArticle:
    """About ARTICLE_CHARACTERS characters of real sentences in paragraphs of two to five."""
    sentences = pool.simplified if number % 2 == 0 else pool.traditional
    import corpus_synth  # not at module level: the start-up child must load only the app

    rng = corpus_synth.chunk_rng(number, 99)
    paragraphs: list[str] = []
    length = 0
    while length < ARTICLE_CHARACTERS:
        paragraph = "".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    body = "\n\n".join(paragraphs)[:ARTICLE_CHARACTERS]
    return NewArticle(
        title=f"长文章 {number}",
        body=body,
        raw=body,
        identity=f"bench-long:{number}",
        date=PartialDate(2022, 5, 1),
        source="新闻联播" if number % 2 == 0 else "聯合報",
    )


def measure_reading(
    window: MainWindow, app: QApplication, ids: list[str]
) -> tuple[Figure, Figure, Figure]:
    """Open each long article (render cache cleared) and switch it through the script forms:
    once computing every form on the spot, once after the forms were prepared in idle time."""
    opens: list[tuple[float, float]] = []
    cold: list[tuple[float, float]] = []
    prepared: list[tuple[float, float]] = []
    for article_id in ids:
        for prepare, switches in ((False, cold), (True, prepared)):
            window.prefetcher.enabled = prepare
            window.reader._recent.clear()
            shown_html._rendered.cache_clear()
            window.appearance.set_form(ScriptForm.ORIGINAL)
            window.reader.show_message("")  # nothing open: the next one is a new article
            wait_until(app, lambda: True)
            watch = Stopwatch()
            window.open_place(ReadingPlace(article_id, "", None))
            window.reader.view.viewport().repaint()
            if not prepare:
                opens.append(watch.lap())
            if prepare:  # the reader sits idle a moment, as a reader reading does
                wait_until(app, lambda: len(window.reader._recent) == len(ScriptForm))
            for form in SWITCHED_FORMS:
                wait_until(app, lambda: True)
                watch = Stopwatch()
                window.appearance.set_form(form)
                window.reader.view.viewport().repaint()
                switches.append(watch.lap())
    window.prefetcher.enabled = True
    return (
        _figure(f"open a {ARTICLE_CHARACTERS:,}-character article, hits marked", "open", opens),
        _figure("switch its script form, each form computed on the spot", "switch", cold),
        _figure("switch its script form, forms prepared while reading", "switch", prepared),
    )


def _figure(name: str, key: str, laps: list[tuple[float, float]]) -> Figure:
    return Figure(name, key, [wall for wall, _cpu in laps], [cpu for _wall, cpu in laps])


def reading_archive(folder: Path, pool: corpus_synth.SentencePool, count: int) -> Path:
    path = folder / "long.sqlite"
    with ArchiveStore.open_writable(path, name="long", wal=False) as store:
        store.add_many(long_article(pool, number) for number in range(count))
    return path


# --- search as you type -----------------------------------------------------------------------


@dataclass
class QueryTiming:
    """Where one query's latency went, over the rounds."""

    query: str
    matches: int = 0
    latency: list[float] = field(default_factory=list)
    rank: list[float] = field(default_factory=list)
    rows: list[float] = field(default_factory=list)


def measure_search(
    window: MainWindow, app: QApplication, rounds: int, articles: int
) -> tuple[Figure, list[QueryTiming]]:
    """From the debounce firing (`search_now`) to the first rows painted, per query."""
    samples: list[tuple[float, float]] = []
    timings = {query: QueryTiming(query) for query in QUERIES}
    panel = window.results.search_panel
    for _round in range(rounds):
        for query in QUERIES:
            panel.set_query(query)
            shown: list[tuple[float, float]] = []
            watch = Stopwatch()

            loop = QEventLoop()

            def painted(
                shown: list[tuple[float, float]] = shown,
                watch: Stopwatch = watch,
                loop: QEventLoop = loop,
            ) -> None:
                window.results.list_view.viewport().repaint()
                shown.append(watch.lap())
                loop.quit()

            connection = window.search.results_shown.connect(painted)
            window.search.search_now()
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()  # the GUI thread waits in Qt's event loop, as in the app
            window.search.results_shown.disconnect(connection)
            if not shown:
                raise SystemExit(f"no results for {query!r} within 30 s")
            samples.append(shown[0])
            page = window.search.last_page
            timing = timings[query]
            timing.latency.append(shown[0][0])
            if page is not None:
                timing.matches = page.ranked.total
                timing.rank.append(page.rank_seconds * 1000)
                timing.rows.append(page.rows_seconds * 1000)
            wait_until(app, lambda: not window.search.busy)
    name = f"debounce fired → first results shown ({articles:,} articles)"
    figure = _figure(name, "search", samples)
    return figure, list(timings.values())


def gui_share(timings: list[QueryTiming]) -> float:
    """Median over the queries of latency minus the worker's ranking and first rows."""
    shares = [
        statistics.median(timing.latency)
        - statistics.median(timing.rank)
        - statistics.median(timing.rows)
        for timing in timings
        if timing.rank and timing.rows
    ]
    return statistics.median(shares) if shares else float("nan")


def query_lines(timings: list[QueryTiming], *, markdown: bool) -> list[str]:
    """Per query: matches, median latency, and the worker's share (ranking, first rows)."""
    header = ("query", "matches", "latency", "ranking", "first rows")
    rows = [
        (
            f"`{timing.query}`" if markdown else repr(timing.query),
            f"{timing.matches:,}",
            f"{statistics.median(timing.latency):.0f} ms",
            f"{statistics.median(timing.rank):.0f} ms" if timing.rank else "-",
            f"{statistics.median(timing.rows):.0f} ms" if timing.rows else "-",
        )
        for timing in sorted(timings, key=lambda item: -item.matches)
    ]
    return bench_report.table(header, rows, markdown=markdown)


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run Qt's event loop until the condition holds (checked every 10 ms)."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


# --- report -----------------------------------------------------------------------------------


def report(figures: list[Figure], *, markdown: bool) -> list[str]:
    header = ("measure", "median", "p95", "worst", "CPU (median)", "target", "")
    rows = [
        (
            figure.name,
            f"{figure.median:.0f} ms",
            f"{figure.p95:.0f} ms",
            f"{figure.worst:.0f} ms",
            f"{statistics.median(figure.cpu):.0f} ms",
            f"< {TARGETS_MS[figure.key]:.0f} ms",
            f"{figure.verdict()} (n={len(figure.samples)})",
        )
        for figure in figures
    ]
    return bench_report.table(header, rows, markdown=markdown)


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print (and optionally record) the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000, help="search archive size")
    parser.add_argument("--start-runs", type=int, default=5)
    parser.add_argument("--long-articles", type=int, default=8)
    parser.add_argument("--search-rounds", type=int, default=2)
    parser.add_argument(
        "--markdown", action="store_true", help=f"record the figures in {bench_report.DOCS}"
    )
    parser.add_argument("--child-start", metavar="SETTINGS", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child_start:
        return child_start(arguments.child_start)

    load_before = os.getloadavg()[0]
    figures = [measure_start(arguments.start_runs)]
    print(f"measured start-up over {arguments.start_runs} launches", file=sys.stderr)
    import bench_reader_data  # here, so that start-up children do not load the bench's
    import corpus_synth  # own modules (archive.bulk and the importers: ~0.3 s)

    pool = corpus_synth.load_pool(corpus_synth.require_corpora())
    search_archive = bench_reader_data.ensure_archive(arguments.articles)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        long_path = reading_archive(Path(folder), pool, arguments.long_articles)
        library = Library.open([long_path, search_archive])
        settings = Settings(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window = open_window(library, settings)
        window.resize(1280, 820)
        wait_until(app, lambda: not window.search.busy)
        panel = window.results.search_panel
        panel.set_query("发展 经济")  # hits to mark in the long articles
        window.search.search_now()
        wait_until(app, lambda: not window.search.busy)
        ids = [summary.id for summary in library.stores[0].summaries()]
        figures += measure_reading(window, app, ids)
        search_figure, timings = measure_search(
            window, app, arguments.search_rounds, arguments.articles
        )
        figures.append(search_figure)
        window.close()
        library.close()
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = f"{load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    print("\n".join(report(figures, markdown=False)))
    print()
    print("\n".join(query_lines(timings, markdown=False)))
    print(f"the window's own share of search latency (median): {gui_share(timings):.0f} ms")
    print(f"load average: {load}")
    if arguments.markdown:
        lines = [
            "## Reader (issue 4): `make bench-reader`",
            "",
            f"Measured {stamp} on {machine()}; 1-minute load average {load}. "
            "Wall-clock times are what a user waits; the CPU column is the process's own CPU "
            "time over the same span (for start-up: since the process began), which other "
            "work on the machine does not inflate.",
            "",
            *report(figures, markdown=True),
            "",
            f"Start-up: a fresh process per launch (import, open the bundled archive, show the "
            f"window, first list painted); the first launch is dropped. Opening: "
            f"{arguments.long_articles} articles of {ARTICLE_CHARACTERS:,} characters of real "
            "corpus sentences, HTML render cache cleared, hits of a two-word query marked, "
            "painted. Switching: each article from 原文 to 简体, 繁體, 臺灣正體 and 香港繁體, "
            "painted; once with every form computed on the spot (the cost if you switch the "
            "instant an article opens), once after the window prepared the other forms in "
            "idle time (desktop/form_prefetch.py; a second or so after opening), when a switch "
            f"only lays the page out. Search: {len(QUERIES)} queries × "
            f"{arguments.search_rounds} "
            f"rounds on {arguments.articles:,} synthetic articles (build/bench_reader_data.py), "
            "from the debounce firing to the first rows painted, worker caches warm. Per query "
            "(median over the rounds; the ranking and the first rows are the worker's share; "
            "a query matching more than 20,000 articles is shown from its early page, ranked by "
            "`archive.search_first.first_page`: total by count, newest rows by probing, facets "
            "after):",
            "",
            *query_lines(timings, markdown=True),
            "",
            f"The window's own share (debounce to the job starting, handing the page back, "
            f"filling the model, painting the rows) has a median of {gui_share(timings):.0f} ms; "
            "the rest is the ranking (`archive.search.rank()`, or the early page's) and "
            "building the first rows.",
        ]
        bench_report.write_markdown_section(SECTION, lines)
        print(f"\nwrote the figures to {bench_report.DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
