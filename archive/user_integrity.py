"""Integrity checks of the user store: SQLite's, FTS5's, the schema, and annotations whole.

Read-only like the archive checks (archive/integrity.py): nothing is written to the file.
"""

from __future__ import annotations

from pathlib import Path

import apsw

from archive import db, errors, user_schema
from archive.integrity import CheckReport, failure_report, fts_problems, sqlite_problems

KIND = "user store"

#: Each annotation's stored tags against its tag rows, and the counts the browser's menus show
#: against the annotations themselves (triggers keep them in step inside each transaction).
_TAGS_OUT_OF_STEP = """
SELECT count(*) FROM annotations a
WHERE NOT json_valid(a.tags)
   OR (SELECT count(*) FROM json_each(CASE WHEN json_valid(a.tags) THEN a.tags ELSE '[]' END))
      != (SELECT count(*) FROM annotation_tags t WHERE t.annotation_rowid = a.rowid)
"""
_FACETS_OUT_OF_STEP = """
WITH actual(facet, value, count) AS (
    SELECT 'color', color, count(*) FROM annotations WHERE color IS NOT NULL GROUP BY color
    UNION ALL SELECT 'creator', creator, count(*) FROM annotations GROUP BY creator
    UNION ALL SELECT 'source', article_source, count(*) FROM annotations GROUP BY article_source
    UNION ALL SELECT 'archive', archive, count(*) FROM annotations GROUP BY archive
    UNION ALL SELECT 'status', status, count(*) FROM annotations GROUP BY status
    UNION ALL SELECT 'tag', tag, count(*) FROM annotation_tags GROUP BY tag
)
SELECT (SELECT count(*) FROM (
            SELECT facet, value, count FROM actual
            EXCEPT SELECT facet, value, count FROM facet_counts))
     + (SELECT count(*) FROM (
            SELECT facet, value, count FROM facet_counts WHERE count > 0
            EXCEPT SELECT facet, value, count FROM actual))
"""


def check_user_store(path: Path) -> CheckReport:
    """SQLite's checks, the annotation index's FTS5 check, and every annotation whole."""
    if path.is_file() and not path.stat().st_size:
        return CheckReport(path, KIND, (), "empty: no annotations yet")
    try:
        connection = db.open_read_only(path, immutable=False)
    except errors.ArchiveError as error:
        return failure_report(path, KIND, error)
    try:
        with db.translate_errors(path):
            version = user_schema.check_readable(connection, str(path))
            if not version:
                return CheckReport(path, KIND, (), "empty: no annotations yet")
            problems = sqlite_problems(connection)
            if not problems:
                problems += _annotation_problems(connection)
                problems += fts_problems(connection, path, "annotation_index")
            count = int(connection.execute("SELECT count(*) FROM annotations").get)
        return CheckReport(path, KIND, tuple(problems), f"{count} annotations, schema {version}")
    except errors.ArchiveError as error:
        return failure_report(path, KIND, error)
    finally:
        connection.close()


def _annotation_problems(connection: apsw.Connection) -> list[str]:
    """Tags, menu counts and the search index in step with the annotations."""
    problems = []
    if tags := connection.execute(_TAGS_OUT_OF_STEP).get:
        problems.append(f"{tags} annotations have tags that are not indexed")
    if connection.execute(_FACETS_OUT_OF_STEP).get:
        problems.append("the browser's filter counts do not match the annotations")
    annotations = connection.execute("SELECT count(*) FROM annotations").get
    indexed = connection.execute("SELECT count(*) FROM annotation_index_docsize").get
    if annotations != indexed:
        problems.append(f"{annotations} annotations but {indexed} entries in their search index")
    return problems
