"""Synthetic, deterministic news corpora recombined from the sentences of the real test corpora."""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.dates import UNKNOWN_DATE, PartialDate  # noqa: E402
from archive.importer.plaintext import text_to_markdown  # noqa: E402
from archive.models import NewArticle  # noqa: E402

#: The real corpora these scripts read (test data only: never copied into the repository).
SIMPLIFIED_FILES = ("cctv_2022_2023.jsonl",)
TRADITIONAL_FILES = ("tw_news_2017_udn_ltn.jsonl", "hk_sbs_500.jsonl")
#: Where generated benchmark archives go (git-ignored).
BENCH_DATA = ROOT / "bench-data"
#: Share of synthetic articles written from simplified-source sentences (the rest: traditional).
SIMPLIFIED_SHARE = 0.7
#: Sources per script; names without spaces so that `source:NAME` works as a query.
SIMPLIFIED_SOURCES = ("新闻联播", "人民日报", "新华社", "光明日报")
TRADITIONAL_SOURCES = ("聯合報", "自由時報", "SBS中文")
AUTHORS = ("张华", "李明", "王芳", "陳怡君", "林志豪", "記者黃世傑")
#: Articles per generated chunk; each chunk has its own RNG so chunks can be made in any order.
CHUNK_SIZE = 2000

_SENTENCE = re.compile(r"[^。！？\n]+(?:[。！？]+[」』”’）)]*)?")
_TRAILING_PUNCTUATION = re.compile(r"[\s。！？，、；：,.!?;:」』”’）)]+$")


@dataclass(frozen=True)
class SentencePool:
    """Sentences and titles of the real corpora, by script."""

    simplified: list[str]
    traditional: list[str]
    titles_simplified: list[str]
    titles_traditional: list[str]

    def describe(self) -> str:
        """One line for logs."""
        return (
            f"{len(self.simplified):,} simplified + {len(self.traditional):,} traditional "
            f"sentences, {len(self.titles_simplified):,} + {len(self.titles_traditional):,} titles"
        )


def corpora_dir(root: Path = ROOT) -> Path:
    """`../shared/corpora` next to the repository root."""
    return root.parent / "shared" / "corpora"


def require_corpora(root: Path = ROOT, names: tuple[str, ...] = ()) -> Path:
    """The corpora folder, or exit with a clear message when it (or a needed file) is absent."""
    folder = corpora_dir(root)
    wanted = names or SIMPLIFIED_FILES + TRADITIONAL_FILES
    missing = [name for name in wanted if not (folder / name).is_file()]
    if missing:
        sys.exit(
            f"The test corpora are not available: {folder} lacks {', '.join(missing)}. "
            "These benchmarks read the shared corpora from ../shared/corpora relative to the "
            "repository root; run them in a checkout that has that folder."
        )
    return folder


def split_sentences(text: str) -> list[str]:
    """Sentences ending at 。！？ (closing quotes kept) or a line break; very short ones dropped."""
    sentences = (match.group().strip() for match in _SENTENCE.finditer(text))
    return [sentence for sentence in sentences if 4 <= len(sentence) <= 400]


def _records(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict):
                    yield record


def _title(record: dict[str, object]) -> str:
    return str(record.get("title_clean") or record.get("title") or "").strip()


def load_pool(folder: Path) -> SentencePool:
    """Split every text of the corpora into sentences; deterministic (file order)."""
    pools: dict[bool, tuple[list[str], list[str]]] = {True: ([], []), False: ([], [])}
    for simplified, names in ((True, SIMPLIFIED_FILES), (False, TRADITIONAL_FILES)):
        sentences, titles = pools[simplified]
        for name in names:
            for record in _records(folder / name):
                sentences.extend(split_sentences(str(record.get("text") or "")))
                title = _title(record)
                if title:
                    titles.append(title)
    return SentencePool(pools[True][0], pools[False][0], pools[True][1], pools[False][1])


def chunk_rng(seed: int, chunk: int) -> random.Random:
    """The RNG of one chunk: depends only on the seed and the chunk number."""
    return random.Random(f"wenyuan-bench:{seed}:{chunk}")


def _date(rng: random.Random) -> PartialDate:
    roll = rng.random()
    if roll < 0.04:
        return UNKNOWN_DATE
    year = rng.randint(2017, 2023)
    month = rng.randint(1, 12)
    if roll < 0.08:
        return PartialDate(year, month)
    day = rng.randint(1, 28)
    if roll < 0.3:
        return PartialDate(year, month, day, rng.randint(0, 23), rng.randint(0, 59))
    return PartialDate(year, month, day)


def _make_title(rng: random.Random, sentences: list[str], titles: list[str]) -> str:
    if rng.random() < 0.6:
        return rng.choice(titles)
    sentence = rng.choice(sentences)
    cut = sentence[: rng.randint(8, 26)]
    return _TRAILING_PUNCTUATION.sub("", cut) or cut


def synth_article(rng: random.Random, pool: SentencePool, seed: int, index: int) -> NewArticle:
    """One article: a title, 5–40 sentences of one script in paragraphs, a date and a source."""
    simplified = rng.random() < SIMPLIFIED_SHARE
    sentences = pool.simplified if simplified else pool.traditional
    titles = pool.titles_simplified if simplified else pool.titles_traditional
    sources = SIMPLIFIED_SOURCES if simplified else TRADITIONAL_SOURCES
    title = _make_title(rng, sentences, titles)
    chosen = [rng.choice(sentences) for _ in range(rng.randint(5, 40))]
    paragraphs: list[str] = []
    while chosen:
        take = rng.randint(1, 4)
        paragraphs.append("".join(chosen[:take]))
        chosen = chosen[take:]
    text = "\n".join(paragraphs)
    date = _date(rng)
    source = rng.choice(sources)
    authors = (rng.choice(AUTHORS),) if rng.random() < 0.2 else ()
    url = f"https://bench.invalid/{seed}/{index}"
    record = {"title": title, "text": text, "date": date.iso() or "", "source": source, "url": url}
    return NewArticle(
        title=title,
        body=text_to_markdown(text),
        raw=json.dumps(record, ensure_ascii=False),
        date=date,
        source=source,
        authors=authors,
        url=url,
        identity=f"bench:{seed}:{index}",
    )


def synth_chunk(pool: SentencePool, seed: int, chunk: int, total: int) -> list[NewArticle]:
    """Articles from chunk*CHUNK_SIZE on (capped at `total`), whatever order chunks are made in."""
    rng = chunk_rng(seed, chunk)
    start = chunk * CHUNK_SIZE
    stop = min(total, start + CHUNK_SIZE)
    return [synth_article(rng, pool, seed, index) for index in range(start, stop)]


def chunk_count(total: int) -> int:
    """How many chunks make `total` articles."""
    return (total + CHUNK_SIZE - 1) // CHUNK_SIZE


def synth_corpus(pool: SentencePool, total: int, seed: int) -> Iterator[list[NewArticle]]:
    """`total` articles in chunks of CHUNK_SIZE, streamed: only one chunk is held at a time."""
    for chunk in range(chunk_count(total)):
        yield synth_chunk(pool, seed, chunk, total)


def main() -> int:
    """Print a few synthetic articles (for a look at what the benchmarks index)."""
    pool = load_pool(require_corpora())
    print(pool.describe())
    for article in synth_chunk(pool, 1, 0, 3):
        print(article.title, article.date.iso(), article.source, article.authors)
        print(article.body[:200].replace("\n", " ⏎ "), "…\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
