"""Opening archive files safely: header checks, read-only modes, pragmas and error translation."""

from __future__ import annotations

import struct
from pathlib import Path

import apsw

from archive import errors

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def check_file(path: Path) -> None:
    """Raise a readable ArchiveError unless `path` looks like a whole SQLite file."""
    if not path.exists():
        raise errors.ArchiveMissingError(f"The archive {path} does not exist.")
    if not path.is_file():
        raise errors.NotAnArchiveError(f"{path} is a folder, not an archive file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as exc:
        raise errors.ArchiveMissingError(
            f"The archive {path} cannot be read: {exc.strerror}."
        ) from exc
    if not header:
        raise errors.NotAnArchiveError(f"{path} is empty: it holds no archive yet.")
    if not header.startswith(SQLITE_MAGIC):
        raise errors.NotAnArchiveError(f"{path} is not an archive (not an SQLite database).")
    if len(header) < _HEADER_SIZE:
        raise errors.ArchiveDamagedError(f"The archive {path} is truncated.")
    if not _wal_in_use(path):  # else the WAL holds pages a checkpoint has yet to copy
        _check_size(path, header)


def _check_size(path: Path, header: bytes) -> None:
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    version_valid_for = struct.unpack(">I", header[92:96])[0]
    if page_count and version_valid_for == change_counter:
        expected = page_count * page_size
        if path.stat().st_size < expected:
            raise errors.ArchiveDamagedError(
                f"The archive {path} is truncated ({path.stat().st_size} of {expected} bytes)."
            )


def open_read_only(path: Path, *, immutable: bool = True) -> apsw.Connection:
    """Open an existing archive without ever writing to it (works from a read-only folder).

    `immutable=False` lets other programs write meanwhile; a WAL file in a folder where its
    `-shm` file cannot be made (read-only media, another user's folder) is then opened as
    immutable instead, which is safe because no `-wal` file means no writer is at work.
    """
    check_file(path)
    try:
        return _open_uri(path, immutable=immutable)
    except (errors.ArchiveReadOnlyError, errors.ArchiveMissingError):
        if immutable or _wal_in_use(path):
            raise
        return _open_uri(path, immutable=True)


def _open_uri(path: Path, *, immutable: bool) -> apsw.Connection:
    flags = apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    with translate_errors(path):
        connection = apsw.Connection(uri, flags=flags)
        try:
            _configure(connection)
            connection.execute("SELECT count(*) FROM sqlite_schema").fetchall()
        except BaseException:
            connection.close()
            raise
    return connection


def _wal_in_use(path: Path) -> bool:
    """True when a non-empty `-wal` file beside `path` may hold committed pages."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def refuses_writes(path: Path) -> bool:
    """True when nobody may write the file by its permission bits (root included)."""
    return path.exists() and not path.stat().st_mode & 0o222


def open_writable(path: Path, *, wal: bool) -> apsw.Connection:
    """Open or create an archive for writing: WAL for user files, DELETE for shipped ones.

    A file whose permissions allow no one to write it is refused even where the system would
    allow it (an administrator's run): read-only means read-only.
    """
    if path.exists():
        if path.stat().st_size:  # an empty file is an empty database (a creation cut short)
            check_file(path)
        if refuses_writes(path):
            raise errors.ArchiveReadOnlyError(f"The archive {path} is read-only.")
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE
    with translate_errors(path):
        connection = apsw.Connection(str(path), flags=flags)
        _configure(connection)
        mode = "wal" if wal else "delete"
        connection.execute(f"PRAGMA journal_mode={mode}").fetchall()
        connection.execute("PRAGMA synchronous=FULL" if wal else "PRAGMA synchronous=NORMAL")
    return connection


def _configure(connection: apsw.Connection) -> None:
    connection.set_busy_timeout(3000)
    connection.execute("PRAGMA foreign_keys=ON")


class translate_errors:
    """Turn SQLite's environment errors into ArchiveErrors naming the file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        if _is_rollback_of_rolled_back(error):
            # SQLite rolled the transaction back itself (a full disk, an I/O error); the
            # `with connection:` block's own rollback then fails and hides the real error.
            error = error.__context__ if error is not None else None
        if isinstance(error, apsw.Error):
            translated = _translate(error, self.path)
            if translated is not None:
                raise translated from error
        if isinstance(error, UnicodeDecodeError):  # SQLite only ever stored valid UTF-8 here
            raise errors.ArchiveDamagedError(f"The archive {self.path} is damaged.") from error


_MESSAGES: tuple[tuple[type[apsw.Error], type[errors.ArchiveError], str], ...] = (
    (
        apsw.NotADBError,
        errors.NotAnArchiveError,
        "{path} is not an archive (not an SQLite database).",
    ),
    (apsw.CorruptError, errors.ArchiveDamagedError, "The archive {path} is damaged."),
    (apsw.BusyError, errors.ArchiveBusyError, "The archive {path} is locked by another program."),
    (apsw.LockedError, errors.ArchiveBusyError, "The archive {path} is locked by another program."),
    (apsw.FullError, errors.DiskFullError, "The disk holding {path} is full; nothing was written."),
    (apsw.ReadOnlyError, errors.ArchiveReadOnlyError, "The archive {path} is read-only."),
    (apsw.CantOpenError, errors.ArchiveMissingError, "The archive {path} cannot be opened."),
    (apsw.IOError, errors.ArchiveDamagedError, "The archive {path} cannot be read."),
)


def _is_rollback_of_rolled_back(error: BaseException | None) -> bool:
    return (
        isinstance(error, apsw.SQLError)
        and "no transaction is active" in str(error)
        and isinstance(error.__context__, apsw.Error)
    )


#: SQL errors that only a damaged file causes (FTS5's own records overwritten).
_DAMAGE_SIGNS = (
    "malformed database schema",
    "invalid fts5 file format",
    "vtable constructor failed",
)


def _translate(error: apsw.Error, path: Path) -> errors.ArchiveError | None:
    if isinstance(error, apsw.SQLError) and any(sign in str(error) for sign in _DAMAGE_SIGNS):
        return errors.ArchiveDamagedError(f"The archive {path} is damaged.")
    for kind, known, message in _MESSAGES:
        if isinstance(error, kind):
            return known(message.format(path=path))
    return None
