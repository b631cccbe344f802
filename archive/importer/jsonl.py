"""JSON-lines records (title, text, date, url, source) into articles, by a documented field map.

A `.jsonl` file holds one JSON object per line; a `.json` file one object or an array of them.
Each field of an article is taken from the first record key in FIELD_MAP that has a value.
A record with an `id` (and no URL) keeps its article id when its text changes, so re-importing
an edited record makes a revision. A bad line is reported and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from archive.datetext import parse_date_text
from archive.errors import ImportFileError
from archive.importer.normalise import Extracted, Failure, Found, normalise
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
    """Every usable record of a .jsonl (or .json) file, in order; raises at the first bad one."""
    for item in read_records(path, path.name):
        if isinstance(item, Failure):
            raise ImportFileError(f"{item.location}: {item.reason}")
        found = normalise(item)
        if isinstance(found, Found):
            yield found.article


def read_records(path: Path, location: str) -> Iterator[Extracted | Failure]:
    """Each record as an Extracted, each bad line as a Failure."""
    for line_number, record in iter_records(path, location):
        if isinstance(record, Failure):
            yield record
        else:
            yield to_extracted(record, path, line_number, location)


def iter_records(path: Path, location: str) -> Iterator[tuple[int, dict[str, Any] | Failure]]:
    """(line number, record or Failure) for every non-blank line (or array item)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        yield 0, Failure(location, f"it cannot be read as UTF-8 text ({exc}).")
        return
    if path.suffix.lower() == ".json":
        data = _loads(text, location, 1)
        items = data if isinstance(data, list) else [data]
        for number, item in enumerate(items, start=1):
            yield number, _checked(item, f"{location}, record {number}")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, _checked(_loads(line, location, number), f"{location}, line {number}")


def _loads(text: str, location: str, line_number: int) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return Failure(f"{location}, line {line_number}", f"not valid JSON ({exc.msg}).")


def _checked(item: Any, location: str) -> dict[str, Any] | Failure:
    if isinstance(item, Failure | dict):
        return item
    return Failure(location, "the record is not a JSON object.")


def first_value(record: dict[str, Any], field: str) -> Any:
    """The value of the first key FIELD_MAP lists for `field` that is set in `record`."""
    for key in FIELD_MAP[field]:
        value = record.get(key)
        if value:
            return value
    return None


def split_authors(value: Any) -> tuple[str, ...]:
    """A list of names, or one string of names separated by commas or 、."""
    if not value:
        return ()
    if isinstance(value, str):
        value = value.replace("、", ",").replace("，", ",").split(",")
    return tuple(str(name).strip() for name in value if str(name).strip())


def to_extracted(
    record: dict[str, Any], path: Path, line_number: int, file_location: str = ""
) -> Extracted:
    """One record; identity is its `id` (stable) or else the file and line (with its content)."""
    url = first_value(record, "url")
    record_id = record.get("id")
    location = f"{file_location or path.name}, line {line_number}"
    return Extracted(
        title=str(first_value(record, "title") or ""),
        text=str(first_value(record, "text") or ""),
        raw=json.dumps(record, ensure_ascii=False, sort_keys=True),
        location=location,
        date=parse_date_text(str(first_value(record, "date") or "")),
        source=str(first_value(record, "source") or ""),
        authors=split_authors(first_value(record, "authors")),
        url=str(url) if url else None,
        identity=f"{path.name}:{record_id}" if record_id else f"{path.name}:{line_number}",
        stable_identity=bool(record_id),
    )


def record_to_article(record: dict[str, Any], *, identity: str) -> NewArticle | None:
    """One record as a clean article; None when it has no text."""
    extracted = to_extracted(record, Path(identity), 0)
    found = normalise(
        Extracted(**{**extracted.__dict__, "identity": str(record.get("id") or identity)})
    )
    return found.article if isinstance(found, Found) else None
