"""`annotations ...`: highlights and notes from the command line; list, export, import, backups."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from archive import paths, userstore_files
from archive.anchoring import ArticleView, anchor_quote
from archive.annotation_filters import AnnotationFilter, BrowseOrder
from archive.annotation_models import COLORS, DEFAULT_COLOR, AnchorStatus, Annotation, Kind
from archive.annotation_models import parse_tags as split_tags
from archive.backup import list_backups
from archive.cli.common import open_library, reading_paths
from archive.errors import ArchiveError
from archive.library import Library
from archive.models import Article
from archive.userstore import UserStore


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


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The browser's filters as options."""
    parser.add_argument("--kind", action="append", choices=[k.value for k in Kind], default=[])
    parser.add_argument("--color", action="append", choices=list(COLORS), default=[])
    parser.add_argument("--tag", action="append", default=[], help="has this tag (repeatable)")
    parser.add_argument("--creator")
    parser.add_argument("--source", help="article source, e.g. 新华社")
    parser.add_argument("--in-archive", help="archive name")
    parser.add_argument("--article", help="article id")
    parser.add_argument("--from", dest="created_from", help="annotated on or after YYYY[-MM[-DD]]")
    parser.add_argument("--to", dest="created_to", help="annotated on or before YYYY[-MM[-DD]]")
    parser.add_argument("--article-from", help="article dated on or after YYYY[-MM[-DD]]")
    parser.add_argument("--article-to", help="article dated on or before YYYY[-MM[-DD]]")
    parser.add_argument("--orphans", action="store_true", help="only highlights that lost place")
    parser.add_argument("--search", default="", help="query over quotes, notes and tags")
    parser.add_argument("--regional", action="store_true", help="also match regional vocabulary")
    parser.add_argument("--sort", choices=[o.value for o in BrowseOrder], default="updated")


def _add_note_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--note", required=required, default="", help="note (Markdown)")
    parser.add_argument("--tags", default="", help="comma-separated tags")
    parser.add_argument(
        "--creator",
        default=os.environ.get("WENYUAN_CREATOR", ""),
        help="who writes it (default: $WENYUAN_CREATOR)",
    )


def filter_from(arguments: argparse.Namespace) -> AnnotationFilter:
    """The filter the options describe."""
    return AnnotationFilter(
        kinds=tuple(Kind(kind) for kind in arguments.kind),
        colors=tuple(arguments.color),
        tags=tuple(arguments.tag),
        creator=arguments.creator,
        archive=arguments.in_archive,
        article_id=arguments.article,
        source=arguments.source,
        created_from=arguments.created_from,
        created_to=arguments.created_to,
        article_from=arguments.article_from,
        article_to=arguments.article_to,
        status=AnchorStatus.ORPHANED if arguments.orphans else None,
        search=arguments.search,
        regional=arguments.regional,
        order=BrowseOrder(arguments.sort),
    )


def open_user_store(arguments: argparse.Namespace, *, creator: str = "") -> UserStore:
    """The store named by --user-store (or $WENYUAN_USER_STORE, or the user data folder)."""
    return UserStore.open(arguments.user_store or paths.user_store_path(), creator=creator)


def refresh_quietly(store: UserStore, arguments: argparse.Namespace) -> None:
    """Re-anchor what changed in the archives that open; the others are left for later."""
    library = Library.open(reading_paths(arguments), skip_missing=True)
    try:
        for failure in library.failures:
            print(f"wenyuan-archive: {failure} (its annotations were not checked)", file=sys.stderr)
        store.refresh(library)
    finally:
        library.close()


def annotation_json(annotation: Annotation) -> dict[str, Any]:
    """An annotation as JSON: everything recorded, offsets in code points of the original."""
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "kind": annotation.kind.value,
        "archive": annotation.article.archive,
        "article_id": annotation.article.article_id,
        "article_title": annotation.article.title,
        "article_source": annotation.article.source,
        "article_date": annotation.article.date,
        "quote": anchor.exact if anchor else None,
        "prefix": anchor.prefix if anchor else None,
        "suffix": anchor.suffix if anchor else None,
        "start": anchor.start if anchor else None,
        "end": anchor.end if anchor else None,
        "content_hash": anchor.content_hash if anchor else None,
        "status": annotation.status.value,
        "color": annotation.color,
        "note": annotation.note,
        "note_html": annotation.note_html(),
        "tags": list(annotation.tags),
        "creator": annotation.creator,
        "created": annotation.created,
        "updated": annotation.updated,
    }


def print_line(annotation: Annotation) -> None:
    """One line: id, kind, colour, article title, quote or note, tags."""
    text = annotation.quote or annotation.note
    text = text.replace("\n", " ")
    shown = text if len(text) <= 40 else text[:39] + "…"
    orphan = " (orphaned)" if annotation.status is AnchorStatus.ORPHANED else ""
    tags = "".join(f" #{tag}" for tag in annotation.tags)
    kind = annotation.color or annotation.kind.value
    print(f"{annotation.id}  {kind:<9} 《{annotation.article.title}》 {shown}{orphan}{tags}")


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


def shown_annotations(
    arguments: argparse.Namespace, article: Article, script: str
) -> list[dict[str, Any]]:
    """`show --json`'s annotations: highlights placed in the shown script form (code points)."""
    path = arguments.user_store or paths.user_store_path()
    if not Path(path).exists():
        return []
    try:
        with UserStore.open(path, backups=None) as store:
            annotations = store.annotations_for(article)
    except ArchiveError as exc:  # the article is still shown; the store's trouble is reported
        print(f"wenyuan-archive: {exc} (annotations not shown)", file=sys.stderr)
        return []
    view = ArticleView.of(article.text, script)
    shown = []
    for annotation in annotations:
        span = view.project(annotation)
        if span is not None:
            start, end = span
            shown.append(
                {"id": annotation.id, "start": start, "end": end, "text": view.text[start:end]}
            )
    return shown
