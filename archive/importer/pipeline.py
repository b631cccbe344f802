"""Import files and folders into an archive: a generator the CLI and the desktop both drive.

Each `yield` is a progress report and a point where the caller may stop (close the generator):
stopping is never an error. Articles are committed in whole batches, so an interrupted or killed
run leaves only whole articles, and running the same import again finishes the job (stored
articles with the same text are counted as unchanged).
"""

from __future__ import annotations

import time
from collections.abc import Generator, Iterable, Sequence
from pathlib import Path

from archive import db, dense_terms, errors, process_map
from archive.backup import AUTO, back_up
from archive.importer import ledger
from archive.importer.normalise import Failure
from archive.importer.report import Duplicate, ImportProgress, ImportReport
from archive.importer.tasks import (
    Ready,
    Skipped,
    Task,
    Unchanged,
    find_files,
    plan_tasks,
    remember_stored,
    run_sized_task,
)
from archive.integrity import require_sound
from archive.store import ArchiveStore

#: A batch is committed when it holds this many articles or is this old, whichever comes first.
BATCH_SIZE = 500
BATCH_SECONDS = 0.5


def import_files(
    archive_path: Path,
    paths: Sequence[Path],
    *,
    description: str = "",
    workers: int | None = None,
    name: str | None = "user",
    backup: bool = True,
) -> Generator[ImportProgress, None, None]:
    """Open (or create) the archive, back it up if it holds articles, import `paths`, close it.

    `name` is given to a newly created archive (None: the file's stem). An existing archive is
    checked first (SQLite's quick check: a damaged one is refused before anything is written to
    it); the backup is an automatic rolling one (archive/backup.py, beside the file) taken
    before anything is written.
    """
    if archive_path.exists() and archive_path.stat().st_size:
        require_sound(archive_path)
    with ArchiveStore.open_writable(archive_path, name=name) as store:
        if backup and store.count():
            back_up(store.connection, archive_path, label=AUTO, tag="before-import")
        yield from run_import(store, paths, description=description, workers=workers)


def run_import(
    store: ArchiveStore,
    paths: Sequence[Path],
    *,
    description: str = "",
    workers: int | None = None,
    batch_size: int | None = None,
) -> Generator[ImportProgress, None, None]:
    """Import into an open store; the last report has `finished` set (unless stopped early).
    A batch is committed every `batch_size` articles (default BATCH_SIZE) or BATCH_SECONDS."""
    batch_size = batch_size or BATCH_SIZE
    started = time.monotonic()
    report = ImportReport()
    files = _collect_files(paths, report)
    total = sum(_size(path) for path, _location in files)
    report.import_id = ledger.begin_import(store, description or _describe(paths))
    done, current = 0, ""
    outcomes = _outcomes(plan_tasks(files), workers, _stored_versions(store))
    failed = False
    try:
        batch: list[Ready] = []
        last_commit = time.monotonic()
        for size, location, items in outcomes:
            done, current = done + size, location
            batch += _sort_out(items, report)
            if len(batch) >= batch_size or time.monotonic() - last_commit >= BATCH_SECONDS:
                _commit(store, batch, report)
                batch, last_commit = [], time.monotonic()
                report.seconds = time.monotonic() - started
                yield ImportProgress(_fraction(done, total), done, total, current, report)
        _commit(store, batch, report)
    except GeneratorExit:
        report.cancelled = True
        raise
    except errors.DiskFullError as exc:
        failed = True
        raise errors.DiskFullError(
            f"The disk holding {store.path} is full: the import stopped after storing "
            f"{report.added + report.revised} articles; free some space and run it again to "
            "finish it."
        ) from exc
    except BaseException:
        failed = True
        raise
    finally:
        outcomes.close()
        report.seconds = time.monotonic() - started
        _finish(store, report, quietly=failed)
    yield ImportProgress(1.0, total, total, current, report, finished=True)


def _finish(store: ArchiveStore, report: ImportReport, *, quietly: bool) -> None:
    """Record the end of the import; when it is ending on a failure already, a failure to
    record it (the same full disk) must not hide that first one: the import stays listed as
    interrupted."""
    try:
        ledger.finish_import(store, report.import_id, report.totals())
    except errors.ArchiveError:
        if not quietly:
            raise
        return
    if not quietly and not report.cancelled:
        dense_terms.refresh_after_change(store)


def _collect_files(paths: Sequence[Path], report: ImportReport) -> list[tuple[Path, str]]:
    files: list[tuple[Path, str]] = []
    for found in find_files(paths):
        if isinstance(found, Failure):
            report.add_failure(found)
        elif isinstance(found, Skipped):
            report.skipped_files += 1
        else:
            files.append(found)
    report.files = len(files)
    return files


def _stored_versions(store: ArchiveStore) -> frozenset[str]:
    rows = store.connection.execute("SELECT id || ':' || content_hash FROM articles")
    return frozenset(str(row[0]) for row in rows)


def _outcomes(
    tasks: Iterable[Task | Failure], workers: int | None, stored: frozenset[str]
) -> Generator[tuple[int, str, list[Ready | Unchanged | Failure]], None, None]:
    """(size, location, results) per task, in order; worker processes when `workers` > 1."""
    count = process_map.worker_count(workers)
    if count <= 1:
        remember_stored(stored)
        try:
            yield from map(run_sized_task, tasks)
        finally:
            remember_stored(frozenset())
        return
    yield from process_map.ordered_map(
        run_sized_task,
        tasks,
        workers=count,
        chunksize=8,
        initializer=remember_stored,
        initargs=(stored,),
    )


def _sort_out(items: list[Ready | Unchanged | Failure], report: ImportReport) -> list[Ready]:
    ready: list[Ready] = []
    for item in items:
        if isinstance(item, Failure):
            report.add_failure(item)
        elif isinstance(item, Unchanged):
            report.unchanged += 1
        else:
            ready.append(item)
            if item.warning:
                report.add_warning(Failure(item.location, item.warning))
    return ready


def _commit(store: ArchiveStore, batch: list[Ready], report: ImportReport) -> None:
    """Store one batch in one transaction: added, unchanged, revised or duplicate. The report
    counts the batch only once it is committed, so a failed batch is never reported stored."""
    before = (report.added, report.unchanged, report.revised, report.duplicate_count)
    kept_duplicates = len(report.duplicates)
    try:
        with db.translate_errors(store.path), store.connection:
            for ready in batch:
                _store_one(store, ready, report)
    except BaseException:
        report.added, report.unchanged, report.revised, report.duplicate_count = before
        del report.duplicates[kept_duplicates:]
        raise


def _store_one(store: ArchiveStore, ready: Ready, report: ImportReport) -> None:
    prepared = ready.prepared
    stored = store.stored_version(prepared.id)
    if stored is None:
        same_text = store.id_with_content_hash(prepared.content_hash)
        if same_text is not None:
            report.add_duplicate(Duplicate(ready.location, same_text, "same text"))
            return
        store.insert_prepared(prepared, import_id=report.import_id, raw_encoding=ready.raw_encoding)
        report.added += 1
    elif stored.content_hash == prepared.content_hash:
        report.unchanged += 1
    elif stored.import_id == report.import_id:
        report.add_duplicate(Duplicate(ready.location, prepared.id, "same URL or id twice"))
    else:
        store.revise_prepared(
            stored.rowid, prepared, import_id=report.import_id, raw_encoding=ready.raw_encoding
        )
        report.revised += 1


def _fraction(done: int, total: int) -> float:
    return min(1.0, done / total) if total else 0.0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _describe(paths: Sequence[Path]) -> str:
    names = [path.name or str(path) for path in paths[:3]]
    return ", ".join(names) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
