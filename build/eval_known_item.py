"""Known-item evaluation: does searching an article's title (as typed) rank that article first?"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "build"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import bench_report  # noqa: E402
import corpus_synth  # noqa: E402
import opencc  # noqa: E402

from archive import bulk, schema  # noqa: E402
from archive.errors import ArchiveError, QueryError  # noqa: E402
from archive.ids import article_id  # noqa: E402
from archive.importer.jsonl import read_jsonl  # noqa: E402
from archive.library import Library  # noqa: E402
from archive.models import NewArticle  # noqa: E402
from archive.search import SearchRequest, search  # noqa: E402
from archive.store import ArchiveStore  # noqa: E402
from archive.textfold import fold, fold_version  # noqa: E402

#: The corpora evaluated, by a short label.
CORPORA = {"cctv": "cctv_2022_2023.jsonl", "tw": "tw_news_2017_udn_ltn.jsonl"}
ARCHIVE = corpus_synth.BENCH_DATA / "known-item.sqlite"
BUILD_TIMESTAMP = "2000-01-01T00:00:00+00:00"
TARGET_RATE = 0.99
#: Quotation marks a user would not type: replaced by spaces before searching.
_QUOTES = re.compile("[《》〈〉「」『』“”‘’\"'〝〞＂＇]")
#: The query sets: the title as typed, and OpenCC's conversions of it.
CONVERSIONS = ("as is", "s2t", "t2s")


def as_typed(title: str) -> str:
    """The title as a user would type it: quotation marks become spaces, spaces collapse."""
    return " ".join(_QUOTES.sub(" ", title).split())


def item_key(title: str) -> str:
    """Titles that give the same query (after folding) are the same known item."""
    return fold(as_typed(title))


# --- the archive -------------------------------------------------------------------------------


def fingerprint(folder: Path) -> str:
    """Identifies the inputs: corpus files, the core's code and the folding rules."""
    digest = hashlib.sha256()
    for name in CORPORA.values():
        stat = (folder / name).stat()
        digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}\0".encode())
    for path in sorted((ROOT / "archive").rglob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(f"{schema.SCHEMA_VERSION}:{fold_version()}".encode())
    return digest.hexdigest()[:16]


def is_current(path: Path, wanted: str) -> bool:
    """True when the archive exists and was built from the same inputs."""
    if not path.exists():
        return False
    try:
        with ArchiveStore.open_read_only(path) as store:
            return store.meta("known_item_fingerprint") == wanted
    except ArchiveError:
        return False


def build(folder: Path, path: Path, wanted: str) -> tuple[float, int]:
    """Import both corpora into a fresh archive; returns (seconds, articles)."""
    partial = path.with_suffix(".partial")
    for suffix in ("", "-journal"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    articles = (article for name in CORPORA.values() for article in read_jsonl(folder / name))
    with ArchiveStore.open_writable(partial, name="known-item", wal=False) as store:
        store.clock = lambda: BUILD_TIMESTAMP
        for _progress in bulk.add_in_batches(store, articles, workers=2):
            pass
        bulk.finish(store)
        store.set_meta("known_item_fingerprint", wanted)
        count = store.count()
    os.replace(partial, path)
    return time.perf_counter() - started, count


# --- the evaluation ----------------------------------------------------------------------------


@dataclass
class Item:
    """One known item: a distinct (folded) title and the articles of one corpus that carry it."""

    corpus: str
    title: str
    articles: int


@dataclass
class Failure:
    """A query whose known item did not rank first."""

    query: str
    title: str
    reason: str


@dataclass
class SetFigures:
    """Results of one corpus × conversion."""

    corpus: str
    conversion: str
    titles: int = 0
    titles_ok: int = 0
    articles: int = 0
    articles_ok: int = 0
    changed: int = 0
    times_ms: list[float] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Share of the corpus's articles found first."""
        return self.articles_ok / self.articles if self.articles else float("nan")

    @property
    def title_rate(self) -> float:
        """Share of distinct titles found first."""
        return self.titles_ok / self.titles if self.titles else float("nan")


def _stored_titles(path: Path) -> tuple[dict[str, str], dict[str, int]]:
    """id → stored title, and per item key how many articles of the whole archive share it."""
    titles: dict[str, str] = {}
    groups: dict[str, int] = defaultdict(int)
    with ArchiveStore.open_read_only(path) as store:
        for identifier, title in store.connection.execute("SELECT id, title FROM articles"):
            titles[identifier] = title
            groups[item_key(title)] += 1
    return titles, dict(groups)


def _articles(folder: Path, name: str) -> Iterator[NewArticle]:
    yield from read_jsonl(folder / name)


def known_items(folder: Path, stored: dict[str, str]) -> list[Item]:
    """Per corpus, each distinct title with the number of its (stored, distinct) articles."""
    items: list[Item] = []
    for corpus, name in CORPORA.items():
        seen: set[str] = set()
        by_key: dict[str, Item] = {}
        for article in _articles(folder, name):
            identifier = article_id(url=article.url, identity=article.identity, raw=article.raw)
            if identifier in seen or identifier not in stored:
                continue
            seen.add(identifier)
            title = stored[identifier]
            key = item_key(title)
            if key not in by_key:
                by_key[key] = Item(corpus, title, 0)
                items.append(by_key[key])
            by_key[key].articles += 1
    return items


def evaluate(
    library: Library, items: list[Item], groups: dict[str, int], limit: int, keep: int
) -> list[SetFigures]:
    """Run every item's title (and its conversions) as a query and check the ranking."""
    converters = {name: opencc.OpenCC(name) for name in CONVERSIONS if name != "as is"}
    figures = {
        (corpus, conversion): SetFigures(corpus, conversion)
        for corpus in CORPORA
        for conversion in CONVERSIONS
    }
    for item in items:
        typed = as_typed(item.title)
        key = item_key(item.title)
        group = groups[key]
        for conversion in CONVERSIONS:
            query = typed if conversion == "as is" else converters[conversion].convert(typed)
            figure = figures[(item.corpus, conversion)]
            figure.titles += 1
            figure.articles += item.articles
            figure.changed += query != typed
            started = time.perf_counter()
            reason = _check(library, query, key, group, limit)
            figure.times_ms.append((time.perf_counter() - started) * 1000)
            if reason is None:
                figure.titles_ok += 1
                figure.articles_ok += item.articles
            elif len(figure.failures) < keep:
                figure.failures.append(Failure(query, item.title, reason))
    return list(figures.values())


def _check(library: Library, query: str, key: str, group: int, limit: int) -> str | None:
    """None when every article titled `key` ranks above all others; else what went wrong."""
    if not query.strip():
        return "the title has nothing to type"
    try:
        result = search(library, SearchRequest(query, limit=max(limit, group)))
    except QueryError as exc:
        return f"query error: {exc}"
    if result.total == 0:
        return "no results (a phrase-level variant: see docs/search.md)"
    top = result.hits[:group]
    if len(top) == group and all(item_key(hit.summary.title) == key for hit in top):
        return None
    above = [hit.summary.title for hit in top if item_key(hit.summary.title) != key]
    found = [rank for rank, hit in enumerate(result.hits, 1) if item_key(hit.summary.title) == key]
    where = f"first at rank {found[0]}" if found else f"not in the top {len(result.hits)}"
    return (
        f"{where} of {result.total} ({group} share the title, ranked by {result.ranked_by}); "
        f"above: " + " | ".join(above[:3])
    )


# --- reporting ---------------------------------------------------------------------------------


def report_lines(
    figures: list[SetFigures],
    env: dict[str, str],
    timing: dict[str, float],
    *,
    markdown: bool,
    failures: int,
) -> list[str]:
    """Success rates per corpus and conversion, timings, and a few failures."""
    articles = sum(f.articles for f in figures if f.conversion == "as is")
    lines = [
        f"{'## ' if markdown else ''}Known-item search: titles of the real corpora",
        "",
        f"- date: {env['date']}",
        f"- machine: {env['machine']}",
        f"- Python {env['python']}, SQLite {env['sqlite']}, apsw {env['apsw']}, "
        f"OpenCC {env['opencc']}",
        f"- archive: {articles:,} articles ({', '.join(CORPORA.values())}); "
        f"{'built in ' + format(timing['build'], ',.1f') + ' s' if timing['build'] else 'reused'}",
        f"- {sum(len(f.times_ms) for f in figures):,} queries in {timing['queries']:,.1f} s "
        f"(whole run {timing['total']:,.1f} s; load avg {timing['load_before']} → "
        f"{timing['load_after']}); each title typed without quotation marks, not as one "
        "phrase; success = the article(s) with that title rank above every other article",
        "",
    ]
    header = (
        "corpus",
        "query set",
        "titles",
        "articles",
        "changed by conversion",
        "found first (articles)",
        "rate",
        "rate by title",
        "p50 ms",
        "p95 ms",
        "target",
    )
    rows = [
        (
            f.corpus,
            f.conversion,
            f"{f.titles:,}",
            f"{f.articles:,}",
            f"{f.changed:,}",
            f"{f.articles_ok:,}",
            f"{f.rate:.2%}",
            f"{f.title_rate:.2%}",
            f"{statistics.median(f.times_ms):.1f}" if f.times_ms else "–",
            f"{bench_report.percentile(f.times_ms, 0.95):.1f}" if f.times_ms else "–",
            "ok" if f.rate >= TARGET_RATE else "MISS",
        )
        for f in figures
    ]
    lines.extend(bench_report.table(header, rows, markdown=markdown))
    shown = [(f, failure) for f in figures for failure in f.failures[:failures]]
    if shown:
        lines.extend(["", "Some failures:", ""])
        for f, failure in shown:
            lines.append(
                f"- {f.corpus} / {f.conversion}: query {failure.query!r} "
                f"(title {failure.title!r}): {failure.reason}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the archive, evaluate every title, print (and optionally record) the rates."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=10, help="results asked for per query")
    parser.add_argument("--failures", type=int, default=5, help="failures shown per query set")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the archive regardless")
    parser.add_argument("--markdown", action="store_true", help="write to docs/benchmarks.md")
    arguments = parser.parse_args(argv)

    started = time.perf_counter()
    folder = corpus_synth.require_corpora(names=tuple(CORPORA.values()))
    env = bench_report.environment()
    wanted = fingerprint(folder)
    build_seconds = 0.0
    ARCHIVE.parent.mkdir(parents=True, exist_ok=True)
    if arguments.rebuild or not is_current(ARCHIVE, wanted):
        print(f"building {ARCHIVE} …", file=sys.stderr, flush=True)
        build_seconds, count = build(folder, ARCHIVE, wanted)
        print(f"  {count:,} articles in {build_seconds:.1f} s", file=sys.stderr)

    stored, groups = _stored_titles(ARCHIVE)
    items = known_items(folder, stored)
    library = Library.open([ARCHIVE])
    if library.failures:
        sys.exit("; ".join(library.failures))
    load_before = bench_report.load_text()
    query_started = time.perf_counter()
    figures = evaluate(library, items, groups, arguments.limit, arguments.failures)
    query_seconds = time.perf_counter() - query_started
    library.close()
    timing = {
        "build": build_seconds,
        "queries": query_seconds,
        "total": time.perf_counter() - started,
        "load_before": load_before,
        "load_after": bench_report.load_text(),
    }
    lines = report_lines(figures, env, timing, markdown=False, failures=arguments.failures)
    print("\n".join(lines))
    if arguments.markdown:
        md = report_lines(figures, env, timing, markdown=True, failures=arguments.failures)
        bench_report.write_markdown_section("known-item", md)
        print(f"\nwrote the figures to {bench_report.DOCS}")
    missed = [f for f in figures if f.rate < TARGET_RATE]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
