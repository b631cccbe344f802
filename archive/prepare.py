"""The expensive, pure part of storing an article: plain text, script, hash and index tokens.

Kept apart from the store so that bulk imports can run it in worker processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.convert import detect_script
from archive.fts import shadow_text
from archive.ids import article_id, content_hash
from archive.models import NewArticle, Script
from archive.render import MAX_BRACKETS_PER_BLOCK, MAX_MARKDOWN_CHARS, plain_text


@dataclass(frozen=True)
class PreparedArticle:
    """A NewArticle with everything the store derives from it, ready to insert."""

    article: NewArticle
    id: str
    text: str
    script: Script
    content_hash: str
    index_columns: tuple[str, str, str, str]  # shadow title, body, source, authors


def prepare(article: NewArticle) -> PreparedArticle:
    """Derive what the store needs; deterministic and free of I/O."""
    text = article_text(article.body)
    return PreparedArticle(
        article=article,
        id=article_id(url=article.url, identity=article.identity, raw=article.raw),
        text=text,
        script=detect_script(article.title + "\n" + text),
        content_hash=content_hash(text),
        index_columns=index_columns(article.title, text, article.source, article.authors),
    )


def index_columns(
    title: str, text: str, source: str, authors: tuple[str, ...]
) -> tuple[str, str, str, str]:
    """The shadow texts of the four index columns."""
    return (
        shadow_text(title),
        shadow_text(text),
        shadow_text(source),
        shadow_text("\n".join(authors)),
    )


#: What Python-Markdown turns `\\x` into `x` for (with the tables extension) ...
_ESCAPABLE = re.escape("!#()*+-.>[\\]_`{|}")
#: ... and what it leaves a backslash in front of.
_KEPT_AFTER_BACKSLASH = re.escape("\"$%',/:;=?@^~")
#: Characters with a meaning in Markdown or HTML, controls, line separators, the renderer's
#: placeholder: a paragraph with any of them (unescaped) goes through the full renderer.
_SPECIAL = re.escape("\\`*_{}[]()#+-.!|>~<&") + r"\x00-\x1f\x7f-\x9f\u2028\u2029\ufdd0-\ufdef"
_INNER_SPACE = r"[^\S\t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]"
_SIMPLE_PARAGRAPH = re.compile(
    rf"(?!\s)(?:[^{_SPECIAL}\s]|\\[{_ESCAPABLE}{_KEPT_AFTER_BACKSLASH}]|&(?:amp|lt);|{_INNER_SPACE})+"
    r"(?<!\s)"
)
_UNESCAPE = re.compile(rf"\\([{_ESCAPABLE}])|&amp;|&lt;")
_SPACES = re.compile(" {2,}")


def article_text(body: str) -> str:
    """`render.plain_text(body)`, without Markdown for bodies that are plain escaped paragraphs.

    Imported plain text arrives as such paragraphs (importer.plaintext.text_to_markdown), and
    rendering them through Markdown was the slowest step of an import; a test holds the two equal.
    """
    paragraphs = simple_paragraphs(body)
    if paragraphs is None:
        return plain_text(body)
    return "\n".join(_SPACES.sub(" ", _UNESCAPE.sub(_unescaped, part)) for part in paragraphs)


def simple_paragraphs(body: str) -> list[str] | None:
    """The paragraphs of a body in which Markdown can only unescape; None for any other body."""
    paragraphs = body.split("\n\n")
    if len(body) > MAX_MARKDOWN_CHARS or not all(
        _SIMPLE_PARAGRAPH.fullmatch(paragraph) and paragraph.count("[") <= MAX_BRACKETS_PER_BLOCK
        for paragraph in paragraphs
    ):
        return None
    return paragraphs


def _unescaped(match: re.Match[str]) -> str:
    escaped = match.group(1)
    if escaped:
        return escaped
    return "&" if match.group() == "&amp;" else "<"
