"""Plain frozen records passed between the core's layers and to the desktop."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from archive.dates import UNKNOWN_DATE, PartialDate

METADATA_FIELDS = ("title", "subtitle", "date", "source", "authors", "editor", "url", "body")


class Script(StrEnum):
    """Which script an article's original text is written in."""

    SIMPLIFIED = "hans"
    TRADITIONAL = "hant"
    MIXED = "mixed"


class FieldOrigin(StrEnum):
    """Whether a metadata value came from the captured text or was set by hand."""

    EXTRACTED = "extracted"
    CURATED = "curated"


@dataclass(frozen=True)
class NewArticle:
    """An article on its way into the store: everything but what the store derives."""

    title: str
    body: str
    raw: str
    subtitle: str = ""
    date: PartialDate = UNKNOWN_DATE
    source: str = ""
    authors: tuple[str, ...] = ()
    editor: str = ""
    url: str | None = None
    identity: str = ""
    curated_fields: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Article:
    """A stored article; `id` is stable across archives and rebuilds, `text` is what readers see."""

    id: str
    archive: str
    title: str
    subtitle: str
    date: PartialDate
    source: str
    authors: tuple[str, ...]
    editor: str
    url: str | None
    script: Script
    body: str
    text: str
    raw: str
    content_hash: str
    field_origins: dict[str, FieldOrigin]

    def is_curated(self, name: str) -> bool:
        """True when the named metadata field was set by hand, not extracted."""
        return self.field_origins.get(name) is FieldOrigin.CURATED


@dataclass(frozen=True)
class ArticleSummary:
    """What a list row needs, without the body."""

    id: str
    archive: str
    title: str
    date: PartialDate
    source: str
    authors: tuple[str, ...]
    url: str | None
    script: Script


@dataclass(frozen=True)
class ArchiveInfo:
    """Counts and ranges that describe one archive file."""

    name: str
    path: str
    articles: int
    sources: dict[str, int]
    first_date: str | None
    last_date: str | None
    schema_version: int
    fold_version: str
