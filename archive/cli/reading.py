"""`list`, `show` and `info`: reading articles and archives."""

from __future__ import annotations

import argparse
import json

from archive.cli.annotation_common import shown_annotations
from archive.cli.common import open_library
from archive.cli.output import article_json, print_article, print_summary_line

SCRIPT_CHOICES = ("original", "hans", "hant", "tw", "hk")


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the reading subcommands."""
    listing = subcommands.add_parser("list", help="list the articles, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    show = subcommands.add_parser("show", help="print one article")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.add_argument("--script", choices=SCRIPT_CHOICES, default="original")
    show.set_defaults(handler=cmd_show)
    info = subcommands.add_parser("info", help="counts, sources, date range, schema version")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=cmd_info)


def cmd_list(arguments: argparse.Namespace) -> int:
    """Print every article: one line each, or a JSON array."""
    library = open_library(arguments)
    summaries = library.summaries()
    if arguments.json:
        print(json.dumps([article_json(s) for s in summaries], ensure_ascii=False, indent=2))
    else:
        for summary in summaries:
            print_summary_line(summary, labelled=len(library.stores) > 1)
    return 0


def cmd_show(arguments: argparse.Namespace) -> int:
    """Print one article, converted to the asked script form."""
    library = open_library(arguments)
    article = library.get(arguments.id)
    shown = shown_annotations(arguments, article, arguments.script) if arguments.json else None
    print_article(article, arguments.script, as_json=arguments.json, annotations=shown)
    return 0


def cmd_info(arguments: argparse.Namespace) -> int:
    """Print what each open archive holds."""
    library = open_library(arguments)
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
