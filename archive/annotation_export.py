"""Exporting annotations: Markdown for a paper, CSV for a spreadsheet, JSON-LD for a colleague."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from itertools import groupby

from archive.annotation_jsonld import collection
from archive.annotation_models import AnchorStatus, Annotation, Kind

FORMATS = ("md", "csv", "jsonld")
CSV_COLUMNS = (
    "id",
    "kind",
    "archive",
    "article_id",
    "article_title",
    "article_source",
    "article_date",
    "quote",
    "prefix",
    "suffix",
    "start",
    "end",
    "color",
    "note",
    "tags",
    "creator",
    "created",
    "updated",
    "status",
)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_ORDER = {Kind.BOOKMARK: 0, Kind.NOTE: 1, Kind.HIGHLIGHT: 2}


def export(annotations: list[Annotation], form: str) -> str:
    """The annotations as text in `form` (md, csv or jsonld)."""
    writers: dict[str, Callable[[list[Annotation]], str]] = {
        "md": to_markdown,
        "csv": to_csv,
        "jsonld": to_jsonld_text,
    }
    return writers[form](annotations)


def to_jsonld_text(annotations: list[Annotation]) -> str:
    """A W3C AnnotationCollection, pretty-printed."""
    return json.dumps(collection(annotations), ensure_ascii=False, indent=2) + "\n"


def to_csv(annotations: list[Annotation]) -> str:
    """One row per annotation; tags joined with '; '; offsets in code points of the original."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for a in annotations:
        anchor = a.anchor
        writer.writerow(
            [
                a.id,
                a.kind.value,
                a.article.archive,
                a.article.article_id,
                a.article.title,
                a.article.source,
                a.article.date or "",
                anchor.exact if anchor else "",
                anchor.prefix if anchor else "",
                anchor.suffix if anchor else "",
                anchor.start if anchor else "",
                anchor.end if anchor else "",
                a.color or "",
                a.note,
                "; ".join(a.tags),
                a.creator,
                a.created,
                a.updated,
                a.status.value,
            ]
        )
    return buffer.getvalue()


def to_markdown(annotations: list[Annotation]) -> str:
    """Grouped by article: a heading with its citation, then bookmark, notes and quotes."""
    by_article = sorted(annotations, key=_article_order)
    lines = [f"# Annotations ({len(annotations)})", ""]
    for _, group in groupby(by_article, key=lambda a: (a.article.archive, a.article.article_id)):
        items = list(group)
        lines += _article_section(items)
    return "\n".join(lines).rstrip("\n") + "\n"


def _article_order(a: Annotation) -> tuple[str, str, str, int, int, str]:
    start = a.anchor.start if a.anchor else 0
    return (
        a.article.date_sort,
        a.article.archive,
        a.article.article_id,
        _ORDER[a.kind],
        start,
        a.created,
    )


def citation(a: Annotation) -> str:
    """《title》, source, date (archive:article id) — how a quote is cited."""
    parts = [f"《{a.article.title or 'untitled'}》"]
    parts += [part for part in (a.article.source, a.article.date) if part]
    return ", ".join(parts) + f" ({a.article.archive}:{a.article.article_id})"


def _article_section(items: list[Annotation]) -> list[str]:
    lines = [
        f"## {escape(items[0].article.title or 'untitled')}",
        "",
        escape(citation(items[0])),
        "",
    ]
    for a in items:
        if a.kind is Kind.BOOKMARK:
            lines += [f"Bookmarked {a.created[:10]}{_byline(a)}.", ""]
        elif a.kind is Kind.NOTE:
            lines += ["**Note on the article**", ""]
        else:
            lines += _quote_lines(a)
        if a.note:
            lines += [a.note.strip(), ""]
        if a.tags:
            lines += ["Tags: " + ", ".join(escape(tag) for tag in a.tags), ""]
    return lines


def _quote_lines(a: Annotation) -> list[str]:
    assert a.anchor is not None, "highlights have anchors"
    quoted = [f"> {escape(line)}" if line else ">" for line in a.anchor.exact.splitlines()]
    cite = f"> — {escape(citation(a))}, characters {a.anchor.start}–{a.anchor.end}"
    lines = [*quoted, ">", cite]
    if a.status is AnchorStatus.ORPHANED:
        lines.append("> (orphaned: the article's text has changed and this quote was not found)")
    return [*lines, "", f"*{a.color}*{_byline(a)}, {a.created[:10]}", ""]


def _byline(a: Annotation) -> str:
    return f" by {escape(a.creator)}" if a.creator else ""


def escape(text: str) -> str:
    """Text shown literally in Markdown (quotes and titles are text, not markup)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
