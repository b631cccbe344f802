"""Kill a real `wenyuan-archive import` with SIGKILL at random moments and check the archive.

Reusable: `python -m tests.archive.importer.kill_harness --kills 50` runs a stress round; the
test suite runs a handful. After every kill the archive must pass SQLite's integrity check and
FTS5's, hold only whole articles, and a final re-run must reach the same content as a clean run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import apsw

ROOT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class KillRound:
    """What one kill left behind."""

    after_seconds: float
    articles: int
    problems: tuple[str, ...]


def run_import(archive: Path, inputs: list[Path], *, timeout: float = 600) -> int:
    """Run the import to its end; its exit code."""
    return subprocess.run(
        _command(archive, inputs), cwd=ROOT, capture_output=True, timeout=timeout, check=False
    ).returncode


def kill_import(archive: Path, inputs: list[Path], after_seconds: float) -> None:
    """Start the import and SIGKILL it after `after_seconds` (or let it end if sooner)."""
    process = subprocess.Popen(
        _command(archive, inputs), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        process.wait(timeout=after_seconds)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


def _command(archive: Path, inputs: list[Path]) -> list[str]:
    return [
        sys.executable, "-m", "archive", "--archive", str(archive),
        "import", "--workers", "1", *map(str, inputs),
    ]  # fmt: skip


def check_archive(archive: Path) -> tuple[int, tuple[str, ...]]:
    """(articles, problems): integrity, FTS5 integrity, and every article whole and indexed."""
    if not archive.exists():
        return 0, ()
    connection = apsw.Connection(str(archive))
    try:
        problems: list[str] = []
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:3]}")
        try:
            connection.execute(
                "INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)"
            )
        except apsw.Error as exc:
            problems.append(f"FTS5 integrity-check: {exc}")
        problems += _whole_articles(connection)
        count = int(connection.execute("SELECT count(*) FROM articles").get)
        return count, tuple(problems)
    finally:
        connection.close()


def _whole_articles(connection: apsw.Connection) -> list[str]:
    problems = []
    rows = connection.execute(
        "SELECT a.rowid, a.text, a.content_hash, "
        "(SELECT count(*) FROM field_origins f WHERE f.article_rowid = a.rowid AND f.field='body') "
        "FROM articles a"
    )
    for rowid, text, digest, origins in rows:
        if hashlib.sha256(str(text).encode()).hexdigest() != digest or origins != 1:
            problems.append(f"article row {rowid} is not whole")
    indexed = connection.execute("SELECT count(*) FROM search_index_docsize").get
    stored = connection.execute("SELECT count(*) FROM articles").get
    if indexed != stored:
        problems.append(f"{stored} articles but {indexed} index rows")
    return problems


def content(archive: Path) -> set[tuple[str, str]]:
    """(id, content hash) of every article."""
    connection = apsw.Connection(str(archive))
    try:
        rows = connection.execute("SELECT id, content_hash FROM articles").fetchall()
        return {(str(identifier), str(digest)) for identifier, digest in rows}
    finally:
        connection.close()


def timed_import(archive: Path, inputs: list[Path]) -> float:
    """Seconds a whole import takes (it must succeed)."""
    started = time.monotonic()
    code = run_import(archive, inputs)
    if code != 0:
        raise RuntimeError(f"the reference import failed with exit code {code}")
    return time.monotonic() - started


def kill_rounds(
    archive: Path,
    inputs: list[Path],
    *,
    kills: int,
    longest: float,
    seed: int,
    earliest: float = 0.3,
    complete: int | None = None,
) -> list[KillRound]:
    """Kill the same import `kills` times at random moments, checking the archive each time.

    Each run resumes what the last one left; once the archive holds all `complete` articles it
    is deleted, so later kills land in fresh imports again (not only in re-runs).
    """
    chooser = random.Random(seed)
    rounds = []
    for _ in range(kills):
        after = chooser.uniform(earliest, longest)
        kill_import(archive, inputs, after)
        articles, problems = check_archive(archive)
        rounds.append(KillRound(after, articles, problems))
        if complete is not None and articles == complete and not problems:
            for leftover in archive.parent.glob(archive.name + "*"):
                leftover.unlink()
    return rounds


def main() -> int:
    """Stress round from the command line; prints one line per kill and a verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument(
        "--longest",
        type=float,
        default=None,
        help="latest kill in seconds (default: 95%% of a whole import)",
    )
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--work", type=Path, default=Path("tests/output/kill"))
    arguments = parser.parse_args()
    arguments.work.mkdir(parents=True, exist_ok=True)
    reference, archive = arguments.work / "reference.sqlite", arguments.work / "killed.sqlite"
    for path in (reference, archive):
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
    whole = timed_import(reference, arguments.inputs)
    rounds = kill_rounds(
        archive, arguments.inputs, kills=arguments.kills,
        longest=arguments.longest or 0.95 * whole, seed=arguments.seed,
        complete=len(content(reference)),
    )  # fmt: skip
    for number, result in enumerate(rounds, start=1):
        print(json.dumps({"kill": number, **result.__dict__}, ensure_ascii=False))
    run_import(archive, arguments.inputs)
    same = content(archive) == content(reference)
    bad = [result for result in rounds if result.problems]
    partial = sum(1 for result in rounds if 0 < result.articles < len(content(reference)))
    print(
        f"seed {arguments.seed}: {len(bad)} damaged of {len(rounds)} kills ({partial} left a "
        f"partial import); re-run complete: {same}"
    )
    return 0 if same and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
