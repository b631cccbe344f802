"""`search`: every open archive, one merged ranking."""

from __future__ import annotations

import argparse
import json

from archive import errors
from archive.cli.common import open_library
from archive.cli.output import print_summary_line, search_json
from archive.search import SearchRequest, SortOrder, search


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the search subcommand."""
    searching = subcommands.add_parser("search", help="search every open archive")
    searching.add_argument("query")
    searching.add_argument("--json", action="store_true")
    searching.add_argument("--limit", type=int, default=20, help="how many results (0: all)")
    searching.add_argument(
        "--sort", choices=[order.value for order in SortOrder], default="relevance"
    )
    searching.add_argument("--regional", action="store_true", help="also match regional vocabulary")
    searching.set_defaults(handler=cmd_search)


def cmd_search(arguments: argparse.Namespace) -> int:
    """Search every open archive and print the ranked results."""
    library = open_library(arguments)
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
        print_summary_line(hit.summary, hits=hit.hits, labelled=len(library.stores) > 1)
        print(f"    {hit.snippet.marked('[', ']', escape=False)}")
    return 0
