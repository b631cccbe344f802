"""Error kinds of the user store and annotations (all ArchiveErrors: str() is the sentence)."""

from __future__ import annotations

from archive.errors import ArchiveError


class UserStoreDamagedError(ArchiveError):
    """The annotation store cannot be read; `backup` is the newest good backup, if any."""

    def __init__(self, message: str, backup: object = None) -> None:
        super().__init__(message)
        self.backup = backup


class AnnotationNotFoundError(ArchiveError):
    """No annotation has the requested id."""


class QuoteNotFoundError(ArchiveError):
    """The text to highlight does not occur in the article (or not that often)."""


class InvalidAnnotationError(ArchiveError):
    """A value given for an annotation cannot be stored (empty selection, unknown colour...)."""


class AnnotationConflictError(ArchiveError):
    """Undo or redo found the annotation changed since; nothing was written."""


class BackupError(ArchiveError):
    """A backup could not be made, found or restored; the files were left as they were."""
