"""A small archive with every kind of date and a few sources, for the search order tests."""

from __future__ import annotations

import itertools
from pathlib import Path

from archive.dates import PartialDate
from archive.models import NewArticle
from archive.store import ArchiveStore

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
