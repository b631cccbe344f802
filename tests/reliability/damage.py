"""Ways a file goes bad, made on purpose: truncated, not SQLite, a garbage page, a newer
schema, read-only, locked by another program. Shared by the command-line and window tests.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import apsw

from archive import schema, user_schema


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def truncated(source: Path, target: Path) -> None:
    """The first half of the file."""
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def not_sqlite(source: Path, target: Path) -> None:
    """A text file where the archive should be."""
    target.write_bytes("这不是数据库。This is not a database.\n".encode() * 300)


def page_corrupted(source: Path, target: Path, table: str = "articles") -> None:
    """The root page of `table` overwritten with garbage (the header stays valid)."""
    shutil.copy(source, target)
    connection = apsw.Connection(str(target))
    try:
        page = int(
            connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).get
        )
    finally:
        connection.close()
    data = bytearray(target.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    start = (page - 1) * size
    data[start : start + size] = bytes((index * 37 + 11) % 256 for index in range(size))
    target.write_bytes(bytes(data))


def newer_schema(source: Path, target: Path) -> None:
    """The file as a future Wenyuan might write it: a higher schema version."""
    shutil.copy(source, target)
    connection = apsw.Connection(str(target))
    try:
        version = int(connection.execute("PRAGMA user_version").get)
        newest = max(schema.SCHEMA_VERSION, user_schema.SCHEMA_VERSION)
        connection.execute(f"PRAGMA user_version={max(version, newest) + 1}")
    finally:
        connection.close()


def read_only(source: Path, target: Path) -> None:
    """A copy nobody may write (by its permission bits)."""
    shutil.copy(source, target)
    target.chmod(0o444)


#: name -> how to make it; each takes (sound file, where to put the damaged copy).
DAMAGES: dict[str, Callable[[Path, Path], None]] = {
    "truncated": truncated,
    "not SQLite": not_sqlite,
    "page corrupted": page_corrupted,
    "newer schema": newer_schema,
}


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another connection holds an exclusive lock on the file (it is writing) meanwhile."""
    connection = apsw.Connection(str(path))
    try:
        connection.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        connection.execute("ROLLBACK")
        connection.close()
