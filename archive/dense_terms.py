"""Bitmaps of the articles holding each very common search term: exact totals of broad queries.

A query of one common character matches most of the archive, and handing every matching rowid
from FTS5 to Python costs about 0.25 µs a row (25–35 ms at 100,000 articles). For every term
that at least 1/DENSE_SHARE of the articles hold (a character as a one-character query, a
character pair, a Latin/digit word), the plain table `dense_terms` keeps the set of matching
rowids as a bitmap, read from the index itself. A query whose terms include such a term is
evaluated on bitmaps: totals and facets become population counts (see docs/search.md).

The bitmaps cover the rows up to `meta.dense_terms_last_rowid`; rows added later are looked
up in the index for each dense term a query names (cheap while they are few: `refresh` rebuilds
the table once they exceed 1/DENSE_SHARE of the archive). The table is ignored (the index
answers) once `meta.content_generation`, which triggers on `articles` advance on every delete,
change of text or insert below that rowid, differs from `meta.dense_terms_generation`.
"""

from __future__ import annotations

import functools
import json
import operator
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import apsw

from archive import db, errors, process_map
from archive.bitmaps import bitmap_bytes, bitmap_of
from archive.fts import phrase_tokens, runs
from archive.index_rows import index_rowids
from archive.search_expr import AllOf, AnyOf, Expr, Phrase, Without, phrase_text, phrases
from archive.search_plan import SEARCHED_COLUMNS
from archive.store import ArchiveStore
from archive.textfold import fold

#: Archives smaller than this get no bitmaps: the index answers any query in a few ms there.
MIN_ARTICLES = 20_000
#: A term is dense when at least 1/DENSE_SHARE of the articles hold it.
DENSE_SHARE = 20
#: The longest CJK strings looked for (common phrases such as 中国特色社会主义 are 8).
MAX_CHARACTERS = 8
#: Articles read to find the candidate terms (evenly spread over the rowids).
SAMPLE_SIZE = 1_000
#: A sampled term becomes a candidate at this fraction of the threshold (sampling error margin).
CANDIDATE_MARGIN = 0.7

GENERATION = "content_generation"
BUILT_FOR = "dense_terms_generation"
LAST_ROWID = "dense_terms_last_rowid"
COVERED_ARTICLES = "dense_terms_articles"


def refresh(
    store: ArchiveStore,
    *,
    min_articles: int = MIN_ARTICLES,
    share: int = DENSE_SHARE,
    workers: int | None = None,
    force: bool = False,
) -> bool:
    """Rebuild the bitmaps when they no longer describe the archive, or leave more than
    1/`share` of it to the index, or when `force`d; True when they were rebuilt.

    Holds the archive's write lock throughout (readers go on), so no change can slip in between
    reading the index and recording what the bitmaps describe. Cost: about 0.4 µs of CPU for
    each matching row of each dense term, spread over `workers` processes reading the file
    (default: up to 2); ~25 s at 100,000 articles.
    """
    connection = store.connection
    with db.translate_errors(store.path):
        connection.execute("BEGIN IMMEDIATE")
        try:
            rebuilt = _refresh_locked(store, min_articles, share, workers, force)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    store.forget_derived()
    return rebuilt


def _refresh_locked(
    store: ArchiveStore, min_articles: int, share: int, workers: int | None, force: bool
) -> bool:
    size = store.count()
    last = int(store.connection.execute("SELECT coalesce(max(rowid), 0) FROM articles").get)
    if not force and _current(store) and (last - _covered(store)) * share <= size:
        return False
    threshold = max(1, size // share)
    usable = size >= min_articles and not _negative_rowids(store)
    rows = _dense_rows(store, threshold, workers) if usable else []
    store.connection.execute("DELETE FROM dense_terms")
    store.connection.executemany(
        "INSERT INTO dense_terms(phrase, articles, bitmap) VALUES (?, ?, ?)", rows
    )
    store.set_meta(LAST_ROWID, str(last))
    store.set_meta(COVERED_ARTICLES, str(size))
    store.set_meta(BUILT_FOR, store.meta(GENERATION) or "0")
    return True


def refresh_after_change(store: ArchiveStore) -> None:
    """`refresh` after an import or a removal, which has already succeeded: if the bitmaps
    cannot be written (a full disk, a busy file, no worker process), the table stays stale and
    the index answers instead."""
    try:
        refresh(store)
    except (errors.ArchiveError, OSError):
        return


def _current(store: ArchiveStore) -> bool:
    """True when no article the bitmaps cover has changed since they were built: the triggers'
    generation is the one recorded, and the covered rows are all there (a REPLACE by another
    tool deletes without running delete triggers)."""
    generation = store.meta(GENERATION)
    if generation is None or store.meta(BUILT_FOR) != generation:
        return False
    later = store.connection.execute(
        "SELECT count(*) FROM articles WHERE rowid > ?", (_covered(store),)
    ).get
    return store.meta(COVERED_ARTICLES) == str(store.count() - int(later))


def _negative_rowids(store: ArchiveStore) -> bool:
    """Rows below 0 (only another program writes them) cannot be bits: no bitmaps then."""
    return bool(
        store.connection.execute(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE rowid < 0) "
            "OR EXISTS (SELECT 1 FROM search_index_docsize WHERE id < 0)"
        ).get
    )


def _covered(store: ArchiveStore) -> int:
    """The last rowid the bitmaps cover."""
    return int(store.meta(LAST_ROWID) or 0)


_Row = tuple[str, int, bytes]


def _dense_rows(store: ArchiveStore, threshold: int, workers: int | None) -> list[_Row]:
    """The table's rows, sorted by phrase; the index is read by worker processes."""
    phrases = sorted(_candidates(store, threshold))
    count = process_map.worker_count(workers)
    chunks = [(store.path, phrases[start::count], threshold) for start in range(count)]
    if count <= 1:
        found = [_rows_of_chunk(chunk) for chunk in chunks]
    else:
        found = list(process_map.ordered_map(_rows_of_chunk, chunks, workers=count, chunksize=1))
    return sorted(row for rows in found for row in rows)


def _rows_of_chunk(chunk: tuple[Path, list[str], int]) -> list[_Row]:
    return _rows_of(*chunk)


def _rows_of(path: Path, phrases: list[str], threshold: int) -> list[_Row]:
    """The bitmaps of the phrases matched by at least `threshold` articles (in a worker)."""
    rows = []
    with ArchiveStore.open_read_only(path, immutable=False) as store:
        for phrase in phrases:
            rowids = index_rowids(store, phrase)
            if len(rowids) >= threshold:
                rows.append((phrase, len(rowids), bitmap_bytes(rowids)))
    return rows


def _candidates(store: ArchiveStore, threshold: int) -> set[str]:
    """Phrases whose share of an even sample of articles suggests they are dense: Latin/digit
    words, and CJK strings of 1 to MAX_CHARACTERS characters (a string is only counted when both
    strings one character shorter inside it are frequent: none can be more frequent than they)."""
    last = int(store.connection.execute("SELECT max(rowid) FROM articles").get or 0)
    step = max(1, last // SAMPLE_SIZE)
    sample = json.dumps(list(range(1, last + 1, step)))
    rows = store.connection.execute(
        "SELECT title, text FROM articles WHERE rowid IN (SELECT value FROM json_each(?))",
        (sample,),
    )
    pieces = [runs(fold(f"{title}\n{text}")) for title, text in rows]
    least = CANDIDATE_MARGIN * threshold * len(pieces) / max(store.count(), 1)
    words = Counter(
        word for held in pieces for word in {r.text.lower() for r in held if r.kind == "word"}
    )
    found = {_phrase_of(word, prefix=False) for word, count in words.items() if count >= least}
    grams = [[r.text for r in held if r.kind == "gram"] for held in pieces]
    frequent: set[str] = set()
    for length in range(1, MAX_CHARACTERS + 1):
        counts = Counter(
            piece for runs_of_one in grams for piece in _strings(runs_of_one, length, frequent)
        )
        frequent = {piece for piece, count in counts.items() if count >= least}
        found |= {_phrase_of(piece, prefix=length == 1) for piece in frequent}
        if not frequent:
            break
    return found


def _strings(grams: list[str], length: int, shorter: set[str]) -> set[str]:
    """The distinct strings of `length` characters in the CJK runs whose two strings of one
    character less are in `shorter` (every one when `length` is 1)."""
    return {
        run[start : start + length]
        for run in grams
        for start in range(len(run) - length + 1)
        if length == 1
        or (
            run[start : start + length - 1] in shorter
            and run[start + 1 : start + length] in shorter
        )
    }


def _phrase_of(text: str, *, prefix: bool) -> str:
    """The match expression a query of this (folded) text compiles to."""
    tokens = phrase_tokens(text)
    assert tokens is not None, "only CJK strings and words come here"
    return phrase_text(SEARCHED_COLUMNS, tokens.tokens, tokens.prefix or prefix)


def dense_phrases(store: ArchiveStore) -> frozenset[str]:
    """The phrases with a current bitmap (empty when the table is stale)."""
    return store.derived("dense_terms.phrases", lambda: _read_phrases(store))


def _read_phrases(store: ArchiveStore) -> frozenset[str]:
    with db.translate_errors(store.path):
        if not _current(store) or _negative_rowids(store):
            return frozenset()
        rows = store.connection.execute("SELECT phrase FROM dense_terms")
        return frozenset(str(phrase) for (phrase,) in rows)


def applies(store: ArchiveStore, tree: Expr | None) -> bool:
    """Whether `tree` names a term with a current bitmap (then `evaluate` is the quicker way)."""
    if tree is None:
        return False
    dense = dense_phrases(store)
    return bool(dense) and any(phrase.text in dense for phrase in phrases(tree))


def evaluate(store: ArchiveStore, tree: Expr) -> int:
    """The bitmap of the rows `tree` matches: dense terms from their bitmaps (plus the rows
    added since, from the index), other phrases from the index."""
    dense = dense_phrases(store)
    tail = store.derived("dense_terms.tail", lambda: _tail(store))
    return _evaluate(tree, lambda phrase: _phrase_bits(store, phrase, dense, tail))


def _tail(store: ArchiveStore) -> int | None:
    """The last rowid the bitmaps cover when articles were added after it, else None (then no
    dense term needs an index lookup of later rows)."""
    covered = _covered(store)
    query = "SELECT EXISTS (SELECT 1 FROM articles WHERE rowid > ?)"
    return covered if store.connection.execute(query, (covered,)).get else None


def _evaluate(tree: Expr, leaf: Callable[[str], int]) -> int:
    if isinstance(tree, Phrase):
        return leaf(tree.text)
    if isinstance(tree, AnyOf):
        return functools.reduce(operator.or_, (_evaluate(part, leaf) for part in tree.parts))
    if isinstance(tree, AllOf):
        result = -1  # every bit set
        for part in tree.parts:
            result &= _evaluate(part, leaf)
            if not result:
                break
        return result
    assert isinstance(tree, Without)
    kept = _evaluate(tree.match, leaf)
    return kept & ~_evaluate(tree.exclude, leaf) if kept else 0


def _phrase_bits(store: ArchiveStore, phrase: str, dense: frozenset[str], tail: int | None) -> int:
    """The phrase's rows: its bitmap plus later rows, or the index's rows when it has no bitmap
    or its bitmap does not hold as many rows as recorded (a damaged row: never trusted)."""
    if phrase in dense:
        query = "SELECT articles, bitmap FROM dense_terms WHERE phrase = ?"
        row: tuple[int, bytes] | None = store.connection.execute(query, (phrase,)).fetchone()
        stored = int.from_bytes(row[1], "little") if row else -1
        if row and stored.bit_count() == row[0]:
            later = 0 if tail is None else bitmap_of(index_rowids(store, phrase, after=tail))
            return stored | later
    return bitmap_of(index_rowids(store, phrase))


#: Bitmaps `problems` compares in full with the index (spread over the table).
CHECKED_IN_FULL = 32


def problems(connection: apsw.Connection) -> list[str]:
    """What `wenyuan-archive check` reports about a current table: bitmaps whose count differs
    from the rows they hold, and any of CHECKED_IN_FULL bitmaps that differ from the index."""
    meta = dict(connection.execute("SELECT key, value FROM meta"))
    if meta.get(GENERATION) is None or meta.get(BUILT_FOR) != meta.get(GENERATION):
        return []  # stale: searches ignore it
    covered = int(meta.get(LAST_ROWID) or 0)
    rows: list[tuple[str, int, bytes]] = connection.execute(  # type: ignore[assignment]
        "SELECT phrase, articles, bitmap FROM dense_terms"
    ).fetchall()
    step = max(1, len(rows) // CHECKED_IN_FULL)
    wrong = [
        phrase
        for number, (phrase, articles, blob) in enumerate(rows)
        if (bits := int.from_bytes(blob, "little")).bit_count() != articles
        or (number % step == 0 and bits != _index_bitmap(connection, phrase, covered))
    ]
    if not wrong:
        return []
    return [
        f"{len(wrong)} bitmaps of common search terms disagree with the search index "
        "(searches set a damaged one aside); `wenyuan-archive rebuild-terms` rebuilds them"
    ]


def _index_bitmap(connection: apsw.Connection, phrase: str, covered: int) -> int:
    """The index's rows 0..covered for `phrase` (-1, never a bitmap, if it is not a phrase)."""
    try:
        rows: list[tuple[int]] = connection.execute(  # type: ignore[assignment]
            "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN 0 AND ?",
            (phrase, covered),
        ).fetchall()
    except apsw.SQLError:
        return -1
    return bitmap_of(rowid for (rowid,) in rows)


def column_bitmaps(store: ArchiveStore) -> tuple[dict[str, int], dict[str, int]]:
    """Per source and per year ('' when unknown) the bitmap of its rows: facets of a bitmap
    are one AND and one population count per value."""
    return store.derived("dense_terms.columns", lambda: _column_bitmaps(store))


def _column_bitmaps(store: ArchiveStore) -> tuple[dict[str, int], dict[str, int]]:
    sources, years = store.facet_columns()
    return _value_bitmaps(sources), _value_bitmaps(years)


def _value_bitmaps(values: list[str]) -> dict[str, int]:
    rows: dict[str, list[int]] = {}
    for rowid, value in enumerate(values):
        rows.setdefault(value, []).append(rowid)
    return {value: int.from_bytes(bitmap_bytes(listed), "little") for value, listed in rows.items()}


#: Date-order checkpoints: bitmaps of the first k/DATE_CHECKPOINTS of the archive, newest first.
DATE_CHECKPOINTS = 256


def warm_up(store: ArchiveStore) -> None:
    """Build the per-archive bitmaps queries with dense terms read (sources, years, date
    checkpoints), when the archive has dense terms."""
    if dense_phrases(store):
        column_bitmaps(store)
        _date_checkpoints(store)


def date_slice_bitmap(store: ArchiveStore, first: int, last: int) -> int:
    """The bitmap of `store.rowids_newest_first()[first:last]` (a date range): two checkpoints
    and the rows between them and the slice's ends, not a Python step per row of the range."""
    order = store.rowids_newest_first()
    step, prefixes = _date_checkpoints(store)
    low, high = -(-first // step), last // step
    if low >= high:
        return bitmap_of(order[first:last])
    inner = prefixes[high] & ~prefixes[low]
    return inner | bitmap_of(order[first : low * step]) | bitmap_of(order[high * step : last])


def _date_checkpoints(store: ArchiveStore) -> tuple[int, list[int]]:
    order = store.rowids_newest_first()
    return store.derived("dense_terms.date_prefixes", lambda: _date_prefixes(order))


def _date_prefixes(order: Sequence[int]) -> tuple[int, list[int]]:
    """The checkpoint step and, for each k, the bitmap of order[: k * step]."""
    step = max(1, -(-len(order) // DATE_CHECKPOINTS))
    prefixes = [0]
    for start in range(0, len(order), step):
        prefixes.append(prefixes[-1] | bitmap_of(order[start : start + step]))
    return step, prefixes
