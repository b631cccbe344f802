"""Versioned SQLite files: refuse newer, foreign or damaged ones; migrate stepwise in one go."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import apsw

from archive import errors
from archive.schema_text import damaged_statements


@dataclass(frozen=True)
class FileKind:
    """What marks and builds one kind of Wenyuan file (an archive, a user store)."""

    noun: str  # as sentences name it: "archive", "annotation store"
    application_id: int
    migrations: Sequence[str]
    fts_tables: Sequence[str]

    @property
    def version(self) -> int:
        """The schema version this code writes: one per migration step."""
        return len(self.migrations)


def user_version(connection: apsw.Connection) -> int:
    """The schema version recorded in the file (0 for a new, empty file)."""
    return int(connection.execute("PRAGMA user_version").get)


def check_readable(connection: apsw.Connection, path: str, kind: FileKind) -> int:
    """Refuse a file of another kind, from a newer Wenyuan, or damaged; return its version."""
    version = user_version(connection)
    application_id = int(connection.execute("PRAGMA application_id").get)
    has_tables = connection.execute("SELECT count(*) FROM sqlite_schema").get
    if application_id != kind.application_id and (version or has_tables):
        raise errors.NotAnArchiveError(
            f"{path} is an SQLite database but not a Wenyuan {kind.noun}."
        )
    if version > kind.version:
        raise errors.SchemaTooNewError(
            f"The {kind.noun} {path} was written by a newer Wenyuan (schema {version}; this "
            f"version reads up to {kind.version}); it was left untouched."
        )
    if damaged_statements(connection, kind.migrations, version, kind.fts_tables) or (
        version == 0 and has_tables  # tables, ours, but no version: the header is damaged
    ):
        raise errors.ArchiveDamagedError(f"The {kind.noun} {path} is damaged.")
    return version


def migrate(connection: apsw.Connection, path: str, kind: FileKind) -> None:
    """Bring the file up to the kind's version, all steps in one transaction."""
    version = check_readable(connection, path, kind)
    if version == kind.version:
        return
    with connection:
        for step in kind.migrations[version:]:
            try:
                connection.execute(step)
            except apsw.SQLError as exc:
                if "already exists" in str(exc):  # the header's version is behind its tables
                    raise errors.ArchiveDamagedError(f"The {kind.noun} {path} is damaged.") from exc
                raise
        connection.execute(f"PRAGMA application_id={kind.application_id}")
        connection.execute(f"PRAGMA user_version={kind.version}")
