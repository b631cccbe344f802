"""`imports backups` and `imports restore`: the backups imports make of an archive, and undo."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from archive import archive_backups
from archive.cli.common import writable_target


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `backups` and `restore` under `imports`."""
    listing = actions.add_parser("backups", help="list the archive's backups, newest first")
    # SUPPRESS: `imports --json backups` keeps the --json given before the action.
    listing.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    listing.set_defaults(handler=cmd_backups)
    restoring = actions.add_parser(
        "restore",
        help="replace the archive by a backup (default: the newest usable one); "
        "the replaced file is kept",
    )
    restoring.add_argument("backup", nargs="?", type=Path, metavar="BACKUP")
    restoring.set_defaults(handler=cmd_restore)


def cmd_backups(arguments: argparse.Namespace) -> int:
    """List the backups of the archive imports write into, newest first."""
    target = writable_target(arguments)
    found = archive_backups.list_backups(target)
    if arguments.json:
        payload = [
            {"path": str(info.path), "created": info.created, "label": info.label, "tag": info.tag}
            for info in found
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for info in found:
        print(f"{info.created}  {info.label:<8}  {info.path}")
    if not found:
        print(f"no backups of {target} yet")
    return 0


def cmd_restore(arguments: argparse.Namespace) -> int:
    """Replace the archive by a backup; the replaced file is kept beside the backups."""
    target = writable_target(arguments)
    used, moved = archive_backups.restore(target, arguments.backup)
    print(f"restored {target} from {used}")
    if moved is not None:
        print(f"the replaced file is kept as {moved}")
    return 0
