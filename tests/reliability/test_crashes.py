"""SIGKILL during imports and annotation saves loses no acknowledged write and leaves sound,
whole files; re-running finishes the work (the harnesses: import_kills.py, annotation_kills.py).

`make test` runs a few kills of each; `make stress` the full counts (50 each).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import annotation_kills, import_kills
from tests.reliability.stress import stress_count

IMPORT_KILLS = stress_count(fast=3, stress=50)
ANNOTATION_KILLS = stress_count(fast=5, stress=50)


def test_killed_imports_lose_nothing_acknowledged(tmp_path: Path) -> None:
    lines: list[str] = []
    tally = import_kills.kill_rounds(
        tmp_path, kills=IMPORT_KILLS, seed=20261202, records=600, pages=6, log=lines.append
    )
    print("\n".join(lines) + "\n" + tally.line("import"))
    assert tally.problems == []
    assert (tally.recovered, tally.lost) == (IMPORT_KILLS, 0)
    assert tally.acknowledged > 0, "no kill came after a commit"
    assert tally.rerun_complete


def test_killed_annotation_saves_lose_nothing_acknowledged(tmp_path: Path) -> None:
    lines: list[str] = []
    tally = annotation_kills.kill_rounds(
        tmp_path, kills=ANNOTATION_KILLS, seed=20261203, log=lines.append
    )
    print("\n".join(lines) + "\n" + tally.line("annotations"))
    assert tally.problems == []
    assert (tally.recovered, tally.lost) == (ANNOTATION_KILLS, 0)
    assert tally.mid_way > 0, "no kill landed in the middle of the plan"
    assert tally.rerun_complete


@pytest.mark.parametrize("verb", ["highlight", "note", "bookmark", "edit", "delete"])
def test_the_plan_exercises_every_kind_of_save(verb: str) -> None:
    from tests.reliability.annotation_plan import make_plan

    assert any(action.verb == verb for action in make_plan(20261203, 120))
