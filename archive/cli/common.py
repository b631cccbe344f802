"""What several subcommands share: which archives to open for reading, and where to write."""

from __future__ import annotations

import argparse
from pathlib import Path

from archive import errors, paths
from archive.library import Library


def reading_paths(arguments: argparse.Namespace) -> list[Path]:
    """The --archive file, else the bundled archive and the user's own."""
    if arguments.archive:
        return [arguments.archive]
    return [paths.bundled_archive_path(), paths.user_archive_path()]


def open_library(arguments: argparse.Namespace) -> Library:
    """Open the archives to read; the first failure becomes the command's one-sentence error."""
    library = Library.open(reading_paths(arguments), skip_missing=not arguments.archive)
    if library.failures:
        library.close()
        raise errors.ArchiveError(library.failures[0])
    if not library.stores:
        raise errors.ArchiveMissingError(
            f"No archive to read: {paths.bundled_archive_path()} is missing (run `make archive`)."
        )
    return library


def writable_target(arguments: argparse.Namespace) -> Path:
    """Where imports write: the --archive file, else the user's own archive."""
    return arguments.archive or paths.user_archive_path()
