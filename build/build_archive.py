"""Build the bundled archive from resources/seeds/ reproducibly (same inputs, same content)."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import dense_terms, schema  # noqa: E402
from archive.db import check_file  # noqa: E402
from archive.errors import ArchiveError  # noqa: E402
from archive.seeds import load_seeds  # noqa: E402
from archive.store import ArchiveStore  # noqa: E402
from archive.textfold import fold_version  # noqa: E402

SEEDS = ROOT / "resources" / "seeds"
#: Fixed so that two builds of the same inputs hold the same content.
BUILD_TIMESTAMP = "2000-01-01T00:00:00+00:00"


def fingerprint() -> str:
    """Identifies everything the archive is built from: seeds, curated file, rules and code."""
    digest = hashlib.sha256()
    inputs = sorted(SEEDS.iterdir()) + sorted((ROOT / "archive").rglob("*.py"))
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(f"{schema.SCHEMA_VERSION}:{fold_version()}".encode())
    return digest.hexdigest()[:16]


def is_current(out: Path, wanted: str) -> bool:
    """True when `out` exists, opens, and was built from the same inputs."""
    if not out.exists():
        return False
    try:
        check_file(out)
        with ArchiveStore.open_read_only(out) as store:
            return store.meta("build_fingerprint") == wanted
    except ArchiveError:
        return False


def build(out: Path, wanted: str) -> int:
    """Write the archive to a temporary file, then move it into place."""
    partial = out.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with ArchiveStore.open_writable(partial, name="bundled", wal=False) as store:
        store.clock = lambda: BUILD_TIMESTAMP
        store.add_many(load_seeds(SEEDS))
        dense_terms.refresh(store)
        store.set_meta("build_fingerprint", wanted)
        store.connection.execute("VACUUM")
        count = store.count()
    os.replace(partial, out)
    return count


def main() -> int:
    """Build (or, with --if-needed, keep an up-to-date) bundled archive."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "resources/archive/bundled.sqlite")
    parser.add_argument("--if-needed", action="store_true", help="skip when already up to date")
    arguments = parser.parse_args()
    wanted = fingerprint()
    if arguments.if_needed and is_current(arguments.out, wanted):
        return 0
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    count = build(arguments.out, wanted)
    print(f"built {arguments.out} with {count} articles (inputs {wanted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
