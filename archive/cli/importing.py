"""`import`: add articles to an archive (the user's own unless --archive names one)."""

from __future__ import annotations

import argparse
from pathlib import Path

from archive import errors
from archive.cli.common import writable_target
from archive.importer.jsonl import read_jsonl
from archive.store import ArchiveStore


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the import subcommand."""
    importing = subcommands.add_parser("import", help="add JSON-lines records to an archive")
    importing.add_argument("files", nargs="+", type=Path)
    importing.set_defaults(handler=cmd_import)


def cmd_import(arguments: argparse.Namespace) -> int:
    """Add JSON-lines records; already present articles are skipped."""
    target = writable_target(arguments)
    added = skipped = 0
    with ArchiveStore.open_writable(target, name=None if arguments.archive else "user") as store:
        for path in arguments.files:
            if not path.exists():
                raise errors.ImportFileError(f"{path} does not exist.")
            for _identifier, was_added in store.add_many(read_jsonl(path)):
                added, skipped = added + was_added, skipped + (not was_added)
    print(f"imported {added} articles into {target}; {skipped} already present")
    return 0
