"""What the annotation and bookmark commands share: options, the store, JSON and lines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from archive import paths
from archive.anchoring import ArticleView
from archive.annotation_filters import AnnotationFilter, BrowseOrder
from archive.annotation_models import COLORS, AnchorStatus, Annotation, Kind
from archive.cli.common import reading_paths
from archive.errors import ArchiveError
from archive.library import Library
from archive.models import Article
from archive.userstore import UserStore


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
