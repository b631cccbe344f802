"""Read one input file as text: its bytes within the size limit, decoded, or why not."""

from __future__ import annotations

from pathlib import Path

from archive.errors import ImportFileError
from archive.importer.encoding import Decoded, decode_bytes
from archive.importer.limits import read_input
from archive.importer.normalise import Failure


def read_decoded(path: Path, location: str) -> Decoded | Failure:
    """The file's text and encoding, or a Failure saying in one sentence why it has none."""
    try:
        return decode_bytes(read_input(path), name=location)
    except OSError as exc:
        return Failure(location, f"it cannot be read ({exc.strerror}).")
    except ImportFileError as exc:
        return Failure(location, str(exc).removeprefix(location).strip())
