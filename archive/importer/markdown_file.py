"""Markdown files (.md) with optional YAML front matter (python-frontmatter).

Front-matter keys follow the JSON-lines FIELD_MAP (title, date, url, source, authors, id); without
a `title`, a leading `# heading` is the title (and leaves the body), else the file name. The body
stays Markdown: the reader renders it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from archive.datetext import parse_date_text
from archive.importer.jsonl import first_value, split_authors
from archive.importer.normalise import Extracted, Failure
from archive.importer.reading import read_decoded

_LEADING_HEADING = re.compile(r"\A\s*#\s+(?P<title>[^\n]+?)\s*#*\s*(?:\n|\Z)")


def read_markdown_file(path: Path, location: str) -> Iterator[Extracted | Failure]:
    """One Markdown file as one article (identity: its `id`, else the file's absolute path)."""
    decoded = read_decoded(path, location)
    if isinstance(decoded, Failure):
        yield decoded
        return
    try:
        post = frontmatter.loads(decoded.text)
    except yaml.YAMLError as exc:
        reason = str(exc).splitlines()[0]
        yield Failure(location, f"its front matter is not valid YAML ({reason}).")
        return
    yield _from_post(post.metadata, post.content, path, location, decoded.text, decoded.encoding)


def _from_post(
    metadata: dict[str, Any], content: str, path: Path, location: str, raw: str, encoding: str
) -> Extracted:
    title = str(first_value(metadata, "title") or "").strip()
    heading = _LEADING_HEADING.match(content)
    if heading and not title:
        title, content = heading["title"], content[heading.end() :]
    elif heading and heading["title"].strip() == title:
        content = content[heading.end() :]
    url = first_value(metadata, "url")
    record_id = metadata.get("id")
    return Extracted(
        title=title or path.stem,
        text=content,
        raw=raw,
        location=location,
        date=parse_date_text(str(first_value(metadata, "date") or "")),
        source=str(first_value(metadata, "source") or ""),
        authors=split_authors(first_value(metadata, "authors")),
        url=str(url) if url else None,
        identity=f"md:{record_id}" if record_id else f"file:{path.resolve()}",
        stable_identity=True,
        markdown=True,
        raw_encoding="" if encoding == "utf-8" else encoding,
    )
