"""Shared set-up for the annotation tests: a small real archive and a user store with a clock."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from archive.annotation_models import format_utc
from archive.backup import RollingPolicy
from archive.dates import PartialDate
from archive.models import Article, NewArticle
from archive.store import ArchiveStore
from archive.userstore import UserStore

#: Simplified text, longer in Taiwan form (互联网 → 網際網路, 内存 → 記憶體), with 𠮷 (non-BMP).
SIMPLIFIED_BODY = (
    "我们使用软件和互联网服务。\n\n𠮷野家在青岛开了新店，软件很好用。\n\n"
    "互联网企业和软件企业合作，鼠标和内存。"
)
TRADITIONAL_BODY = "臺灣的軟體產業與網際網路，青島的啤酒節。\n\n自由時報報導。"

ARTICLES = {
    "simplified": NewArticle(
        title="软件与互联网",
        body=SIMPLIFIED_BODY,
        raw="raw-simplified",
        identity="test:simplified",
        date=PartialDate(2022, 3, 4),
        source="新华社",
    ),
    "traditional": NewArticle(
        title="軟體產業",
        body=TRADITIONAL_BODY,
        raw="raw-traditional",
        identity="test:traditional",
        date=PartialDate(2017, 5, 6),
        source="自由時報",
    ),
    "undated": NewArticle(
        title="青岛啤酒",
        body="青岛啤酒节开幕。青岛啤酒很好喝。",
        raw="raw-undated",
        identity="test:undated",
        source="信网",
    ),
}

NO_MINIMUM_AGE = RollingPolicy(keep=3, min_age_seconds=0)


def make_archive(path: Path, name: str = "sample") -> dict[str, Article]:
    """Write ARTICLES into a new archive file; the stored articles by key."""
    with ArchiveStore.open_writable(path, name=name, wal=False) as store:
        identifiers = {key: store.add(article)[0] for key, article in ARTICLES.items()}
        return {key: store.get(identifier) for key, identifier in identifiers.items()}


def ticking_clock(start: datetime | None = None) -> Callable[[], str]:
    """A clock that moves one second per reading (updated times always differ)."""
    moment = start or datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    counter = itertools.count()
    return lambda: format_utc(moment + timedelta(seconds=next(counter)))


def open_store(
    path: Path, *, creator: str = "tester", clock_start: datetime | None = None
) -> UserStore:
    """A user store without automatic backups, with a ticking clock."""
    store = UserStore.open(path, creator=creator, backups=None)
    store.clock = ticking_clock(clock_start)
    return store
