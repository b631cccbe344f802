"""Web archives (.warc, .warc.gz) through warcio: each HTML response becomes one article.

The article keeps the record's target URI as its URL and, when the page shows no publication
date, the capture date. Each record is read on its own and its length checked: warcio returns a
short payload from a truncated file (and can raise on a truncated header), so a cut-off record is
reported and the pages before it are kept.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from archive.dates import UNKNOWN_DATE
from archive.datetext import parse_date_text
from archive.importer.html import extract_page
from archive.importer.limits import MAX_INPUT_BYTES, too_large
from archive.importer.normalise import Extracted, Failure

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_ERRORS = (ArchiveLoadFailed, AttributeError, EOFError, OSError, ValueError, zlib.error)


@dataclass(frozen=True)
class WarcPage:
    """One HTML response read whole from a web archive."""

    location: str
    url: str
    captured: str
    payload: bytes


def iter_warc_pages(path: Path, location: str) -> Iterator[WarcPage | Failure]:
    """Every complete HTML response in file order; a damaged record ends the file with a Failure."""
    number = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                number += 1
                page = _page(record, f"{location}, record {number}")
                if page is not None:
                    yield page
    except _READ_ERRORS as exc:
        yield Failure(
            f"{location}, record {number + 1}",
            f"the web archive is damaged or cut off here ({type(exc).__name__}); "
            "the records before it were read.",
        )


def _page(record: object, location: str) -> WarcPage | Failure | None:
    if getattr(record, "rec_type", "") != "response":
        return None
    http_headers = getattr(record, "http_headers", None)
    content_type = http_headers.get_header("Content-Type", "") if http_headers else ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    # Read at most the limit (decompressed: a gzip bomb stops here); warcio skips the rest.
    payload = record.content_stream().read(MAX_INPUT_BYTES + 1)  # type: ignore[attr-defined]
    if len(payload) > MAX_INPUT_BYTES:
        return Failure(location, too_large(len(payload), "one archived page"))
    missing = getattr(record.raw_stream, "limit", 0)  # type: ignore[attr-defined]
    if missing:
        return Failure(location, f"the record is cut off ({missing} bytes missing).")
    headers = record.rec_headers  # type: ignore[attr-defined]
    return WarcPage(
        location=location,
        url=headers.get_header("WARC-Target-URI") or "",
        captured=headers.get_header("WARC-Date") or "",
        payload=payload,
    )


def page_to_extracted(page: WarcPage) -> Extracted | Failure:
    """Extract one archived page; its URL is the target URI, its date falls back to the capture."""
    extracted = extract_page(
        page.payload, location=page.location, identity=page.url, url=page.url or None
    )
    if isinstance(extracted, Extracted) and extracted.date == UNKNOWN_DATE:
        extracted = dataclasses.replace(extracted, date=parse_date_text(page.captured))
    return extracted
