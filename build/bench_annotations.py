"""Annotation benchmark: a user store of 100,000 annotations; time what the reader and browser do.

Targets (issue 5): opening an article with 500 annotations, projected into a converted script
view, and opening the browser's first page, each under 200 ms. Article text is recombined from
the shared corpora (simplified sentences, so the Taiwan view changes lengths).
"""

from __future__ import annotations

import argparse
import functools
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "build"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import bench_report  # noqa: E402
import corpus_synth  # noqa: E402

from archive import annotation_import  # noqa: E402
from archive.anchoring import ArticleView, make_anchor  # noqa: E402
from archive.annotation_browser import facets  # noqa: E402
from archive.annotation_filters import AnnotationFilter  # noqa: E402
from archive.annotation_models import (  # noqa: E402
    COLORS,
    Annotation,
    ArticleRef,
    Kind,
    format_utc,
)
from archive.backup import back_up  # noqa: E402
from archive.convert import ConvertedText, convert_with_map  # noqa: E402
from archive.models import Article, NewArticle  # noqa: E402
from archive.store import ArchiveStore  # noqa: E402
from archive.userstore import UserStore  # noqa: E402

TARGET_MS = 200.0
FOLDER = corpus_synth.BENCH_DATA / "annotations"
TAGS = ("经济", "政治", "科技", "待核实", "引用", "人物", "地方", "国际", "环境", "教育")
CREATORS = ("王老师", "李研究员", "archivist")
NOTE_WORDS = ("值得注意", "与前文对照", "数据来源待查", "见另一篇报道", "重要", "引用于论文第三章")


def build_archive(
    path: Path, pool: corpus_synth.SentencePool, articles: int, seed: int
) -> list[Article]:
    """An archive of synthetic articles; the first is long (it gets the 500 annotations)."""
    rng = random.Random(seed)
    long_body = "\n\n".join(
        "".join(rng.choice(pool.simplified) for _ in range(4)) for _ in range(40)
    )
    first = NewArticle(
        title="五百条标注的文章",
        body=long_body,
        raw="bench-long",
        identity="bench:long",
        source="新华社",
    )
    others = [corpus_synth.synth_article(rng, pool, seed, index) for index in range(articles - 1)]
    with ArchiveStore.open_writable(path, name="bench", wal=False) as store:
        identifiers = [identifier for identifier, _ in store.add_many([first, *others])]
        return [store.get(identifier) for identifier in identifiers]


def synth_annotations(
    articles: list[Article], total: int, on_first: int, seed: int
) -> list[Annotation]:
    """`on_first` highlights on the first article, the rest spread over the others."""
    rng = random.Random(seed)
    targets = [articles[0]] * on_first + [rng.choice(articles[1:]) for _ in range(total - on_first)]
    return [_annotation(rng, article, number) for number, article in enumerate(targets)]


def _annotation(rng: random.Random, article: Article, number: int) -> Annotation:
    text = article.text
    kind = Kind.HIGHLIGHT if rng.random() < 0.9 or len(text) < 10 else Kind.NOTE
    anchor = None
    if kind is Kind.HIGHLIGHT:
        while anchor is None:
            start = rng.randrange(0, max(1, len(text) - 2))
            end = min(len(text), start + rng.randint(2, 40))
            if text[start:end].strip():
                anchor = make_anchor(text, start, end, article.content_hash)
    moment = format_utc(datetime(2023, 1, 1, tzinfo=UTC) + timedelta(minutes=number))
    return Annotation(
        id=f"bench-{number:07d}",
        kind=kind,
        article=ArticleRef.of(article),
        anchor=anchor,
        color=rng.choice(list(COLORS)) if anchor else None,
        note=rng.choice(NOTE_WORDS) if rng.random() < 0.4 or kind is Kind.NOTE else "",
        tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
        creator=rng.choice(CREATORS),
        created=moment,
        updated=moment,
        checked_hash=article.content_hash if anchor else None,
    )


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    """Milliseconds of each of `repeats` runs."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


Row = tuple[str, float, float, float]


def summary(name: str, timings: list[float]) -> Row:
    """(name, median, p95, max) in ms."""
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return name, statistics.median(ordered), p95, ordered[-1]


def open_article(store: UserStore, article: Article, form: str, *, converting: bool) -> int:
    """What the reader does: read the article's annotations, project them into the view.

    `converting`: the conversion of the text into `form` is made here (the first display in a
    form); otherwise the reader's conversion, made for display anyway, is reused.
    """
    converted = convert_with_map(article.text, form) if converting else _shown(article.text, form)
    view = ArticleView.of_converted(converted, form)
    return sum(1 for a in store.annotations_for(article) if view.project(a) is not None)


@functools.cache
def _shown(text: str, form: str) -> ConvertedText:
    return convert_with_map(text, form)


def build(arguments: argparse.Namespace, archive_path: Path, store_path: Path) -> dict[str, float]:
    """Write the archive and the user store; what it cost."""
    for path in FOLDER.glob("*.sqlite*"):
        path.unlink()
    pool = corpus_synth.load_pool(corpus_synth.require_corpora())
    started = time.perf_counter()
    articles = build_archive(archive_path, pool, arguments.articles, arguments.seed)
    archive_seconds = time.perf_counter() - started
    annotations = synth_annotations(
        articles, arguments.annotations, arguments.on_article, arguments.seed
    )
    started = time.perf_counter()
    with UserStore.open(store_path, backups=None) as store:
        annotation_import.merge(store, annotations)
    return {
        "archive_seconds": archive_seconds,
        "import_seconds": time.perf_counter() - started,
        "store_mb": store_path.stat().st_size / 1e6,
        "long_length": len(articles[0].text),
    }


def timed_rows(store: UserStore, article: Article, repeats: int) -> list[Row]:
    """The timed operations of the reader and the browser."""

    def reading(form: str, converting: bool) -> Callable[[], object]:
        return lambda: open_article(store, article, form, converting=converting)

    def browsing(wanted: AnnotationFilter) -> Callable[[], object]:
        return lambda: store.browse(wanted, limit=100)

    operations: list[tuple[str, Callable[[], object]]] = [
        ("article with 500: original view", reading("original", False)),
        ("article with 500: tw view, reader's conversion", reading("tw", False)),
        ("article with 500: hk view, reader's conversion", reading("hk", False)),
        ("article with 500: tw view, converting the text too", reading("tw", True)),
        ("article with 500: hk view, converting the text too", reading("hk", True)),
        ("browser first page (100 of all)", browsing(AnnotationFilter())),
        ("browser first page, colour filter", browsing(AnnotationFilter(colors=("green",)))),
        ("browser first page, tag filter", browsing(AnnotationFilter(tags=("引用",)))),
        ("browser first page, search 重要", browsing(AnnotationFilter(search="重要"))),
        ("browser first page, search 中国 -经济", browsing(AnnotationFilter(search="中国 -经济"))),
        ("browser facets (filter menus)", lambda: facets(store.connection)),
    ]
    return [summary(name, timed(action, repeats)) for name, action in operations]


def run(arguments: argparse.Namespace) -> list[str]:
    """Build the data, time everything, return the report lines."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    archive_path, store_path = FOLDER / "archive.sqlite", FOLDER / "user-store.sqlite"
    figures = build(arguments, archive_path, store_path)
    opening = summary(
        "open store (header and schema checks; no backup due)",
        timed(lambda: UserStore.open(store_path, backups=None).close(), 5),
    )
    with ArchiveStore.open_read_only(archive_path, immutable=False) as archive:
        long_article = archive.get(
            archive.connection.execute("SELECT id FROM articles ORDER BY rowid LIMIT 1").get
        )
    with UserStore.open(store_path, backups=None) as store:
        placed = open_article(store, long_article, "tw", converting=True)
        assert placed >= arguments.on_article * 0.85, placed
        rows = [opening, *timed_rows(store, long_article, arguments.repeats)]
        started = time.perf_counter()
        back_up(store.connection, store_path, tag="bench")
        figures["backup_ms"] = (time.perf_counter() - started) * 1000
        with ArchiveStore.open_writable(archive_path) as archive:
            archive.replace_body(long_article.id, "【更正】本文有改动。\n\n" + long_article.body)
            changed = archive.get(long_article.id)
        started = time.perf_counter()
        after = store.annotations_for(changed)
        figures["reanchor_ms"] = (time.perf_counter() - started) * 1000
        figures["orphans"] = sum(1 for a in after if a.status.value == "orphaned")
    return report(arguments, rows, figures)


def report(arguments: argparse.Namespace, rows: list[Row], figures: dict[str, float]) -> list[str]:
    """Markdown lines: set-up, the timed table (median/p95/max), one-off costs."""
    environment = bench_report.environment()
    lines = [
        "## Annotations (issue 5)",
        "",
        f"- date: {environment['date']}; machine: {environment['machine']}",
        f"- python {environment['python']}, SQLite {environment['sqlite']}; "
        f"load {bench_report.load_text()} (other work shares this machine)",
        f"- data: {arguments.annotations:,} annotations over {arguments.articles:,} articles "
        f"(90% highlights); {arguments.on_article} on one article of "
        f"{figures['long_length']:,.0f} characters; user store {figures['store_mb']:.1f} MB "
        f"(archive built in {figures['archive_seconds']:.1f} s; annotations imported in one "
        f"transaction in {figures['import_seconds']:.1f} s)",
        f"- target: under {TARGET_MS:.0f} ms (p95); each figure over {arguments.repeats} warm runs",
        "",
        "| operation | median ms | p95 ms | max ms | target |",
        "|---|---:|---:|---:|---|",
    ]
    for name, median, p95, worst in rows:
        verdict = "met" if p95 < TARGET_MS else "MISSED"
        lines.append(f"| {name} | {median:.1f} | {p95:.1f} | {worst:.1f} | {verdict} |")
    lines += [
        "",
        f"- one-off: re-anchoring the 500 after the article's text changed: "
        f"{figures['reanchor_ms']:.0f} ms ({figures['orphans']:.0f} orphaned); a full backup "
        f"of the store, checked with quick_check (made on opening at most every 10 minutes, "
        f"and only when something changed; the desktop runs it in a worker thread): "
        f"{figures['backup_ms']:.0f} ms",
    ]
    return lines


def argument_parser(description: str | None, *, repeats: int) -> argparse.ArgumentParser:
    """The options both annotation benchmarks take (the UI one reuses this data)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--on-article", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=repeats)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--markdown", action="store_true", help=f"record in {bench_report.DOCS}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the figures and optionally record them in docs/benchmarks.md."""
    arguments = argument_parser(__doc__, repeats=30).parse_args(argv)
    bench_report.print_and_record("annotations", run(arguments), markdown=arguments.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
