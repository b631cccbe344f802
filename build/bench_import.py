"""Import speed on real data: the CCTV and Taiwan JSON-lines corpora and the HTML pages.

Each input is imported into a fresh archive through `import_files` (the same generator the CLI
and the desktop run), then imported a second time (everything unchanged: the re-run cost).
Prints articles/s and MB/s per input. Usage: build/bench_import.py [--workers N] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.importer.pipeline import import_files  # noqa: E402
from archive.importer.report import ImportReport  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
INPUTS = ("cctv_2022_2023.jsonl", "tw_news_2017_udn_ltn.jsonl", "html_pages")


def sources_of(name: str) -> list[Path]:
    """The corpus file, or every web page of the html_pages folder (not its JSON gold files)."""
    path = CORPORA / name
    if path.is_file():
        return [path]
    return sorted(page for page in path.rglob("*") if page.suffix in (".html", ".htm", ".shtml"))


def timed_import(archive: Path, sources: list[Path], workers: int) -> tuple[float, ImportReport]:
    started = time.perf_counter()
    report = ImportReport()
    for progress in import_files(archive, sources, workers=workers, backup=False):
        report = progress.report
    return time.perf_counter() - started, report


def main() -> int:
    """Run every input; one line of figures each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None, help="keep the archives here")
    arguments = parser.parse_args()
    if not CORPORA.is_dir():
        print(f"the shared corpora are not at {CORPORA}; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = arguments.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for name in INPUTS:
            sources = sources_of(name)
            archive = folder / f"bench-{Path(name).stem}.sqlite"
            for leftover in folder.glob(archive.name + "*"):
                leftover.unlink()
            megabytes = sum(path.stat().st_size for path in sources) / 1e6
            seconds, report = timed_import(archive, sources, arguments.workers)
            again, second = timed_import(archive, sources, arguments.workers)
            stored = report.added + report.duplicate_count
            print(
                f"{name:<28} {megabytes:6.1f} MB  {report.added:>6} added "
                f"{report.duplicate_count:>4} duplicates {report.failure_count:>3} failed  "
                f"{seconds:6.1f} s  {stored / seconds:7.1f} articles/s  "
                f"{megabytes / seconds:5.2f} MB/s  | re-run {again:5.1f} s "
                f"({second.unchanged} unchanged, {second.added} added)"
            )
    print(f"workers={arguments.workers}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
