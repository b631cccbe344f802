"""Importing a W3C Web Annotation JSON-LD file: identity by id, the later `updated` wins.

The whole file goes in one transaction: an unreadable item stops the import with one sentence
naming it, and nothing is written. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archive import annotation_rows as rows
from archive.annotation_jsonld import from_jsonld, items_of
from archive.annotation_models import Annotation, Kind
from archive.errors import ImportFileError

if TYPE_CHECKING:
    from archive.userstore import UserStore


@dataclass(frozen=True)
class ImportReport:
    """How many annotations were new, replaced an older version, or were already as recent."""

    added: int
    updated: int
    unchanged: int


def read_jsonld(path: Path) -> list[Annotation]:
    """The annotations in a JSON-LD file; ImportFileError with one sentence if it is unusable."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(f"{path} is not a JSON file ({exc}).") from exc
    try:
        items = items_of(document)
    except ValueError as exc:
        raise ImportFileError(f"{path} cannot be imported: {exc}.") from exc
    annotations = []
    for number, item in enumerate(items, start=1):
        try:
            annotations.append(from_jsonld(item))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = f"{exc.args[0]!r} is missing" if isinstance(exc, KeyError) else str(exc)
            raise ImportFileError(
                f"{path} cannot be imported: annotation {number} is unusable ({reason})."
            ) from exc
    return annotations


def merge(store: UserStore, annotations: list[Annotation]) -> ImportReport:
    """Add or update each annotation by id in one transaction; the later `updated` wins."""
    added = updated = unchanged = 0
    with store.guarded(), store.connection:
        for incoming in annotations:
            current = rows.find(store.connection, incoming.id) or _same_bookmark(store, incoming)
            if current is not None and current.updated >= incoming.updated:
                unchanged += 1
                continue
            if current is not None and current.id != incoming.id:
                rows.delete(store.connection, current.id)
            rows.write(store.connection, incoming)
            added, updated = added + (current is None), updated + (current is not None)
        if added or updated:
            store.bump_revision()
    return ImportReport(added, updated, unchanged)


def _same_bookmark(store: UserStore, incoming: Annotation) -> Annotation | None:
    """The article's bookmark under another id (an article has at most one bookmark)."""
    if incoming.kind is not Kind.BOOKMARK:
        return None
    found = rows.select(
        store.connection,
        "archive = ? AND article_id = ? AND kind = 'bookmark'",
        (incoming.article.archive, incoming.article.article_id),
    )
    return found[0] if found else None
