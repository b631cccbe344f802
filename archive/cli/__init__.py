"""`wenyuan-archive`: everything the window does, from the command line.

Each capability registers its subcommands from a module of its own (see COMMAND_MODULES);
global options come before the subcommand and apply to all of them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from archive import errors
from archive.cli import annotating, bookmarking, checking, importing, reading, searching
from archive.version import version_line

#: Modules with a `register(subcommands)` function; each adds its own subcommands.
COMMAND_MODULES = (reading, searching, importing, checking, annotating, bookmarking)


def build_parser() -> argparse.ArgumentParser:
    """The command line: global options first, then one subcommand."""
    parser = argparse.ArgumentParser(prog="wenyuan-archive", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--archive", type=Path, help="archive file to read (or to import into)")
    parser.add_argument(
        "--user-store",
        type=Path,
        default=os.environ.get("WENYUAN_USER_STORE"),
        help="annotation store file (default: $WENYUAN_USER_STORE or the user data folder)",
    )
    subcommands = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a known failure prints one sentence and returns 2."""
    arguments = build_parser().parse_args(argv)
    try:
        return int(arguments.handler(arguments))
    except errors.ArchiveError as exc:
        print(f"wenyuan-archive: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("wenyuan-archive: interrupted.", file=sys.stderr)
        return 130
