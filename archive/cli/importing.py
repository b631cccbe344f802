"""`import` and `imports`: add files and folders to an archive, list imports, take one out,
list the archive's backups and restore one.

Imports go to the user's own archive unless --archive names one. On a terminal a progress bar
is drawn on stderr; when stderr is piped, a plain line every few seconds. Ctrl+C cancels
cleanly (whole batches stay; run the same import again to finish it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import TextIO

from archive.cli import import_backups
from archive.cli.common import writable_target
from archive.importer.ledger import list_imports, remove_import
from archive.importer.pipeline import import_files
from archive.importer.report import ImportProgress, ImportReport, grouped_failures
from archive.store import ArchiveStore

_PLAIN_LINE_SECONDS = 5.0
_BAR_WIDTH = 30
_FAILURES_SHOWN = 30


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the import and imports subcommands."""
    importing = subcommands.add_parser(
        "import",
        help="add files or folders (.txt .md .html .jsonl .json .warc .warc.gz) to an archive",
    )
    importing.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.add_argument("--workers", type=int, default=None, help="worker processes")
    importing.add_argument("--description", default="", help="a note shown by `imports`")
    importing.add_argument(
        "--no-backup", action="store_true", help="skip the backup taken before importing"
    )
    importing.set_defaults(handler=cmd_import)
    imports = subcommands.add_parser(
        "imports", help="list imports, remove one as a whole, or restore a backup"
    )
    imports.add_argument("--json", action="store_true")
    actions = imports.add_subparsers(dest="action")
    remove = actions.add_parser("remove", help="take an import's articles out again")
    remove.add_argument("import_id", type=int, metavar="ID")
    import_backups.register(actions)
    imports.set_defaults(handler=cmd_imports)


def cmd_import(arguments: argparse.Namespace) -> int:
    """Import; exit 0 when nothing failed, 1 when some input could not be imported."""
    target = writable_target(arguments)
    progress = import_files(
        target,
        arguments.paths,
        description=arguments.description,
        workers=arguments.workers,
        name=None if arguments.archive else "user",
        backup=not arguments.no_backup,
    )
    report = _drive(progress, sys.stderr)
    if arguments.json:
        print(json.dumps(_report_json(report, target), ensure_ascii=False, indent=2))
    else:
        _print_report(report, target)
    if report.cancelled:
        return 130
    return 1 if report.failure_count else 0


def _drive(progress: Generator[ImportProgress, None, None], stream: TextIO) -> ImportReport:
    """Run the import to its end (or to Ctrl+C), drawing progress on `stream`."""
    show = _bar if stream.isatty() else _plain_line
    last: ImportProgress | None = None
    shown_at = 0.0
    try:
        for last in progress:
            if stream.isatty() or time.monotonic() - shown_at >= _PLAIN_LINE_SECONDS:
                show(last, stream)
                shown_at = time.monotonic()
    except KeyboardInterrupt:
        progress.close()
    if stream.isatty():
        stream.write("\n")
    if last is None:
        return ImportReport(cancelled=True)
    if not last.finished:
        last.report.cancelled = True
    return last.report


def _bar(progress: ImportProgress, stream: TextIO) -> None:
    filled = int(progress.fraction * _BAR_WIDTH)
    bar = "█" * filled + "·" * (_BAR_WIDTH - filled)
    report = progress.report
    stream.write(
        f"\r{bar} {progress.fraction:4.0%}  {report.added} added, {report.revised} revised, "
        f"{report.duplicate_count} duplicates, {report.failure_count} failed\x1b[K"
    )
    stream.flush()


def _plain_line(progress: ImportProgress, stream: TextIO) -> None:
    report = progress.report
    stream.write(
        f"{progress.fraction:.0%} {report.added} added, {report.unchanged} unchanged, "
        f"{report.revised} revised, {report.duplicate_count} duplicates, "
        f"{report.failure_count} failed ({progress.current})\n"
    )
    stream.flush()


def _print_report(report: ImportReport, target: Path) -> None:
    state = "cancelled" if report.cancelled else "done"
    print(f"Import {report.import_id} into {target}: {state} in {report.seconds:.1f} s")
    print(f"  added       {report.added}")
    print(f"  unchanged   {report.unchanged} (already stored with the same text)")
    print(f"  revised     {report.revised} (same URL or id, new text; the old text is kept)")
    print(f"  duplicates  {report.duplicate_count} (same text as a stored article; skipped)")
    print(f"  failed      {report.failure_count}")
    if report.skipped_files:
        print(f"  other files {report.skipped_files} (not a type Wenyuan imports; left alone)")
    for line in grouped_failures(report)[:_FAILURES_SHOWN]:
        print(f"  ✗ {line}")
    for warning in report.warnings[:_FAILURES_SHOWN]:
        print(f"  ? {warning.location}: {warning.reason}")


def _report_json(report: ImportReport, target: Path) -> dict[str, object]:
    return {
        "archive": str(target),
        "import_id": report.import_id,
        **report.totals(),
        "failures": [{"location": f.location, "reason": f.reason} for f in report.failures],
        "duplicates_skipped": [
            {"location": d.location, "kept_id": d.kept_id, "reason": d.reason}
            for d in report.duplicates
        ],
        "warnings": [{"location": w.location, "reason": w.reason} for w in report.warnings],
    }


def cmd_imports(arguments: argparse.Namespace) -> int:
    """List imports, or remove one with everything it brought."""
    target = writable_target(arguments)
    with ArchiveStore.open_writable(target, name=None if arguments.archive else "user") as store:
        if arguments.action == "remove":
            removed, restored = remove_import(store, arguments.import_id)
            print(
                f"removed import {arguments.import_id}: {removed} articles taken out, "
                f"{restored} given back their earlier text"
            )
            return 0
        records = list_imports(store)
    if arguments.json:
        payload = [record.__dict__ | {"status": record.status} for record in records]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for record in records:
        totals = record.totals
        print(
            f"{record.import_id:>4}  {record.started}  {record.status:<11}  "
            f"{record.articles} articles (added {totals.get('added', 0)}, "
            f"revised {totals.get('revised', 0)}, failed {totals.get('failed', 0)})  "
            f"{record.description}"
        )
    if not records:
        print("no imports yet")
    return 0
