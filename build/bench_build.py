"""Building the benchmark archives the shipped way (archive.bulk), and where the time goes."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "build"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import apsw  # noqa: E402
import bench_report  # noqa: E402
import corpus_synth  # noqa: E402
from bench_report import MB, load_text  # noqa: E402

from archive import bulk, dense_terms  # noqa: E402
from archive.convert import detect_script  # noqa: E402
from archive.errors import SchemaTooOldError  # noqa: E402
from archive.models import NewArticle  # noqa: E402
from archive.prepare import PreparedArticle, article_text, index_columns, prepare  # noqa: E402
from archive.store import ArchiveStore  # noqa: E402
from archive.textfold import fold_version  # noqa: E402

#: Fixed `added` timestamp so that two builds with one seed hold the same content.
BUILD_TIMESTAMP = "2000-01-01T00:00:00+00:00"


@dataclass
class BuildFigures:
    """How long the shipped bulk build took, how busy the machine was, how much text it indexed."""

    articles: int
    workers: int
    batch_size: int
    seconds: float
    generate_seconds: float
    finish_seconds: float
    main_cpu_seconds: float
    machine_busy: float
    text_bytes: int
    load_before: str
    load_after: str
    #: Building the dense terms' bitmaps (part of `seconds`), and how many terms they hold.
    dense_seconds: float = 0.0
    dense_terms: int = 0
    #: True when the bitmaps were added to an archive built (and timed) by an earlier version:
    #: `seconds` is then that build's time plus `dense_seconds`.
    dense_added_later: bool = False
    #: CPU seconds of the main process, then of each process it started, in order of start
    #: (the preparing workers, the index writer, the dense terms' workers).
    process_cpu: list[float] = field(default_factory=list)
    #: From the last batch's commit to the end of `add_in_batches` (part of `seconds`): the
    #: index writer's last commit and its merge into one segment, then adding that segment
    #: (None in archives built before it was recorded).
    index_end_seconds: float | None = None

    @property
    def mb_per_s(self) -> float:
        """MB of title + plain text per second of the whole build (generation included)."""
        return self.text_bytes / MB / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s_without_generation(self) -> float:
        """MB/s of the build alone: the time spent making the synthetic input left out (a real
        import spends it reading files instead)."""
        seconds = self.seconds - self.generate_seconds
        return self.text_bytes / MB / seconds if seconds > 0 else 0.0

    @property
    def articles_per_s(self) -> float:
        """Articles per second over the whole build."""
        return self.articles / self.seconds if self.seconds else 0.0


def fresh(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def text_bytes(connection: apsw.Connection) -> int:
    query = "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(text AS BLOB))) FROM articles"
    return int(connection.execute(query).get or 0)


@dataclass
class _Generator:
    """Streams synthetic articles chunk by chunk and keeps the time spent making them."""

    pool: corpus_synth.SentencePool
    total: int
    seed: int
    seconds: float = 0.0

    def articles(self) -> Iterator[NewArticle]:
        for chunk in range(corpus_synth.chunk_count(self.total)):
            started = time.perf_counter()
            batch = corpus_synth.synth_chunk(self.pool, self.seed, chunk, self.total)
            self.seconds += time.perf_counter() - started
            yield from batch


def build_archive(
    path: Path, pool: corpus_synth.SentencePool, total: int, seed: int, workers: int
) -> BuildFigures:
    """Build a fresh archive through archive.bulk, the path of every large build."""
    fresh(path)
    load_before = load_text()
    generator = _Generator(pool, total, seed)
    meter = bench_report.CpuMeter()
    processes = bench_report.ProcessCpu()
    cpu_started = time.process_time()
    started = time.perf_counter()
    with ArchiveStore.open_writable(path, name=f"bench-{total}", wal=False) as store:
        store.clock = lambda: BUILD_TIMESTAMP
        step = max(1, total // 10)
        last_batch = started
        for progress in bulk.add_in_batches(store, generator.articles(), workers=workers):
            last_batch = time.perf_counter()
            done = progress.added + progress.skipped
            if done % step < bulk.BATCH_SIZE and done < total:
                elapsed = time.perf_counter() - started
                print(f"  … {done:,}/{total:,} articles, {elapsed:.0f} s", file=sys.stderr)
        finishing = time.perf_counter()
        index_end_seconds = finishing - last_batch
        bulk.merge_index(store)
        finish_seconds = time.perf_counter() - finishing
        dense_seconds, dense_count = _refresh_dense(store)
        seconds = time.perf_counter() - started
        figures = BuildFigures(
            articles=total,
            workers=workers,
            batch_size=bulk.BATCH_SIZE,
            seconds=seconds,
            generate_seconds=generator.seconds,
            finish_seconds=finish_seconds,
            main_cpu_seconds=time.process_time() - cpu_started,
            machine_busy=meter.busy_share(),
            text_bytes=text_bytes(store.connection),
            load_before=load_before,
            load_after=load_text(),
            dense_seconds=dense_seconds,
            dense_terms=dense_count,
            process_cpu=processes.stop(),
            index_end_seconds=index_end_seconds,
        )
        store.set_meta("bench_seed", str(seed))
        store.set_meta("bench_articles", str(total))
        store.set_meta("bench_build", json.dumps(asdict(figures)))
    return figures


def _refresh_dense(store: ArchiveStore, *, force: bool = False) -> tuple[float, int]:
    """Build the dense terms' bitmaps: (seconds, terms)."""
    started = time.perf_counter()
    dense_terms.refresh(store, force=force)
    count = int(store.connection.execute("SELECT count(*) FROM dense_terms").get)
    return time.perf_counter() - started, count


def reusable_build(
    path: Path, total: int, seed: int, *, rebuild_dense: bool = False
) -> BuildFigures | None:
    """The recorded build figures when `path` already holds this corpus under current rules
    (an archive of an older schema is upgraded and given its dense terms first; with
    `rebuild_dense` they are built again, their time replacing the one recorded)."""
    if not path.exists():
        return None
    _upgrade(path, rebuild_dense=rebuild_dense)
    try:
        with ArchiveStore.open_read_only(path) as store:
            if (
                store.meta("bench_seed") != str(seed)
                or store.meta("bench_articles") != str(total)
                or store.fold_version != fold_version()
            ):
                return None
            recorded = store.meta("bench_build")
    except Exception:
        return None
    if not recorded:
        return None
    try:
        return BuildFigures(**json.loads(recorded))
    except TypeError:
        return None


def _upgrade(path: Path, *, rebuild_dense: bool) -> None:
    """Bring an older benchmark archive up to the current schema and add its dense terms (or
    build them again), putting their time into the recorded build figures."""
    if not rebuild_dense:
        try:
            with ArchiveStore.open_read_only(path):
                return
        except SchemaTooOldError:
            pass
    print(f"building the dense terms of {path.name} …", file=sys.stderr)
    with ArchiveStore.open_writable(path, wal=False) as store:
        recorded = store.meta("bench_build")
        seconds, count = _refresh_dense(store, force=True)
        if recorded:
            figures = json.loads(recorded)
            figures["seconds"] += seconds - figures.get("dense_seconds", 0.0)
            added_later = figures.get("dense_added_later", True)
            figures |= {"dense_seconds": seconds, "dense_terms": count}
            figures["dense_added_later"] = added_later
            store.set_meta("bench_build", json.dumps(figures))


def preparation_costs(pool: corpus_synth.SentencePool, seed: int, sample: int) -> dict[str, float]:
    """Milliseconds per article of each step of the build, in one process, on `sample` articles."""
    articles = corpus_synth.synth_chunk(pool, seed, 0, sample)
    texts = [article_text(article.body) for article in articles]
    for article in articles:
        prepare(article)  # untimed: OpenCC's loading and per-process caches, paid once per worker
    costs: dict[str, float] = {}

    def timed(name: str, step: Callable[[int], object]) -> list[object]:
        started = time.perf_counter()
        results = [step(number) for number in range(len(articles))]
        costs[name] = (time.perf_counter() - started) * 1000 / len(articles)
        return results

    timed("plain text of the body (prepare.article_text)", lambda n: article_text(articles[n].body))
    timed(
        "script detection (convert.detect_script)",
        lambda n: detect_script(articles[n].title + "\n" + texts[n]),
    )
    timed(
        "shadow text of the 4 index columns (fts.shadow_text)",
        lambda n: index_columns(
            articles[n].title, texts[n], articles[n].source, articles[n].authors
        ),
    )
    prepared = timed("whole prepare() (the above, ids and hash)", lambda n: prepare(articles[n]))
    scratch = corpus_synth.BENCH_DATA / "prepare-costs.sqlite"
    fresh(scratch)
    with ArchiveStore.open_writable(scratch, wal=False) as store:
        bulk.configure_index(store)
    with ArchiveStore.open_writable(scratch, wal=False) as store, store.connection:
        ready = [item for item in prepared if isinstance(item, PreparedArticle)]
        timed(
            "insert into a fresh archive (store.insert_prepared: SQLite + FTS5)",
            lambda n: store.insert_prepared(ready[n], import_id=None),
        )
    fresh(scratch)
    text_bytes = sum(
        len(a.title.encode()) + len(t.encode()) for a, t in zip(articles, texts, strict=True)
    )
    costs["text bytes per article"] = text_bytes / len(articles)
    return costs


def cost_lines(costs: dict[str, float], sample: int, *, markdown: bool) -> list[str]:
    """Where the build's time goes, per article, in one process."""
    per_article = costs["text bytes per article"]
    rows = [
        (name, f"{ms:.2f}", f"{per_article / 1000 / ms:.2f}" if ms else "–")
        for name, ms in costs.items()
        if name != "text bytes per article"
    ]
    lines = [
        f"{'### ' if markdown else ''}Where the build time goes (one process, {sample} articles "
        f"of {per_article / 1000:.1f} kB text each)",
        "",
    ]
    lines.extend(bench_report.table(("step", "ms / article", "MB/s"), rows, markdown=markdown))
    return lines


def main() -> int:
    """Build one benchmark archive (in /tmp) and print its build figures alone, no queries: for
    comparing two versions of the code back to back on this machine."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--articles", type=int, default=100_000, help="archive size")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed")
    parser.add_argument("--workers", type=int, default=2, help="worker processes preparing")
    arguments = parser.parse_args()
    pool = corpus_synth.load_pool(corpus_synth.require_corpora())
    path = Path(tempfile.gettempdir()) / f"bench-build-{arguments.articles}.sqlite"
    figures = build_archive(path, pool, arguments.articles, arguments.seed, arguments.workers)
    fresh(path)
    per_process = ", ".join(f"{cpu * 1000 / figures.articles:.2f}" for cpu in figures.process_cpu)
    print(
        f"{figures.articles:,} articles: {figures.seconds:.1f} s, {figures.mb_per_s:.2f} MB/s, "
        f"{figures.articles_per_s:.0f} articles/s ({figures.mb_per_s_without_generation:.2f} "
        f"without generating the input); after the last batch {figures.index_end_seconds or 0:.1f}"
        f" s finishing the index and {figures.dense_seconds:.1f} s the dense terms; CPU ms per "
        f"article by process: {per_process}; machine {figures.machine_busy:.0%} busy"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
