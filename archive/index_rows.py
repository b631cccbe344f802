"""The rowids an FTS5 expression matches, handed to Python in one piece."""

from __future__ import annotations

import json

import apsw

from archive.errors import QueryError
from archive.store import ArchiveStore


def index_rowids(store: ArchiveStore, expression: str, *, after: int | None = None) -> list[int]:
    """The rowids matching an FTS5 expression (only those above `after`, if given), ascending.

    Passed as one JSON array that SQLite builds in C and Python decodes in C: several times
    faster than a Python row per match when a short query matches most of the archive (and
    about a tenth faster than fixed-width hex, measured at 100,000 articles).
    """
    bound, values = (
        ("", (expression,)) if after is None else (" AND rowid > ?", (expression, after))
    )
    joined = store.connection.execute(
        "SELECT json_group_array(rowid) FROM "
        f"(SELECT rowid FROM search_index WHERE search_index MATCH ?{bound} ORDER BY rowid)",
        values,
    ).get
    rowids: list[int] = json.loads(joined) if joined else []
    return rowids


class query_errors:
    """Turn an FTS5 syntax complaint (a bug in the plan, never user text) into a QueryError."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, value: BaseException | None, traceback: object) -> None:
        if isinstance(value, apsw.SQLError) and "fts5" in str(value).lower():
            raise QueryError("This query cannot be searched; try fewer operators.") from value
