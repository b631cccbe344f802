"""What an import did, as running totals (each progress report) and in the end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from archive.importer.normalise import Failure

#: How many duplicates, failures and warnings a report keeps by name (the counts are exact).
KEPT_DETAILS = 200


@dataclass(frozen=True)
class Duplicate:
    """An article not stored because the archive already holds its text."""

    location: str
    kept_id: str
    reason: str


@dataclass
class ImportReport:
    """Running totals of one import; `failures` and `warnings` name a file and say why."""

    import_id: int = 0
    added: int = 0
    unchanged: int = 0
    revised: int = 0
    duplicate_count: int = 0
    failure_count: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)
    files: int = 0
    skipped_files: int = 0
    seconds: float = 0.0
    cancelled: bool = False

    def add_duplicate(self, duplicate: Duplicate) -> None:
        """Count a duplicate, keeping the first KEPT_DETAILS by name."""
        self.duplicate_count += 1
        if len(self.duplicates) < KEPT_DETAILS:
            self.duplicates.append(duplicate)

    def add_failure(self, failure: Failure) -> None:
        """Count a failure, keeping the first KEPT_DETAILS by name."""
        self.failure_count += 1
        if len(self.failures) < KEPT_DETAILS:
            self.failures.append(failure)

    def add_warning(self, warning: Failure) -> None:
        """Note something stored but doubtful (an uncertain encoding guess)."""
        if len(self.warnings) < KEPT_DETAILS:
            self.warnings.append(warning)

    def totals(self) -> dict[str, Any]:
        """The counts as a JSON-ready dict (kept in the archive's `imports` table)."""
        return {
            "added": self.added,
            "unchanged": self.unchanged,
            "revised": self.revised,
            "duplicates": self.duplicate_count,
            "failed": self.failure_count,
            "files": self.files,
            "skipped_files": self.skipped_files,
            "seconds": round(self.seconds, 2),
            "cancelled": self.cancelled,
            "failures": [f"{item.location}: {item.reason}" for item in self.failures[:20]],
        }


@dataclass(frozen=True)
class ImportProgress:
    """One progress report: how far along (0..1), where, and the totals so far."""

    fraction: float
    bytes_done: int
    bytes_total: int
    current: str
    report: ImportReport
    finished: bool = False


def grouped_failures(report: ImportReport) -> list[str]:
    """One line per failure, records of one file with the same reason folded together."""
    counts = Counter((item.location.split(", ")[0], item.reason) for item in report.failures)
    lines = []
    for (location, reason), count in counts.items():
        lines.append(f"{location}: {reason}" if count == 1 else f"{location}: {count}× {reason}")
    return lines
