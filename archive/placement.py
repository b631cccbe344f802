"""Keeping stored highlights on an article's current text: lazy re-anchoring, persisted.

An annotation records the hash of the text it was last placed on (`checked_hash`). Reading an
article's annotations compares it with the article's content hash; on a difference each
highlight is re-anchored (archive.reanchor) or marked orphaned, in one transaction, so the work
is done once per text version. Orphans keep their quote, note and old position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from archive import annotation_rows as rows
from archive.annotation_models import AnchorStatus, Annotation, ArticleRef, Kind
from archive.library import Library
from archive.models import Article
from archive.reanchor import reanchor
from archive.store import ArchiveStore

if TYPE_CHECKING:
    from archive.userstore import UserStore

_KIND_ORDER = {Kind.BOOKMARK: 0, Kind.NOTE: 1, Kind.HIGHLIGHT: 2}


@dataclass(frozen=True)
class Placement:
    """What re-anchoring did: highlights kept or moved, newly orphaned, found again."""

    moved: int = 0
    orphaned: int = 0
    recovered: int = 0

    def __add__(self, other: Placement) -> Placement:
        return Placement(
            self.moved + other.moved,
            self.orphaned + other.orphaned,
            self.recovered + other.recovered,
        )


def annotations_for(store: UserStore, article: Article) -> list[Annotation]:
    """The article's annotations placed on its current text: bookmark, notes, then highlights
    in text order, orphans last."""
    return _place(store, article)[0]


def _place(store: UserStore, article: Article) -> tuple[list[Annotation], Placement]:
    stored = store.stored_for(article.archive, article.id)
    reference = ArticleRef.of(article)
    placed = [_placed(annotation, article, reference) for annotation in stored]
    changed = [(old, new) for old, new in zip(stored, placed, strict=True) if new != old]
    if changed:
        with store.guarded(), store.connection:
            for _old, new in changed:
                rows.write_placement(store.connection, new)
            store.bump_revision()
    report = Placement()
    for old, new in zip(stored, placed, strict=True):
        report += _tally(old, new)
    return sorted(placed, key=_reading_order), report


def _placed(annotation: Annotation, article: Article, reference: ArticleRef) -> Annotation:
    """The annotation with current article metadata and, for a highlight, its place on the text."""
    if annotation.article != reference:
        annotation = replace(annotation, article=reference)
    if annotation.anchor is None or annotation.checked_hash == article.content_hash:
        return annotation
    moved = reanchor(annotation.anchor, article.text, article.content_hash)
    if moved is None:
        return replace(annotation, status=AnchorStatus.ORPHANED, checked_hash=article.content_hash)
    return replace(
        annotation, anchor=moved, status=AnchorStatus.ANCHORED, checked_hash=article.content_hash
    )


def _tally(old: Annotation, new: Annotation) -> Placement:
    if old.checked_hash == new.checked_hash:
        return Placement()
    if new.status is AnchorStatus.ORPHANED:
        return Placement(orphaned=1)
    if old.status is AnchorStatus.ORPHANED:
        return Placement(recovered=1)
    return Placement(moved=1)


def _reading_order(annotation: Annotation) -> tuple[int, int, int, int, str]:
    orphan = annotation.status is AnchorStatus.ORPHANED
    start, end = (annotation.anchor.start, annotation.anchor.end) if annotation.anchor else (0, 0)
    return (_KIND_ORDER[annotation.kind], int(orphan), start, end, annotation.created)


def refresh(store: UserStore, library: Library) -> Placement:
    """Re-anchor the highlights of every article (in the open archives) whose text changed."""
    report = Placement()
    for archive in library.stores:
        for identifier in _changed_articles(store, archive):
            report += _place(store, archive.get(identifier))[1]
    return report


def _changed_articles(store: UserStore, archive: ArchiveStore) -> list[str]:
    """Ids of the archive's annotated articles whose content hash is not the one last placed on."""
    with store.guarded():
        checked: dict[str, set[str | None]] = {}
        for identifier, checked_hash in store.connection.execute(
            "SELECT article_id, checked_hash FROM annotations "
            "WHERE archive = ? AND kind = 'highlight'",
            (archive.name,),
        ):
            checked.setdefault(identifier, set()).add(checked_hash)
    current = _content_hashes(archive, list(checked))
    return [
        identifier
        for identifier, hashes in checked.items()
        if identifier in current and hashes != {current[identifier]}
    ]


def _content_hashes(archive: ArchiveStore, identifiers: list[str]) -> dict[str, str]:
    """The current content hash of each of these articles present in the archive."""
    query = "SELECT id, content_hash FROM articles WHERE id IN (SELECT value FROM json_each(?))"
    return {
        str(identifier): str(digest)
        for identifier, digest in archive.connection.execute(query, (json.dumps(identifiers),))
    }
