"""`bookmarks ...`: bookmark articles, list and remove bookmarks."""

from __future__ import annotations

import argparse
import json

from archive.annotation_models import parse_tags
from archive.cli.annotation_common import annotation_json, open_user_store
from archive.cli.common import open_library
from archive.creator import default_creator


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `bookmarks` and its subcommands."""
    parser = subcommands.add_parser("bookmarks", help="bookmarked articles")
    verbs = parser.add_subparsers(dest="verb", required=True)
    add = verbs.add_parser("add", help="bookmark an article (or change its bookmark's note)")
    add.add_argument("id", help="article id")
    add.add_argument("--note", help="note (Markdown)")
    add.add_argument("--tags", help="comma-separated tags")
    add.add_argument(
        "--creator",
        default=default_creator(),
        help="who writes it (default: $WENYUAN_CREATOR, else your login name)",
    )
    add.set_defaults(handler=cmd_add)
    listing = verbs.add_parser("list", help="list the bookmarks")
    listing.add_argument("--sort", choices=("added", "title", "date"), default="added")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    remove = verbs.add_parser("remove", help="remove an article's bookmark")
    remove.add_argument("id", help="article id")
    remove.set_defaults(handler=cmd_remove)


def cmd_add(arguments: argparse.Namespace) -> int:
    """Bookmark one article."""
    library = open_library(arguments)
    try:
        article = library.get(arguments.id)
    finally:
        library.close()
    tags = None if arguments.tags is None else parse_tags(arguments.tags)
    with open_user_store(arguments, creator=arguments.creator) as store:
        change = store.bookmark(article, note=arguments.note, tags=tags)
    print(f"{change.annotation_id}  bookmarked 《{article.title}》")
    return 0


def cmd_list(arguments: argparse.Namespace) -> int:
    """Print the bookmarks in the asked order."""
    with open_user_store(arguments) as store:
        bookmarks = store.bookmarks(arguments.sort)
    if arguments.json:
        print(json.dumps([annotation_json(b) for b in bookmarks], ensure_ascii=False, indent=2))
        return 0
    for bookmark in bookmarks:
        date = bookmark.article.date or "—"
        tags = "".join(f" #{tag}" for tag in bookmark.tags)
        print(f"{bookmark.article.article_id}  {date:<16}  《{bookmark.article.title}》{tags}")
    return 0


def cmd_remove(arguments: argparse.Namespace) -> int:
    """Remove the bookmark of one article, in whichever archive it is."""
    with open_user_store(arguments) as store:
        found = [b for b in store.bookmarks() if b.article.article_id == arguments.id]
        for bookmark in found:
            store.delete(bookmark.id)
    print(f"removed {len(found)} bookmark(s) of {arguments.id}")
    return 0
