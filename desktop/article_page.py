"""The HTML page the reader shows for one article: heading, metadata line, rendered body."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from archive.models import Article
from archive.render import render_html
from desktop.display_text import date_text, names_text

CURATED_MARK = "†"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticlePage", text)


def article_html(article: Article) -> str:
    """Title, subtitle, metadata line, then the sanitised body; every field escaped."""
    parts = [f"<h1>{escape(article.title)}{curated_mark(article, 'title')}</h1>"]
    if article.subtitle:
        subtitle = escape(article.subtitle) + curated_mark(article, "subtitle")
        parts.append(f'<p class="subtitle">{subtitle}</p>')
    metadata = metadata_html(article)
    if metadata:
        parts.append(f'<p class="meta">{metadata}</p>')
    parts.append("<hr />")
    parts.append(render_html(article.body))
    return "\n".join(parts)


def metadata_html(article: Article) -> str:
    """Date at its precision, source, authors, editor, original link; curated values marked."""
    items: list[str] = []
    date = date_text(article.date)
    if date:
        items.append(escape(date) + curated_mark(article, "date"))
    if article.source:
        items.append(escape(article.source) + curated_mark(article, "source"))
    if article.authors:
        authors = escape(names_text(article.authors)) + curated_mark(article, "authors")
        items.append(_tr("Authors: %1").replace("%1", authors))
    if article.editor:
        editor = escape(article.editor) + curated_mark(article, "editor")
        items.append(_tr("Editor: %1").replace("%1", editor))
    if article.is_curated("body"):
        items.append(_tr("Text corrected by hand") + curated_mark(article, "body"))
    if article.url and urlsplit(article.url).scheme in {"http", "https"}:
        link = f'<a href="{escape(article.url, quote=True)}">{escape(_tr("Original page"))}</a>'
        items.append(link + curated_mark(article, "url"))
    return " &nbsp;·&nbsp; ".join(items)


def curated_mark(article: Article, field: str) -> str:
    """A dagger with an explanatory tooltip when the field was set by hand, else ''."""
    if not article.is_curated(field):
        return ""
    tooltip = escape(_tr("Curated: set by hand, not extracted from the captured page."), quote=True)
    return f'<span title="{tooltip}">{CURATED_MARK}</span>'


def placeholder_html(message: str) -> str:
    """A quiet one-line page for when there is no article to show."""
    return f'<p class="placeholder">{escape(message)}</p>'
