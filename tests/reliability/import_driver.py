"""An import that says which articles are safely stored: the subject of the import kill harness.

`python -m tests.reliability.import_driver ARCHIVE INPUT... [--workers N]` runs the real
`import_files` pipeline (what `wenyuan-archive import` and the desktop drive) and, after each
progress report (each comes after a committed batch), prints `ack ID HASH` for every article of
this import that a separate connection can read back: an acknowledged write. It ends with
`done` and, with --rss, a JSON line of the peak memory of this process and its children.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

import apsw

from archive.importer.pipeline import import_files


def main(argv: list[str]) -> int:
    """Import, acknowledging stored articles as they are committed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rss", action="store_true", help="print peak memory at the end")
    arguments = parser.parse_args(argv)
    acknowledged: set[str] = set()
    last = None
    for last in import_files(arguments.archive, arguments.inputs, workers=arguments.workers):
        for identifier, digest in _stored(arguments.archive, last.report.import_id):
            if identifier not in acknowledged:
                acknowledged.add(identifier)
                print("ack", identifier, digest, flush=True)
    report = last.report if last is not None else None
    print("done", json.dumps(report.totals() if report else {}, ensure_ascii=False), flush=True)
    if arguments.rss:
        print(json.dumps(peak_memory()), flush=True)
    return 0


def _stored(archive: Path, import_id: int) -> list[tuple[str, str]]:
    """(id, content hash) of the articles this import brought, read on a connection of our own."""
    connection = apsw.Connection(str(archive), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        rows = connection.execute(
            "SELECT id, content_hash FROM articles WHERE import_id = ?", (import_id,)
        ).fetchall()
        return [(str(identifier), str(digest)) for identifier, digest in rows]
    finally:
        connection.close()


def peak_memory() -> dict[str, float]:
    """Peak resident memory in MB of this process (and of its largest finished child).

    Linux's VmHWM belongs to this program's own address space; getrusage's ru_maxrss would
    also count the parent's memory at the fork (it survives exec), i.e. the test runner's.
    """
    itself = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                itself = int(line.split()[1]) / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(itself, 1), "children_peak_rss_mb": round(children, 1)}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
