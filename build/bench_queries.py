"""The benchmark's query classes, drawn from the archive itself, and the brute-force scan."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import apsw
import opencc

from archive.matching import term_pattern
from archive.textfold import fold

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


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
