"""Opens the user store when the window starts, offers the newest backup when the store is
damaged, and makes the rolling automatic backups (and the start-up re-anchoring of articles
whose text changed) on a worker thread.

The window's annotations work through `store` (the GUI thread's own connection). When the store
cannot be opened, `store` is None, `problem` holds the one sentence saying why, and the rest of
the application works on without annotations. Backups use a connection of their own
(`userstore_files.rolling_backup`), so they never block the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from archive import paths, userstore_files
from archive.annotation_errors import UserStoreDamagedError
from archive.backup import BackupInfo
from archive.errors import ArchiveError
from archive.library import Library
from archive.placement import Placement
from archive.userstore import UserStore
from desktop.core_messages import translated
from desktop.task_runner import TaskRunner

#: How often the window asks for an automatic backup (the policy skips it when nothing changed
#: or the last one is younger than ten minutes).
BACKUP_INTERVAL_MS = 10 * 60 * 1000

#: Asked with the damage sentence and the backup's date; True: restore it now.
AskRestore = Callable[[str, BackupInfo], bool]


class _FileOnly:
    """The backup worker's context: nothing held; each backup opens and closes its connection."""

    def interrupt(self) -> None:
        """A backup is short and atomic: it is left to finish."""

    def close(self) -> None:
        """Nothing to close."""


class UserStoreKeeper(QObject):
    """Owns the GUI thread's UserStore and its backups; see the module docstring."""

    #: The store opened (or was restored and reopened): UserStore.
    opened = Signal(object)
    #: A sentence worth a glance in the status bar (a backup failed, a restore happened).
    reported = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or paths.user_store_path()
        self.store: UserStore | None = None
        self.problem: str | None = None
        self.last_backup: BackupInfo | None = None
        self._runner: TaskRunner[_FileOnly] = TaskRunner(_FileOnly, self._worker_failed, self)
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_INTERVAL_MS)
        self._timer.timeout.connect(self.back_up_in_background)

    def open(self, creator: str, ask_restore: AskRestore) -> UserStore | None:
        """Open the store; if it is damaged and has a backup, `ask_restore` may restore it.

        Returns the store, or None with `problem` set (the file is then left untouched).
        """
        self.close_store()
        try:
            self.store = UserStore.open(self.path, creator=creator, backups=None)
        except UserStoreDamagedError as damaged:
            backup = damaged.backup
            if isinstance(backup, BackupInfo) and ask_restore(str(damaged), backup):
                return self.restore(creator, backup.path)
            self.problem = str(damaged)
        except ArchiveError as error:
            self.problem = str(error)
        if self.store is not None:
            self.problem = None
            self.opened.emit(self.store)
            self.back_up_in_background()
            self._timer.start()
        return self.store

    def restore(self, creator: str, backup: Path | None = None) -> UserStore | None:
        """Replace the store by a backup (default: the newest usable one), keeping the replaced
        file beside it, and open it again. A failure leaves `problem` set."""
        self.close_store()
        try:
            used, kept = userstore_files.restore(self.path, backup)
        except ArchiveError as error:
            self.problem = str(error)
            return None
        self.reported.emit(
            self.tr("Annotations restored from the backup %1; the replaced file is kept as %2.")
            .replace("%1", used.name)
            .replace("%2", kept.name if kept else "-")
        )
        return self.open(creator, lambda _sentence, _backup: False)

    def back_up_in_background(self) -> None:
        """Ask the worker for an automatic backup of the store as it is now on disk."""
        if self.store is None or self.store.revision == 0:
            return  # nothing was ever written
        path = self.path
        self._runner.submit(
            lambda _context: userstore_files.rolling_backup(path),
            self._backup_done,
            on_error=self._worker_failed,
        )

    def refresh_in_background(
        self, archive_paths: Sequence[Path], on_done: Callable[[Placement], None]
    ) -> None:
        """Re-anchor, on the worker, the highlights of every article whose text changed in
        these archives (orphans become known to the browser); `on_done` gets the tally."""
        if self.store is None:
            return
        path, archives = self.path, list(archive_paths)

        def work(_context: _FileOnly) -> Placement:
            library = Library.open(archives, skip_missing=True)
            try:
                with UserStore.open(path, backups=None) as store:
                    return store.refresh(library)
            finally:
                library.close()

        self._runner.submit(
            work,
            lambda result: on_done(result) if isinstance(result, Placement) else None,
            on_error=self._worker_failed,
        )

    def close_store(self) -> None:
        """Close the store (a restore needs the file free); annotations are off until reopened."""
        self._timer.stop()
        if self.store is not None:
            self.store.close()
            self.store = None

    def shutdown(self) -> None:
        """Finish the backup worker and close the store (the window is closing)."""
        self._runner.shutdown()
        self.close_store()

    def _backup_done(self, result: object) -> None:
        if isinstance(result, BackupInfo):
            self.last_backup = result  # quietly: only a failure is worth a word

    def _worker_failed(self, error: object) -> None:
        if isinstance(error, ArchiveError):
            self.reported.emit(translated(str(error)))
        elif isinstance(error, BaseException):
            raise error
