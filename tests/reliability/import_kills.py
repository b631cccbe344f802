"""Kill real imports with SIGKILL at random moments; after each kill check the archive.

After every kill: `wenyuan-archive check`'s checks pass (SQLite integrity_check and foreign
keys, FTS5 integrity-check with rank 1, schema, every text against its hash, index coverage),
every article the import acknowledged (tests/reliability/import_driver.py) is there with its
text, and every article is whole (its row, its field origins, its index entry). The next
round resumes the same archive; once it holds everything, it starts afresh so that later kills
land in first imports too. A final run must reach exactly what an uninterrupted import stores.

`python -m tests.reliability.import_kills --kills 50` prints one line per kill and the tally;
`make stress` runs it, `make test` a few kills (tests/reliability/test_crashes.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import apsw

from archive.integrity import check_archive
from tests.reliability.corpus import write_mixed_inputs

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Tally:
    """What the kills left behind, summed up."""

    kills: int = 0
    recovered: int = 0
    acknowledged: int = 0
    lost: int = 0
    mid_way: int = 0
    problems: list[str] = field(default_factory=list)
    rerun_complete: bool = False

    def line(self, what: str) -> str:
        """The tally as one sentence."""
        return (
            f"{what}: {self.recovered}/{self.kills} kill points recovered, {self.lost} "
            f"acknowledged writes lost ({self.acknowledged} acknowledged; {self.mid_way} kills "
            f"left the work half done); re-run complete: {self.rerun_complete}"
        )


def driver_command(archive: Path, inputs: list[Path], workers: int = 1) -> list[str]:
    """The import driver's command line."""
    return [
        sys.executable, "-m", "tests.reliability.import_driver", str(archive),
        *map(str, inputs), "--workers", str(workers),
    ]  # fmt: skip


@dataclass(frozen=True)
class Run:
    """One run of the driver: what it acknowledged, whether it was killed, when it first
    acknowledged something and when it ended (seconds after it started)."""

    acknowledged: set[tuple[str, str]]
    killed: bool
    first_ack: float | None
    seconds: float


def run_driver(
    archive: Path,
    inputs: list[Path],
    *,
    kill_after: float | None,
    workers: int = 1,
    from_first_ack: bool = False,
) -> Run:
    """Run the driver, killing its whole process group after `kill_after` seconds, counted
    from its start or, with `from_first_ack`, from its first acknowledged commit (so that the
    kill comes after a commit however slow the machine is)."""
    started = time.monotonic()
    seen: list[tuple[tuple[str, str], float]] = []
    killed = False
    with subprocess.Popen(
        driver_command(archive, inputs, workers),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its workers share its process group: one kill takes all
    ) as process:
        assert process.stdout is not None
        reader = threading.Thread(target=_read_acks, args=(process.stdout, seen, started))
        reader.start()
        try:
            if from_first_ack:
                _wait_for_first_ack(process, seen)
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            killed = True
        seconds = time.monotonic() - started
        reader.join()
    first_ack = min((moment for _pair, moment in seen), default=None)
    return Run({pair for pair, _moment in seen}, killed, first_ack, seconds)


def _wait_for_first_ack(
    process: subprocess.Popen[str], seen: list[tuple[tuple[str, str], float]]
) -> None:
    while not seen and process.poll() is None:
        time.sleep(0.005)


def _read_acks(stream: IO[str], seen: list[tuple[tuple[str, str], float]], started: float) -> None:
    for line in stream:
        if line.startswith("ack "):
            _verb, identifier, digest = line.split()
            seen.append(((identifier, digest), time.monotonic() - started))


def stored(archive: Path) -> set[tuple[str, str]]:
    """(id, content hash) of every article in the archive."""
    if not archive.exists():
        return set()
    connection = apsw.Connection(str(archive), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        rows = connection.execute("SELECT id, content_hash FROM articles").fetchall()
        return {(str(identifier), str(digest)) for identifier, digest in rows}
    finally:
        connection.close()


def problems_after_kill(archive: Path, acknowledged: set[tuple[str, str]]) -> list[str]:
    """Everything wrong with the archive a kill left (empty: recovered)."""
    if not archive.exists():
        return [f"{len(acknowledged)} acknowledged articles but no archive"] if acknowledged else []
    report = check_archive(archive)
    empty_file = report.problems == ("it is an empty database: no archive was ever written to it",)
    problems = [] if report.sound or (empty_file and not acknowledged) else list(report.problems)
    if not problems and not empty_file:
        problems += _half_written(archive)
    missing = acknowledged - stored(archive)
    if missing:
        problems.append(f"{len(missing)} acknowledged articles lost")
    return problems


def _half_written(archive: Path) -> list[str]:
    """Articles without their body origin: a row written without the rest of its article."""
    connection = apsw.Connection(str(archive), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        partial = connection.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM field_origins f "
            "WHERE f.article_rowid = a.rowid AND f.field = 'body')"
        ).get
        return [f"{partial} articles are not whole"] if partial else []
    finally:
        connection.close()


def remove(archive: Path) -> None:
    """The archive, its WAL files and its backups."""
    for leftover in archive.parent.glob(archive.name + "*"):
        leftover.unlink()
    backups = archive.parent / f"{archive.stem}-backups"
    if backups.is_dir():
        for backup in backups.iterdir():
            backup.unlink()
        backups.rmdir()


def kill_rounds(
    work: Path,
    *,
    kills: int,
    seed: int,
    records: int,
    pages: int,
    log: Callable[[str], None] = print,
) -> Tally:
    """Kill the import of a synthetic collection `kills` times; check after each; tally.

    Even-numbered kills come at a moment drawn between half the time to the first commit and
    the end of an uninterrupted import; odd-numbered ones at a moment drawn after the run's own
    first commit. A run that ends before its moment is not counted as a kill."""
    inputs = write_mixed_inputs(work / "inputs", records=records, pages=pages, seed=seed)
    reference, archive = work / "reference.sqlite", work / "killed.sqlite"
    whole = run_driver(reference, inputs, kill_after=None)
    assert whole.first_ack is not None, "the reference import acknowledged nothing"
    expected = stored(reference)
    chooser = random.Random(seed)
    tally = Tally()
    acknowledged: set[tuple[str, str]] = set()
    while tally.kills < kills:
        from_first_ack = tally.kills % 2 == 1
        start = 0.0 if from_first_ack else whole.first_ack / 2
        after = chooser.uniform(start, whole.seconds - (whole.first_ack if from_first_ack else 0))
        workers = 2 if chooser.random() < 0.2 else 1
        run = run_driver(
            archive, inputs, kill_after=after, workers=workers, from_first_ack=from_first_ack
        )
        acknowledged |= run.acknowledged
        present = stored(archive)
        if run.killed:
            found = problems_after_kill(archive, acknowledged)
            tally.kills += 1
            tally.recovered += not found
            tally.lost += len(acknowledged - present)
            tally.mid_way += 0 < len(present) < len(expected)
            tally.problems += [f"kill {tally.kills}: {problem}" for problem in found]
            moment = "its first commit" if from_first_ack else "start"
            log(
                f"kill {tally.kills}: {after:.2f} s after {moment}, "
                f"{workers} worker(s): {len(present)} "
                f"articles, {len(acknowledged)} acknowledged, {'; '.join(found) or 'sound'}"
            )
        if present == expected:  # complete: start afresh
            tally.acknowledged += len(acknowledged)
            acknowledged = set()
            remove(archive)
    tally.acknowledged += len(acknowledged)
    run_driver(archive, inputs, kill_after=None)
    tally.rerun_complete = stored(archive) == expected and check_archive(archive).sound
    return tally


def main() -> int:
    """Stress round from the command line; prints one line per kill and the tally."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--records", type=int, default=800)
    parser.add_argument("--pages", type=int, default=8)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wenyuan-import-kills-") as folder:
        tally = kill_rounds(
            Path(folder), kills=arguments.kills, seed=arguments.seed,
            records=arguments.records, pages=arguments.pages,
        )  # fmt: skip
    print(f"seed {arguments.seed}: " + tally.line("import"))
    ok = tally.recovered == tally.kills and tally.lost == 0 and tally.rerun_complete
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
