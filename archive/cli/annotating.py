"""`annotations ...`: highlights and notes from the command line; list, export, import, backups."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from archive import paths, userstore_files
from archive.anchoring import anchor_quote
from archive.annotation_models import COLORS, DEFAULT_COLOR
from archive.annotation_models import parse_tags as split_tags
from archive.backup import list_backups
from archive.cli.annotation_common import (
    add_filter_options,
    annotation_json,
    filter_from,
    open_user_store,
    print_line,
    refresh_quietly,
)
from archive.cli.common import open_library
from archive.creator import default_creator
from archive.models import Article


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `annotations` and its subcommands."""
    parser = subcommands.add_parser("annotations", help="highlights, notes, export, backups")
    verbs = parser.add_subparsers(dest="verb", required=True)
    listing = verbs.add_parser("list", help="list annotations (filters as in the browser)")
    add_filter_options(listing)
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")
    listing.set_defaults(handler=cmd_list)
    add = verbs.add_parser("add", help="highlight a passage, given as text in any script form")
    add.add_argument("--article", required=True, help="article id")
    add.add_argument("--exact", required=True, help="the words to highlight (any script form)")
    add.add_argument("--occurrence", type=int, default=1, help="which occurrence (1: first)")
    add.add_argument("--color", choices=list(COLORS), default=DEFAULT_COLOR)
    _add_note_options(add)
    add.set_defaults(handler=cmd_add)
    note = verbs.add_parser("note", help="add a note about a whole article")
    note.add_argument("--article", required=True, help="article id")
    _add_note_options(note, required=True)
    note.set_defaults(handler=cmd_note)
    edit = verbs.add_parser("edit", help="change an annotation's colour, note or tags")
    edit.add_argument("id", help="annotation id (or a unique start of it)")
    edit.add_argument("--color", choices=list(COLORS))
    edit.add_argument("--note", help="new note (Markdown)")
    edit.add_argument("--tags", help="new tags, comma-separated ('' removes them)")
    edit.set_defaults(handler=cmd_edit)
    delete = verbs.add_parser("delete", help="delete an annotation")
    delete.add_argument("id", help="annotation id (or a unique start of it)")
    delete.set_defaults(handler=cmd_delete)
    exporting = verbs.add_parser("export", help="export as Markdown, CSV or W3C JSON-LD")
    exporting.add_argument("--format", choices=("md", "csv", "jsonld"), default="md")
    exporting.add_argument("--out", type=Path, help="file to write (default: standard output)")
    add_filter_options(exporting)
    exporting.set_defaults(handler=cmd_export)
    importing = verbs.add_parser("import", help="import a JSON-LD export (no duplicates)")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=cmd_import)
    backing = verbs.add_parser("backup", help="back up the annotation store now (or --list)")
    backing.add_argument("--list", action="store_true", help="list the backups instead")
    backing.set_defaults(handler=cmd_backup)
    restoring = verbs.add_parser("restore", help="replace the store by a backup (default newest)")
    restoring.add_argument("backup", nargs="?", type=Path)
    restoring.set_defaults(handler=cmd_restore)


def _add_note_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--note", required=required, default="", help="note (Markdown)")
    parser.add_argument("--tags", default="", help="comma-separated tags")
    parser.add_argument(
        "--creator",
        default=default_creator(),
        help="who writes it (default: $WENYUAN_CREATOR, else your login name)",
    )


def cmd_list(arguments: argparse.Namespace) -> int:
    """Print the annotations matching the filters."""
    with open_user_store(arguments) as store:
        refresh_quietly(store, arguments)
        page = store.browse(filter_from(arguments), limit=max(0, arguments.limit))
    if arguments.json:
        payload = [annotation_json(a) for a in page.annotations]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for annotation in page.annotations:
            print_line(annotation)
        print(f"{len(page.annotations)} of {page.total} annotations", file=sys.stderr)
    return 0


def _article(arguments: argparse.Namespace) -> Article:
    library = open_library(arguments)
    try:
        return library.get(arguments.article)
    finally:
        library.close()


def cmd_add(arguments: argparse.Namespace) -> int:
    """Highlight the n-th occurrence of a text given in any script form."""
    article = _article(arguments)
    anchor = anchor_quote(article.text, arguments.exact, arguments.occurrence)
    with open_user_store(arguments, creator=arguments.creator) as store:
        change = store.highlight(
            article,
            anchor,
            color=arguments.color,
            note=arguments.note,
            tags=split_tags(arguments.tags),
        )
    assert change.after is not None
    print(f"{change.after.id}  highlighted “{anchor.exact}” at {anchor.start}–{anchor.end}")
    return 0


def cmd_note(arguments: argparse.Namespace) -> int:
    """Add an article-level note."""
    article = _article(arguments)
    with open_user_store(arguments, creator=arguments.creator) as store:
        change = store.add_note(article, arguments.note, tags=split_tags(arguments.tags))
    print(f"{change.annotation_id}  note added to 《{article.title}》")
    return 0


def cmd_edit(arguments: argparse.Namespace) -> int:
    """Change colour, note or tags."""
    with open_user_store(arguments) as store:
        current = store.resolve(arguments.id)
        tags = None if arguments.tags is None else split_tags(arguments.tags)
        store.edit(current.id, color=arguments.color, note=arguments.note, tags=tags)
    print(f"{current.id}  edited")
    return 0


def cmd_delete(arguments: argparse.Namespace) -> int:
    """Delete one annotation."""
    with open_user_store(arguments) as store:
        current = store.resolve(arguments.id)
        store.delete(current.id)
    print(f"{current.id}  deleted")
    return 0


def cmd_export(arguments: argparse.Namespace) -> int:
    """Write the (filtered) annotations as Markdown, CSV or JSON-LD."""
    with open_user_store(arguments) as store:
        refresh_quietly(store, arguments)
        text = store.export(arguments.format, filter_from(arguments))
    if arguments.out is None:
        sys.stdout.write(text)
        return 0
    encoding = "utf-8-sig" if arguments.format == "csv" else "utf-8"  # spreadsheets want the BOM
    arguments.out.write_text(text, encoding=encoding, newline="")
    print(f"wrote {arguments.out}", file=sys.stderr)
    return 0


def cmd_import(arguments: argparse.Namespace) -> int:
    """Merge a JSON-LD export."""
    with open_user_store(arguments) as store:
        report = store.import_file(arguments.file)
    print(
        f"imported {arguments.file}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} already up to date"
    )
    return 0


def cmd_backup(arguments: argparse.Namespace) -> int:
    """Make a manual backup, or list the backups."""
    path = arguments.user_store or paths.user_store_path()
    if arguments.list:
        for info in list_backups(path):
            print(f"{info.created}  {info.label:<8}  {info.path}")
        return 0
    with open_user_store(arguments) as store:
        info = store.back_up_now()
    print(f"backed up to {info.path}")
    return 0


def cmd_restore(arguments: argparse.Namespace) -> int:
    """Replace the store by a backup; the replaced file is kept beside the backups."""
    path = arguments.user_store or paths.user_store_path()
    used, moved = userstore_files.restore(path, arguments.backup)
    print(f"restored {path} from {used}")
    if moved is not None:
        print(f"the replaced file is kept as {moved}")
    return 0
