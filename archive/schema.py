"""The archive's versioned schema: stepwise migrations in one transaction, newer files refused."""

from __future__ import annotations

from collections.abc import Sequence

import apsw

from archive import schema_versions as versions

APPLICATION_ID = 0x57594131  # "WYA1": marks the file as a Wenyuan archive

_STEP_1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE imports (
    import_id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    date TEXT,
    date_precision TEXT NOT NULL,
    date_sort TEXT NOT NULL,
    year INTEGER,
    source TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '[]',
    editor TEXT NOT NULL DEFAULT '',
    url TEXT,
    script TEXT NOT NULL CHECK (script IN ('hans', 'hant', 'mixed')),
    body TEXT NOT NULL,
    text TEXT NOT NULL,
    raw TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(import_id),
    added TEXT NOT NULL
) STRICT;
CREATE INDEX articles_by_date ON articles(date_sort);
CREATE INDEX articles_by_source ON articles(source);
CREATE INDEX articles_by_year ON articles(year);
CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_by_hash ON articles(content_hash);

CREATE TABLE field_origins (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    field TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('extracted', 'curated')),
    PRIMARY KEY (article_rowid, field)
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, source, authors,
    content = '',
    contentless_delete = 1,
    tokenize = 'ascii',
    prefix = '1'
);
"""

#: Imports keep their report; re-imported articles keep their earlier texts as revisions.
#: `articles.import_id` is the import that brought the *current* text; `raw_encoding` the codec
#: the raw capture was decoded with ('' when it was text already), so the bytes can be rebuilt.
_STEP_2 = """
ALTER TABLE imports ADD COLUMN report TEXT NOT NULL DEFAULT '{}';
ALTER TABLE articles ADD COLUMN raw_encoding TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_by_import ON articles(import_id) WHERE import_id IS NOT NULL;

CREATE TABLE revisions (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL,
    date TEXT,
    date_precision TEXT NOT NULL,
    date_sort TEXT NOT NULL,
    year INTEGER,
    source TEXT NOT NULL,
    authors TEXT NOT NULL,
    editor TEXT NOT NULL,
    url TEXT,
    script TEXT NOT NULL,
    body TEXT NOT NULL,
    text TEXT NOT NULL,
    raw TEXT NOT NULL,
    raw_encoding TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    import_id INTEGER,
    replaced TEXT NOT NULL,
    PRIMARY KEY (article_rowid, revision)
) STRICT;
CREATE INDEX revisions_by_import ON revisions(import_id) WHERE import_id IS NOT NULL;
"""

_BUMP_GENERATION = """
    UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
    WHERE key = 'content_generation';
"""

#: Bitmaps of the articles holding each very common search term (archive/dense_terms.py), and
#: what tells whether they still describe the articles: triggers advance `content_generation`
#: on every delete and every change of searchable text, and on an insert below the last rowid
#: the bitmaps cover (from this app or any other SQLite tool). Later rows are looked up in the
#: index when a query runs.
_STEP_3 = f"""
CREATE TABLE dense_terms (
    phrase TEXT PRIMARY KEY,
    articles INTEGER NOT NULL,
    bitmap BLOB NOT NULL
) STRICT;
INSERT OR IGNORE INTO meta(key, value) VALUES ('content_generation', '0');
INSERT OR IGNORE INTO meta(key, value) VALUES ('dense_terms_last_rowid', '0');
CREATE TRIGGER articles_added AFTER INSERT ON articles
WHEN NEW.rowid <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'dense_terms_last_rowid')
BEGIN {_BUMP_GENERATION} END;
CREATE TRIGGER articles_removed AFTER DELETE ON articles BEGIN {_BUMP_GENERATION} END;
CREATE TRIGGER articles_changed AFTER UPDATE OF rowid, title, text ON articles
BEGIN {_BUMP_GENERATION} END;
"""

#: MIGRATIONS[n] upgrades a file from user_version n to n + 1.
MIGRATIONS: Sequence[str] = (_STEP_1, _STEP_2, _STEP_3)
SCHEMA_VERSION = len(MIGRATIONS)
#: FTS5 tables: their shadow tables' statements are FTS5's own, not compared.
FTS_TABLES = ("search_index",)


def user_version(connection: apsw.Connection) -> int:
    """The schema version recorded in the file (0 for a new, empty file)."""
    return versions.user_version(connection)


def check_readable(connection: apsw.Connection, path: str) -> int:
    """Refuse a newer, foreign or damaged file; return its version."""
    return versions.check_readable(connection, path, _kind())


def migrate(connection: apsw.Connection, path: str) -> None:
    """Bring the file up to SCHEMA_VERSION, all steps in one transaction."""
    versions.migrate(connection, path, _kind())


def _kind() -> versions.FileKind:
    # Built on each call from the module's names, which tests may replace.
    return versions.FileKind("archive", APPLICATION_ID, MIGRATIONS, FTS_TABLES)
