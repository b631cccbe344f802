"""Integrity checks of archive files: SQLite's structure, the FTS5 index, the schema, the text.

Every check reads the file without changing it: SQLite's checks run on a read-only connection,
and FTS5's `integrity-check` (which SQLite only runs on a writable connection) runs on a private
copy made with the online backup API.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

import apsw

from archive import db, dense_terms, errors, fts_shards, schema
from archive.textfold import fold_version

#: At most this many problems are listed per file; the count says how many there were.
MAX_LISTED_PROBLEMS = 5


@dataclass(frozen=True)
class CheckReport:
    """What a check found in one file; `sound` only when it found nothing wrong."""

    path: Path
    kind: str
    problems: tuple[str, ...]
    summary: str = ""
    #: The file could not be checked at all (locked, missing, newer, not ours): FAILED, not
    #: DAMAGED.
    unchecked: bool = False

    @property
    def sound(self) -> bool:
        """True when every check passed."""
        return not self.problems

    def line(self) -> str:
        """One line for the terminal: `ok`, `DAMAGED` or `FAILED`, the file, what was found."""
        if self.sound:
            return f"ok       {self.kind} {self.path}" + (
                f" ({self.summary})" if self.summary else ""
            )
        # SQLite's own findings can span lines ("*** in database main ***\nPage 5: ...")
        listed = "; ".join(
            " ".join(problem.split()) for problem in self.problems[:MAX_LISTED_PROBLEMS]
        )
        more = len(self.problems) - MAX_LISTED_PROBLEMS
        suffix = f"; and {more} more" if more > 0 else ""
        label = "FAILED " if self.unchecked else "DAMAGED"
        return f"{label}  {self.kind} {self.path}: {listed}{suffix}"


def failure_report(path: Path, kind: str, error: errors.ArchiveError) -> CheckReport:
    """The report of a check stopped by `error`: damage, or a file that cannot be checked."""
    return CheckReport(
        path, kind, (str(error),), unchecked=not isinstance(error, errors.ArchiveDamagedError)
    )


def check_archive(path: Path) -> CheckReport:
    """Run every check on one archive file; known failures become problems, never exceptions."""
    try:
        connection = db.open_read_only(path, immutable=False)
    except errors.ArchiveError as error:
        return failure_report(path, "archive", error)
    try:
        return CheckReport(
            path,
            "archive",
            tuple(_archive_problems(connection, path)),
            _archive_summary(connection),
        )
    except errors.ArchiveError as error:
        return failure_report(path, "archive", error)
    finally:
        connection.close()


def _archive_summary(connection: apsw.Connection) -> str:
    if not schema.user_version(connection):
        return ""
    articles = int(connection.execute("SELECT count(*) FROM articles").get)
    return f"{articles} articles, schema {schema.user_version(connection)}"


def _archive_problems(connection: apsw.Connection, path: Path) -> list[str]:
    with db.translate_errors(path):
        if not schema.check_readable(connection, str(path)):
            return ["it is an empty database: no archive was ever written to it"]
        problems = sqlite_problems(connection)
        if problems:
            return problems  # the rest would read damaged pages
        problems += _schema_problems(connection)
        problems += _text_problems(connection)
        problems += _index_coverage_problems(connection)
        problems += fts_problems(connection, path, "search_index")
        problems += dense_terms.problems(connection)
    return problems


def sqlite_problems(connection: apsw.Connection) -> list[str]:
    """SQLite's own structural check and the foreign keys."""
    rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    problems = [] if rows == ["ok"] else [f"SQLite integrity check: {row}" for row in rows]
    dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        problems.append(f"{len(dangling)} rows point at rows that do not exist")
    return problems


def _schema_problems(connection: apsw.Connection) -> list[str]:
    version = schema.user_version(connection)
    problems = []
    if version < schema.SCHEMA_VERSION:
        problems.append(
            f"schema {version} is older than {schema.SCHEMA_VERSION}; open it to upgrade"
        )
    row = connection.execute("SELECT value FROM meta WHERE key = 'fold_version'").fetchone()
    if row is None or row[0] != fold_version():
        problems.append("indexed with other folding rules; rebuild its index")
    return problems


def _text_problems(connection: apsw.Connection) -> list[str]:
    """Each article's text against its content hash: finds damage SQLite's check cannot see."""
    problems = []
    for identifier, text, digest in connection.execute(
        "SELECT id, text, content_hash FROM articles"
    ):
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            problems.append(f"article {identifier}: its text does not match its content hash")
    return problems


def _index_coverage_problems(connection: apsw.Connection) -> list[str]:
    """Every article indexed once, and nothing indexed that is not an article."""
    missing = connection.execute(f"SELECT count(*) FROM ({fts_shards.UNINDEXED})").get
    stray = connection.execute(
        "SELECT count(*) FROM search_index_docsize WHERE id NOT IN (SELECT rowid FROM articles)"
    ).get
    problems = []
    if missing:
        problems.append(f"{missing} articles are missing from the search index")
    if stray:
        problems.append(f"the search index holds {stray} entries for articles that do not exist")
    return problems


def fts_problems(connection: apsw.Connection, path: Path, table: str) -> list[str]:
    """FTS5's integrity-check of `table`, run on a private copy (the file stays untouched)."""
    with tempfile.TemporaryDirectory(prefix="wenyuan-check-") as folder:
        copy = apsw.Connection(str(Path(folder) / "copy.sqlite"))
        try:
            with copy.backup("main", connection, "main") as backup:
                backup.step()
            copy.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except apsw.CorruptError as error:
            return [f"the search index is damaged ({error})"]
        except apsw.SQLError as error:
            return [f"the search index cannot be checked ({error})"]
        except apsw.FullError as error:
            raise errors.DiskFullError(
                f"There is no room for the temporary copy that checks the search index of {path}."
            ) from error
        finally:
            copy.close()
    return []


def require_sound(path: Path) -> None:
    """ArchiveDamagedError unless SQLite's quick check passes: run before writing into an
    existing file, so that damage is reported, never written over (about a second per 100 MB).
    """
    connection = db.open_read_only(path, immutable=False)
    try:
        with db.translate_errors(path):
            rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    finally:
        connection.close()
    if rows != ["ok"]:
        raise errors.ArchiveDamagedError(f"The archive {path} is damaged.")
