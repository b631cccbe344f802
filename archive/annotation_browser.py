"""The annotation browser: pages of annotations matching a filter, and the filter menus' counts."""

from __future__ import annotations

import json
from dataclasses import dataclass

import apsw

from archive import annotation_rows as rows
from archive.annotation_filters import AnnotationFilter, BrowseOrder, select_sql
from archive.annotation_models import Annotation
from archive.errors import ArchiveDamagedError

_ORDER_SQL = {
    BrowseOrder.UPDATED: "updated DESC, rowid DESC",
    BrowseOrder.CREATED: "created DESC, rowid DESC",
    BrowseOrder.ARTICLE: "archive, article_date_sort DESC, article_id, kind, start_offset, rowid",
}
_ORDER_INDEX = {
    BrowseOrder.UPDATED: "annotations_by_updated",
    BrowseOrder.CREATED: "annotations_by_created",
    BrowseOrder.ARTICLE: "annotations_in_reading_order",
}


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


#: With more matches than this, a page walks the sort order's index (stopping after a page)
#: instead of fetching and sorting every match.
ORDERED_SCAN_ABOVE = 2000


def browse(
    connection: apsw.Connection, wanted: AnnotationFilter, *, offset: int = 0, limit: int = 100
) -> BrowsePage:
    """One page of annotations matching `wanted` (limit 0: all of them)."""
    selection = select_sql(wanted)
    total = int(connection.execute(*selection.count()).get)
    source = "annotations"
    if limit and total > ORDERED_SCAN_ABOVE:
        source += f" INDEXED BY {_ORDER_INDEX[wanted.order]}"
    page = (
        f"SELECT rowid FROM {source} WHERE {selection.where()} ORDER BY {_ORDER_SQL[wanted.order]}"
    )
    if limit:
        page += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rowids = [row[0] for row in connection.execute(page, selection.parameters())]
    found = {a_row[0]: a_row[1] for a_row in _by_rowid(connection, rowids)}
    if len(found) != len(set(rowids)):  # an index lists rows the table does not hold
        raise ArchiveDamagedError("The annotation store is damaged.")
    return BrowsePage(total, offset, [found[rowid] for rowid in rowids])


def _by_rowid(connection: apsw.Connection, rowids: list[int]) -> list[tuple[int, Annotation]]:
    query = (
        f"SELECT rowid, {rows.COLUMNS} FROM annotations "
        "WHERE rowid IN (SELECT value FROM json_each(?))"
    )
    return [
        (row[0], rows.from_row(row[1:])) for row in connection.execute(query, (json.dumps(rowids),))
    ]


def facets(connection: apsw.Connection) -> Facets:
    """Counts for the filter menus, kept up to date by triggers (see user_schema)."""
    counts: dict[str, list[tuple[str, int]]] = {}
    for facet, value, count in connection.execute(
        "SELECT facet, value, count FROM facet_counts WHERE count > 0 "
        "ORDER BY facet, count DESC, value"
    ):
        try:
            counts.setdefault(facet, []).append((str(value), int(count)))
        except (TypeError, ValueError) as exc:  # a count that was never written
            raise ArchiveDamagedError("The annotation store is damaged.") from exc
    return Facets(
        tags=counts.get("tag", []),
        colors=counts.get("color", []),
        creators=counts.get("creator", []),
        sources=counts.get("source", []),
        archives=counts.get("archive", []),
        orphans=dict(counts.get("status", [])).get("orphaned", 0),
    )
