"""The user store's versioned schema: its own application id, stepwise migrations, newer refused."""

from __future__ import annotations

from collections.abc import Sequence

import apsw

from archive import schema_versions as versions

APPLICATION_ID = 0x57595531  # "WYU1": marks the file as a Wenyuan user store

_STEP_1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE annotations (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'bookmark')),
    archive TEXT NOT NULL,
    article_id TEXT NOT NULL,
    article_title TEXT NOT NULL DEFAULT '',
    article_source TEXT NOT NULL DEFAULT '',
    article_date TEXT,
    article_date_sort TEXT NOT NULL DEFAULT '',
    exact TEXT,
    prefix TEXT,
    suffix TEXT,
    start_offset INTEGER,
    end_offset INTEGER,
    content_hash TEXT,
    checked_hash TEXT,
    status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
    color TEXT,
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    creator TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    CHECK ((kind = 'highlight') = (exact IS NOT NULL AND start_offset IS NOT NULL))
) STRICT;
CREATE INDEX annotations_by_article ON annotations(archive, article_id);
CREATE INDEX annotations_in_reading_order
    ON annotations(archive, article_date_sort DESC, article_id, kind, start_offset);
CREATE INDEX annotations_by_updated ON annotations(updated);
CREATE INDEX annotations_by_created ON annotations(created);
CREATE INDEX annotations_by_color ON annotations(color, updated);
CREATE INDEX annotations_by_creator ON annotations(creator, updated);
CREATE INDEX annotations_by_source ON annotations(article_source, updated);
CREATE INDEX annotations_by_status ON annotations(status) WHERE status != 'anchored';
CREATE UNIQUE INDEX one_bookmark_per_article ON annotations(archive, article_id)
    WHERE kind = 'bookmark';

CREATE TABLE annotation_tags (
    annotation_rowid INTEGER NOT NULL REFERENCES annotations(rowid) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (annotation_rowid, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX tags_by_tag ON annotation_tags(tag);

-- How many annotations have each colour, creator, source, archive, status and tag: the
-- browser's filter menus read these few rows instead of counting 100,000 annotations.
CREATE TABLE facet_counts (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER annotation_counted AFTER INSERT ON annotations BEGIN
    INSERT INTO facet_counts(facet, value, count)
        SELECT facet, value, 1 FROM (
            SELECT 'color' AS facet, NEW.color AS value UNION ALL
            SELECT 'creator', NEW.creator UNION ALL
            SELECT 'source', NEW.article_source UNION ALL
            SELECT 'archive', NEW.archive UNION ALL
            SELECT 'status', NEW.status
        ) WHERE value IS NOT NULL
        ON CONFLICT(facet, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER annotation_uncounted AFTER DELETE ON annotations BEGIN
    UPDATE facet_counts SET count = count - 1
        WHERE (facet = 'color' AND value = OLD.color)
           OR (facet = 'creator' AND value = OLD.creator)
           OR (facet = 'source' AND value = OLD.article_source)
           OR (facet = 'archive' AND value = OLD.archive)
           OR (facet = 'status' AND value = OLD.status);
    DELETE FROM facet_counts
        WHERE facet IN ('color', 'creator', 'source', 'archive', 'status') AND count <= 0;
END;

CREATE TRIGGER annotation_recounted
    AFTER UPDATE OF color, creator, article_source, archive, status ON annotations
    WHEN OLD.color IS NOT NEW.color OR OLD.creator IS NOT NEW.creator
        OR OLD.article_source IS NOT NEW.article_source OR OLD.archive IS NOT NEW.archive
        OR OLD.status IS NOT NEW.status
BEGIN
    UPDATE facet_counts SET count = count - 1
        WHERE (facet = 'color' AND value = OLD.color)
           OR (facet = 'creator' AND value = OLD.creator)
           OR (facet = 'source' AND value = OLD.article_source)
           OR (facet = 'archive' AND value = OLD.archive)
           OR (facet = 'status' AND value = OLD.status);
    INSERT INTO facet_counts(facet, value, count)
        SELECT facet, value, 1 FROM (
            SELECT 'color' AS facet, NEW.color AS value UNION ALL
            SELECT 'creator', NEW.creator UNION ALL
            SELECT 'source', NEW.article_source UNION ALL
            SELECT 'archive', NEW.archive UNION ALL
            SELECT 'status', NEW.status
        ) WHERE value IS NOT NULL
        ON CONFLICT(facet, value) DO UPDATE SET count = count + 1;
    DELETE FROM facet_counts
        WHERE facet IN ('color', 'creator', 'source', 'archive', 'status') AND count <= 0;
END;

CREATE TRIGGER tag_counted AFTER INSERT ON annotation_tags BEGIN
    INSERT INTO facet_counts(facet, value, count) VALUES ('tag', NEW.tag, 1)
        ON CONFLICT(facet, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER tag_uncounted AFTER DELETE ON annotation_tags BEGIN
    UPDATE facet_counts SET count = count - 1 WHERE facet = 'tag' AND value = OLD.tag;
    DELETE FROM facet_counts WHERE facet = 'tag' AND value = OLD.tag AND count <= 0;
END;

CREATE VIRTUAL TABLE annotation_index USING fts5(
    quote, note, tags,
    content = '',
    contentless_delete = 1,
    tokenize = 'ascii',
    prefix = '1'
);
"""

#: MIGRATIONS[n] upgrades a file from user_version n to n + 1.
MIGRATIONS: Sequence[str] = (_STEP_1,)
SCHEMA_VERSION = len(MIGRATIONS)
#: FTS5 tables: their shadow tables' statements are FTS5's own, not compared.
FTS_TABLES = ("annotation_index",)


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
    return versions.FileKind("annotation store", APPLICATION_ID, MIGRATIONS, FTS_TABLES)
