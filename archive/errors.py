"""Error kinds the user can act on; anything else escaping the core is a bug."""

from __future__ import annotations


class ArchiveError(Exception):
    """A known failure with one readable sentence for the user (its str())."""


class ArchiveMissingError(ArchiveError):
    """The archive file does not exist."""


class NotAnArchiveError(ArchiveError):
    """The file is not an SQLite database, or not a Wenyuan archive."""


class ArchiveDamagedError(ArchiveError):
    """The file is truncated or its pages are corrupt."""


class SchemaTooNewError(ArchiveError):
    """The file was written by a newer Wenyuan and is left untouched."""


class SchemaTooOldError(ArchiveError):
    """The file was written by an older Wenyuan; opening it writable upgrades it."""


class ArchiveBusyError(ArchiveError):
    """Another program holds a lock on the file."""


class ArchiveReadOnlyError(ArchiveError):
    """A write was asked of an archive opened (or shipped) read-only."""


class DiskFullError(ArchiveError):
    """The disk or the database's size limit is full; nothing was written."""


class ArticleNotFoundError(ArchiveError):
    """No article has the requested id."""


class QueryError(ArchiveError):
    """The search query cannot be understood; the message says why."""


class ImportFileError(ArchiveError):
    """One input file could not be imported; the message names it and says why."""
