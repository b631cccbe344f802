"""JSON-lines records (title, text, date, url, source) into articles, by a documented field map."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from archive.datetext import parse_date_text
from archive.errors import ImportFileError
from archive.importer.plaintext import text_to_markdown
from archive.models import NewArticle

#: For each article field, the record keys that may hold it, best first.
FIELD_MAP: dict[str, tuple[str, ...]] = {
    "title": ("title_clean", "title", "headline"),
    "text": ("text", "body", "content"),
    "date": ("date", "published", "published_at", "pubdate", "time"),
    "url": ("url", "link", "canonical_url"),
    "source": ("source", "outlet", "publisher", "site"),
    "authors": ("authors", "author", "byline"),
}


def read_jsonl(path: Path) -> Iterator[NewArticle]:
    """Every usable record of a .jsonl file (or a .json array), in file order."""
    for line_number, record in _records(path):
        if not isinstance(record, dict):
            raise ImportFileError(f"{path.name}, line {line_number}: a record is not an object.")
        article = record_to_article(record, identity=f"{path.name}:{line_number}")
        if article is not None:
            yield article


def _records(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFileError(f"{path.name} cannot be read as UTF-8 text ({exc}).") from exc
    if path.suffix.lower() == ".json":
        data = _loads(text, path, 1)
        yield from enumerate(data if isinstance(data, list) else [data], start=1)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, _loads(line, path, number)


def _loads(text: str, path: Path, line_number: int) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"{path.name}, line {line_number}: not valid JSON ({exc.msg})."
        ) from exc


def _first(record: dict[str, Any], field: str) -> Any:
    for key in FIELD_MAP[field]:
        value = record.get(key)
        if value:
            return value
    return None


def record_to_article(record: dict[str, Any], *, identity: str) -> NewArticle | None:
    """One record as an article; None when it has neither title nor text."""
    title = str(_first(record, "title") or "").strip()
    text = str(_first(record, "text") or "").strip()
    if not title and not text:
        return None
    authors = _first(record, "authors") or ()
    if isinstance(authors, str):
        authors = [name.strip() for name in authors.replace("、", ",").split(",") if name.strip()]
    url = _first(record, "url")
    return NewArticle(
        title=title or text[:30],
        body=text_to_markdown(text),
        raw=json.dumps(record, ensure_ascii=False, sort_keys=True),
        date=parse_date_text(str(_first(record, "date") or "")),
        source=str(_first(record, "source") or "").strip(),
        authors=tuple(str(name) for name in authors),
        url=str(url) if url else None,
        identity=str(record.get("id") or identity),
    )
