"""What the annotation browser asks for, as SQL: filters, and search with the corpus's rules.

Search uses the corpus's query language and matching (archive.query, archive.fts): quotes,
notes and tags are indexed as folded character pairs, so 青岛 finds 青島, phrases are exact and
1-character terms work. User text only ever reaches SQL as bound parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from archive.annotation_models import AnchorStatus, Kind
from archive.errors import QueryError
from archive.fts import phrase_tokens
from archive.query import And, Node, Not, Or, Term, parse
from archive.search_plan import regional_variants
from archive.textfold import fold

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_TAGGED = "SELECT annotation_rowid FROM annotation_tags WHERE tag = ?"
_MATCHING = "SELECT rowid FROM annotation_index WHERE annotation_index MATCH ?"
_Part = tuple[str, tuple[Any, ...]]


class BrowseOrder(StrEnum):
    """How the browser sorts."""

    UPDATED = "updated"  # last edited first
    CREATED = "created"  # newest first
    ARTICLE = "article"  # by archive, article date (newest first), article, position


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
class Selection:
    """A filter as SQL: conditions on each row, and sets of rowids (tags, search) to be in."""

    conditions: tuple[_Part, ...]
    sets: tuple[_Part, ...]

    def where(self) -> str:
        """The WHERE condition over `annotations`."""
        parts = [sql for sql, _ in self.conditions] + [f"rowid IN ({sql})" for sql, _ in self.sets]
        return " AND ".join(parts) or "1"

    def parameters(self) -> list[Any]:
        """The values bound by `where()`, in order."""
        return [value for _, values in (*self.conditions, *self.sets) for value in values]

    def count(self) -> tuple[str, list[Any]]:
        """SQL (and values) counting the matches; sets alone are intersected without the rows."""
        if self.sets and not self.conditions:
            sql = " INTERSECT ".join(sql for sql, _ in self.sets)
            return f"SELECT count(*) FROM ({sql})", self.parameters()
        return f"SELECT count(*) FROM annotations WHERE {self.where()}", self.parameters()


def select_sql(wanted: AnnotationFilter) -> Selection:
    """The SQL selecting what `wanted` asks for; QueryError for a bad date or search."""
    conditions: list[_Part] = []
    for column, values in (("kind", [k.value for k in wanted.kinds]), ("color", wanted.colors)):
        if values:
            conditions.append((f"{column} IN ({', '.join('?' * len(values))})", tuple(values)))
    for column, value in (
        ("creator", wanted.creator),
        ("archive", wanted.archive),
        ("article_id", wanted.article_id),
        ("article_source", wanted.source),
        ("status", wanted.status.value if wanted.status else None),
    ):
        if value is not None:
            conditions.append((f"{column} = ?", (value,)))
    conditions += _date_conditions(wanted)
    sets: list[_Part] = [(_TAGGED, (tag,)) for tag in wanted.tags]
    match = search_expression(wanted.search, regional=wanted.regional)
    if match is not None:
        sets.append((_MATCHING, (match,)))
    return Selection(tuple(conditions), tuple(sets))


def _date_conditions(wanted: AnnotationFilter) -> list[_Part]:
    conditions: list[_Part] = []
    if wanted.created_from:
        conditions.append(("created >= ?", ("-".join(_date_parts(wanted.created_from)),)))
    if wanted.created_to:
        end_of_day = "-".join(_date_parts(wanted.created_to)) + "\uffff"
        conditions.append(("created <= ?", (end_of_day,)))
    if wanted.article_from or wanted.article_to:
        conditions.append(("article_date_sort < '}'", ()))  # undated never match a range
    if wanted.article_from:
        conditions.append(("article_date_sort >= ?", ("".join(_date_parts(wanted.article_from)),)))
    if wanted.article_to:
        bound = "".join(_date_parts(wanted.article_to)) + "\uffff"
        conditions.append(("article_date_sort <= ?", (bound,)))
    return conditions


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
