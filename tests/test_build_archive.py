"""The bundled archive is built reproducibly: two builds of the same seeds are the same bytes,
and `--if-needed` leaves an up-to-date archive alone."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from archive.store import ArchiveStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "resources" / "seeds"


def build(out: Path, *extra: str) -> str:
    finished = subprocess.run(
        [sys.executable, str(ROOT / "build" / "build_archive.py"), "--out", str(out), *extra],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return finished.stdout


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_builds_are_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    build(first)
    build(second)
    assert digest(first) == digest(second)
    with ArchiveStore.open_read_only(first) as store:
        assert store.count() == len(list(SEEDS.glob("*.txt"))) > 0


def test_an_up_to_date_archive_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "bundled.sqlite"
    assert "built" in build(out)
    before = (digest(out), out.stat().st_mtime_ns)
    assert build(out, "--if-needed") == ""
    assert (digest(out), out.stat().st_mtime_ns) == before
