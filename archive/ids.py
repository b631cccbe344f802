"""Article ids: deterministic, stable across rebuilds, unique across archives; never row numbers."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit


def normalise_url(url: str) -> str:
    """The URL without its fragment, with scheme and host in lower case."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def content_hash(text: str) -> str:
    """SHA-256 of the plain text a reader sees: what annotations are anchored to."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(*, url: str | None, identity: str, raw: str) -> str:
    """From the URL when known, else from the source identity and the first captured content."""
    if url:
        key = "url\0" + normalise_url(url)
    else:
        key = "capture\0" + identity + "\0" + hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
