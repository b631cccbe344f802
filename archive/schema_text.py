"""Is a file's schema the one its version promises? Damaged schema text is found on opening.

SQLite keeps each table's and index's CREATE statement as text in `sqlite_schema` and parses it
on every open; a damaged byte there can rename a column, so that later queries fail with
"no such column" instead of a sentence. Each version's expected statements come from running
its migrations on an in-memory database (once per process); objects SQLite or FTS5 create
themselves (autoindexes, FTS5's shadow tables) and objects beyond the expected ones are left
out of the comparison.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import apsw

_SCHEMA_ROWS = "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL"


def damaged_statements(
    connection: apsw.Connection, migrations: Sequence[str], version: int, fts_tables: Sequence[str]
) -> list[str]:
    """Names of the expected tables and indexes of schema `version` missing or changed in the
    file (empty when the schema is as its migrations make it)."""
    expected = _expected(tuple(migrations[:version]), tuple(fts_tables))
    found = {name: sql for _type, name, sql in connection.execute(_SCHEMA_ROWS)}
    return sorted(name for name, sql in expected.items() if found.get(name) != sql)


@functools.cache
def _expected(steps: tuple[str, ...], fts_tables: tuple[str, ...]) -> dict[str, str]:
    memory = apsw.Connection(":memory:")
    try:
        for step in steps:
            memory.execute(step)
        shadows = tuple(f"{table}_" for table in fts_tables)
        return {
            str(name): str(sql)
            for _type, name, sql in memory.execute(_SCHEMA_ROWS)
            if not str(name).startswith(shadows)
        }
    finally:
        memory.close()
