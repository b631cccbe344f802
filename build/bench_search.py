"""Search benchmark: build synthetic archives of N articles; time index queries vs brute force."""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import multiprocessing
import os
import platform
import pstats
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "build"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import apsw  # noqa: E402
import corpus_synth  # noqa: E402
import opencc  # noqa: E402

from archive.convert import detect_script  # noqa: E402
from archive.fts import shadow_text  # noqa: E402
from archive.ids import article_id, content_hash  # noqa: E402
from archive.library import Library  # noqa: E402
from archive.matching import term_pattern  # noqa: E402
from archive.models import METADATA_FIELDS, FieldOrigin, NewArticle  # noqa: E402
from archive.render import plain_text  # noqa: E402
from archive.search import RANK_LIMIT, SearchRequest, SortOrder, search  # noqa: E402
from archive.store import ArchiveStore  # noqa: E402
from archive.textfold import fold, fold_version  # noqa: E402

#: Fixed `added` timestamp so that two builds with one seed hold the same content.
BUILD_TIMESTAMP = "2000-01-01T00:00:00+00:00"
DOCS = ROOT / "docs" / "benchmarks.md"
#: Targets from the brief: per class p50/p95 (ms), index/text ratio, build throughput (MB/s).
TARGET_P50_MS = 15.0
TARGET_P95_MS = 50.0
TARGET_INDEX_RATIO = 3.5
TARGET_BUILD_MB_S = 2.0
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_MB = 1_000_000


# --- environment -------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def load_text() -> str:
    """The 1/5/15-minute load averages, for the record (other work shares this machine)."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def environment() -> dict[str, str]:
    """Date, machine and versions, as printed in each report."""
    return {
        "date": datetime.now(UTC).strftime("%a %b %d %H:%M:%S UTC %Y"),
        "machine": f"{_cores()} cores (nproc), {_cpu_model()}, {_ram_gib():.1f} GiB RAM",
        "python": platform.python_version(),
        "sqlite": apsw.sqlite_lib_version(),
        "apsw": apsw.apsw_version(),
        "opencc": getattr(opencc, "__version__", "?"),
    }


# --- building ----------------------------------------------------------------------------------


@dataclass
class BuildFigures:
    """How long the build took and how much text it indexed."""

    mode: str
    articles: int
    seconds: float
    insert_seconds: float
    generate_seconds: float
    text_bytes: int
    load_before: str
    load_after: str
    workers: int = 1

    @property
    def mb_per_s(self) -> float:
        """Text throughput over the whole build (generation included)."""
        return self.text_bytes / _MB / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        """Articles per second over the whole build."""
        return self.articles / self.seconds if self.seconds else 0.0


def _fresh(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _progress(done: int, total: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    print(f"  … {done:,}/{total:,} articles, {elapsed:.0f} s", file=sys.stderr, flush=True)


def _text_bytes(connection: apsw.Connection) -> int:
    query = "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(text AS BLOB))) FROM articles"
    return int(connection.execute(query).get or 0)


def build_with_store(
    path: Path, pool: corpus_synth.SentencePool, total: int, seed: int
) -> BuildFigures:
    """The shipped code path: ArchiveStore.add_many, one transaction per chunk, in this process."""
    _fresh(path)
    load_before = load_text()
    generate = insert = 0.0
    started = time.perf_counter()
    with ArchiveStore.open_writable(path, name=f"bench-{total}", wal=False) as store:
        store.clock = lambda: BUILD_TIMESTAMP
        chunks = corpus_synth.chunk_count(total)
        for chunk in range(chunks):
            tick = time.perf_counter()
            batch = corpus_synth.synth_chunk(pool, seed, chunk, total)
            tock = time.perf_counter()
            store.add_many(batch)
            generate += tock - tick
            insert += time.perf_counter() - tock
            if (chunk + 1) % max(1, chunks // 10) == 0 and chunk + 1 < chunks:
                _progress((chunk + 1) * corpus_synth.CHUNK_SIZE, total, started)
        seconds = time.perf_counter() - started
        text_bytes = _text_bytes(store.connection)
        figures = BuildFigures(
            "store", total, seconds, insert, generate, text_bytes, load_before, load_text()
        )
        _record_build(store, seed, figures)
    return figures


def _record_build(store: ArchiveStore, seed: int, figures: BuildFigures) -> None:
    store.set_meta("bench_seed", str(seed))
    store.set_meta("bench_articles", str(figures.articles))
    store.set_meta("bench_build", json.dumps(asdict(figures)))


# The parallel build is a prototype of a store API the core does not have yet (see the report in
# docs/benchmarks.md): `prepare_article` is the pure, picklable per-article work that
# ArchiveStore._insert_row/_index do today, and `insert_prepared` is what the proposed
# `ArchiveStore.add_prepared(rows)` would do. It mirrors store.py at the time of writing.

#: One article's rows: (id, articles-table values, field_origins rows, search_index columns).
Prepared = tuple[str, dict[str, Any], list[tuple[str, str]], tuple[str, str, str, str]]

_worker_pool: corpus_synth.SentencePool | None = None
_worker_job: tuple[int, int] = (0, 0)


def prepare_article(article: NewArticle, added: str) -> Prepared:
    """Everything ArchiveStore.add derives from an article, without touching the database."""
    identifier = article_id(url=article.url, identity=article.identity, raw=article.raw)
    text = plain_text(article.body)
    script = detect_script(article.title + "\n" + text)
    values: dict[str, Any] = {
        "id": identifier,
        "title": article.title,
        "subtitle": article.subtitle,
        "date": article.date.iso(),
        "date_precision": article.date.precision.value,
        "date_sort": article.date.sort_key(),
        "year": article.date.year,
        "source": article.source,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "editor": article.editor,
        "url": article.url,
        "script": script.value,
        "body": article.body,
        "text": text,
        "raw": article.raw,
        "content_hash": content_hash(text),
        "import_id": None,
        "added": added,
    }
    origins = [
        (name, _origin(article, name))
        for name in METADATA_FIELDS
        if name == "body" or _has_value(article, name)
    ]
    index = (
        shadow_text(article.title),
        shadow_text(text),
        shadow_text(article.source),
        shadow_text("\n".join(article.authors)),
    )
    return identifier, values, origins, index


def _has_value(article: NewArticle, name: str) -> bool:
    value = getattr(article, name)
    return value.iso() is not None if name == "date" else bool(value)


def _origin(article: NewArticle, name: str) -> str:
    curated = name in article.curated_fields
    return (FieldOrigin.CURATED if curated else FieldOrigin.EXTRACTED).value


def insert_prepared(connection: apsw.Connection, rows: Iterable[Prepared]) -> int:
    """The proposed ArchiveStore.add_prepared: plain inserts in one transaction; returns added."""
    added = 0
    with connection:
        for identifier, values, origins, index in rows:
            exists = connection.execute("SELECT 1 FROM articles WHERE id = ?", (identifier,))
            if exists.fetchone() is not None:
                continue
            columns = ", ".join(values)
            placeholders = ", ".join(f":{key}" for key in values)
            connection.execute(f"INSERT INTO articles({columns}) VALUES ({placeholders})", values)
            rowid = connection.last_insert_rowid()
            connection.executemany(
                "INSERT INTO field_origins(article_rowid, field, origin) VALUES (?, ?, ?)",
                [(rowid, name, origin) for name, origin in origins],
            )
            connection.execute(
                "INSERT INTO search_index(rowid, title, body, source, authors) "
                "VALUES (?, ?, ?, ?, ?)",
                (rowid, *index),
            )
            added += 1
    return added


def _prepare_chunk(chunk: int) -> tuple[list[Prepared], float]:
    assert _worker_pool is not None
    seed, total = _worker_job
    started = time.perf_counter()
    articles = corpus_synth.synth_chunk(_worker_pool, seed, chunk, total)
    return [prepare_article(article, BUILD_TIMESTAMP) for article in articles], (
        time.perf_counter() - started
    )


def build_parallel(
    path: Path, pool: corpus_synth.SentencePool, total: int, seed: int, workers: int
) -> BuildFigures:
    """Prototype: `workers` processes generate and prepare chunks; this one only inserts."""
    global _worker_pool, _worker_job
    _worker_pool, _worker_job = pool, (seed, total)
    _fresh(path)
    load_before = load_text()
    worker_seconds = insert = 0.0
    started = time.perf_counter()
    with ArchiveStore.open_writable(path, name=f"bench-{total}", wal=False) as store:
        store.clock = lambda: BUILD_TIMESTAMP
        chunks = corpus_synth.chunk_count(total)
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as processes:
            results = processes.imap(_prepare_chunk, range(chunks))
            for number, (rows, spent) in enumerate(results, start=1):
                tick = time.perf_counter()
                insert_prepared(store.connection, rows)
                insert += time.perf_counter() - tick
                worker_seconds += spent
                if number % max(1, chunks // 10) == 0 and number < chunks:
                    _progress(number * corpus_synth.CHUNK_SIZE, total, started)
        seconds = time.perf_counter() - started
        text_bytes = _text_bytes(store.connection)
        figures = BuildFigures(
            "parallel",
            total,
            seconds,
            insert,
            worker_seconds,
            text_bytes,
            load_before,
            load_text(),
            workers,
        )
        _record_build(store, seed, figures)
    return figures


def reusable_build(path: Path, total: int, seed: int) -> BuildFigures | None:
    """The recorded build figures when `path` already holds this corpus under current rules."""
    if not path.exists():
        return None
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
    return BuildFigures(**json.loads(recorded)) if recorded else None


# --- sizes -------------------------------------------------------------------------------------


@dataclass
class SizeFigures:
    """Bytes on disk: the FTS5 index's tables, the articles table, the whole file."""

    text_bytes: int
    index_bytes: int
    index_tables: dict[str, int]
    articles_bytes: int
    file_bytes: int
    method: str

    @property
    def ratio(self) -> float:
        """Index bytes per byte of title + plain text."""
        return self.index_bytes / self.text_bytes if self.text_bytes else float("nan")


def measure_size(path: Path) -> SizeFigures:
    """dbstat page sizes where SQLite has dbstat, else the FTS5 blobs' lengths."""
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        text_bytes = _text_bytes(connection)
        try:
            rows = connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
            pages = {str(name): int(size) for name, size in rows}
            method = "dbstat pgsize"
        except apsw.SQLError:
            pages = _blob_sizes(connection)
            method = "blob lengths (no dbstat)"
        index_tables = {k: v for k, v in pages.items() if k.startswith("search_index")}
        articles = sum(v for k, v in pages.items() if k == "articles" or "articles_by" in k)
    finally:
        connection.close()
    return SizeFigures(
        text_bytes,
        sum(index_tables.values()),
        index_tables,
        articles,
        path.stat().st_size,
        method,
    )


def _blob_sizes(connection: apsw.Connection) -> dict[str, int]:
    queries = {
        "search_index_data": "SELECT sum(length(block)) + 8 * count(*) FROM search_index_data",
        "search_index_idx": "SELECT sum(length(term)) + 16 * count(*) FROM search_index_idx",
        "search_index_docsize": "SELECT sum(length(sz)) + 8 * count(*) FROM search_index_docsize",
        "articles": "SELECT sum(length(CAST(body AS BLOB)) + length(CAST(text AS BLOB)) "
        "+ length(CAST(raw AS BLOB))) FROM articles",
    }
    return {name: int(connection.execute(sql).get or 0) for name, sql in queries.items()}


# --- queries -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchQuery:
    """One query: what the user types, and its meaning for the brute-force reference."""

    kind: str
    text: str
    must: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    year: int | None = None
    source: str | None = None

    @property
    def single_term(self) -> bool:
        """One term, no operators or filters: the index total must equal the reference count."""
        return len(self.must) == 1 and not (self.any_of or self.exclude or self.year or self.source)


CLASSES = (
    "1 char",
    "2 chars",
    "4 chars",
    '8-char "phrase"',
    "A OR B",
    "A -B",
    "date:Y A",
    "source:X A",
    "trad. 4 chars (s2t)",
)


class QuerySampler:
    """Draws query text from the archive's own articles with a seeded RNG."""

    def __init__(self, connection: apsw.Connection, rng: random.Random) -> None:
        self.connection = connection
        self.rng = rng
        self.max_rowid = int(connection.execute("SELECT max(rowid) FROM articles").get)
        rows = connection.execute("SELECT DISTINCT source FROM articles WHERE source != ''")
        self.sources = sorted(str(source) for (source,) in rows if " " not in source)
        self.s2t = opencc.OpenCC("s2t")

    def piece(self, length: int, *, script: str | None = None) -> str:
        """`length` consecutive Han characters from a random article's text."""
        while True:
            rowid = self.rng.randint(1, self.max_rowid)
            row = self.connection.execute(
                "SELECT text, script FROM articles WHERE rowid = ?", (rowid,)
            ).fetchone()
            if row is None or (script is not None and row[1] != script):
                continue
            runs = [m.group() for m in _CJK_RUN.finditer(row[0]) if len(m.group()) >= length]
            if runs:
                run = self.rng.choice(runs)
                start = self.rng.randint(0, len(run) - length)
                return run[start : start + length]

    def traditional(self) -> str:
        """A 4-character simplified piece converted with OpenCC s2t (preferring ones it changes)."""
        piece = self.piece(4, script="hans")
        for _ in range(30):
            converted = str(self.s2t.convert(piece))
            if converted != piece:
                return converted
            piece = self.piece(4, script="hans")
        return str(self.s2t.convert(piece))

    def query(self, kind: str) -> BenchQuery:
        """One query of the named class."""
        if kind == "1 char":
            term = self.piece(1)
            return BenchQuery(kind, term, must=(term,))
        if kind in ("2 chars", "4 chars"):
            term = self.piece(int(kind[0]))
            return BenchQuery(kind, term, must=(term,))
        if kind == '8-char "phrase"':
            term = self.piece(8)
            return BenchQuery(kind, f'"{term}"', must=(term,))
        if kind == "A OR B":
            first, second = self.piece(2), self.piece(2)
            return BenchQuery(kind, f"{first} OR {second}", any_of=(first, second))
        if kind == "A -B":
            first, second = self.piece(2), self.piece(2)
            return BenchQuery(kind, f"{first} -{second}", must=(first,), exclude=(second,))
        if kind == "date:Y A":
            year, term = self.rng.randint(2017, 2023), self.piece(2)
            return BenchQuery(kind, f"date:{year} {term}", must=(term,), year=year)
        if kind == "source:X A":
            source, term = self.rng.choice(self.sources), self.piece(2)
            return BenchQuery(kind, f"source:{source} {term}", must=(term,), source=source)
        if kind == "trad. 4 chars (s2t)":
            term = self.traditional()
            return BenchQuery(kind, term, must=(term,))
        raise ValueError(kind)


def draw_queries(
    connection: apsw.Connection, seed: int, per_class: int
) -> dict[str, list[BenchQuery]]:
    """`per_class` queries of every class, the same for a given seed and archive."""
    sampler = QuerySampler(connection, random.Random(f"wenyuan-bench-queries:{seed}"))
    return {kind: [sampler.query(kind) for _ in range(per_class)] for kind in CLASSES}


# --- brute force -------------------------------------------------------------------------------


@dataclass
class BruteCorpus:
    """Every article's folded title + text in memory, with its year and source."""

    texts: list[str]
    years: list[int | None]
    sources: list[str]
    seconds: float


def load_brute(path: Path) -> BruteCorpus:
    """Read and fold everything once (the reference scan's set-up, timed separately)."""
    started = time.perf_counter()
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    texts: list[str] = []
    years: list[int | None] = []
    sources: list[str] = []
    query = "SELECT title, text, year, source FROM articles ORDER BY rowid"
    for title, text, year, source in connection.execute(query):
        texts.append(fold(title + "\n" + text))
        years.append(year)
        sources.append(fold(source))
    connection.close()
    return BruteCorpus(texts, years, sources, time.perf_counter() - started)


def _searcher(term: str) -> Callable[[str], object]:
    pattern = term_pattern(term)
    if pattern is None:
        raise ValueError(f"no pattern for {term!r}")
    return pattern.search


def brute_count(corpus: BruteCorpus, query: BenchQuery) -> int:
    """How many articles match `query` by scanning every folded text with matching.term_pattern."""
    texts = corpus.texts
    if query.any_of:
        first, second = (_searcher(term) for term in query.any_of)
        return sum(1 for text in texts if first(text) or second(text))
    (term,) = query.must
    found = _searcher(term)
    if query.exclude:
        (excluded,) = query.exclude
        skip = _searcher(excluded)
        return sum(1 for text in texts if found(text) and not skip(text))
    if query.year is not None:
        year = query.year
        return sum(
            1 for text, y in zip(texts, corpus.years, strict=True) if y == year and found(text)
        )
    if query.source is not None:
        in_source = _searcher(query.source)
        pairs = zip(texts, corpus.sources, strict=True)
        return sum(1 for text, source in pairs if in_source(source) and found(text))
    return sum(1 for text in texts if found(text))


# --- timing ------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


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
    brute_count: int = 0
    brute_p50: float = float("nan")
    mismatches: list[str] = field(default_factory=list)

    @property
    def speedup(self) -> float:
        """Brute-force p50 over index p50."""
        return self.brute_p50 / self.p50 if self.p50 and self.brute_count else float("nan")

    @property
    def meets_targets(self) -> bool:
        """p50 and p95 under the targets."""
        return self.p50 < TARGET_P50_MS and self.p95 < TARGET_P95_MS


def time_index(library: Library, queries: list[BenchQuery]) -> tuple[list[float], list[int], int]:
    """Per query: milliseconds of the full search() call and the exact total; how many ranked."""
    times: list[float] = []
    totals: list[int] = []
    ranked = 0
    for query in queries:
        started = time.perf_counter()
        result = search(library, SearchRequest(query.text, limit=20))
        times.append((time.perf_counter() - started) * 1000)
        totals.append(result.total)
        ranked += result.ranked_by is SortOrder.RELEVANCE
    return times, totals, ranked


def time_brute(corpus: BruteCorpus, queries: list[BenchQuery]) -> tuple[list[float], list[int]]:
    """Per query: milliseconds of the reference scan and its count."""
    times: list[float] = []
    counts: list[int] = []
    for query in queries:
        started = time.perf_counter()
        counts.append(brute_count(corpus, query))
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
    build: BuildFigures
    size: SizeFigures
    cold_ms: float
    classes: list[ClassFigures]
    brute_setup_s: float
    query_load_before: str
    query_load_after: str
    per_class: int
    brute_per_class: int
    profiles: dict[str, str] = field(default_factory=dict)


def run_size(arguments: argparse.Namespace, pool: corpus_synth.SentencePool, total: int) -> SizeRun:
    """Build (or reuse), measure the size, then time every query class."""
    env = environment()
    path = corpus_synth.BENCH_DATA / f"bench-{total}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    build = reusable_build(path, total, arguments.seed) if arguments.reuse else None
    if build is None:
        print(f"building {path.name} ({arguments.build} build) …", file=sys.stderr, flush=True)
        if arguments.build == "parallel":
            build = build_parallel(path, pool, total, arguments.seed, arguments.workers)
        else:
            build = build_with_store(path, pool, total, arguments.seed)
    else:
        print(f"reusing {path.name} (built earlier with seed {arguments.seed})", file=sys.stderr)
    size = measure_size(path)

    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    queries = draw_queries(connection, arguments.seed, arguments.queries)
    warmups = draw_queries(connection, arguments.seed + 1, 3)
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

    brute_per_class = arguments.brute_queries
    if brute_per_class < 0:
        brute_per_class = arguments.queries if total <= 100_000 else 20
    classes: list[ClassFigures] = []
    totals_by_kind: dict[str, list[int]] = {}
    for kind in CLASSES:
        times, totals, ranked = time_index(library, queries[kind])
        totals_by_kind[kind] = totals
        worst = max(range(len(times)), key=times.__getitem__)
        classes.append(
            ClassFigures(
                kind,
                len(times),
                statistics.median(times),
                percentile(times, 0.95),
                times[worst],
                queries[kind][worst].text,
                statistics.median(totals),
                ranked / len(times),
            )
        )
        print(f"  {kind}: p50 {classes[-1].p50:.1f} ms", file=sys.stderr, flush=True)
    load_after = load_text()

    profiles: dict[str, str] = {}
    if arguments.profile:
        for figures in classes:
            slug = re.sub(r"\W+", "-", figures.kind).strip("-")
            out = corpus_synth.BENCH_DATA / f"profile-{total}-{slug}.txt"
            profiles[figures.kind] = profile_class(library, queries[figures.kind], out)
    library.close()

    brute_setup = float("nan")
    if brute_per_class:
        print("brute force …", file=sys.stderr, flush=True)
        corpus = load_brute(path)
        brute_setup = corpus.seconds
        for figures in classes:
            subset = queries[figures.kind][:brute_per_class]
            times, counts = time_brute(corpus, subset)
            figures.brute_count = len(times)
            figures.brute_p50 = statistics.median(times)
            index_totals = totals_by_kind[figures.kind][:brute_per_class]
            for query, count, total_found in zip(subset, counts, index_totals, strict=True):
                if count != total_found:
                    note = f"{query.text!r}: index {total_found}, brute force {count}"
                    figures.mismatches.append(note)
                    if query.single_term:
                        print(f"WARNING: totals differ for {note}", file=sys.stderr)
        del corpus
    return SizeRun(
        total,
        env,
        build,
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
    if math.isnan(value):
        return "–"
    return f"{value:.1f}×" if value < 10 else f"{value:,.0f}×"


def _ms(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:,.1f}"


def report_lines(run: SizeRun, *, markdown: bool) -> list[str]:
    """The figures of one size, as a plain-text table or as Markdown."""
    build, size = run.build, run.size
    env = run.environment
    lines = [
        f"{'## ' if markdown else ''}Search benchmark: {run.articles:,} articles",
        "",
        f"- date: {env['date']}",
        f"- machine: {env['machine']}",
        f"- Python {env['python']}, SQLite {env['sqlite']}, apsw {env['apsw']}, "
        f"OpenCC {env['opencc']}",
        f"- build: {build.mode} ({build.workers} process{'es' if build.workers > 1 else ''} "
        f"preparing), {build.seconds:,.1f} s total, {build.articles_per_s:,.0f} articles/s, "
        f"{build.mb_per_s:.2f} MB/s of text ({build.text_bytes / _MB:,.1f} MB title + plain "
        f"text; {build.insert_seconds:,.1f} s in inserts, {build.generate_seconds:,.1f} s "
        f"generating); load avg before/after {build.load_before} → {build.load_after}; "
        f"{_verdict(build.mb_per_s >= TARGET_BUILD_MB_S)} (≥ {TARGET_BUILD_MB_S} MB/s)",
        f"- size ({size.method}): index {size.index_bytes / _MB:,.1f} MB = "
        f"{size.ratio:.2f} × text ({size.text_bytes / _MB:,.1f} MB); "
        f"{_verdict(size.ratio <= TARGET_INDEX_RATIO)} (≤ {TARGET_INDEX_RATIO}×); "
        f"articles table + its indexes {size.articles_bytes / _MB:,.1f} MB; "
        f"whole file {size.file_bytes / _MB:,.1f} MB",
        "- index tables: "
        + ", ".join(
            f"{name} {value / _MB:,.1f} MB" for name, value in sorted(size.index_tables.items())
        ),
        f"- queries: {run.per_class} per class (brute force: first {run.brute_per_class}), "
        f"each a full search(limit=20) with exact total, facets and 20 snippets; first "
        f"(cold-cache) query {run.cold_ms:,.0f} ms; load avg before/after "
        f"{run.query_load_before} → {run.query_load_after}; brute-force set-up (read + fold "
        f"everything) {run.brute_setup_s:,.1f} s",
        "",
    ]
    header = (
        "class",
        "p50 ms",
        "p95 ms",
        "max ms",
        "median total",
        "ranked",
        "brute p50 ms",
        "speed-up",
        "totals ≠",
        "target",
    )
    rows = [
        (
            figures.kind,
            _ms(figures.p50),
            _ms(figures.p95),
            _ms(figures.worst),
            f"{figures.median_total:,.0f}",
            f"{figures.ranked_share:.0%}",
            _ms(figures.brute_p50),
            _ratio(figures.speedup),
            f"{len(figures.mismatches)}/{figures.brute_count}",
            "ok" if figures.meets_targets else "MISS",
        )
        for figures in run.classes
    ]
    lines.extend(_table(header, rows, markdown=markdown))
    slowest = max(run.classes, key=lambda figures: figures.worst)
    lines.append("")
    lines.append(
        f"Slowest single query: {slowest.worst_query!r} ({slowest.kind}, {slowest.worst:,.0f} ms). "
        f"'ranked' is the share ranked by BM25; above {RANK_LIMIT:,} matches search() orders by "
        "date instead."
    )
    mismatches = [note for figures in run.classes for note in figures.mismatches]
    if mismatches:
        lines.append("Totals that differ from brute force: " + "; ".join(mismatches[:10]))
    return lines


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], *, markdown: bool) -> list[str]:
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        return out
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True))]
    out.append("  ".join("-" * width for width in widths))
    out.extend(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    )
    return out


def write_markdown_section(key: str, lines: list[str], docs: Path = DOCS) -> None:
    """Replace the section marked `key` in docs/benchmarks.md, or append it."""
    start, end = f"<!-- {key} -->", f"<!-- /{key} -->"
    block = "\n".join([start, *lines, end])
    text = docs.read_text(encoding="utf-8") if docs.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _match: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    docs.parent.mkdir(parents=True, exist_ok=True)
    docs.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


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
    parser.add_argument(
        "--build",
        choices=("store", "parallel"),
        default="store",
        help="store: ArchiveStore.add_many (shipped path); parallel: prototype worker pool",
    )
    parser.add_argument("--workers", type=int, default=2, help="processes for --build parallel")
    parser.add_argument("--reuse", action="store_true", help="keep an archive built earlier")
    parser.add_argument("--profile", action="store_true", help="cProfile each query class")
    parser.add_argument("--markdown", action="store_true", help=f"write the figures to {DOCS}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for each size and print (and optionally record) the figures."""
    arguments = parse_arguments(argv)
    pool = corpus_synth.load_pool(corpus_synth.require_corpora())
    print(f"sentence pool: {pool.describe()}", file=sys.stderr)
    for total in _sizes(arguments):
        run = run_size(arguments, pool, total)
        print()
        print("\n".join(report_lines(run, markdown=False)))
        for kind, listing in run.profiles.items():
            print(f"\nprofile of {kind} (top by own time; full listing in bench-data/):")
            print(listing)
        if arguments.markdown:
            key = f"bench-search-{total}-{run.build.mode}"
            write_markdown_section(key, report_lines(run, markdown=True))
            print(f"\nwrote the figures to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
