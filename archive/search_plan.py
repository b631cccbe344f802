"""From a parsed query to FTS5 MATCH expressions and SQL filters (pure; table-tested)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import opencc

from archive.errors import QueryError
from archive.fts import BARRIER, index_tokens, phrase_tokens
from archive.query import And, DateRange, Node, Not, Or, Term, parse
from archive.search_expr import Expr, Phrase, all_of, any_of, phrase_text, render, without
from archive.textfold import fold

#: The columns an unfielded term is looked for in.
SEARCHED_COLUMNS = "{title body}"
_TITLE_COLUMN = "{title}"
_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class SourceTerm:
    """A top-level `source:` term: the source must contain one of `forms` (regional variants)."""

    forms: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class SearchPlan:
    """What to run: `match` must hold (None: every article), `exclude` must not; dates filter.

    `title_match` is `match` with the unfielded terms looked for in titles only (the ranking
    puts such articles first when a query matches too many articles to rank them all).
    `source_terms` are the query's top-level `source:` terms, kept out of `match`: a source
    holds few distinct values, so testing those beats matching a phrase in every article.
    `whole_title` holds the index tokens of the whole query when it is plain words (no
    operators, fields or prefixes): an article whose title is exactly those words ranks first.
    """

    match_expr: Expr | None
    exclude_expr: Expr | None = None
    date_ranges: tuple[DateRange, ...] = ()
    highlight_terms: tuple[tuple[str, bool], ...] = field(default_factory=tuple)
    title_match: str | None = None
    source_terms: tuple[SourceTerm, ...] = ()
    whole_title: tuple[str, ...] = ()

    @property
    def match(self) -> str | None:
        """The FTS5 text of what must match (None: every article)."""
        return None if self.match_expr is None else render(self.match_expr)

    @property
    def exclude(self) -> str | None:
        """The FTS5 text of what must not match (None: nothing is excluded)."""
        return None if self.exclude_expr is None else render(self.exclude_expr)

    @property
    def expression_tree(self) -> Expr | None:
        """`match` without `exclude`, as a tree (None: no match)."""
        return without(self.match_expr, self.exclude_expr)

    @property
    def expression(self) -> str | None:
        """The FTS5 expression of the matching rows: `match` without `exclude` (None: no match)."""
        tree = self.expression_tree
        return None if tree is None else render(tree)

    @property
    def title_start(self) -> str | None:
        """FTS5 expression for titles that begin with the whole query (None if not plain words)."""
        if not self.whole_title:
            return None
        return f'{_TITLE_COLUMN} : ^ "' + " ".join(self.whole_title) + '"'

    @property
    def rank_cost(self) -> int:
        """How many index tokens `match` names: ranking costs FTS5 about this much per row."""
        return sum(len(phrase.split()) for phrase in _QUOTED.findall(self.match or "")) or 1

    @property
    def is_empty(self) -> bool:
        """True when nothing restricts the results (an empty query lists everything)."""
        return (
            self.match is None
            and self.exclude is None
            and not self.date_ranges
            and not self.source_terms
        )


_NOTHING_TO_SEARCH = "The query has no letters, digits or characters to search for."


def plan_query(query: str, *, regional: bool = False) -> SearchPlan:
    """Parse and compile a user query; QueryError for anything that cannot be searched.

    With `regional`, each term also matches its mainland/Taiwan vocabulary counterparts
    (OpenCC's s2twp and tw2sp phrase tables: 软件 ↔ 軟體, 信息 ↔ 資訊).
    """
    node = parse(query)
    if node is None:
        if query.strip():  # only quotes, operators or punctuation: say so, rather than list all
            raise QueryError(_NOTHING_TO_SEARCH)
        return SearchPlan(match_expr=None)
    children = node.children if isinstance(node, And) else (node,)
    dates = tuple(child for child in children if isinstance(child, DateRange))
    negatives = [child.child for child in children if isinstance(child, Not)]
    positives = [child for child in children if not isinstance(child, DateRange | Not)]
    asked = bool(positives)
    sources = [child for child in positives if isinstance(child, Term) and child.field == "source"]
    positives = [child for child in positives if child not in sources]
    source_terms = tuple(
        term for term in (_source_term(term, regional) for term in sources) if term.forms
    )
    match = all_of([_compile(child, regional) for child in positives])
    exclude = any_of([_compile(child, regional) for child in negatives])
    title_tree = all_of([_compile(child, regional, _TITLE_COLUMN) for child in positives])
    title_match = None if title_tree is None else render(title_tree)
    if asked and match is None and exclude is None and not dates and not source_terms:
        raise QueryError(_NOTHING_TO_SEARCH)
    terms = tuple(dict.fromkeys(term for child in positives for term in _highlight_terms(child)))
    if regional:
        terms = tuple(
            dict.fromkeys(
                (form, prefix) for text, prefix in terms for form in regional_variants(text)
            )
        )
    whole = _whole_title(node)
    return SearchPlan(match, exclude, dates, terms, title_match, source_terms, whole)


def _whole_title(node: Node) -> tuple[str, ...]:
    """The index tokens of a query of plain words, in the order typed; () for any other query."""
    words = node.children if isinstance(node, And) else (node,)
    if not all(isinstance(word, Term) and word.field is None and not word.prefix for word in words):
        return ()
    return title_tokens(" ".join(word.text for word in words if isinstance(word, Term)))


def title_tokens(text: str) -> tuple[str, ...]:
    """A title's index tokens without leading or trailing breaks: equal for equal titles."""
    tokens = index_tokens(fold(text))
    start, end = 0, len(tokens)
    while start < end and tokens[start] == BARRIER:
        start += 1
    while end > start and tokens[end - 1] == BARRIER:
        end -= 1
    return tuple(tokens[start:end])


def _source_term(term: Term, regional: bool) -> SourceTerm:
    forms = regional_variants(term.text) if regional else [term.text]
    searchable = [form for form in forms if phrase_tokens(fold(form)) is not None]
    return SourceTerm(tuple(searchable), term.prefix)


def _compile(node: Node, regional: bool, columns: str = SEARCHED_COLUMNS) -> Expr | None:
    if isinstance(node, Term):
        variants = regional_variants(node.text) if regional else [node.text]
        return any_of([_phrase(node, variant, columns) for variant in variants])
    if isinstance(node, DateRange):
        raise QueryError("date: filters apply to the whole query; use them outside OR and NOT.")
    if isinstance(node, Or):
        return any_of([_compile(child, regional, columns) for child in node.children])
    if isinstance(node, Not):
        raise QueryError("NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.")
    return _compile_and(node, regional, columns)


def _compile_and(node: And, regional: bool, columns: str) -> Expr | None:
    negatives = [child.child for child in node.children if isinstance(child, Not)]
    positives = [child for child in node.children if not isinstance(child, Not)]
    match = all_of([_compile(child, regional, columns) for child in positives])
    exclude = any_of([_compile(child, regional) for child in negatives])
    if match is None and exclude is not None:
        raise QueryError("NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒.")
    return without(match, exclude)


def regional_variants(text: str) -> list[str]:
    """The text plus its Taiwan-vocabulary and mainland-vocabulary forms, distinct after folding."""
    forms = [text, _converter("s2twp").convert(text), _converter("tw2sp").convert(text)]
    unique: dict[str, str] = {}
    for form in forms:
        unique.setdefault(fold(form), form)
    return list(unique.values())


@functools.cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _phrase(term: Term, text: str, columns: str) -> Phrase | None:
    tokens = phrase_tokens(fold(text), word_prefix=term.prefix)
    if tokens is None:
        return None
    if term.field:
        columns = "{" + term.field + "}"
    return Phrase(phrase_text(columns, tokens.tokens, tokens.prefix))


def _highlight_terms(node: Node) -> list[tuple[str, bool]]:
    if isinstance(node, Term):
        return [(node.text, node.prefix)] if node.field in (None, "title") else []
    if isinstance(node, And | Or):
        return [term for child in node.children for term in _highlight_terms(child)]
    return []
