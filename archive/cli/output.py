"""How the command line prints articles and results, as text and as JSON."""

from __future__ import annotations

import json
from typing import Any

from archive.convert import convert_with_map
from archive.models import Article, ArticleSummary
from archive.search import SearchResult


def article_json(summary: ArticleSummary | Article) -> dict[str, Any]:
    """The fields every article object has in JSON output."""
    return {
        "id": summary.id,
        "archive": summary.archive,
        "title": summary.title,
        "date": summary.date.iso(),
        "date_precision": summary.date.precision.value,
        "source": summary.source,
        "authors": list(summary.authors),
        "url": summary.url,
        "script": summary.script.value,
    }


def print_summary_line(
    summary: ArticleSummary, *, hits: int | None = None, labelled: bool = False
) -> None:
    """One line: id, date, source, title (and the hit count when searching; the archive's
    name in brackets when `labelled`, i.e. when several archives are read)."""
    date = summary.date.iso() or "—"
    counted = f"  ({hits} hits)" if hits is not None else ""
    archive = f"  [{summary.archive}]" if labelled else ""
    print(f"{summary.id}  {date:<16}  {summary.source or '—'}  {summary.title}{counted}{archive}")


def print_article(
    article: Article,
    script: str,
    *,
    as_json: bool,
    annotations: list[dict[str, Any]] | None = None,
) -> None:
    """The whole article in the asked script form; the stored original is never changed.

    `annotations` (JSON only): highlights as {"id", "start", "end", "text"}, code points of `text`.
    """
    title = convert_with_map(article.title, script).text
    body = convert_with_map(article.body, script).text
    text = convert_with_map(article.text, script).text
    if as_json:
        payload = article_json(article) | {
            "title": title,
            "subtitle": convert_with_map(article.subtitle, script).text,
            "editor": article.editor,
            "content_hash": article.content_hash,
            "shown_script": script,
            "field_origins": {name: origin.value for name, origin in article.field_origins.items()},
            "body": body,
            "text": text,
        }
        if annotations is not None:
            payload["annotations"] = annotations
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    curated = sorted(name for name in article.field_origins if article.is_curated(name))
    print(title)
    if article.subtitle:
        print(convert_with_map(article.subtitle, script).text)
    print(f"{article.date.iso() or '—'} · {article.source or '—'} · {'、'.join(article.authors)}")
    if curated:
        print(f"(curated: {', '.join(curated)})")
    print()
    print(text)


def search_json(result: SearchResult) -> dict[str, Any]:
    """`{"total": N, "results": [...]}` plus facets."""
    return {
        "total": result.total,
        "ranked_by": result.ranked_by.value,
        "by_source": result.by_source,
        "by_year": result.by_year,
        "results": [
            {
                "id": hit.summary.id,
                "archive": hit.summary.archive,
                "title": hit.summary.title,
                "date": hit.summary.date.iso(),
                "source": hit.summary.source,
                "url": hit.summary.url,
                "hits": hit.hits,
                "snippet": hit.snippet.marked(),
                "score": round(-hit.score, 4) + 0.0,  # + 0.0: never print -0.0
            }
            for hit in result.hits
        ],
    }
