"""How much one input may hold: bigger files, pages, records and articles are refused with one
sentence each (and the import goes on), so that an import's memory stays bounded whatever it
is given (docs/reliability.md states the measured bound).

Readers never hold more than MAX_INPUT_BYTES of one input at a time (a WARC payload or a JSON
line is read at most that far, then skipped); the normaliser refuses an article whose text is
longer than MAX_ARTICLE_CHARS before cleaning it.
"""

from __future__ import annotations

from pathlib import Path

from archive.errors import ImportFileError

#: One file, web page, archived response or JSON line read whole: at most this many bytes.
MAX_INPUT_BYTES = 16_000_000
#: One article's text: at most this many characters (about 3 MB of Chinese in UTF-8; the
#: longest article in the shared corpora has a few tens of thousands).
MAX_ARTICLE_CHARS = 1_000_000


def megabytes(size: int) -> str:
    """A byte count as megabytes with one decimal (`15.9 MB`)."""
    return f"{size / 1_000_000:.1f} MB"


def too_large(size: int, what: str = "one file") -> str:
    """The sentence for an input over MAX_INPUT_BYTES: `size` bytes, or when reading stopped at
    the limit (size MAX_INPUT_BYTES + 1), more than the limit."""
    amount = (
        f"over {megabytes(MAX_INPUT_BYTES)}" if size == MAX_INPUT_BYTES + 1 else megabytes(size)
    )
    return f"it is too large to import ({amount}; {what} may hold at most " + (
        f"{megabytes(MAX_INPUT_BYTES)})."
    )


def read_input(path: Path) -> bytes:
    """The whole file; ImportFileError (a sentence about it) when it holds more than
    MAX_INPUT_BYTES, found without reading further. OSError when it cannot be read."""
    with path.open("rb") as handle:
        data = handle.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise ImportFileError(too_large(max(len(data), path.stat().st_size)))
    return data


def too_long_text(length: int) -> str:
    """The sentence for an article whose text has `length` > MAX_ARTICLE_CHARS characters."""
    return (
        f"its text is too long for one article ({length:,} characters; at most "
        f"{MAX_ARTICLE_CHARS:,}): split it into several files."
    )
