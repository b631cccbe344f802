"""`kill -9` during a real import leaves a sound archive with whole articles; a re-run finishes."""

from __future__ import annotations

import itertools
from pathlib import Path

from tests.archive.importer.kill_harness import (
    check_archive,
    content,
    kill_rounds,
    run_import,
    timed_import,
)
from tests.conftest import require_corpora

RECORDS = 1500
KILLS = 4


def test_killed_imports_leave_whole_articles_and_a_rerun_finishes(tmp_path: Path) -> None:
    corpora = require_corpora()
    data = tmp_path / "cctv_part.jsonl"
    with (corpora / "cctv_2022_2023.jsonl").open(encoding="utf-8") as source:
        data.write_text("".join(itertools.islice(source, RECORDS)), encoding="utf-8")
    reference, killed = tmp_path / "reference.sqlite", tmp_path / "killed.sqlite"
    whole = timed_import(reference, [data])
    rounds = kill_rounds(
        killed, [data], kills=KILLS, earliest=0.3 * whole, longest=0.95 * whole, seed=20261201
    )
    assert [result.problems for result in rounds] == [()] * KILLS
    counts = [result.articles for result in rounds]
    assert any(0 < count < RECORDS for count in counts), f"no kill landed mid-import: {counts}"
    assert run_import(killed, [data]) == 0
    assert check_archive(killed)[1] == ()
    assert content(killed) == content(reference)
