"""One normaliser for every reader: clean title and text, drop scraped labels, fix the id.

Readers hand over an `Extracted` (what they found, uncleaned); `normalise` returns a `Found`
(a NewArticle with its id) or a `Failure` (location plus one sentence).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace

from archive.dates import UNKNOWN_DATE, PartialDate
from archive.datetext import parse_date_text
from archive.ids import article_id
from archive.importer.cleaning import clean_line, clean_paragraphs, remove_pinyin_artefacts
from archive.importer.labels import EdgeLabels, split_edge_labels
from archive.importer.limits import MAX_ARTICLE_CHARS, too_long_text
from archive.importer.plaintext import text_to_markdown
from archive.models import NewArticle

_TITLE_LABEL = re.compile(
    r"^\s*[\[【(（]\s*(?:视频|視頻|图|圖|组图|組圖|图文|圖文|多图|多圖|高清|直播|独家|獨家|音频|音頻)"
    r"\s*[\]】)）]\s*"
)
_TITLE_TRAILING_LABEL = re.compile(r"\s*[(（](?:图|圖|组图|組圖|视频|視頻|附视频|附視頻)[)）]\s*$")
_TITLE_MAX_LENGTH = 200


@dataclass(frozen=True)
class Extracted:
    """What a reader found in one capture, before cleaning; `text` has one paragraph a line."""

    title: str
    text: str
    raw: str
    location: str
    date: PartialDate = UNKNOWN_DATE
    source: str = ""
    authors: tuple[str, ...] = ()
    url: str | None = None
    identity: str = ""
    stable_identity: bool = False
    markdown: bool = False
    raw_encoding: str = ""
    warning: str = ""


@dataclass(frozen=True)
class Found:
    """A clean article ready to prepare, with the id it will be stored under."""

    article: NewArticle
    id: str
    location: str
    raw_encoding: str = ""
    warning: str = ""
    #: The plain text of `article.body` when the normaliser built it from paragraphs (saves
    #: rendering the Markdown again: the round trip is exact, see test_plaintext).
    text: str | None = None


@dataclass(frozen=True)
class Failure:
    """Something that could not be imported: where, and one sentence saying why."""

    location: str
    reason: str


def clean_title(title: str) -> str:
    """NFC, one line, without UI labels such as `[视频]` or a trailing `（图）`."""
    line = clean_line(" ".join(remove_pinyin_artefacts(title).split()))
    line = _TITLE_TRAILING_LABEL.sub("", _TITLE_LABEL.sub("", line))
    return line[:_TITLE_MAX_LENGTH]


def normalise(extracted: Extracted) -> Found | Failure:
    """Clean an extracted article; a Failure when nothing readable is left or the text is
    longer than MAX_ARTICLE_CHARS."""
    if len(extracted.text) > MAX_ARTICLE_CHARS:
        return Failure(extracted.location, too_long_text(len(extracted.text)))
    title = clean_title(extracted.title)
    text: str | None = None
    if extracted.markdown:
        body, labels = _clean_markdown(extracted.text), None
    else:
        paragraphs, labels = split_edge_labels(clean_paragraphs(extracted.text))
        if paragraphs and title and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
        text = "\n".join(paragraphs)
        body = text_to_markdown(text)
    if not body.strip():
        return Failure(extracted.location, "it holds no article text.")
    if labels is not None:
        extracted = with_label_metadata(extracted, labels)
    article = NewArticle(
        title=title or _first_words(body),
        body=body,
        raw=extracted.raw,
        date=extracted.date,
        source=clean_line(extracted.source),
        authors=tuple(name for name in map(clean_line, extracted.authors) if name),
        editor=labels.editor if labels else "",
        url=extracted.url or None,
        identity=extracted.identity,
    )
    return Found(
        article=article,
        id=article_id_for(extracted),
        location=extracted.location,
        raw_encoding=extracted.raw_encoding,
        warning=extracted.warning,
        text=text,
    )


def article_id_for(extracted: Extracted) -> str:
    """From the URL; else from a stable identity (so a changed text is a revision); else capture."""
    if extracted.url:
        return article_id(url=extracted.url, identity=extracted.identity, raw=extracted.raw)
    if extracted.stable_identity:
        key = "import\0" + extracted.identity
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return article_id(url=None, identity=extracted.identity, raw=extracted.raw)


def _clean_markdown(text: str) -> str:
    lines = remove_pinyin_artefacts(unicodedata.normalize("NFC", text)).strip().splitlines()
    return "\n".join(line.rstrip() for line in lines).strip()


def with_label_metadata(extracted: Extracted, labels: EdgeLabels) -> Extracted:
    """Fill source, authors and date the reader did not find from the removed labels."""
    date = extracted.date
    if date == UNKNOWN_DATE and labels.date_text:
        date = parse_date_text(labels.date_text)
    authors = extracted.authors or tuple(labels.author.replace("、", " ").split())
    return replace(extracted, source=extracted.source or labels.source, date=date, authors=authors)


def _first_words(body: str) -> str:
    first = next((line for line in body.splitlines() if line.strip()), "")
    return first.replace("\\", "")[:30]
