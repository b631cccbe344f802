"""Frozen records of the user's annotations: anchors, bookmarks, notes, and the changes to them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from archive.models import Article
from archive.render import render_html


class Kind(StrEnum):
    """What an annotation is attached to: a passage, or the whole article."""

    HIGHLIGHT = "highlight"  # a passage, with an anchor
    NOTE = "note"  # an article-level note
    BOOKMARK = "bookmark"  # at most one per article


class AnchorStatus(StrEnum):
    """Whether a highlight is placed on the article's current text."""

    ANCHORED = "anchored"
    ORPHANED = "orphaned"  # its quote could not be found confidently; kept with quote and note


#: The highlight palette (name -> colour the UI paints with); names are what the store records.
COLORS: dict[str, str] = {
    "yellow": "#fff176",
    "green": "#a5d6a7",
    "blue": "#90caf9",
    "pink": "#f48fb1",
    "purple": "#ce93d8",
    "orange": "#ffcc80",
}
DEFAULT_COLOR = "yellow"

_TAG_SEPARATORS = re.compile(r"[,，、;；\n]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Anchor:
    """W3C TextQuoteSelector + TextPositionSelector against one version of an article's text.

    `start`/`end` count Unicode code points in the ORIGINAL plain text (`Article.text`) whose
    SHA-256 is `content_hash`; `exact == text[start:end]` there.
    """

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    content_hash: str


@dataclass(frozen=True)
class ArticleRef:
    """Which article an annotation belongs to, with what exports and the browser show of it."""

    archive: str
    article_id: str
    title: str = ""
    source: str = ""
    date: str | None = None  # partial ISO 8601, as the archive records it
    date_sort: str = ""  # the archive's sort key for that date

    @classmethod
    def of(cls, article: Article) -> ArticleRef:
        """The reference to a stored article, with its current metadata."""
        return cls(
            archive=article.archive,
            article_id=article.id,
            title=article.title,
            source=article.source,
            date=article.date.iso(),
            date_sort=article.date.sort_key(),
        )


@dataclass(frozen=True)
class Annotation:
    """A highlight (with `anchor`), an article note or a bookmark; identity is `id`."""

    id: str
    kind: Kind
    article: ArticleRef
    anchor: Anchor | None
    color: str | None
    note: str  # Markdown; render with archive.render.render_html
    tags: tuple[str, ...]
    creator: str
    created: str  # UTC ISO 8601, e.g. 2024-05-01T09:30:00.123Z
    updated: str
    status: AnchorStatus = AnchorStatus.ANCHORED
    checked_hash: str | None = None  # the article text last anchored against (or failed on)

    def note_html(self) -> str:
        """The note as safe HTML (no scripts, images or non-web links): archive.render."""
        return render_html(self.note) if self.note.strip() else ""

    @property
    def quote(self) -> str:
        """The highlighted words ('' for notes and bookmarks)."""
        return self.anchor.exact if self.anchor else ""

    def edited(
        self, *, color: str | None, note: str | None, tags: tuple[str, ...] | None, updated: str
    ) -> Annotation:
        """A copy with the given fields replaced (None keeps a field) and a new `updated`."""
        return replace(
            self,
            color=self.color if color is None else color,
            note=self.note if note is None else note,
            tags=self.tags if tags is None else tags,
            updated=updated,
        )


@dataclass(frozen=True)
class Change:
    """One user action: the annotation before and after (None: absent). Undo applies `before`."""

    description: str
    before: Annotation | None
    after: Annotation | None

    @property
    def annotation_id(self) -> str:
        """The id of the annotation the change is about."""
        present = self.after or self.before
        assert present is not None, "a change has a before or an after"
        return present.id

    def inverse(self) -> Change:
        """The change that undoes this one."""
        return Change(f"undo {self.description}", self.after, self.before)


def utc_now() -> str:
    """Now, as UTC ISO 8601 with milliseconds and a Z (sorts as text)."""
    return format_utc(datetime.now(UTC))


def format_utc(moment: datetime) -> str:
    """A timezone-aware moment as the store's UTC ISO 8601 text."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def normalise_time(text: str) -> str:
    """Any ISO 8601 moment (naive ones are taken as UTC) in the store's form; ValueError if none."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_utc(moment)


def parse_tags(text: str | None) -> tuple[str, ...]:
    """Tags from 'a, b，c、d': trimmed, inner spaces collapsed, empties and repeats dropped."""
    if not text:
        return ()
    return clean_tags(_TAG_SEPARATORS.split(text))


def clean_tags(tags: object) -> tuple[str, ...]:
    """Tags trimmed, de-duplicated (first kept) and without separators inside."""
    cleaned: dict[str, None] = {}
    for tag in tags if isinstance(tags, list | tuple) else ():
        for part in _TAG_SEPARATORS.split(str(tag)):
            part = _SPACES.sub(" ", part).strip()
            if part:
                cleaned.setdefault(part, None)
    return tuple(cleaned)
