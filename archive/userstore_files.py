"""The user store's file: opened only when whole and ours, damage reported with the newest
backup to restore, and restores that keep the replaced file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import apsw

from archive import backup, db, errors, paths, user_schema
from archive.annotation_errors import UserStoreDamagedError


def open_checked(path: Path) -> apsw.Connection:
    """Open the store, refusing newer, foreign, truncated or unreadable files before writing
    anything to them, and backing up before an upgrade.

    The whole file is checked (PRAGMA quick_check, about a second per 100,000 annotations)
    only when a backup is made: damage found later, on reading, is reported the same way.
    """
    version = 0
    if path.exists() and path.stat().st_size:  # an empty file is a store not yet made
        probe = db.open_read_only(path, immutable=False)
        try:
            with db.translate_errors(path):
                version = user_schema.check_readable(probe, str(path))
        finally:
            probe.close()
    if 0 < version < user_schema.SCHEMA_VERSION:
        backup.back_up_file(path, label="upgrade", tag=f"v{version}")
    connection = db.open_writable(path, wal=True)
    try:
        with db.translate_errors(path):
            user_schema.migrate(connection, str(path))
    except BaseException:
        connection.close()
        raise
    return connection


@contextmanager
def damage_reported(path: Path) -> Iterator[None]:
    """Turn "damaged" or "not SQLite at all" into one sentence that offers the newest backup."""
    try:
        yield
    except (errors.ArchiveDamagedError, errors.NotAnArchiveError) as exc:
        if isinstance(exc, errors.NotAnArchiveError) and _looks_like_sqlite(path):
            raise
        raise _damaged(path) from exc


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(db.SQLITE_MAGIC)) == db.SQLITE_MAGIC
    except OSError:
        return False


def _damaged(path: Path) -> UserStoreDamagedError:
    usable = next((b for b in backup.list_backups(path) if b.label != backup.REPLACED), None)
    if usable is None:
        return UserStoreDamagedError(
            f"The annotation store {path} is damaged and has no backup; it was left untouched."
        )
    return UserStoreDamagedError(
        f"The annotation store {path} is damaged; restore its backup of {usable.created} with "
        f"`wenyuan-archive annotations restore` (the damaged file is kept).",
        backup=usable,
    )


def usable_backups(path: Path) -> list[backup.BackupInfo]:
    """Backups of the store at `path` that pass an integrity check, newest first."""
    return [info for info in backup.list_backups(path) if _usable(info.path)]


def _usable(candidate: Path) -> bool:
    if backup.check_backup(candidate) is not None:
        return False
    connection = db.open_read_only(candidate, immutable=True)
    try:
        return int(connection.execute("PRAGMA application_id").get) == user_schema.APPLICATION_ID
    finally:
        connection.close()


def restore(path: Path | None = None, chosen: Path | None = None) -> tuple[Path, Path | None]:
    """Replace the store by a backup (default: the newest usable one); no one may have it open.

    Returns (the backup used, where the replaced file was moved). The replaced file is kept.
    """
    path = path or paths.user_store_path()
    if chosen is None:
        candidates = usable_backups(path)
        if not candidates:
            raise errors.ArchiveError(f"The annotation store {path} has no usable backup.")
        chosen = candidates[0].path
    elif not _usable(chosen):
        raise errors.ArchiveError(f"{chosen} is not a usable backup of an annotation store.")
    return chosen, backup.restore(chosen, path)


def rolling_backup(
    path: Path | None = None, policy: backup.RollingPolicy = backup.DEFAULT_POLICY
) -> backup.BackupInfo | None:
    """UserStore.rolling_backup on a connection of its own: safe to run in a worker thread
    while the store is in use (open the store with backups=None, then call this)."""
    path = path or paths.user_store_path()
    with damage_reported(path):
        connection = db.open_read_only(path, immutable=False)
        try:
            with db.translate_errors(path):
                return backup.rolling_backup(
                    connection, path, tag=f"r{revision(connection)}", policy=policy
                )
        finally:
            connection.close()


def revision(connection: apsw.Connection) -> int:
    """The store's write counter (0: never written)."""
    row = connection.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
    return 0 if row is None else int(row[0])
