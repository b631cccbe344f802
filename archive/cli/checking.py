"""`check`: integrity of every archive (and the user store), one line per file."""

from __future__ import annotations

import argparse

from archive import dense_terms, errors, paths
from archive.cli.common import reading_paths, writable_target
from archive.integrity import CheckReport, check_archive
from archive.store import ArchiveStore
from archive.user_integrity import check_user_store


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the check subcommand."""
    checking = subcommands.add_parser(
        "check", help="check archives (and the user store) for damage; exit 0 only if all sound"
    )
    checking.set_defaults(handler=cmd_check)
    rebuilding = subcommands.add_parser(
        "rebuild-terms",
        help="rebuild the bitmaps of common search terms in your archive (or --archive FILE)",
    )
    rebuilding.set_defaults(handler=cmd_rebuild_terms)


def reports(arguments: argparse.Namespace) -> list[CheckReport]:
    """A report for each file to check: the named archive (else every archive that exists) and
    the user store when it exists."""
    archives = [
        check_archive(path)
        for path in reading_paths(arguments)
        if arguments.archive or path.exists()
    ]
    store = arguments.user_store or paths.user_store_path()
    return archives + ([check_user_store(store)] if store.exists() else [])


def cmd_rebuild_terms(arguments: argparse.Namespace) -> int:
    """Rebuild the dense terms' bitmaps of the writable archive from its search index."""
    target = writable_target(arguments)
    if not target.exists():
        raise errors.ArchiveMissingError(f"There is no archive at {target}.")
    with ArchiveStore.open_writable(target) as store:
        dense_terms.refresh(store, force=True)
        count = store.connection.execute("SELECT count(*) FROM dense_terms").get
    print(f"{target}: bitmaps of {count} common search terms rebuilt")
    return 0


def cmd_check(arguments: argparse.Namespace) -> int:
    """Print one line per file; exit code 0 only when every file is sound."""
    found = reports(arguments)
    for report in found:
        print(report.line())
    return 0 if found and all(report.sound for report in found) else 1
