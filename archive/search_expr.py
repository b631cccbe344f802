"""FTS5 match expressions as small trees: rendered as FTS5 text, or walked phrase by phrase."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Phrase:
    """One FTS5 phrase with its column filter, e.g. `{title body} : "中国"` or `... : "的" *`."""

    text: str


@dataclass(frozen=True)
class AnyOf:
    """At least one of the parts (two or more)."""

    parts: tuple[Expr, ...]


@dataclass(frozen=True)
class AllOf:
    """Every one of the parts (two or more)."""

    parts: tuple[Expr, ...]


@dataclass(frozen=True)
class Without:
    """`match` but not `exclude`."""

    match: Expr
    exclude: Expr


Expr = Phrase | AnyOf | AllOf | Without


def render(expr: Expr) -> str:
    """The FTS5 MATCH text of the expression."""
    if isinstance(expr, Phrase):
        return expr.text
    if isinstance(expr, AnyOf):
        return " OR ".join(f"({render(part)})" for part in expr.parts)
    if isinstance(expr, AllOf):
        return " AND ".join(f"({render(part)})" for part in expr.parts)
    return f"({render(expr.match)}) NOT ({render(expr.exclude)})"


def any_of(parts: list[Expr | None]) -> Expr | None:
    """The parts joined by OR (None when there are none; a single part stands alone)."""
    present = tuple(part for part in parts if part is not None)
    if not present:
        return None
    return present[0] if len(present) == 1 else AnyOf(present)


def all_of(parts: list[Expr | None]) -> Expr | None:
    """The parts joined by AND (None when there are none; a single part stands alone)."""
    present = tuple(part for part in parts if part is not None)
    if not present:
        return None
    return present[0] if len(present) == 1 else AllOf(present)


def without(match: Expr | None, exclude: Expr | None) -> Expr | None:
    """`match` NOT `exclude` (just `match` when nothing is excluded)."""
    if match is None or exclude is None:
        return match
    return Without(match, exclude)


def phrases(expr: Expr) -> Iterator[Phrase]:
    """Every phrase of the expression, left to right."""
    if isinstance(expr, Phrase):
        yield expr
    elif isinstance(expr, AnyOf | AllOf):
        for part in expr.parts:
            yield from phrases(part)
    else:
        yield from phrases(expr.match)
        yield from phrases(expr.exclude)


def phrase_text(columns: str, tokens: tuple[str, ...], prefix: bool) -> str:
    """The FTS5 text of one phrase of index tokens in `columns` (`{title body}`, `{title}`)."""
    return f'{columns} : "' + " ".join(tokens) + '"' + (" *" if prefix else "")
