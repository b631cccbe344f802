"""The user's query language, parsed by hand into a tree; nothing the user types reaches MATCH raw.

Grammar (whitespace includes U+3000; quotes may be "…", “…”, 「…」 or 『…』; （） work as ()):
    query   := or_expr
    or_expr := and_expr ("OR" and_expr)*
    and_expr:= unary+                       (implicit AND; an explicit AND is allowed)
    unary   := ("NOT" | "-")? atom          ("-" only at the start of a space-separated term)
    atom    := "(" or_expr ")" | [field ":"] (phrase | word)
    field   := title | source | author | date   (any other prefix before ":" is plain text)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.errors import QueryError

FIELDS = {"title": "title", "source": "source", "author": "authors", "authors": "authors"}
_OPEN_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "”": "”"}
_SPACE = re.compile(r"[\s\u3000]+")
_DATE_PART = r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?"
_DATE = re.compile(rf"({_DATE_PART})(?:\.\.({_DATE_PART})?)?|\.\.({_DATE_PART})")
MAX_QUERY_LENGTH = 2000
#: Parentheses nest at most this deep (deeper ones exhausted Python's recursion limit).
MAX_NESTING = 20


@dataclass(frozen=True)
class Term:
    """Text that must occur as an exact substring after folding; `field` None: title or body."""

    text: str
    field: str | None = None
    prefix: bool = False


@dataclass(frozen=True)
class DateRange:
    """Articles dated within [start, end]: 12-digit sort keys (year-less and unknown dates, whose
    keys start with '}' or '~', never match)."""

    start: str
    end: str


@dataclass(frozen=True)
class And:
    """Every child must hold."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """At least one child must hold."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """The child must not hold."""

    child: Node


Node = Term | DateRange | And | Or | Not


@dataclass(frozen=True)
class _Token:
    kind: str  # "word" | "phrase" | "open" | "close" | "or" | "and" | "not"
    text: str = ""
    field: str | None = None
    negated: bool = False


def parse(query: str) -> Node | None:
    """Parse a query; None for an empty one; QueryError with a readable message if malformed."""
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(f"The query is too long (over {MAX_QUERY_LENGTH} characters).")
    cleaned = "".join(ch for ch in query if ch.isprintable() or ch in "\t\n\u3000")
    tokens = _tokenise(cleaned.replace("（", "(").replace("）", ")").replace("：", ":"))
    if not tokens:
        return None
    parser = _Parser(tokens)
    node = parser.parse_or()
    if parser.position < len(tokens):
        raise QueryError("A closing parenthesis has no opening one.")
    return node


def _tokenise(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(query):
        character = query[position]
        if _SPACE.match(character):
            position += 1
        elif character in "()":
            tokens.append(_Token("open" if character == "(" else "close"))
            position += 1
        else:
            position = _read_term(query, position, tokens)
    return tokens


def _read_term(query: str, position: int, tokens: list[_Token]) -> int:
    negated = False
    if (
        query[position] == "-"
        and position + 1 < len(query)
        and not _SPACE.match(query[position + 1])
    ):
        negated, position = True, position + 1
    field, position = _read_field(query, position)
    if position < len(query) and query[position] in _OPEN_QUOTES:
        closing = _OPEN_QUOTES[query[position]]
        end = query.find(closing, position + 1)
        end = len(query) if end < 0 else end
        tokens.append(_Token("phrase", query[position + 1 : end], field, negated))
        return end + 1
    end = position
    while end < len(query) and not _SPACE.match(query[end]) and query[end] not in "()":
        end += 1
    word = query[position:end]
    tokens.append(_word_token(word, field, negated))
    return end


def _read_field(query: str, position: int) -> tuple[str | None, int]:
    match = re.match(r"([A-Za-z]+):(?=\S)", query[position:])
    if match and (match.group(1).lower() in FIELDS or match.group(1).lower() == "date"):
        return match.group(1).lower(), position + match.end()
    return None, position


def _word_token(word: str, field: str | None, negated: bool) -> _Token:
    if field is None and not negated and word in ("OR", "|"):
        return _Token("or")
    if field is None and not negated and word in ("AND", "&"):
        return _Token("and")
    if field is None and not negated and word == "NOT":
        return _Token("not")
    return _Token("word", word, field, negated)


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0

    def _peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def parse_or(self) -> Node | None:
        children = [self.parse_and()]
        while (token := self._peek()) is not None and token.kind == "or":
            self.position += 1
            children.append(self.parse_and())
        present = tuple(child for child in children if child is not None)
        if len(present) < len(children) and len(children) > 1:
            raise QueryError("OR needs a search term on both sides.")
        return _combine(Or, present)

    def parse_and(self) -> Node | None:
        children: list[Node] = []
        while (token := self._peek()) is not None and token.kind not in ("or", "close"):
            self.position += 1
            if token.kind == "and":
                continue
            node = self._unary(token)
            if node is not None:
                children.append(node)
        return _combine(And, tuple(children))

    def _unary(self, token: _Token) -> Node | None:
        if token.kind == "not":
            following = self._peek()
            if following is None or following.kind in ("or", "close", "and", "not"):
                raise QueryError("NOT needs a search term after it.")
            self.position += 1
            inner = self._unary(following)
            return None if inner is None else Not(inner)
        if token.kind == "open":
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise QueryError(f"Parentheses nest too deeply (over {MAX_NESTING} levels).")
            inner = self.parse_or()
            self.depth -= 1
            closing = self._peek()
            if closing is None or closing.kind != "close":
                raise QueryError("An opening parenthesis is never closed.")
            self.position += 1
            return inner
        if token.kind == "close":
            raise QueryError("A closing parenthesis has no opening one.")
        node = _atom(token)
        return Not(node) if token.negated and node is not None else node


def _combine(kind: type[And] | type[Or], children: tuple[Node, ...]) -> Node | None:
    if not children:
        return None
    return children[0] if len(children) == 1 else kind(children)


def _atom(token: _Token) -> Node | None:
    if token.field == "date":
        return _date_range(token.text)
    text = token.text
    prefix = token.kind == "word" and text.endswith("*")
    text = text.rstrip("*") if token.kind == "word" else text
    if not text.strip():
        return None
    return Term(text, FIELDS.get(token.field or ""), prefix)


def _date_range(text: str) -> DateRange:
    match = _DATE.fullmatch(text)
    if not match:
        raise QueryError(
            f"date:{_shown(text)} is not a date; write date:2021, date:2021-01 or date:2021..2022."
        )
    first, second, only_end = match.groups()
    is_range = ".." in text
    start = _date_key(first, low=True) if first else "0" * 12
    last_part = second if is_range else first
    end = _date_key(last_part or only_end, low=False) if (last_part or only_end) else "9" * 12
    if start > end:
        raise QueryError(f"date:{_shown(text)} ends before it starts.")
    return DateRange(start, end)


def _shown(text: str) -> str:
    """User text as it may appear inside a one-line message."""
    single_line = " ".join(text.split())
    return single_line if len(single_line) <= 30 else single_line[:29] + "…"


def _date_key(text: str, *, low: bool) -> str:
    parts = [int(part) for part in text.split("-")]
    if (len(parts) > 1 and not 1 <= parts[1] <= 12) or (len(parts) > 2 and not 1 <= parts[2] <= 31):
        raise QueryError(f"{text} is not a valid date.")
    digits = f"{parts[0]:04d}" + "".join(f"{part:02d}" for part in parts[1:])
    return digits.ljust(12, "0") if low else digits.ljust(12, "9")
