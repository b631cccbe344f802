"""The backups of an archive imports write into: list them, restore one, keep the replaced file.

Imports back the archive up beside it before writing (archive/backup.py, `<stem>-backups/`).
A restore replaces the archive by a copy of a backup and moves the file it replaces (with its
`-wal`) into the same folder, labelled `replaced`; nothing may have the archive open meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from archive import backup, db, errors, schema
from archive.annotation_errors import BackupError


def list_backups(path: Path) -> list[backup.BackupInfo]:
    """The backups of the archive at `path`, newest first (whether usable or not)."""
    return backup.list_backups(path)


def problem_with(candidate: Path) -> str | None:
    """None if `candidate` is a whole Wenyuan archive this version reads, else one sentence."""
    damage = backup.check_backup(candidate)
    if damage is not None:
        return damage
    connection = db.open_read_only(candidate, immutable=True)
    try:
        with db.translate_errors(candidate):
            schema.check_readable(connection, str(candidate))
    except errors.ArchiveError as exc:
        return str(exc)
    finally:
        connection.close()
    return None


def newest_usable(path: Path) -> Path:
    """The newest backup of `path` that can be restored; files moved aside by an earlier restore
    (`replaced`) are passed over, so that restoring twice restores the same backup."""
    for info in list_backups(path):
        if info.label != backup.REPLACED and problem_with(info.path) is None:
            return info.path
    raise BackupError(f"The archive {path} has no usable backup in {backup.backup_folder(path)}.")


def restore(path: Path, chosen: Path | None = None) -> tuple[Path, Path | None]:
    """Replace the archive at `path` by `chosen` (default: its newest usable backup).

    Returns (the backup used, where the replaced file was moved; None if there was none).
    BackupError in one sentence, every file left as it was, when `chosen` is missing, damaged,
    not a Wenyuan archive or from a newer Wenyuan.
    """
    if chosen is None:
        chosen = newest_usable(path)
    else:
        problem = problem_with(chosen)
        if problem is not None:
            raise BackupError(f"{problem.rstrip('.')}, so {path} was left as it was.")
    try:
        with db.translate_errors(path):
            return chosen, backup.restore(chosen, path)
    except OSError as exc:
        raise BackupError(f"{path} could not be replaced by {chosen}: {exc.strerror}.") from exc
