"""Annotations to and from rows of the user store, with their tags and search index in step.

Callers hold the transaction; these functions only run statements on the connection given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import apsw

from archive.annotation_models import COLORS, Anchor, AnchorStatus, Annotation, ArticleRef, Kind
from archive.errors import ArchiveDamagedError
from archive.fts import shadow_text

COLUMNS = (
    "id, kind, archive, article_id, article_title, article_source, article_date, "
    "article_date_sort, exact, prefix, suffix, start_offset, end_offset, content_hash, "
    "checked_hash, status, color, note, tags, creator, created, updated"
)
_NAMES = [name.strip() for name in COLUMNS.split(",")]
_KINDS = {kind.value: kind for kind in Kind}
_STATUSES = {status.value: status for status in AnchorStatus}


def from_row(row: tuple[Any, ...]) -> Annotation:
    """The annotation stored in a row selected with COLUMNS; ArchiveDamagedError when the row
    holds values that were never written (the file is damaged)."""
    try:
        return _decode(row)
    except (KeyError, ValueError, TypeError) as exc:
        raise ArchiveDamagedError("The annotation store is damaged.") from exc


def _decode(row: tuple[Any, ...]) -> Annotation:
    (identifier, kind, archive, article_id, title, source, date, date_sort) = row[:8]
    (exact, prefix, suffix, start, end, text_hash, checked_hash, status) = row[8:16]
    (color, note, tags, creator, created, updated) = row[16:]
    if color is not None and color not in COLORS:
        raise ValueError(f"unknown colour {color!r}")
    anchor = None
    if exact is not None:
        anchor = Anchor(exact, prefix or "", suffix or "", start, end, text_hash or "")
    return Annotation(
        id=identifier,
        kind=_KINDS[kind],
        article=ArticleRef(archive, article_id, title, source, date, date_sort),
        anchor=anchor,
        color=color,
        note=note,
        tags=tuple(json.loads(tags)) if tags != "[]" else (),
        creator=creator,
        created=created,
        updated=updated,
        status=_STATUSES[status],
        checked_hash=checked_hash,
    )


def to_values(annotation: Annotation) -> dict[str, Any]:
    """The column values of an annotation."""
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "kind": annotation.kind.value,
        "archive": annotation.article.archive,
        "article_id": annotation.article.article_id,
        "article_title": annotation.article.title,
        "article_source": annotation.article.source,
        "article_date": annotation.article.date,
        "article_date_sort": annotation.article.date_sort,
        "exact": anchor.exact if anchor else None,
        "prefix": anchor.prefix if anchor else None,
        "suffix": anchor.suffix if anchor else None,
        "start_offset": anchor.start if anchor else None,
        "end_offset": anchor.end if anchor else None,
        "content_hash": anchor.content_hash if anchor else None,
        "checked_hash": annotation.checked_hash,
        "status": annotation.status.value,
        "color": annotation.color,
        "note": annotation.note,
        "tags": json.dumps(list(annotation.tags), ensure_ascii=False),
        "creator": annotation.creator,
        "created": annotation.created,
        "updated": annotation.updated,
    }


def select(
    connection: apsw.Connection, where: str, parameters: Iterable[Any] = ()
) -> list[Annotation]:
    """Annotations matching an SQL condition (with bound parameters)."""
    query = f"SELECT {COLUMNS} FROM annotations WHERE {where}"
    return [from_row(row) for row in connection.execute(query, tuple(parameters))]


def find(connection: apsw.Connection, identifier: str) -> Annotation | None:
    """The annotation with this id, or None."""
    found = select(connection, "id = ?", (identifier,))
    return found[0] if found else None


def write(connection: apsw.Connection, annotation: Annotation) -> None:
    """Insert or replace the annotation with this id, its tags and its index entry."""
    values = to_values(annotation)
    rowid = _rowid(connection, annotation.id)
    if rowid is None:
        placeholders = ", ".join(f":{name}" for name in _NAMES)
        connection.execute(f"INSERT INTO annotations({COLUMNS}) VALUES ({placeholders})", values)
        rowid = int(connection.last_insert_rowid())
    else:
        assignments = ", ".join(f"{name} = :{name}" for name in _NAMES[1:])
        connection.execute(f"UPDATE annotations SET {assignments} WHERE id = :id", values)
        _unindex(connection, rowid)
    connection.executemany(
        "INSERT INTO annotation_tags(annotation_rowid, tag) VALUES (?, ?)",
        [(rowid, tag) for tag in annotation.tags],
    )
    connection.execute(
        "INSERT INTO annotation_index(rowid, quote, note, tags) VALUES (?, ?, ?, ?)",
        (
            rowid,
            shadow_text(annotation.quote),
            shadow_text(annotation.note),
            shadow_text("\n".join(annotation.tags)),
        ),
    )


_PLACEMENT = (
    "article_title",
    "article_source",
    "article_date",
    "article_date_sort",
    "exact",
    "prefix",
    "suffix",
    "start_offset",
    "end_offset",
    "content_hash",
    "checked_hash",
    "status",
)


def write_placement(connection: apsw.Connection, placed: Annotation) -> None:
    """Store where `placed` now sits (anchor, status, article metadata) onto the stored
    annotation, whose other fields (edited meanwhile, perhaps) are kept; gone: nothing."""
    current = find(connection, placed.id)
    if current is None:
        return
    moved = replace(
        current,
        anchor=placed.anchor,
        status=placed.status,
        checked_hash=placed.checked_hash,
        article=placed.article,
    )
    if moved.quote != current.quote:
        write(connection, moved)  # the search index holds the quote
        return
    values = to_values(moved)
    assignments = ", ".join(f"{name} = :{name}" for name in _PLACEMENT)
    connection.execute(
        f"UPDATE annotations SET {assignments} WHERE id = :id",
        {name: values[name] for name in ("id", *_PLACEMENT)},
    )


def delete(connection: apsw.Connection, identifier: str) -> None:
    """Remove the annotation with this id (if present), its tags and its index entry."""
    rowid = _rowid(connection, identifier)
    if rowid is not None:
        _unindex(connection, rowid)
        connection.execute("DELETE FROM annotations WHERE rowid = ?", (rowid,))


def _unindex(connection: apsw.Connection, rowid: int) -> None:
    connection.execute("DELETE FROM annotation_tags WHERE annotation_rowid = ?", (rowid,))
    connection.execute("DELETE FROM annotation_index WHERE rowid = ?", (rowid,))


def _rowid(connection: apsw.Connection, identifier: str) -> int | None:
    row = connection.execute("SELECT rowid FROM annotations WHERE id = ?", (identifier,)).fetchone()
    return None if row is None else int(row[0])
