"""Writing the search index on a second core: a shard file built by another process, then added.

One SQLite file has one writer at a time, and FTS5's inserts are most of a bulk build's work. So a
large bulk add stores the article rows in the archive while a writer process indexes the same rows
into an FTS5 table of the same definition in a shard file beside it. At the end the shard's
segments are added to the archive's index as they are (`archive.fts_structure`): their pages are
copied, their segment ids and insert origins renumbered, the row counts summed. Nothing is indexed
twice.

Until that is committed the new rows are in the archive but not in its index; the meta key
`index_pending` says so, in the same transactions. If the writer or the adding fails, the caller
indexes those rows itself (`ArchiveStore.index_unindexed`), and so does the next opening for
writing after a run that was killed.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import queue
import signal
import socket
import threading
from collections.abc import Sequence
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import apsw

from archive import db, errors
from archive import fts_structure as structure
from archive.process_map import process_context

INDEX_TABLE = "search_index"
PENDING_KEY = "index_pending"
#: The shard writer commits this often; FTS5 keeps this much pending index data in memory, and
#: merges nothing until the end (one `optimize`), so each row's postings are written twice.
SHARD_COMMIT_ROWS = 5000
SHARD_HASH_SIZE = 256 * 1024 * 1024
#: FTS5 merges a level by force once it holds `crisismerge` segments (16 by default), automerge
#: 0 or not: every 80,000 rows the writer stopped for 10-15 s to rewrite segments that the final
#: optimize rewrites again, and the main process waited for it. 500 commits' segments (2,500,000
#: rows) stay apart; FTS5 allows 2,000 in all.
SHARD_CRISIS_MERGE = 500
#: Batches the writer holds before the main process must wait (~10 MB of shadow text each):
#: enough to keep both going while the writer flushes a commit, bounded at any archive size.
WRITER_QUEUE_BATCHES = 10

IndexRow = tuple[int, str, str, str, str]  # rowid, then the shadow texts of the four columns


class ShardFailedError(errors.ArchiveError):
    """The shard could not be written or added; its rows are still to be indexed."""


class ShardWriter:
    """A writer process indexing rows into a shard file; `finish` adds it to the archive."""

    def __init__(self, archive: Path, definition: str) -> None:
        self.archive = archive
        self.path = archive.with_name(f"{archive.name}.index-{os.getpid()}-{id(self):x}")
        remove_files(self.path)
        context = process_context()
        self._pipe, child = context.Pipe()
        self._process = context.Process(  # type: ignore[attr-defined]
            target=_write_shard, args=(child, str(self.path), definition), daemon=True
        )
        self._process.start()
        _ACTIVE.add(_key(archive))
        child.close()
        self._failure = ""

    @property
    def failed(self) -> bool:
        """Whether the writer has stopped on a failure (it says nothing else before the end)."""
        if not self._failure and self._pipe.poll():
            self._failure = self._result() or "the index writer ended early"
        return bool(self._failure)

    def send(self, rows: list[IndexRow]) -> None:
        """Hand rows (already committed in the archive) to the writer."""
        if self.failed:
            return
        try:
            self._pipe.send(rows)
        except OSError:
            self._failure = "the index writer stopped"

    def finish(self) -> None:
        """Wait for the writer, then add its index to the archive's, in one transaction; raises
        ShardFailedError (the rows stay pending) when either fails."""
        try:
            if not self.failed:
                with contextlib.suppress(OSError):
                    self._pipe.send(None)
                self._failure = self._result()
            if self._failure:
                raise ShardFailedError(f"The index writer failed: {self._failure}.")
            try:
                append_shard(self.archive, self.path)
            except (structure.StructureError, errors.ArchiveError, apsw.Error) as error:
                raise ShardFailedError(f"The index could not be added: {error}") from error
        finally:
            self.close()

    def close(self) -> None:
        """Stop the writer if it still runs and remove the shard file."""
        _ACTIVE.discard(_key(self.archive))
        self._pipe.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        remove_files(self.path)

    def _result(self) -> str:
        """'' when the writer finished, else what went wrong."""
        try:
            outcome: Any = self._pipe.recv()
        except (EOFError, OSError):
            return "the index writer stopped"
        return "" if outcome == "done" else str(outcome)


def _write_shard(pipe: Connection, path: str, definition: str) -> None:
    """The writer process: index every batch received, then merge into one segment.

    A thread reads the pipe while this one inserts (apsw lets go of the GIL inside SQLite), so
    the main process does not wait for an insert to hand over the next batch; it holds at most
    `WRITER_QUEUE_BATCHES` batches, so a writer that falls behind slows the main process
    instead of filling memory.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C is the main process's to handle
    received: queue.Queue[list[IndexRow] | None] = queue.Queue(maxsize=WRITER_QUEUE_BATCHES)
    reader = threading.Thread(target=_receive, args=(pipe, received), daemon=True)
    reader.start()
    try:
        connection = _new_shard(path, definition)
        pending: list[IndexRow] = []
        while (rows := received.get()) is not None:
            pending += rows
            if len(pending) >= SHARD_COMMIT_ROWS:
                _insert(connection, pending)
                pending = []
        _insert(connection, pending)
        connection.execute(f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}) VALUES ('optimize')")
        connection.close()
        pipe.send("done")
    except Exception as error:  # reported to the main process, which says it in one sentence
        pipe.send(f"{type(error).__name__}: {error}")


def _receive(pipe: Connection, received: queue.Queue[list[IndexRow] | None]) -> None:
    """Move batches from the pipe to the queue until the end (None) or a closed pipe."""
    try:
        while (rows := pipe.recv()) is not None:
            received.put(rows)
    except (EOFError, OSError):
        pass
    received.put(None)


def _new_shard(path: str, definition: str) -> apsw.Connection:
    """The shard file: no journal (it is thrown away on any failure), the index, bulk options."""
    connection = apsw.Connection(path)
    connection.execute("PRAGMA journal_mode=OFF").fetchall()
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute(definition)
    options = (("hashsize", SHARD_HASH_SIZE), ("automerge", 0), ("crisismerge", SHARD_CRISIS_MERGE))
    for option, value in options:
        connection.execute(
            f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}, rank) VALUES (?, ?)", (option, value)
        )
    return connection


def _insert(connection: apsw.Connection, rows: list[IndexRow]) -> None:
    with connection:
        connection.executemany(
            f"INSERT INTO {INDEX_TABLE}(rowid, title, body, source, authors) "
            "VALUES (?, ?, ?, ?, ?)",
            rows,
        )


def index_definition(connection: apsw.Connection) -> str:
    """The statement that created the archive's index, to create the shard's the same way."""
    return str(
        connection.execute(
            "SELECT sql FROM sqlite_schema WHERE name = ? AND type = 'table'", (INDEX_TABLE,)
        ).get
    )


def remove_files(path: Path) -> None:
    """Remove a shard file and its journal, if there are any."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- adding a shard's segments ------------------------------------------------------------------


def append_shard(archive: Path, shard: Path) -> None:
    """Add the shard's index to the archive's, in one transaction (`index_pending` stays: the
    caller then indexes whatever rows are still missing, which also clears it).

    Runs on a connection of its own, so that FTS5 on every other connection (which keeps the
    index structure between statements) sees the change through `PRAGMA data_version`.
    """
    connection = apsw.Connection(str(archive))
    try:
        connection.setbusytimeout(30_000)
        with db.translate_errors(archive):
            connection.execute("ATTACH DATABASE ? AS shard", (str(shard),))
            connection.execute("BEGIN IMMEDIATE")
            try:
                _append(connection)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("DETACH DATABASE shard")
    finally:
        connection.close()


def _append(connection: apsw.Connection) -> None:
    main = _structure(connection, "main")
    added = _structure(connection, "shard")
    _require_compatible(connection, main, added)
    offset = main.max_origin
    connection.execute(
        f"INSERT INTO main.{INDEX_TABLE}_docsize(id, sz, origin) "
        f"SELECT id, sz, origin + ? FROM shard.{INDEX_TABLE}_docsize",
        (offset,),
    )
    totals = structure.add_averages(_averages(connection, "main"), _averages(connection, "shard"))
    _write_record(connection, structure.AVERAGES_ROWID, structure.write_averages(totals))
    if not added.segments:  # rows without a single token
        return
    segments = [
        replace(
            segment, segid=segid, origin1=segment.origin1 + offset, origin2=segment.origin2 + offset
        )
        for segment, segid in zip(
            added.segments, _free_segids(main, len(added.segments)), strict=True
        )
    ]
    for old, new in zip(added.segments, segments, strict=True):
        _copy_segment(connection, old, new)
    level = structure.level_for_added(main, when_empty=added.top_level or 0)
    combined = structure.with_segments_added(
        main, segments, level=level, write_counter=added.write_counter
    )
    _write_record(connection, structure.STRUCTURE_ROWID, structure.write_structure(combined))


def _structure(connection: apsw.Connection, schema: str) -> structure.Structure:
    block = _record(connection, schema, structure.STRUCTURE_ROWID)
    if block is None:
        raise structure.StructureError(f"the {schema} index has no structure record")
    return structure.parse_structure(block)


def _record(connection: apsw.Connection, schema: str, rowid: int) -> bytes | None:
    """One record of an index's `%_data` table (the structure or averages record)."""
    block = connection.execute(
        f"SELECT block FROM {schema}.{INDEX_TABLE}_data WHERE id = ?", (rowid,)
    ).get
    return block if isinstance(block, bytes) and block else None


def _require_compatible(
    connection: apsw.Connection, main: structure.Structure, added: structure.Structure
) -> None:
    versions = [
        connection.execute(f"SELECT v FROM {schema}.{INDEX_TABLE}_config WHERE k = 'version'").get
        for schema in ("main", "shard")
    ]
    if versions[0] != versions[1] or main.v2 != added.v2:
        raise structure.StructureError("the shard's index has another format")
    if not main.v2:
        raise structure.StructureError("the index is not a contentless-delete index")
    if any(segment.tombstone_pages for segment in added.segments):
        raise structure.StructureError("the shard's index has deleted rows")
    if len(main.segments) + len(added.segments) > structure.MAX_SEGMENTS:
        raise structure.StructureError("the index would have too many segments")


def _free_segids(main: structure.Structure, count: int) -> list[int]:
    used = {segment.segid for segment in main.segments}
    free = [segid for segid in range(1, structure.MAX_SEGMENT_ID + 1) if segid not in used]
    if len(free) < count:
        raise structure.StructureError("the index has no free segment ids")
    return free[:count]


def _copy_segment(
    connection: apsw.Connection, old: structure.Segment, new: structure.Segment
) -> None:
    low, high = old.rowid_range
    shift = (new.segid - old.segid) << structure.SEGMENT_ROWID_SHIFT
    connection.execute(
        f"INSERT INTO main.{INDEX_TABLE}_data(id, block) "
        f"SELECT id + ?, block FROM shard.{INDEX_TABLE}_data WHERE id BETWEEN ? AND ?",
        (shift, low, high),
    )
    connection.execute(
        f"INSERT INTO main.{INDEX_TABLE}_idx(segid, term, pgno) "
        f"SELECT ?, term, pgno FROM shard.{INDEX_TABLE}_idx WHERE segid = ?",
        (new.segid, old.segid),
    )


def _averages(connection: apsw.Connection, schema: str) -> list[int]:
    return structure.parse_averages(_record(connection, schema, structure.AVERAGES_ROWID) or b"")


def _write_record(connection: apsw.Connection, rowid: int, block: bytes) -> None:
    connection.execute(
        f"INSERT OR REPLACE INTO main.{INDEX_TABLE}_data(id, block) VALUES (?, ?)",
        (rowid, block),
    )


# --- rows a stopped run left unindexed ----------------------------------------------------------


#: Archives with a run of this process writing a shard: their pending rows are that run's.
_ACTIVE: set[str] = set()


def _key(archive: Path) -> str:
    return str(archive.resolve())


def _this_machine() -> dict[str, str]:
    """What tells this boot of this machine apart (a pid means nothing elsewhere)."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        boot = ""
    return {"host": socket.gethostname(), "boot": boot}


def mark_pending(connection: apsw.Connection) -> None:
    """Inside the transaction that stores rows the archive's index does not hold yet; the value
    names the process that will index them."""
    connection.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (PENDING_KEY, owner_value())
    )


def owner_value(pid: int | None = None) -> str:
    """The value of `index_pending` for a run of process `pid` (this one) on this machine."""
    return json.dumps({"pid": os.getpid() if pid is None else pid, **_this_machine()})


def left_pending(connection: apsw.Connection, archive: Path) -> bool:
    """Whether a run that is over left rows out of the index: one of this process that is no
    longer writing, or one of a process that is gone (or of another machine or boot). A run
    still going is left alone."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone()
    if row is None:
        return False
    pid = _owner_pid(str(row[0]))
    if pid == os.getpid():
        return _key(archive) not in _ACTIVE
    return pid is None or not _is_running(pid)


def _owner_pid(value: str) -> int | None:
    """The pid of the run that wrote `index_pending`, if it ran on this machine since boot."""
    try:
        owner = json.loads(value)
        if not isinstance(owner, dict) or not isinstance(owner.get("pid"), int):
            return None
    except ValueError:
        return None
    machine = _this_machine()
    same = owner.get("host") == machine["host"] and owner.get("boot") == machine["boot"]
    return int(owner["pid"]) if same else None


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_left_shards(archive: Path, owner: str | None) -> None:
    """Remove the shard files the run named by `owner` (the value of `index_pending`) left
    beside the archive, unless that run could still be going."""
    pid = _owner_pid(owner) if owner else None
    if pid is None or pid == os.getpid() or _is_running(pid):
        return
    for path in archive.parent.glob(f"{glob.escape(archive.name)}.index-{pid}-*"):
        remove_files(path)


#: The articles the index does not hold (`check` counts them too).
UNINDEXED = f"SELECT rowid FROM articles WHERE rowid NOT IN (SELECT id FROM {INDEX_TABLE}_docsize)"


def unindexed_rowids(connection: apsw.Connection) -> Sequence[int]:
    """Articles the index does not hold."""
    return [int(rowid) for (rowid,) in connection.execute(f"{UNINDEXED} ORDER BY rowid")]
