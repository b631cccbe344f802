"""Archives for the search tests: a small one with every kind of date and a few sources, and one
of real articles from the shared corpora."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from archive.dates import PartialDate
from archive.importer.jsonl import record_to_article
from archive.models import NewArticle
from archive.store import ArchiveStore
from tests.conftest import require_corpora

DATES = [
    PartialDate(2021, 1, 14, 15, 48),
    PartialDate(2021, 12, 31),
    PartialDate(2021),
    PartialDate(2022, 6),
    PartialDate(2020, 2, 29),
    PartialDate(month=3, day=1),
    PartialDate(),
]
SOURCES = ["信网", "聯合報", ""]


def build_dated_archive(path: Path) -> None:
    """One article per (date, source); odd ones mention 青岛, even ones 台湾, all 新闻."""
    with ArchiveStore.open_writable(path, wal=False) as store:
        for number, (date, source) in enumerate(itertools.product(DATES, SOURCES)):
            body = "青岛新闻。" if number % 2 else "台湾新闻。"
            store.add(
                NewArticle(
                    title=f"第{number}篇",
                    body=body,
                    raw=str(number),
                    identity=str(number),
                    date=date,
                    source=source,
                )
            )


def build_corpus_archive(path: Path, articles_per_corpus: dict[str, int]) -> None:
    """The first articles of each named corpus file (skips the test without the corpora)."""
    folder = require_corpora()
    with ArchiveStore.open_writable(path, wal=False) as store:
        for name, count in articles_per_corpus.items():
            with (folder / name).open(encoding="utf-8") as handle:
                records = (json.loads(line) for line in itertools.islice(handle, count))
                store.add_many(
                    article
                    for number, record in enumerate(records)
                    if (article := record_to_article(record, identity=f"{name}:{number}"))
                )
