"""What the benchmark scripts share: the machine's description, load, percentiles and tables."""

from __future__ import annotations

import math
import os
import platform
import re
import threading
from datetime import UTC, datetime
from pathlib import Path

import apsw
import opencc

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
MB = 1_000_000


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def load_text() -> str:
    """The 1/5/15-minute load averages, for the record (other work shares this machine)."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def environment() -> dict[str, str]:
    """Date, machine and versions, as printed in each report."""
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{cores()} cores (nproc), {_cpu_model()}, {_ram_gib():.1f} GiB RAM",
        "python": platform.python_version(),
        "sqlite": apsw.sqlite_lib_version(),
        "apsw": apsw.apsw_version(),
        "opencc": getattr(opencc, "__version__", "?"),
    }


class CpuMeter:
    """Share of the whole machine's CPU time that was busy between start and `busy_share()`.

    Counts every process (other work on the machine included), so it shows whether both cores
    were busy, not who kept them busy.
    """

    def __init__(self) -> None:
        self._start = self._sample()

    @staticmethod
    def _sample() -> tuple[int, int] | None:
        try:
            fields = [int(value) for value in Path("/proc/stat").read_text().split()[1:9]]
        except (OSError, ValueError):
            return None
        idle = fields[3] + fields[4]
        return sum(fields) - idle, sum(fields)

    def busy_share(self) -> float:
        """Busy CPU time over all CPU time since the meter started (NaN where unknown)."""
        end = self._sample()
        if self._start is None or end is None or end[1] == self._start[1]:
            return float("nan")
        return (end[0] - self._start[0]) / (end[1] - self._start[1])


class ProcessCpu:
    """CPU seconds of this process and every process it starts (worker pools, the index writer),
    read from /proc twice a second by a thread until `stop()`; who kept the cores busy."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[int, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._sample()
        self._sample()

    def _sample(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        family = {os.getpid(), *self._seen}
        for entry in sorted(Path("/proc").glob("[0-9]*"), key=lambda path: int(path.name)):
            try:
                fields = entry.joinpath("stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            pid, parent = int(entry.name), int(fields[1])
            if pid in family or parent in family:
                family.add(pid)
                self._seen[pid] = (int(fields[19]), (int(fields[11]) + int(fields[12])) / tick)

    def stop(self) -> list[float]:
        """CPU seconds per process: this one first, then the others in the order they started
        (processes that used none are left out)."""
        self._stop.set()
        self._thread.join()
        main = self._seen.pop(os.getpid(), (0, 0.0))[1]
        others = [cpu for _, cpu in sorted(self._seen.values()) if cpu >= 0.05]
        return [main, *others]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def table(header: tuple[str, ...], rows: list[tuple[str, ...]], *, markdown: bool) -> list[str]:
    """A Markdown table, or a plain one with aligned columns."""
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        return out
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True))]
    out.append("  ".join("-" * width for width in widths))
    out.extend(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    )
    return out


def write_markdown_section(key: str, lines: list[str], docs: Path = DOCS) -> None:
    """Replace the section marked `key` in docs/benchmarks.md, or append it."""
    start, end = f"<!-- {key} -->", f"<!-- /{key} -->"
    block = "\n".join([start, *lines, end])
    text = docs.read_text(encoding="utf-8") if docs.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _match: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    docs.parent.mkdir(parents=True, exist_ok=True)
    docs.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def print_and_record(key: str, lines: list[str], *, markdown: bool) -> None:
    """Print a report; with `markdown`, also record it as the section `key` of the docs."""
    print("\n".join(lines))
    if markdown:
        write_markdown_section(key, lines)
        print(f"\nwrote the figures to {DOCS}")
