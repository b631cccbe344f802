"""A disk that fills up: an apsw VFS whose files may grow by a byte budget shared among them.

Writes within a file's current size always succeed (SQLite rewriting pages in place); a write
that would grow a file past the budget fails with SQLITE_FULL, as a full disk does. Run the
command line on such a disk with `python -m tests.reliability.full_disk BUDGET -- ARGS...`.
"""

from __future__ import annotations

import sys

import apsw


class FullDisk(apsw.VFS):
    """The default VFS, except that files may grow by only `budget` bytes in all."""

    def __init__(self, budget: int, name: str = "full-disk") -> None:
        self.budget = budget
        self.base = apsw.vfs_names()[0]  # the system's VFS, before this one becomes the default
        super().__init__(name, self.base, makedefault=True)

    def xOpen(self, name: str | apsw.URIFilename | None, flags: list[int]) -> apsw.VFSFile:
        return _FillingFile(self, name, flags)


class _FillingFile(apsw.VFSFile):
    def __init__(self, disk: FullDisk, name: str | apsw.URIFilename | None, flags: list[int]):
        self.disk = disk
        super().__init__(disk.base, name, flags)

    def xWrite(self, data: bytes, offset: int) -> None:
        growth = offset + len(data) - self.xFileSize()
        if growth > 0:
            if growth > self.disk.budget:
                raise apsw.FullError("database or disk is full")
            self.disk.budget -= growth
        super().xWrite(data, offset)

    def xTruncate(self, newsize: int) -> None:
        shrink = self.xFileSize() - newsize
        if shrink > 0:
            self.disk.budget += shrink
        super().xTruncate(newsize)


def main(argv: list[str]) -> int:
    """Run `wenyuan-archive ARGS` with the archive files on a disk of `BUDGET` free bytes."""
    budget, separator, *arguments = argv
    assert separator == "--", "usage: full_disk BUDGET -- ARGS..."
    disk = FullDisk(int(budget))
    from archive.cli import main as cli_main

    try:
        return cli_main(arguments)
    finally:
        disk.unregister()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
