"""The expensive, pure part of storing an article: plain text, script, hash and index tokens.

Kept apart from the store so that bulk imports can run it in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive.convert import detect_script
from archive.fts import shadow_text
from archive.ids import article_id, content_hash
from archive.models import NewArticle, Script
from archive.render import plain_text


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
    text = plain_text(article.body)
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
