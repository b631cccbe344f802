"""`wenyuan-archive`: everything the window does, from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from archive import errors, paths
from archive.cli_output import article_json, print_article, print_summary_line, search_json
from archive.importer.jsonl import read_jsonl
from archive.library import Library
from archive.search import SearchRequest, SortOrder, search
from archive.store import ArchiveStore

SCRIPT_CHOICES = ("original", "hans", "hant", "tw", "hk")


def build_parser() -> argparse.ArgumentParser:
    """The command line: global options first, then one subcommand."""
    parser = argparse.ArgumentParser(prog="wenyuan-archive", description=__doc__)
    parser.add_argument("--archive", type=Path, help="archive file to read (or to import into)")
    parser.add_argument(
        "--user-store",
        type=Path,
        default=os.environ.get("WENYUAN_USER_STORE"),
        help="annotation store file (default: $WENYUAN_USER_STORE or the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="list the articles, newest first")
    listing.add_argument("--json", action="store_true")
    show = commands.add_parser("show", help="print one article")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.add_argument("--script", choices=SCRIPT_CHOICES, default="original")
    info = commands.add_parser("info", help="counts, sources, date range, schema version")
    info.add_argument("--json", action="store_true")
    importing = commands.add_parser("import", help="add JSON-lines records to an archive")
    importing.add_argument("files", nargs="+", type=Path)
    searching = commands.add_parser("search", help="search every open archive")
    searching.add_argument("query")
    searching.add_argument("--json", action="store_true")
    searching.add_argument("--limit", type=int, default=20, help="how many results (0: all)")
    searching.add_argument(
        "--sort", choices=[order.value for order in SortOrder], default="relevance"
    )
    searching.add_argument("--regional", action="store_true", help="also match regional vocabulary")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a known failure prints one sentence and returns 2."""
    arguments = build_parser().parse_args(argv)
    handler = COMMANDS[arguments.command]
    try:
        return handler(arguments)
    except errors.ArchiveError as exc:
        print(f"wenyuan-archive: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _reading_paths(arguments: argparse.Namespace) -> list[Path]:
    if arguments.archive:
        return [arguments.archive]
    return [paths.bundled_archive_path(), paths.user_archive_path()]


def _open_library(arguments: argparse.Namespace) -> Library:
    library = Library.open(_reading_paths(arguments), skip_missing=not arguments.archive)
    if library.failures:
        library.close()
        raise errors.ArchiveError(library.failures[0])
    if not library.stores:
        raise errors.ArchiveMissingError(
            f"No archive to read: {paths.bundled_archive_path()} is missing (run `make archive`)."
        )
    return library


def cmd_list(arguments: argparse.Namespace) -> int:
    """Print every article: one line each, or a JSON array."""
    library = _open_library(arguments)
    summaries = library.summaries()
    if arguments.json:
        print(json.dumps([article_json(s) for s in summaries], ensure_ascii=False, indent=2))
    else:
        for summary in summaries:
            print_summary_line(summary)
    return 0


def cmd_show(arguments: argparse.Namespace) -> int:
    """Print one article, converted to the asked script form."""
    library = _open_library(arguments)
    article = library.get(arguments.id)
    print_article(article, arguments.script, as_json=arguments.json)
    return 0


def cmd_info(arguments: argparse.Namespace) -> int:
    """Print what each open archive holds."""
    library = _open_library(arguments)
    infos = [store.info() for store in library.stores]
    if arguments.json:
        payload = [info.__dict__ for info in infos]
        print(
            json.dumps(payload[0] if arguments.archive else payload, ensure_ascii=False, indent=2)
        )
        return 0
    for info in infos:
        print(f"{info.name}: {info.articles} articles, {info.first_date} – {info.last_date}")
        print(f"  file {info.path}, schema {info.schema_version}, folding {info.fold_version}")
        for source, count in info.sources.items():
            print(f"  {count:6d}  {source or '(no source)'}")
    return 0


def cmd_import(arguments: argparse.Namespace) -> int:
    """Add JSON-lines records; already present articles are skipped."""
    target = arguments.archive or paths.user_archive_path()
    added = skipped = 0
    with ArchiveStore.open_writable(target, name=None if arguments.archive else "user") as store:
        for path in arguments.files:
            if not path.exists():
                raise errors.ImportFileError(f"{path} does not exist.")
            for identifier_added in store.add_many(read_jsonl(path)):
                added, skipped = (
                    (added + 1, skipped) if identifier_added[1] else (added, skipped + 1)
                )
    print(f"imported {added} articles into {target}; {skipped} already present")
    return 0


def cmd_search(arguments: argparse.Namespace) -> int:
    """Search every open archive and print the ranked results."""
    library = _open_library(arguments)
    if arguments.limit < 0:
        raise errors.QueryError("--limit must be 0 (all) or more.")
    request = SearchRequest(
        arguments.query,
        sort=SortOrder(arguments.sort),
        limit=arguments.limit,
        regional=arguments.regional,
    )
    result = search(library, request)
    if arguments.json:
        print(json.dumps(search_json(result), ensure_ascii=False, indent=2))
        return 0
    print(f"{result.total} articles")
    for hit in result.hits:
        print_summary_line(hit.summary, hits=hit.hits)
        print(f"    {hit.snippet.marked('[', ']', escape=False)}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": cmd_list,
    "show": cmd_show,
    "info": cmd_info,
    "import": cmd_import,
    "search": cmd_search,
}
