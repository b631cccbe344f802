"""Open an archive for reading, first upgrading one written by an older Wenyuan (backed up)."""

from __future__ import annotations

from pathlib import Path

from archive import db, errors, paths
from archive.annotation_errors import BackupError
from archive.backup import AUTO, back_up_file
from archive.store import ArchiveStore


def open_for_reading(path: Path) -> ArchiveStore:
    """The bundled archive as shipped (immutable); any other archive read-only, after bringing
    an older schema up to this version in place (a backup is made first; a file that cannot
    be written keeps the 'older Wenyuan' sentence)."""
    if is_bundled(path):
        return ArchiveStore.open_read_only(path, immutable=True)
    try:
        return ArchiveStore.open_read_only(path, immutable=False)
    except errors.SchemaTooOldError as too_old:
        try:
            upgrade(path)
        except (errors.ArchiveReadOnlyError, BackupError) as exc:
            raise too_old from exc
    return ArchiveStore.open_read_only(path, immutable=False)


def upgrade(path: Path) -> None:
    """Back the archive up, then run the migrations it lacks (in one transaction)."""
    if db.refuses_writes(path):
        raise errors.ArchiveReadOnlyError(f"The archive {path} is read-only.")
    back_up_file(path, label=AUTO, tag="before-upgrade")
    ArchiveStore.open_writable(path).close()


def is_bundled(path: Path) -> bool:
    """Whether `path` is the archive that ships with the application."""
    return path.resolve() == paths.bundled_archive_path().resolve()
