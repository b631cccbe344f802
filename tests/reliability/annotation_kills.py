"""Kill a real process saving annotations (SIGKILL) at random moments; check the store each time.

After every kill: `wenyuan-archive check`'s checks of the user store pass (SQLite integrity_check
and foreign keys, FTS5 integrity-check of the annotation index, schema, tags, filter counts and
index in step); the store holds exactly the state after some prefix of the plan
(tests/reliability/annotation_plan.py), so no annotation is half-written; and that prefix
includes every action the writer acknowledged. The next round re-runs the writer, which resumes
where the store stands; when the plan is complete the store starts afresh. At the end one more
run must complete the plan.

`python -m tests.reliability.annotation_kills --kills 50` prints one line per kill and the
tally; `make stress` runs it, `make test` a few kills (tests/reliability/test_crashes.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from archive.user_integrity import check_user_store
from tests.archive.annotation_support import make_archive
from tests.reliability.annotation_plan import make_plan, prefix_matching, read_state, states
from tests.reliability.annotation_writer import ARTICLE_TITLES
from tests.reliability.import_kills import ROOT, Tally, remove

#: Actions in one plan: enough that kills land in first saves, edits and deletions alike.
PLAN_LENGTH = 120


def run_writer(
    archive: Path, store: Path, seed: int, *, acks_before_kill: int | None, delay: float
) -> tuple[int, bool]:
    """Run the writer; kill it `delay` seconds after its `acks_before_kill`-th acknowledgement
    (-1: `delay` seconds after it starts, while it opens the store; None: let it finish).
    Returns (the last action it acknowledged, whether it was killed)."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.annotation_writer",
         str(archive), str(store), str(seed), str(PLAN_LENGTH)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as process:  # fmt: skip
        return _watch(process, acks_before_kill, delay)


def _watch(
    process: subprocess.Popen[str], acks_before_kill: int | None, delay: float
) -> tuple[int, bool]:
    assert process.stdout is not None
    last, seen, killed = 0, 0, False
    if acks_before_kill == -1:
        killed = _kill_after(process, delay)
        acks_before_kill = None
    for line in process.stdout:
        if line.startswith("ack "):
            last, seen = int(line.split()[1]), seen + 1
        elif line.startswith("mismatch"):
            raise AssertionError("the store holds no prefix of the plan")
        if acks_before_kill is not None and seen >= acks_before_kill:
            time.sleep(delay)
            os.kill(process.pid, signal.SIGKILL)
            killed = True
            break
    process.wait()
    for line in process.stdout:  # acknowledged between our last read and the kill
        if line.startswith("ack "):
            last = int(line.split()[1])
    return last, killed


def _kill_after(process: subprocess.Popen[str], seconds: float) -> bool:
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        return True


def check_after_kill(archive_keys: dict[str, str], store: Path, expected, acknowledged: int):
    """(problems, the prefix of the plan the store holds)."""
    problems = []
    if store.exists():
        report = check_user_store(store)
        problems += list(report.problems)
    held = prefix_matching(read_state(store, archive_keys), expected)
    if held is None:
        problems.append("the store holds no prefix of the plan: an action is half-written")
    elif held < acknowledged:
        problems.append(f"actions {held + 1}..{acknowledged} were acknowledged but are lost")
    return problems, held


def kill_rounds(work: Path, *, kills: int, seed: int, log: Callable[[str], None] = print) -> Tally:
    """Kill the writer `kills` times at random points of its plan; check after each; tally."""
    archive, store = work / "sample.sqlite", work / "user-store.sqlite"
    articles = make_archive(archive)
    keys = {articles[key].id: key for key in ARTICLE_TITLES}
    chooser = random.Random(seed)
    plan_seed = seed
    expected = states(make_plan(plan_seed, PLAN_LENGTH))
    tally = Tally()
    acknowledged = 0
    while tally.kills < kills:
        remaining = PLAN_LENGTH - acknowledged
        if chooser.random() < 0.15:  # while it starts: imports, opens, backs up the store
            acks, delay = -1, chooser.uniform(0.2, 1.5)
        else:
            acks = chooser.randint(0, max(0, remaining - 1))
            delay = chooser.choice([0.0, chooser.uniform(0, 0.003), chooser.uniform(0, 0.03)])
        last, killed = run_writer(archive, store, plan_seed, acks_before_kill=acks, delay=delay)
        acknowledged = max(acknowledged, last)
        problems, held = check_after_kill(keys, store, expected, acknowledged)
        if killed:
            tally.kills += 1
            tally.recovered += not problems
            tally.lost += max(0, acknowledged - (held or 0))
            tally.mid_way += held is not None and 0 < held < PLAN_LENGTH
            tally.problems += [f"kill {tally.kills}: {problem}" for problem in problems]
            when = (
                f"{delay:.2f} s after start"
                if acks == -1
                else f"{acks} saves + {delay * 1000:.1f} ms"
            )
            log(f"kill {tally.kills}: {when}: store holds "
                f"{held} of {PLAN_LENGTH} actions, {acknowledged} acknowledged; "
                f"{'; '.join(problems) or 'sound'}")  # fmt: skip
        if held == PLAN_LENGTH:  # the plan is done: a fresh store and a new plan
            tally.acknowledged += acknowledged
            acknowledged = 0
            remove(store)
            plan_seed += 1000
            expected = states(make_plan(plan_seed, PLAN_LENGTH))
    tally.acknowledged += acknowledged
    last, _killed = run_writer(archive, store, plan_seed, acks_before_kill=None, delay=0)
    problems, held = check_after_kill(keys, store, expected, PLAN_LENGTH)
    tally.rerun_complete = held == PLAN_LENGTH and not problems
    return tally


def main() -> int:
    """Stress round from the command line; prints one line per kill and the tally."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wenyuan-annotation-kills-") as folder:
        tally = kill_rounds(Path(folder), kills=arguments.kills, seed=arguments.seed)
    print(f"seed {arguments.seed}: " + tally.line("annotations"))
    ok = tally.recovered == tally.kills and tally.lost == 0 and tally.rerun_complete
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
