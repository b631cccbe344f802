"""The HTML page the reader shows for one article: heading, metadata line, rendered body."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from archive.models import Article
from archive.shown import ShownArticle
from desktop.display_text import date_text, names_text

CURATED_MARK = "†"


def article_html(shown: ShownArticle) -> str:
    """Title, subtitle, metadata line, a ruler, then the sanitised body; every field escaped.

    The ruler ends the heading: `desktop.page_map` looks for the body after it.
    """
    article = shown.article
    parts = [f"<h1>{escape(shown.title.text)}{curated_mark(article, 'title')}</h1>"]
    if shown.subtitle.text:
        subtitle = escape(shown.subtitle.text) + curated_mark(article, "subtitle")
        parts.append(f'<p class="subtitle">{subtitle}</p>')
    metadata = metadata_html(shown)
    if metadata:
        parts.append(f'<p class="meta">{metadata}</p>')
    parts.append("<hr />")
    parts.append(shown.body.html)
    return "\n".join(parts)


def metadata_html(shown: ShownArticle) -> str:
    """Date at its precision, source, authors, editor, original link; curated values marked."""
    article = shown.article
    items: list[str] = []
    date = date_text(article.date)
    if date:
        items.append(escape(date) + curated_mark(article, "date"))
    if shown.source:
        items.append(escape(shown.source) + curated_mark(article, "source"))
    if shown.authors:
        authors = escape(names_text(shown.authors)) + curated_mark(article, "authors")
        items.append(
            QCoreApplication.translate("ArticlePage", "Authors: %1").replace("%1", authors)
        )
    if shown.editor:
        editor = escape(shown.editor) + curated_mark(article, "editor")
        items.append(QCoreApplication.translate("ArticlePage", "Editor: %1").replace("%1", editor))
    if article.is_curated("body"):
        items.append(
            QCoreApplication.translate("ArticlePage", "Text corrected by hand")
            + curated_mark(article, "body")
        )
    if article.url and urlsplit(article.url).scheme in {"http", "https"}:
        label = escape(QCoreApplication.translate("ArticlePage", "Original page"))
        link = f'<a href="{escape(article.url, quote=True)}">{label}</a>'
        items.append(link + curated_mark(article, "url"))
    return " &nbsp;·&nbsp; ".join(items)


def curated_mark(article: Article, field: str) -> str:
    """A dagger with an explanatory tooltip when the field was set by hand, else ''."""
    if not article.is_curated(field):
        return ""
    tooltip = escape(
        QCoreApplication.translate(
            "ArticlePage", "Curated: set by hand, not extracted from the captured page."
        ),
        quote=True,
    )
    return f'<span title="{tooltip}">{CURATED_MARK}</span>'


def placeholder_html(message: str) -> str:
    """A quiet one-line page for when there is no article to show."""
    return f'<p class="placeholder">{escape(message)}</p>'
