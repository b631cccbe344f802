"""The archive's record of imports: start, finish, list, and remove one as a whole."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from archive import db, dense_terms, errors
from archive.store import ArchiveStore


class ImportNotFoundError(errors.ArchiveError):
    """No import has the requested number."""


@dataclass(frozen=True)
class ImportRecord:
    """One import as `imports` lists it."""

    import_id: int
    started: str
    finished: str | None
    description: str
    articles: int
    totals: dict[str, Any]

    @property
    def status(self) -> str:
        """'finished', 'cancelled', or 'interrupted' (the run stopped before it could say)."""
        if self.finished is None:
            return "interrupted"
        return "cancelled" if self.totals.get("cancelled") else "finished"


def begin_import(store: ArchiveStore, description: str) -> int:
    """Record the start of an import (committed at once); returns its number."""
    with db.translate_errors(store.path), store.connection:
        store.connection.execute(
            "INSERT INTO imports(started, description) VALUES (?, ?)", (store.clock(), description)
        )
        import_id = int(store.connection.last_insert_rowid())
    return import_id


def finish_import(store: ArchiveStore, import_id: int, totals: dict[str, Any]) -> None:
    """Record the end of an import and its totals (a cancelled one that brought nothing goes)."""
    with db.translate_errors(store.path), store.connection:
        if totals.get("cancelled") and not (totals.get("added") or totals.get("revised")):
            store.connection.execute("DELETE FROM imports WHERE import_id = ?", (import_id,))
            return
        store.connection.execute(
            "UPDATE imports SET finished = ?, report = ? WHERE import_id = ?",
            (store.clock(), json.dumps(totals, ensure_ascii=False), import_id),
        )


def list_imports(store: ArchiveStore) -> list[ImportRecord]:
    """Every import, oldest first, with how many articles' current text it brought."""
    rows = store.connection.execute(
        "SELECT import_id, started, finished, description, report, "
        "(SELECT count(*) FROM articles WHERE articles.import_id = imports.import_id) "
        "FROM imports ORDER BY import_id"
    ).fetchall()
    return [
        ImportRecord(
            import_id=int(import_id),  # type: ignore[arg-type]
            started=str(started),
            finished=None if finished is None else str(finished),
            description=str(description),
            articles=int(count),  # type: ignore[arg-type]
            totals=json.loads(str(report)),
        )
        for import_id, started, finished, description, report, count in rows
    ]


def remove_import(store: ArchiveStore, import_id: int) -> tuple[int, int]:
    """Take one import out: (articles removed, articles given back their earlier text)."""
    exists = store.connection.execute(
        "SELECT count(*) FROM imports WHERE import_id = ?", (import_id,)
    ).get
    if not exists:
        raise ImportNotFoundError(f"There is no import number {import_id} in {store.name}.")
    with db.translate_errors(store.path), store.connection:
        removed, restored = store.remove_import_rows(import_id)
        store.connection.execute("DELETE FROM imports WHERE import_id = ?", (import_id,))
    dense_terms.refresh_after_change(store)
    return removed, restored
