"""Article ids: deterministic, stable across rebuilds, unique across archives; never row numbers."""

from __future__ import annotations

import hashlib
from urllib.parse import SplitResult, urlsplit, urlunsplit


def split_url(url: str) -> SplitResult | None:
    """The URL's parts; None for text urllib cannot split (`https://[host`, a bad port)."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    return parts


def normalise_url(url: str) -> str:
    """The URL without its fragment, with scheme and host in lower case (a malformed URL is
    kept as it is: it still names the article)."""
    parts = split_url(url)
    if parts is None:
        return url.strip()
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
