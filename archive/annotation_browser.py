"""The annotation browser's queries: filters, script-blind full-text search, pages and facets.

Search uses the corpus's query language and matching rules (archive.query, archive.fts): the
quote, note and tags of each annotation are indexed as folded character pairs, so 青岛 finds
青島, phrases are exact and 1-character terms work. Filters are plain bound SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import apsw

from archive import annotation_rows as rows
from archive.annotation_models import AnchorStatus, Annotation, Kind
from archive.errors import QueryError
from archive.fts import phrase_tokens
from archive.query import And, Node, Not, Or, Term, parse
from archive.search_plan import regional_variants
from archive.textfold import fold

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class BrowseOrder(StrEnum):
    """How the browser sorts."""

    UPDATED = "updated"  # last edited first
    CREATED = "created"  # newest first
    ARTICLE = "article"  # by archive, article date (newest first), article, position


_ORDER_SQL = {
    BrowseOrder.UPDATED: "updated DESC, rowid DESC",
    BrowseOrder.CREATED: "created DESC, rowid DESC",
    BrowseOrder.ARTICLE: "archive, article_date_sort DESC, article_id, kind, start_offset, rowid",
}


@dataclass(frozen=True)
class AnnotationFilter:
    """What the browser shows; empty fields do not restrict. Dates are YYYY[-MM[-DD]], inclusive."""

    kinds: tuple[Kind, ...] = ()
    colors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # every one of them
    creator: str | None = None
    archive: str | None = None
    article_id: str | None = None
    source: str | None = None
    created_from: str | None = None  # when the annotation was made
    created_to: str | None = None
    article_from: str | None = None  # when the article was published
    article_to: str | None = None
    status: AnchorStatus | None = None
    search: str = ""  # the corpus's query language, over quotes, notes and tags
    regional: bool = False  # search terms also match regional vocabulary (软件 ↔ 軟體)
    order: BrowseOrder = BrowseOrder.UPDATED


@dataclass(frozen=True)
class BrowsePage:
    """One page of the browser: `total` matches, these starting at `offset`.

    Each annotation carries what "jump to the passage" needs: article.archive,
    article.article_id and, for highlights, anchor.start/end (code points in the original text).
    """

    total: int
    offset: int
    annotations: list[Annotation]


@dataclass(frozen=True)
class Facets:
    """Values the browser's filter menus offer, with counts (most used first)."""

    tags: list[tuple[str, int]]
    colors: list[tuple[str, int]]
    creators: list[tuple[str, int]]
    sources: list[tuple[str, int]]
    archives: list[tuple[str, int]]
    orphans: int


def browse(
    connection: apsw.Connection, wanted: AnnotationFilter, *, offset: int = 0, limit: int = 100
) -> BrowsePage:
    """One page of annotations matching `wanted` (limit 0: all of them)."""
    where, parameters = where_clause(wanted)
    total = int(
        connection.execute(f"SELECT count(*) FROM annotations WHERE {where}", parameters).get
    )
    page = f"{where} ORDER BY {_ORDER_SQL[wanted.order]}"
    if limit:
        page += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return BrowsePage(total, offset, rows.select(connection, page, parameters))


def where_clause(wanted: AnnotationFilter) -> tuple[str, list[Any]]:
    """The SQL condition (with its bound parameters) selecting what `wanted` asks for."""
    conditions: list[str] = []
    parameters: list[Any] = []

    def add(condition: str, *values: Any) -> None:
        conditions.append(condition)
        parameters.extend(values)

    for column, values in (("kind", [k.value for k in wanted.kinds]), ("color", wanted.colors)):
        if values:
            add(f"{column} IN ({', '.join('?' * len(values))})", *values)
    for tag in wanted.tags:
        add("rowid IN (SELECT annotation_rowid FROM annotation_tags WHERE tag = ?)", tag)
    for column, value in (
        ("creator", wanted.creator),
        ("archive", wanted.archive),
        ("article_id", wanted.article_id),
        ("article_source", wanted.source),
        ("status", wanted.status.value if wanted.status else None),
    ):
        if value is not None:
            add(f"{column} = ?", value)
    if wanted.created_from:
        add("created >= ?", "-".join(_date_parts(wanted.created_from)))
    if wanted.created_to:
        add("created <= ?", "-".join(_date_parts(wanted.created_to)) + "\uffff")
    if wanted.article_from or wanted.article_to:
        add("article_date_sort < '}'")  # year-less and unknown dates never match a range
    if wanted.article_from:
        add("article_date_sort >= ?", "".join(_date_parts(wanted.article_from)))
    if wanted.article_to:
        add("article_date_sort <= ?", "".join(_date_parts(wanted.article_to)) + "\uffff")
    match = search_expression(wanted.search, regional=wanted.regional)
    if match is not None:
        add("rowid IN (SELECT rowid FROM annotation_index WHERE annotation_index MATCH ?)", match)
    return (" AND ".join(conditions) or "1"), parameters


def _date_parts(text: str) -> list[str]:
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise QueryError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")
    return [f"{int(part):0{4 if i == 0 else 2}d}" for i, part in enumerate(match.groups()) if part]


def search_expression(query: str, *, regional: bool = False) -> str | None:
    """The FTS5 expression for a query over quotes, notes and tags (None: no restriction).

    As in the corpus, terms without letters or digits are dropped; a query of nothing else is
    a QueryError.
    """
    node = parse(query)
    if node is None:
        return None
    expression = _compile(node, regional)
    if expression is None:
        raise QueryError("The query has no letters, digits or characters to search for.")
    return expression


def _compile(node: Node, regional: bool) -> str | None:
    if isinstance(node, Term):
        if node.field is not None:
            raise QueryError(f"Annotation search has no {node.field}: field; use the filters.")
        variants = regional_variants(node.text) if regional else [node.text]
        return _join(" OR ", [_phrase(variant, node.prefix) for variant in variants])
    if isinstance(node, Or):
        return _join(" OR ", [_compile(child, regional) for child in node.children])
    if isinstance(node, And):
        positives = [_compile(c, regional) for c in node.children if not isinstance(c, Not)]
        negatives = [_compile(c.child, regional) for c in node.children if isinstance(c, Not)]
        match, exclude = _join(" AND ", positives), _join(" OR ", negatives)
        if match is None and exclude is not None:
            raise QueryError("NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.")
        return match if exclude is None else f"({match}) NOT ({exclude})"
    if isinstance(node, Not):
        raise QueryError("NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.")
    raise QueryError("Dates filter annotations through the date filters, not the search text.")


def _join(operator: str, parts: list[str | None]) -> str | None:
    present = [part for part in parts if part]
    if not present:
        return None
    return present[0] if len(present) == 1 else operator.join(f"({part})" for part in present)


def _phrase(text: str, prefix: bool) -> str | None:
    tokens = phrase_tokens(fold(text), word_prefix=prefix)
    if tokens is None:
        return None
    return '"' + " ".join(tokens.tokens) + '"' + (" *" if tokens.prefix else "")


def facets(connection: apsw.Connection) -> Facets:
    """Counts for the filter menus."""

    def counted(query: str) -> list[tuple[str, int]]:
        return [(str(value), int(count)) for value, count in connection.execute(query)]

    def by_column(column: str) -> list[tuple[str, int]]:
        return counted(
            f"SELECT {column}, count(*) FROM annotations WHERE {column} IS NOT NULL "
            f"GROUP BY {column} ORDER BY count(*) DESC, {column}"
        )

    return Facets(
        tags=counted(
            "SELECT tag, count(*) FROM annotation_tags GROUP BY tag ORDER BY count(*) DESC, tag"
        ),
        colors=by_column("color"),
        creators=by_column("creator"),
        sources=by_column("article_source"),
        archives=by_column("archive"),
        orphans=int(
            connection.execute("SELECT count(*) FROM annotations WHERE status = 'orphaned'").get
        ),
    )
