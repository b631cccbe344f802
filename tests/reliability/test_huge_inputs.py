"""Huge and malformed input: each bad file gets one sentence naming it, the good files beside it
are imported, and the import process's memory stays under MEMORY_BOUND_MB (measured in a real
subprocess with getrusage). `make test` runs the cheap cases at full size and scaled-down
versions of the slow ones; `make stress` every case at full size, and the largest inputs the
importer accepts (an article just under the length limit, a 15 MB page).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import huge_inputs as make
from tests.reliability.corpus import write_mixed_inputs
from tests.reliability.stress import STRESS

ROOT = Path(__file__).resolve().parents[2]
#: The bound docs/reliability.md states: peak resident memory of one import process.
MEMORY_BOUND_MB = 400
#: Lines of the big .jsonl file (every 1000th a real record).
RECORD_LINES = 1_000_000 if STRESS else 50_000


def import_with_memory(archive: Path, inputs: list[Path]) -> tuple[dict, float]:
    """Import in a subprocess (one process does all the work); (its report, peak RSS in MB)."""
    finished = subprocess.run(
        [sys.executable, "-m", "tests.reliability.import_driver", str(archive),
         *map(str, inputs), "--workers", "1", "--rss"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=1800,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr[-3000:]
    lines = finished.stdout.splitlines()
    report = json.loads(next(line for line in lines if line.startswith("done "))[5:])
    memory = json.loads(lines[-1])
    return report, max(memory["peak_rss_mb"], memory["children_peak_rss_mb"])


def bad_inputs(folder: Path) -> dict[Path, str]:
    """Each bad file and what its failure must say."""
    folder.mkdir()
    made = {
        make.big_article(folder, 50): "too large to import",
        make.million_lines(folder): "too long for one article",
        make.nested_page(folder): "no article text",
        make.random_bytes(folder, nul=True): "cannot be decoded",
        make.random_bytes(folder, nul=False): "",  # undecodable, or no article text
        make.gzip_bomb_warc(folder, 1000 if STRESS else 200): "too large to import",
    }
    if STRESS:
        made[make.long_page(folder)] = "too long for one article"
    # last: the report names the first failures only, and this file has one a line
    made[make.million_records(folder, RECORD_LINES)] = "holds no article text"
    return made


def test_huge_and_malformed_files_are_refused_one_by_one_in_bounded_memory(tmp_path: Path) -> None:
    good = write_mixed_inputs(tmp_path / "good", records=20, pages=2, seed=11)
    bad = bad_inputs(tmp_path / "bad")
    report, peak = import_with_memory(tmp_path / "archive.sqlite", [*good, *bad])
    print(f"peak RSS {peak:.0f} MB; {report['added']} added, {report['failed']} failed")
    assert peak < MEMORY_BOUND_MB
    assert report["added"] == 20 + 4 * 2 + RECORD_LINES // 1000 + 1  # the good page beside the bomb
    failures = report["failures"]
    for path, words in bad.items():
        mine = [line for line in failures if line.startswith(str(path))]
        assert mine, f"no failure reported for {path.name}"
        assert all(words in line for line in mine if words), mine
    assert all("\n" not in line and "Traceback" not in line for line in failures)


@pytest.mark.slow  # a minute: `make stress` runs it
def test_the_largest_accepted_article_imports_in_bounded_memory(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    report, peak = import_with_memory(tmp_path / "archive.sqlite", [make.longest_article(folder)])
    print(f"peak RSS {peak:.0f} MB for an article of ~1,000,000 characters")
    assert report["added"] == 1 and peak < MEMORY_BOUND_MB
