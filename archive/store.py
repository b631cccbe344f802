"""Articles in and out of one archive file, with their search index kept in the same transaction."""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

import apsw

from archive import db, errors, fts_shards, schema
from archive.dates import PartialDate
from archive.ids import content_hash
from archive.models import (
    METADATA_FIELDS,
    ArchiveInfo,
    Article,
    ArticleSummary,
    FieldOrigin,
    NewArticle,
    Script,
)
from archive.prepare import PreparedArticle, index_columns, prepare
from archive.render import plain_text
from archive.textfold import fold_version

_SUMMARY_COLUMNS = "rowid, id, title, date, source, authors, url, script"
_ARTICLE_COLUMNS = (
    "rowid, id, title, subtitle, date, source, authors, editor, url, script, body, text, raw, "
    "content_hash"
)


_REVISED_COLUMNS = (
    "title, subtitle, date, date_precision, date_sort, year, source, authors, editor, url, "
    "script, body, text, raw, raw_encoding, content_hash, import_id"
)
_SNAPSHOT_REVISION = f"""
INSERT INTO revisions (article_rowid, revision, {_REVISED_COLUMNS}, replaced)
SELECT rowid,
       (SELECT coalesce(max(revision), 0) + 1 FROM revisions WHERE article_rowid = :rowid),
       {_REVISED_COLUMNS}, :now
FROM articles WHERE rowid = :rowid
"""
_RESTORE_REVISION = f"""
UPDATE articles SET ({_REVISED_COLUMNS}) = (
    SELECT {_REVISED_COLUMNS} FROM revisions WHERE article_rowid = :rowid AND revision = :revision
) WHERE rowid = :rowid
"""


_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")
_Value = TypeVar("_Value")


def _file_errors(
    method: Callable[Concatenate[ArchiveStore, _Params], _Result],
) -> Callable[Concatenate[ArchiveStore, _Params], _Result]:
    """Run a store method with SQLite's errors (a damaged page, a lock) turned into the
    one-sentence ArchiveErrors of `db.translate_errors`."""

    @wraps(method)
    def translated(store: ArchiveStore, *args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
        with db.translate_errors(store.path):
            return method(store, *args, **kwargs)

    return translated


@contextmanager
def _stored_values(path: Path) -> Iterator[None]:
    """Values read back that cannot be what was stored (a date that does not parse, authors
    that are not a JSON list, an unknown script, a row beyond the largest rowid) mean the
    file is damaged: say so."""
    try:
        yield
    except (ValueError, TypeError, IndexError) as exc:
        raise errors.ArchiveDamagedError(f"The archive {path} is damaged.") from exc


@dataclass(frozen=True)
class StoredVersion:
    """Where an article is stored, the hash of its current text, and the import that brought it."""

    rowid: int
    content_hash: str
    import_id: int | None


class ArchiveStore:
    """One archive file; a writable one keeps its articles and their index in step."""

    def __init__(self, connection: apsw.Connection, path: Path, *, writable: bool) -> None:
        self.connection = connection
        self.path = path
        self.writable = writable
        self.name = self._meta("name") or path.stem
        self.clock: Callable[[], str] = _utc_now
        self._date_ranks: array[int] | None = None
        self._facets: tuple[list[str], list[str]] | None = None
        self._rowids: tuple[list[int], array[int], array[int]] | None = None
        self._facet_codes: tuple[list[int], list[tuple[str, str]]] | None = None
        self._derived: dict[str, object] = {}
        self._cached_data_version: int | None = None

    @classmethod
    def open_read_only(cls, path: Path, *, immutable: bool = True) -> ArchiveStore:
        """Open a shipped or existing archive without writing to it."""
        connection = db.open_read_only(path, immutable=immutable)
        try:
            with db.translate_errors(path):
                version = schema.check_readable(connection, str(path))
                if version == 0:
                    raise errors.NotAnArchiveError(f"{path} is empty: it holds no archive yet.")
                if version < schema.SCHEMA_VERSION:
                    raise errors.SchemaTooOldError(
                        f"The archive {path} was written by an older Wenyuan (schema {version}) "
                        "and cannot be upgraded where it is; copy it to a folder you can write "
                        "to and open it there."
                    )
                return cls(connection, path, writable=False)
        except BaseException:
            connection.close()
            raise

    @classmethod
    def open_writable(
        cls, path: Path, *, name: str | None = None, wal: bool = True
    ) -> ArchiveStore:
        """Open or create an archive for writing, upgrading its schema if it is older."""
        if path.exists() and path.stat().st_size:
            probe = db.open_read_only(path, immutable=False)
            try:
                with db.translate_errors(path):
                    schema.check_readable(probe, str(path))
            finally:
                probe.close()
        connection = db.open_writable(path, wal=wal)
        try:
            with db.translate_errors(path):
                schema.migrate(connection, str(path))
                store = cls(connection, path, writable=True)
                store._initialise_meta(name or path.stem)
                if fts_shards.left_pending(connection, path):
                    store.index_unindexed()
        except BaseException:
            connection.close()
            raise
        return store

    def close(self) -> None:
        """Close the file; the store cannot be used afterwards. Closing checkpoints the WAL,
        which can fail on a full disk: the file is closed anyway (what was committed stays in
        the WAL) and the failure is the usual sentence."""
        with db.translate_errors(self.path):
            self.connection.close()

    def __enter__(self) -> ArchiveStore:
        return self

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        try:
            self.close()
        except errors.ArchiveError:
            if error is None:
                raise  # else the failure that ended the block is the one to report

    # --- metadata -----------------------------------------------------------------------

    @_file_errors
    def meta(self, key: str) -> str | None:
        """A value from the archive's meta table."""
        return self._meta(key)

    def set_meta(self, key: str, value: str) -> None:
        """Record a value in the archive's meta table."""
        self._require_writable()
        with db.translate_errors(self.path), self.connection:
            self.connection.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value)
            )

    def _meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _initialise_meta(self, name: str) -> None:
        with self.connection:
            self.connection.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('name', ?), ('fold_version', ?)",
                (name, fold_version()),
            )
        self.name = self._meta("name") or name

    @property
    def fold_version(self) -> str:
        """The folding rules the index was built with."""
        return self._meta("fold_version") or ""

    # --- writing ------------------------------------------------------------------------

    def add(self, article: NewArticle, *, import_id: int | None = None) -> tuple[str, bool]:
        """Store an article unless its id is present; returns (id, whether it was added)."""
        return self.add_prepared(prepare(article), import_id=import_id)

    def add_prepared(
        self, prepared: PreparedArticle, *, import_id: int | None = None, raw_encoding: str = ""
    ) -> tuple[str, bool]:
        """Store an already prepared article unless its id is present."""
        self._require_writable()
        with db.translate_errors(self.path), self.connection:
            if self._rowid(prepared.id) is not None:
                return prepared.id, False
            rowid = self._insert_row(prepared, import_id, raw_encoding)
            self._insert_origins(rowid, prepared.article)
            self._insert_index(rowid, prepared.index_columns)
        self._forget_caches()
        return prepared.id, True

    def insert_prepared(
        self,
        prepared: PreparedArticle,
        *,
        import_id: int | None,
        raw_encoding: str = "",
        index: bool = True,
    ) -> int:
        """Insert a new article inside the caller's open transaction; returns its rowid.

        No savepoint of its own: FTS5 flushes its pending index data at every savepoint, which
        made batched inserts through add_prepared about three times slower. With `index` false
        the caller indexes the row elsewhere (archive.fts_shards) and marks it pending.
        """
        self._require_writable()
        rowid = self._insert_row(prepared, import_id, raw_encoding)
        self._insert_origins(rowid, prepared.article)
        if index:
            self._insert_index(rowid, prepared.index_columns)
        self._forget_caches()
        return rowid

    def index_unindexed(self) -> int:
        """Index the rows a stopped bulk add left out of the index (see archive.fts_shards);
        returns how many there were."""
        self._require_writable()
        owner = self.meta(fts_shards.PENDING_KEY)
        with db.translate_errors(self.path), self.connection:
            rowids = fts_shards.unindexed_rowids(self.connection)
            for rowid in rowids:
                self._index_row(rowid)
            self.connection.execute("DELETE FROM meta WHERE key = ?", (fts_shards.PENDING_KEY,))
        fts_shards.remove_left_shards(self.path, owner)
        self._forget_caches()
        return len(rowids)

    def add_many(self, articles: Iterable[NewArticle]) -> list[tuple[str, bool]]:
        """Add several articles in one transaction."""
        with db.translate_errors(self.path), self.connection:
            outcomes = [self.add(article) for article in articles]
        return outcomes

    def _require_writable(self) -> None:
        if not self.writable:
            raise errors.ArchiveReadOnlyError(f"The archive {self.path} is read-only.")

    def _insert_row(
        self, prepared: PreparedArticle, import_id: int | None, raw_encoding: str = ""
    ) -> int:
        values = _row_values(prepared) | {
            "id": prepared.id,
            "import_id": import_id,
            "raw_encoding": raw_encoding,
            "added": self.clock(),
        }
        columns = ", ".join(values)
        placeholders = ", ".join(f":{key}" for key in values)
        self.connection.execute(f"INSERT INTO articles({columns}) VALUES ({placeholders})", values)
        return int(self.connection.last_insert_rowid())

    def _insert_origins(self, rowid: int, article: NewArticle) -> None:
        rows = [
            (rowid, name, _origin(article, name).value)
            for name in METADATA_FIELDS
            if name == "body" or _has_value(article, name)
        ]
        self.connection.executemany(
            "INSERT INTO field_origins(article_rowid, field, origin) VALUES (?, ?, ?)", rows
        )

    def _insert_index(self, rowid: int, columns: tuple[str, str, str, str]) -> None:
        self.connection.execute(
            "INSERT INTO search_index(rowid, title, body, source, authors) VALUES (?, ?, ?, ?, ?)",
            (rowid, *columns),
        )

    def _reindex(self, rowid: int) -> None:
        self.connection.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        self._index_row(rowid)

    def _index_row(self, rowid: int) -> None:
        row = self.connection.execute(
            "SELECT title, text, source, authors FROM articles WHERE rowid = ?", (rowid,)
        ).fetchone()
        assert row is not None, "indexing a row that was just written"
        title, text, source, authors = row
        columns = index_columns(title, text, source, tuple(json.loads(authors)))
        self._insert_index(rowid, columns)

    def replace_body(self, identifier: str, body: str, *, curated: bool = True) -> str:
        """Replace an article's text (the raw capture stays); returns the new content hash."""
        self._require_writable()
        rowid = self._require_rowid(identifier)
        text = plain_text(body)
        new_hash = content_hash(text)
        origin = FieldOrigin.CURATED if curated else FieldOrigin.EXTRACTED
        with db.translate_errors(self.path), self.connection:
            self.connection.execute(
                "UPDATE articles SET body = ?, text = ?, content_hash = ? WHERE rowid = ?",
                (body, text, new_hash, rowid),
            )
            self.connection.execute(
                "INSERT OR REPLACE INTO field_origins VALUES (?, 'body', ?)", (rowid, origin.value)
            )
            self._reindex(rowid)
        self._forget_caches()
        return new_hash

    # --- revisions and removing imports ---------------------------------------------------

    @_file_errors
    def stored_version(self, identifier: str) -> StoredVersion | None:
        """Row, content hash and bringing import of the article with this id, if stored."""
        row = self.connection.execute(
            "SELECT rowid, content_hash, import_id FROM articles WHERE id = ?", (identifier,)
        ).fetchone()
        return None if row is None else StoredVersion(*row)

    @_file_errors
    def id_with_content_hash(self, digest: str) -> str | None:
        """The id of some article whose plain text has this hash."""
        row = self.connection.execute(
            "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (digest,)
        ).fetchone()
        return None if row is None else str(row[0])

    def revise_prepared(
        self, rowid: int, prepared: PreparedArticle, *, import_id: int, raw_encoding: str = ""
    ) -> None:
        """Give a stored article new text; the old one is kept in `revisions`; the id stays.

        Text, hash and index change in one transaction; annotations notice the new hash.
        """
        self._require_writable()
        with db.translate_errors(self.path), self.connection:
            self.connection.execute(_SNAPSHOT_REVISION, {"rowid": rowid, "now": self.clock()})
            values = _row_values(prepared) | {
                "import_id": import_id,
                "raw_encoding": raw_encoding,
                "rowid": rowid,
            }
            assignments = ", ".join(f"{key} = :{key}" for key in values if key != "rowid")
            self.connection.execute(
                f"UPDATE articles SET {assignments} WHERE rowid = :rowid", values
            )
            self.connection.execute("DELETE FROM field_origins WHERE article_rowid = ?", (rowid,))
            self._insert_origins(rowid, prepared.article)
            self.connection.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
            self._insert_index(rowid, prepared.index_columns)
        self._forget_caches()

    @_file_errors
    def revision_count(self, identifier: str) -> int:
        """How many earlier texts of this article are kept."""
        rowid = self._require_rowid(identifier)
        query = "SELECT count(*) FROM revisions WHERE article_rowid = ?"
        return int(self.connection.execute(query, (rowid,)).get)

    def remove_import_rows(self, import_id: int) -> tuple[int, int]:
        """Take out what one import brought: its new articles go, texts it revised come back.

        Returns (articles removed, articles restored to their earlier text). Index rows go with
        their articles (deleted by rowid: the index is contentless).
        """
        self._require_writable()
        removed = restored = 0
        with db.translate_errors(self.path), self.connection:
            query = "SELECT rowid FROM articles WHERE import_id = ?"
            rowids = [int(row[0]) for row in self.connection.execute(query, (import_id,))]
            for rowid in rowids:
                if self._restore_earlier_text(rowid, import_id):
                    restored += 1
                else:
                    self.connection.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
                    self.connection.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))
                    removed += 1
            self.connection.execute("DELETE FROM revisions WHERE import_id = ?", (import_id,))
        self._forget_caches()
        return removed, restored

    def _restore_earlier_text(self, rowid: int, import_id: int) -> bool:
        row = self.connection.execute(
            "SELECT revision FROM revisions WHERE article_rowid = ? AND import_id IS NOT ? "
            "ORDER BY revision DESC LIMIT 1",
            (rowid, import_id),
        ).fetchone()
        if row is None:
            return False
        self.connection.execute(_RESTORE_REVISION, {"rowid": rowid, "revision": row[0]})
        self.connection.execute(
            "DELETE FROM revisions WHERE article_rowid = ? AND revision >= ?", (rowid, row[0])
        )
        self._reset_origins(rowid)
        self._reindex(rowid)
        return True

    def _reset_origins(self, rowid: int) -> None:
        """Every present metadata field of a restored text counts as extracted again."""
        names = [name for name in METADATA_FIELDS if name != "body"]
        row = self.connection.execute(
            f"SELECT {', '.join(names)} FROM articles WHERE rowid = ?", (rowid,)
        ).fetchone()
        assert row is not None, "restoring a row that exists"
        present = [
            name for name, value in zip(names, row, strict=True) if value not in ("", "[]", None)
        ]
        self.connection.execute("DELETE FROM field_origins WHERE article_rowid = ?", (rowid,))
        self.connection.executemany(
            "INSERT INTO field_origins(article_rowid, field, origin) VALUES (?, ?, 'extracted')",
            [(rowid, name) for name in [*present, "body"]],
        )

    # --- reading ------------------------------------------------------------------------

    def _rowid(self, identifier: str) -> int | None:
        row = self.connection.execute(
            "SELECT rowid FROM articles WHERE id = ?", (identifier,)
        ).fetchone()
        return None if row is None else int(row[0])

    def _require_rowid(self, identifier: str) -> int:
        rowid = self._rowid(identifier)
        if rowid is None:
            raise errors.ArticleNotFoundError(f"No article with id {identifier} in {self.name}.")
        return rowid

    def get(self, identifier: str) -> Article:
        """The whole article with this id, or ArticleNotFoundError."""
        with db.translate_errors(self.path):
            row = self.connection.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (identifier,)
            ).fetchone()
            if row is None:
                raise errors.ArticleNotFoundError(
                    f"No article with id {identifier} in {self.name}."
                )
            return self._article_from_row(row)

    @_file_errors
    def get_by_rowid(self, rowid: int) -> Article:
        """The whole article stored at this row (used by search results)."""
        row = self.connection.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE rowid = ?", (rowid,)
        ).fetchone()
        if row is None:
            raise errors.ArticleNotFoundError(f"No article at row {rowid} in {self.name}.")
        return self._article_from_row(row)

    def _article_from_row(self, row: tuple[Any, ...]) -> Article:
        with _stored_values(self.path):
            return self._decode_article(row)

    def _decode_article(self, row: tuple[Any, ...]) -> Article:
        rowid, identifier, title, subtitle, date, source, authors, editor, url, script = row[:10]
        body, text, raw, digest = row[10:]
        return Article(
            id=identifier,
            archive=self.name,
            title=title,
            subtitle=subtitle,
            date=PartialDate.parse_iso(date),
            source=source,
            authors=tuple(json.loads(authors)),
            editor=editor,
            url=url,
            script=Script(script),
            body=body,
            text=text,
            raw=raw,
            content_hash=digest,
            field_origins=self._origins(rowid),
        )

    def _origins(self, rowid: int) -> dict[str, FieldOrigin]:
        rows = self.connection.execute(
            "SELECT field, origin FROM field_origins WHERE article_rowid = ?", (rowid,)
        )
        return {field: FieldOrigin(origin) for field, origin in rows}

    def summaries(self, rowids: Iterable[int] | None = None) -> list[ArticleSummary]:
        """Summaries by date (unknown dates last), or of the given rows in the order given."""
        with db.translate_errors(self.path):
            if rowids is None:
                rows = self.connection.execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM articles ORDER BY date_sort, rowid"
                ).fetchall()
                return [self._summary_from_row(row) for row in rows]
            wanted = list(rowids)
            found = {
                row[0]: row
                for row in self.connection.execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE rowid IN "
                    f"(SELECT value FROM json_each(?))",
                    (json.dumps(wanted),),
                )
            }
            return [self._summary_from_row(found[rowid]) for rowid in wanted if rowid in found]

    def _summary_from_row(self, row: tuple[Any, ...]) -> ArticleSummary:
        with _stored_values(self.path):
            return self._decode_summary(row)

    def _decode_summary(self, row: tuple[Any, ...]) -> ArticleSummary:
        _rowid, identifier, title, date, source, authors, url, script = row
        return ArticleSummary(
            id=identifier,
            archive=self.name,
            title=title,
            date=PartialDate.parse_iso(date),
            source=source,
            authors=tuple(json.loads(authors)),
            url=url,
            script=Script(script),
        )

    @_file_errors
    def article_id(self, rowid: int) -> str:
        """The stable id of the article stored at `rowid`."""
        return str(self.connection.execute("SELECT id FROM articles WHERE rowid = ?", (rowid,)).get)

    @_file_errors
    def snippet_source(self, rowid: int) -> tuple[ArticleSummary, str, str]:
        """What a result row needs: the summary, the title and the plain text."""
        row = self.connection.execute(
            f"SELECT {_SUMMARY_COLUMNS}, text FROM articles WHERE rowid = ?", (rowid,)
        ).fetchone()
        if row is None:
            raise errors.ArticleNotFoundError(f"No article at row {rowid} in {self.name}.")
        summary = self._summary_from_row(row[:-1])
        return summary, summary.title, row[-1]

    def iter_articles(self) -> Iterator[Article]:
        """Every article, in storage order (for exports, checks and rebuilds)."""
        with db.translate_errors(self.path):
            rowids = self.connection.execute("SELECT rowid FROM articles ORDER BY rowid")
            for (rowid,) in rowids:
                yield self.get_by_rowid(rowid)

    @_file_errors
    def date_ranks(self) -> array[int]:
        """Per rowid, an integer larger for newer articles (year-less and unknown: smallest)."""
        self._check_caches()
        if self._date_ranks is None:
            ranks = array("q", bytes(8 * (self._max_rowid() + 1)))
            rows = self.connection.execute("SELECT rowid, date_sort FROM articles")
            with _stored_values(self.path):
                for rowid, key in rows:
                    ranks[rowid] = _date_rank(key)
            self._date_ranks = ranks
        return self._date_ranks

    @_file_errors
    def facet_columns(self) -> tuple[list[str], list[str]]:
        """Per rowid, the source and the year ('' when unknown): facets count from these."""
        self._check_caches()
        if self._facets is None:
            size = self._max_rowid() + 1
            sources, years = [""] * size, [""] * size
            # Two scans of the narrow indexes instead of one of the (large) articles table.
            with _stored_values(self.path):
                for rowid, source in self.connection.execute(
                    "SELECT rowid, source FROM articles INDEXED BY articles_by_source"
                ):
                    sources[rowid] = sys.intern(source)
                for rowid, year in self.connection.execute(
                    "SELECT rowid, year FROM articles INDEXED BY articles_by_year"
                ):
                    years[rowid] = "" if year is None else sys.intern(str(year))
            self._facets = (sources, years)
        return self._facets

    def facet_codes(self) -> tuple[list[int], list[tuple[str, str]]]:
        """Per rowid a small code for its (source, year) pair, and the pairs by code: counting
        one code per result is the cheapest way to count both facets (a list, not an array:
        indexing it needs no int object per row; cached: do not modify)."""
        self._check_caches()
        if self._facet_codes is None:
            sources, years = self.facet_columns()
            codes: dict[tuple[str, str], int] = {}
            per_row = [
                codes.setdefault(pair, len(codes)) for pair in zip(sources, years, strict=True)
            ]
            self._facet_codes = (per_row, list(codes))
        return self._facet_codes

    def all_rowids(self) -> list[int]:
        """Every article's rowid, ascending (cached; a copy the caller may keep)."""
        return list(self._rowid_orders()[0])

    def rowids_newest_first(self) -> array[int]:
        """Every article's rowid by date, newest first, ties by rowid (cached: do not modify)."""
        return self._rowid_orders()[1]

    def newest_first_keys(self) -> array[int]:
        """Minus the date rank of each row of rowids_newest_first(): ascending, so a date range
        is one slice found by bisection (cached: do not modify)."""
        return self._rowid_orders()[2]

    def _rowid_orders(self) -> tuple[list[int], array[int], array[int]]:
        self._check_caches()
        if self._rowids is None:
            query = "SELECT rowid FROM articles INDEXED BY articles_by_date"
            ascending = sorted(rowid for (rowid,) in self.connection.execute(query))
            ranks = self.date_ranks()
            newest = array("q", sorted(ascending, key=lambda rowid: (-ranks[rowid], rowid)))
            keys = array("q", (-ranks[rowid] for rowid in newest))
            self._rowids = (ascending, newest, keys)
        return self._rowids

    def _max_rowid(self) -> int:
        return int(self.connection.execute("SELECT coalesce(max(rowid), 0) FROM articles").get)

    def _check_caches(self) -> None:
        """Forget the per-row caches when another connection has changed the file since."""
        version = int(self.connection.execute("PRAGMA data_version").get)
        if version != self._cached_data_version:
            self._forget_caches()
            self._cached_data_version = version

    def _forget_caches(self) -> None:
        self._date_ranks = None
        self._facets = None
        self._rowids = None
        self._facet_codes = None
        self._derived = {}

    def forget_derived(self) -> None:
        """Drop the values of `derived` (after this connection changed what they come from)."""
        self._derived = {}

    def derived(self, key: str, make: Callable[[], _Value]) -> _Value:
        """A value other modules compute from the file's content, kept until another connection
        (or this one) changes the file; `key` names it."""
        self._check_caches()
        if key not in self._derived:
            self._derived[key] = make()
        return cast(_Value, self._derived[key])

    @_file_errors
    def count(self) -> int:
        """How many articles the archive holds."""
        return int(self.connection.execute("SELECT count(*) FROM articles").get)

    def info(self) -> ArchiveInfo:
        """Counts, sources and the date range (year-less and unknown dates left out)."""
        with db.translate_errors(self.path):
            sources: dict[str, int] = {
                str(source): int(count)
                for source, count in self.connection.execute(
                    "SELECT source, count(*) FROM articles GROUP BY source ORDER BY count(*) DESC"
                )
            }
            first, last = self.connection.execute(
                "SELECT min(date), max(date) FROM articles WHERE year IS NOT NULL"
            ).fetchall()[0]
            return ArchiveInfo(
                name=self.name,
                path=str(self.path),
                articles=self.count(),
                sources=sources,
                first_date=None if first is None else str(first),
                last_date=None if last is None else str(last),
                schema_version=schema.user_version(self.connection),
                fold_version=self.fold_version,
            )


def _row_values(prepared: PreparedArticle) -> dict[str, Any]:
    """The article columns a prepared article determines (not id, import, or time added)."""
    article = prepared.article
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "date": article.date.iso(),
        "date_precision": article.date.precision.value,
        "date_sort": article.date.sort_key(),
        "year": article.date.year,
        "source": article.source,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "editor": article.editor,
        "url": article.url,
        "script": prepared.script.value,
        "body": article.body,
        "text": prepared.text,
        "raw": article.raw,
        "content_hash": prepared.content_hash,
    }


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _date_rank(sort_key: str) -> int:
    if sort_key.startswith("~"):
        return 0
    if sort_key.startswith("}"):
        return 1
    return int(sort_key)


def _has_value(article: NewArticle, name: str) -> bool:
    value = getattr(article, name)
    if name == "date":
        return value.iso() is not None
    return bool(value)


def _origin(article: NewArticle, name: str) -> FieldOrigin:
    return FieldOrigin.CURATED if name in article.curated_fields else FieldOrigin.EXTRACTED
