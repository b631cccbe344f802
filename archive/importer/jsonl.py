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
from typing import Any, BinaryIO

from archive.datetext import parse_date_text
from archive.errors import ImportFileError
from archive.importer.limits import MAX_INPUT_BYTES, read_input, too_large
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
    for number, record, _size in iter_sized_records(path, location):
        yield number, record


def iter_sized_records(
    path: Path, location: str
) -> Iterator[tuple[int, dict[str, Any] | Failure, int]]:
    """(line number, record or Failure, bytes it took): a .jsonl file is read one line at a
    time (a line over MAX_INPUT_BYTES is skipped unread and reported), a .json file whole (at
    most MAX_INPUT_BYTES)."""
    try:
        if path.suffix.lower() == ".json":
            yield from _json_file_records(path, location)
        else:
            yield from _json_lines(path, location)
    except OSError as exc:
        yield 0, Failure(location, f"it cannot be read ({exc.strerror})."), 0


def _json_file_records(
    path: Path, location: str
) -> Iterator[tuple[int, dict[str, Any] | Failure, int]]:
    try:
        data = read_input(path)
    except ImportFileError as exc:
        hint = " Save bigger collections as .jsonl, one record a line."
        yield 0, Failure(location, str(exc) + hint), 0
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield 0, Failure(location, f"it cannot be read as UTF-8 text ({exc})."), len(data)
        return
    parsed = _loads(text, location, 1)
    items = parsed if isinstance(parsed, list) else [parsed]
    share = len(data) // max(1, len(items))
    for number, item in enumerate(items, start=1):
        yield number, _checked(item, f"{location}, record {number}"), share


def _json_lines(path: Path, location: str) -> Iterator[tuple[int, dict[str, Any] | Failure, int]]:
    with path.open("rb") as handle:
        for number, line in enumerate(_lines(handle), start=1):
            where = f"{location}, line {number}"
            if isinstance(line, int):
                yield number, Failure(where, too_large(line, "one line")), line
                continue
            try:
                text = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield number, Failure(where, f"it is not UTF-8 text ({exc.reason})."), len(line)
                continue
            if text.strip():
                yield number, _checked(_loads(text, location, number), where), len(line)


def _lines(handle: BinaryIO) -> Iterator[bytes | int]:
    """Each line's bytes; a line longer than MAX_INPUT_BYTES as its length (it is not kept)."""
    while line := handle.readline(MAX_INPUT_BYTES + 1):
        if len(line) <= MAX_INPUT_BYTES or line.endswith(b"\n"):
            yield line
            continue
        length = len(line)
        while chunk := handle.readline(1 << 20):
            length += len(chunk)
            if chunk.endswith(b"\n"):
                break
        yield length


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
