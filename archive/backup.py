"""Rolling backups of any SQLite file (user store, user archive) with SQLite's online backup API.

Backups sit in a folder beside the file (`<stem>-backups/`), named
`<stem>-<UTC time>-<label>[-<tag>].sqlite`. Only `auto` backups roll (the oldest beyond `keep`
are deleted); `manual` and `replaced` ones (a file moved aside by a restore) are kept until the
user deletes them. Each backup is written to a temporary name, synced and then renamed, so a
crash never leaves a half-written backup that looks whole.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import apsw

from archive import db, errors
from archive.annotation_errors import BackupError

AUTO = "auto"
MANUAL = "manual"
REPLACED = "replaced"
DEFAULT_KEEP = 10
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<label>[a-z]+)(?:-(?P<tag>[\w.-]+))?\.sqlite$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made, why (`label`), and the caller's `tag` (e.g. revision)."""

    path: Path
    moment: datetime  # UTC
    label: str
    tag: str

    @property
    def created(self) -> str:
        """When the backup was made, as UTC ISO 8601."""
        return self.moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class RollingPolicy:
    """Automatic backups: keep the newest `keep`; none younger than `min_age_seconds` apart."""

    keep: int = DEFAULT_KEEP
    min_age_seconds: float = 600.0


#: The policy used when none is given.
DEFAULT_POLICY = RollingPolicy()


def backup_folder(source: Path) -> Path:
    """Where the backups of `source` go: a folder beside it."""
    return source.parent / f"{source.stem}-backups"


def list_backups(source: Path) -> list[BackupInfo]:
    """The backups of `source`, newest first."""
    folder = backup_folder(source)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == source.stem:
            stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append(BackupInfo(path, stamp, match["label"], match["tag"] or ""))
    return sorted(found, key=lambda info: info.path.name, reverse=True)


def back_up(
    connection: apsw.Connection,
    source: Path,
    *,
    label: str = MANUAL,
    tag: str = "",
    keep: int = DEFAULT_KEEP,
) -> BackupInfo:
    """Copy the database open on `connection` (a consistent snapshot) into a new backup."""
    if not re.fullmatch(r"[a-z]+", label) or not re.fullmatch(r"[\w.-]*", tag):
        raise ValueError(f"backup label {label!r} or tag {tag!r} would make a bad file name")
    folder = backup_folder(source)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{source.stem}-{stamp}-{label}{'-' + tag if tag else ''}.sqlite"
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with db.translate_errors(source):
            _copy(connection, target, source)
    except OSError as exc:
        raise BackupError(f"The backup {target} could not be written: {exc.strerror}.") from exc
    if label == AUTO:
        _prune(source, keep)
    return next(info for info in list_backups(source) if info.path == target)


def rolling_backup(
    connection: apsw.Connection,
    source: Path,
    *,
    tag: str = "",
    policy: RollingPolicy = DEFAULT_POLICY,
) -> BackupInfo | None:
    """An automatic backup, unless the newest automatic one has this `tag` (nothing changed)
    or is younger than the policy's minimum age; the oldest beyond `keep` are deleted."""
    latest = next((info for info in list_backups(source) if info.label == AUTO), None)
    if latest is not None:
        age = (datetime.now(UTC) - latest.moment).total_seconds()
        if (tag and latest.tag == tag) or 0 <= age < policy.min_age_seconds:
            return None
    return back_up(connection, source, label=AUTO, tag=tag, keep=policy.keep)


def back_up_file(
    source: Path, *, label: str = MANUAL, tag: str = "", keep: int = DEFAULT_KEEP
) -> BackupInfo:
    """Back up the SQLite file at `source` (it may be in use by others; WAL content included)."""
    connection = db.open_read_only(source, immutable=False)
    try:
        return back_up(connection, source, label=label, tag=tag, keep=keep)
    finally:
        connection.close()


def _copy(connection: apsw.Connection, target: Path, source: Path) -> None:
    """Write a whole copy to `target` through a temporary file that is checked (PRAGMA
    quick_check) and synced before it is renamed; a damaged source makes no copy."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        destination = apsw.Connection(str(partial))
        try:
            with destination.backup("main", connection, "main") as copying:
                copying.step()
            destination.execute("PRAGMA journal_mode=DELETE").fetchall()
            healthy = destination.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            destination.close()
        if not healthy:
            raise errors.ArchiveDamagedError(f"{source} is damaged, so no backup was made of it.")
        _fsync(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _fsync(target.parent)


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk where the platform allows it."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _prune(source: Path, keep: int) -> None:
    """Delete the oldest automatic backups beyond `keep`."""
    automatic = [info for info in list_backups(source) if info.label == AUTO]
    for info in automatic[max(0, keep) :]:
        info.path.unlink(missing_ok=True)


def check_backup(path: Path) -> str | None:
    """None if the file is a whole, consistent SQLite database, else one sentence why not.

    A `-wal` beside it (a file a restore moved aside after a crash) is read with it: opened as
    immutable, SQLite would ignore the articles committed there.
    """
    try:
        connection = db.open_read_only(path, immutable=False)
    except Exception as exc:  # any failure to open means "not usable"; say why
        return str(exc)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
    except apsw.Error as exc:
        return f"The backup {path} is damaged ({exc})."
    finally:
        connection.close()
    if result != [("ok",)]:
        return f"The backup {path} is damaged ({result[0][0]})."
    return None


def restore(backup: Path, target: Path) -> Path | None:
    """Replace `target` by a copy of `backup`; the replaced file (and its -wal) is moved aside.

    Nothing may have `target` open. Returns where the replaced file went (None if there was
    none). BackupError, with everything left as it was, if the backup is not usable.
    """
    problem = check_backup(backup)
    if problem is not None:
        raise BackupError(problem)
    moved = _move_aside(target) if target.exists() else None
    source = db.open_read_only(backup, immutable=False)  # with its -wal, as check_backup
    try:
        with db.translate_errors(backup):
            _copy(source, target, backup)
    finally:
        source.close()
    return moved


def _move_aside(target: Path) -> Path:
    """Move `target` and its -wal and -shm files into the backup folder, labelled `replaced`."""
    folder = backup_folder(target)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = folder / f"{target.stem}-{stamp}-{REPLACED}.sqlite"
    for suffix in ("-wal", "-shm"):
        companion = target.with_name(target.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(target, aside)
    return aside
