"""Dense terms' bitmaps: the same results as the index alone, kept current or ignored when stale.

Two copies of one archive of real articles: one without bitmaps (the index answers) and one
with bitmaps for every term held by 1/10 of the articles. Every query of a few hundred, drawn
from the articles (1–8 characters, phrases, OR, NOT, AND, filters, regional words), must give
equal totals, facets and pages in both, in relevance and date order; one-character and OR
queries must also equal a brute-force scan.
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import apsw
import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive import dense_terms, search
from archive.bitmaps import BitTest, bitmap_of, rowids_of
from archive.dates import PartialDate
from archive.index_rows import index_rowids
from archive.integrity import check_archive
from archive.library import Library
from archive.models import NewArticle
from archive.prepare import index_columns
from archive.search import SearchRequest, SortOrder, rank
from archive.search_plan import plan_query
from archive.store import ArchiveStore
from tests.archive.search_support import build_corpus_archive
from tests.archive.test_cli import run_cli
from tests.archive.test_exactness import brute_force, folded_corpus

ARTICLES_PER_CORPUS = {"cctv_2022_2023.jsonl": 300, "tw_news_2017_udn_ltn.jsonl": 200}
SHARE = 10
HAN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass
class Twins:
    plain: Library
    dense: Library
    folder: Path


@pytest.fixture(scope="module")
def twins(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Twins]:
    folder = tmp_path_factory.mktemp("dense")
    plain, dense = folder / "plain.sqlite", folder / "dense.sqlite"
    build_corpus_archive(plain, ARTICLES_PER_CORPUS)
    shutil.copy(plain, dense)
    with ArchiveStore.open_writable(dense, wal=False) as store:
        assert dense_terms.refresh(store, min_articles=0, share=SHARE, workers=1)
    pair = Twins(Library.open([plain]), Library.open([dense]), folder)
    yield pair
    pair.plain.close()
    pair.dense.close()


def _pieces(library: Library, length: int, count: int, rng: random.Random) -> list[str]:
    texts = [article.text for article in library.stores[0].iter_articles()]
    pieces: list[str] = []
    while len(pieces) < count:
        runs = [run for run in HAN.findall(rng.choice(texts)) if len(run) >= length]
        if runs:
            run = rng.choice(runs)
            start = rng.randrange(len(run) - length + 1)
            pieces.append(run[start : start + length])
    return pieces


def _queries(library: Library) -> list[SearchRequest]:
    rng = random.Random(20261202)
    ones = _pieces(library, 1, 60, rng)
    twos = _pieces(library, 2, 60, rng)
    longer = [piece for length in range(3, 9) for piece in _pieces(library, length, 15, rng)]
    texts = ones + twos + longer + [f'"{piece}"' for piece in longer[::3]]
    requests = [SearchRequest(text) for text in texts]
    for first, second in zip(ones[:20], twos[:20], strict=True):
        requests += [
            SearchRequest(f"{first} OR {second}"),
            SearchRequest(f"{first} -{second}"),
            SearchRequest(f"{first} {second}"),
            SearchRequest(f"({first} OR {second}) NOT 青岛"),
            SearchRequest(f"{first} date:2022-03..2022-09"),
            SearchRequest(f"{first} source:央视"),
            SearchRequest(f"title:{second} OR {first}"),
        ]
    for text in ones[20:40]:
        requests += [
            SearchRequest(text, date_from="2017", date_to="20220630"),
            SearchRequest(text, sources=("央视网",)),
            SearchRequest(text, regional=True),
            SearchRequest(text, offset=7, limit=5),
        ]
    requests += [SearchRequest("软件", regional=True), SearchRequest("的 了 是")]
    return requests


def _outcome(library: Library, request: SearchRequest) -> tuple[object, ...]:
    ranked = rank(library, request)
    refs = [(ref.rowid, ref.sort_key) for ref in ranked.refs]
    return ranked.total, ranked.by_source, ranked.by_year, ranked.ranked_by, refs


@pytest.mark.corpora
@pytest.mark.parametrize("rank_limit", [search.RANK_LIMIT, 40])
@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("limit", [20, 0])
def test_bitmaps_give_what_the_index_gives(
    twins: Twins, monkeypatch: pytest.MonkeyPatch, rank_limit: int, sort: SortOrder, limit: int
) -> None:
    monkeypatch.setattr(search, "RANK_LIMIT", rank_limit)
    store = twins.dense.stores[0]
    used = 0
    for base in _queries(twins.plain):
        request = SearchRequest(
            base.query,
            sort=sort,
            limit=base.limit if base.offset else limit,
            offset=base.offset,
            sources=base.sources,
            date_from=base.date_from,
            date_to=base.date_to,
            regional=base.regional,
        )
        tree = plan_query(request.query, regional=request.regional).expression_tree
        used += dense_terms.applies(store, tree)
        assert not dense_terms.applies(twins.plain.stores[0], tree)
        assert _outcome(twins.dense, request) == _outcome(twins.plain, request), request
    assert used >= 200, used  # the bitmaps were really used, for most of the queries


@pytest.mark.corpora
def test_one_character_and_or_queries_equal_brute_force(twins: Twins) -> None:
    corpus = folded_corpus(twins.dense)
    ids = {ref.rowid: ref.article_id for ref in rank(twins.dense, SearchRequest("", limit=0)).refs}
    rng = random.Random(7)
    ones = _pieces(twins.dense, 1, 40, rng)
    for first, second in zip(ones[:20], ones[20:], strict=True):
        for query, expected in (
            (first, brute_force(corpus, first)),
            (f"{first} OR {second}", brute_force(corpus, first) | brute_force(corpus, second)),
            (f"{first} -{second}", brute_force(corpus, first) - brute_force(corpus, second)),
        ):
            ranked = rank(twins.dense, SearchRequest(query, limit=0))
            assert ranked.total == len(expected), query
            assert {ids[ref.rowid] for ref in ranked.refs} == expected, query


def test_table_holds_exactly_the_dense_terms(twins: Twins) -> None:
    store = twins.dense.stores[0]
    threshold = store.count() // SHARE
    rows = store.connection.execute("SELECT phrase, articles, bitmap FROM dense_terms").fetchall()
    assert len(rows) > 300
    for phrase, articles, bitmap in rows[::25]:
        found = index_rowids(store, phrase)
        assert articles == len(found) >= threshold
        assert rowids_of(int.from_bytes(bitmap, "little")) == found
    dense = dense_terms.dense_phrases(store)
    assert '{title body} : "的" *' in dense
    assert '{title body} : "中国"' in dense
    assert any(phrase.count(" ") >= 4 for phrase in dense)  # a phrase of three pairs or more


def test_two_workers_build_the_same_table(twins: Twins, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(twins.folder / "plain.sqlite", copy)
    with ArchiveStore.open_writable(copy, wal=False) as store:
        assert dense_terms.refresh(store, min_articles=0, share=SHARE, workers=2)
        built = store.connection.execute("SELECT * FROM dense_terms ORDER BY phrase").fetchall()
    reference = (
        twins.dense.stores[0]
        .connection.execute("SELECT * FROM dense_terms ORDER BY phrase")
        .fetchall()
    )
    assert built == reference


def test_small_archives_get_no_bitmaps(twins: Twins, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(twins.folder / "plain.sqlite", copy)
    with ArchiveStore.open_writable(copy, wal=False) as store:
        assert dense_terms.refresh(store)  # 500 articles: below MIN_ARTICLES
        assert store.connection.execute("SELECT count(*) FROM dense_terms").get == 0
        assert not dense_terms.refresh(store)  # current: nothing to do


def _new_article(number: int) -> NewArticle:
    return NewArticle(
        title=f"新稿{number}",
        body="的确是一篇新文章，青岛港口。",
        raw="r",
        identity=f"new-{number}",
        date=PartialDate(2030, 1, 1),
        source="新来源",
    )


@pytest.fixture
def dense_copy(twins: Twins, tmp_path: Path) -> Path:
    copy = tmp_path / "dense.sqlite"
    shutil.copy(twins.folder / "dense.sqlite", copy)
    return copy


@contextmanager
def _opened(path: Path) -> Iterator[Library]:
    library = Library.open([path])
    try:
        yield library
    finally:
        library.close()


def _total(path: Path, query: str) -> tuple[int, bool]:
    with _opened(path) as library:
        plan = plan_query(query)
        used = dense_terms.applies(library.stores[0], plan.expression_tree)
        return rank(library, SearchRequest(query, limit=0)).total, used


def test_articles_added_later_are_found_through_the_index(twins: Twins, dense_copy: Path) -> None:
    before, used = _total(dense_copy, "的")
    assert used
    with ArchiveStore.open_writable(dense_copy, wal=False) as store:
        store.add_many(_new_article(number) for number in range(3))
        assert not dense_terms.refresh(store, min_articles=0, share=SHARE)  # 3 new: still current
    after, used = _total(dense_copy, "的")
    assert used and after == before + 3
    with _opened(dense_copy) as library:
        ranked = rank(library, SearchRequest("的", sort=SortOrder.DATE, limit=3))
        last = int(library.stores[0].connection.execute("SELECT max(rowid) FROM articles").get)
        assert {ref.rowid for ref in ranked.refs} == {last - 2, last - 1, last}
        assert ranked.by_source["新来源"] == 3


def test_many_added_articles_make_refresh_rebuild(dense_copy: Path) -> None:
    with ArchiveStore.open_writable(dense_copy, wal=False) as store:
        size = store.count()
        store.add_many(_new_article(number) for number in range(size // (SHARE - 1) + 1))
        assert dense_terms.refresh(store, min_articles=0, share=SHARE)
        covered = int(store.meta(dense_terms.LAST_ROWID) or 0)
        assert covered == store.connection.execute("SELECT max(rowid) FROM articles").get


def test_a_change_by_another_program_makes_the_bitmaps_stale(
    twins: Twins, dense_copy: Path
) -> None:
    before, _used = _total(dense_copy, "的")
    other = apsw.Connection(str(dense_copy))  # any SQLite tool: the triggers still run
    victim = other.execute(
        "SELECT rowid FROM articles WHERE title LIKE '%的%' OR text LIKE '%的%' LIMIT 1"
    ).get
    other.execute("DELETE FROM search_index WHERE rowid = ?", (victim,))
    other.execute("DELETE FROM articles WHERE rowid = ?", (victim,))
    other.close()
    after, used = _total(dense_copy, "的")
    assert not used and after == before - 1
    with ArchiveStore.open_writable(dense_copy, wal=False) as store:
        assert dense_terms.refresh(store, min_articles=0, share=SHARE)
    again, used = _total(dense_copy, "的")
    assert used and again == after


def test_editing_a_text_makes_the_bitmaps_stale(dense_copy: Path) -> None:
    with ArchiveStore.open_writable(dense_copy, wal=False) as store:
        identifier = next(store.iter_articles()).id
        store.replace_body(identifier, "改写以后的正文。")
        assert not dense_terms.dense_phrases(store)


def test_an_insert_below_the_covered_rows_makes_the_bitmaps_stale(dense_copy: Path) -> None:
    other = apsw.Connection(str(dense_copy))
    row = other.execute("SELECT * FROM articles ORDER BY rowid LIMIT 1").fetchone()
    names = [column[1] for column in other.execute("PRAGMA table_info(articles)")]
    values = dict(zip(names, row, strict=True)) | {"rowid": 0, "id": "inserted-low"}
    placeholders = ", ".join(f":{name}" for name in values)
    other.execute(f"INSERT INTO articles({', '.join(values)}) VALUES ({placeholders})", values)
    generation = other.execute("SELECT value FROM meta WHERE key = 'content_generation'").get
    built_for = other.execute("SELECT value FROM meta WHERE key = 'dense_terms_generation'").get
    other.close()
    assert generation != built_for


@given(st.sets(st.integers(min_value=0, max_value=5000)))
def test_bitmaps_round_trip(rowids: set[int]) -> None:
    bitmap = bitmap_of(rowids)
    assert rowids_of(bitmap) == sorted(rowids)
    test = BitTest(bitmap)
    assert all(test(rowid) == (rowid in rowids) for rowid in range(5100))


def _damage_first_bitmap(path: Path, *, keep_count: bool) -> str:
    """Move one bit of the first bitmap to rowid 0, which no article has (count kept), or clear
    one (count wrong); returns the text whose phrase it is."""
    other = apsw.Connection(str(path))
    phrase, blob = other.execute(
        "SELECT phrase, bitmap FROM dense_terms ORDER BY rowid LIMIT 1"
    ).fetchone()
    bits = int.from_bytes(blob, "little")
    lowest = bits & -bits
    bits ^= lowest
    if keep_count:
        bits |= 1
    other.execute(
        "UPDATE dense_terms SET bitmap = ? WHERE phrase = ?",
        (bits.to_bytes(len(blob) + 1, "little"), phrase),
    )
    other.close()
    tokens = str(phrase).split('"')[1].split()
    return tokens[0] + "".join(token[-1] for token in tokens[1:])


def test_a_damaged_bitmap_is_set_aside_reported_and_rebuilt(twins: Twins, dense_copy: Path) -> None:
    assert check_archive(dense_copy).sound
    query = _damage_first_bitmap(dense_copy, keep_count=False)
    with _opened(dense_copy) as library:
        damaged = _outcome(library, SearchRequest(query, limit=0))
    assert damaged == _outcome(twins.plain, SearchRequest(query, limit=0))
    report = check_archive(dense_copy)
    assert not report.sound and "rebuild-terms" in " ".join(report.problems)
    result = run_cli("--archive", str(dense_copy), "rebuild-terms")
    assert result.returncode == 0 and "rebuilt" in result.stdout
    assert check_archive(dense_copy).sound


def test_check_finds_a_bitmap_that_kept_its_count(dense_copy: Path) -> None:
    _damage_first_bitmap(dense_copy, keep_count=True)
    assert not check_archive(dense_copy).sound


def _copy_row_to(path: Path, rowid: int, *, new_id: str) -> None:
    """Another program copies the first article to `rowid`, index entry included."""
    other = apsw.Connection(str(path))
    names = [column[1] for column in other.execute("PRAGMA table_info(articles)")]
    row = other.execute("SELECT * FROM articles ORDER BY rowid LIMIT 1").fetchone()
    values = dict(zip(names, row, strict=True)) | {"rowid": rowid, "id": new_id}
    placeholders = ", ".join(f":{name}" for name in values)
    other.execute(f"INSERT INTO articles({', '.join(values)}) VALUES ({placeholders})", values)
    columns = index_columns(values["title"], values["text"], values["source"], ())
    other.execute(
        "INSERT INTO search_index(rowid, title, body, source, authors) VALUES (?, ?, ?, ?, ?)",
        (rowid, *columns),
    )
    other.close()


def test_an_article_at_rowid_zero_is_counted(twins: Twins, dense_copy: Path) -> None:
    plain_copy = dense_copy.with_name("plain.sqlite")
    shutil.copy(twins.folder / "plain.sqlite", plain_copy)
    for path in (plain_copy, dense_copy):
        _copy_row_to(path, 0, new_id="at-zero")
    expected = _total(plain_copy, "的")[0]
    assert expected == _total(twins.folder / "plain.sqlite", "的")[0] + 1
    assert _total(dense_copy, "的") == (expected, False)  # an insert below the covered rows
    with ArchiveStore.open_writable(dense_copy, wal=False) as store:
        assert dense_terms.refresh(store, min_articles=0, share=SHARE)
    assert _total(dense_copy, "的") == (expected, True)


def test_negative_rowids_keep_the_bitmaps_out_of_use(dense_copy: Path) -> None:
    before = _total(dense_copy, "的")[0]
    _copy_row_to(dense_copy, -5, new_id="negative")
    with ArchiveStore.open_writable(dense_copy, wal=False) as store:
        dense_terms.refresh(store, min_articles=0, share=SHARE, force=True)
    assert _total(dense_copy, "的") == (before + 1, False)


def test_a_replace_by_another_program_makes_the_bitmaps_stale(dense_copy: Path) -> None:
    other = apsw.Connection(str(dense_copy))  # REPLACE deletes without running delete triggers
    names = [column[1] for column in other.execute("PRAGMA table_info(articles)")]
    row = other.execute("SELECT * FROM articles ORDER BY rowid LIMIT 1").fetchone()
    values = {name: value for name, value in zip(names, row, strict=True) if name != "rowid"}
    placeholders = ", ".join(f":{name}" for name in values)
    other.execute(
        f"INSERT OR REPLACE INTO articles({', '.join(values)}) VALUES ({placeholders})", values
    )
    other.close()
    with ArchiveStore.open_read_only(dense_copy, immutable=False) as store:
        assert not dense_terms.dense_phrases(store)


def test_no_change_slips_in_while_the_bitmaps_are_built(
    dense_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = []
    build = dense_terms._dense_rows

    def build_while_another_program_writes(*arguments: object) -> object:
        other = apsw.Connection(str(dense_copy))
        other.set_busy_timeout(0)
        try:
            other.execute("DELETE FROM articles WHERE rowid = 5")
        except apsw.BusyError:
            refused.append(True)
        other.close()
        return build(*arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(dense_terms, "_dense_rows", build_while_another_program_writes)
    with ArchiveStore.open_writable(dense_copy, wal=False) as store:
        dense_terms.refresh(store, min_articles=0, share=SHARE, workers=1, force=True)
        assert dense_terms.dense_phrases(store)
    assert refused == [True]


def test_check_reports_a_bitmap_under_a_damaged_phrase(dense_copy: Path) -> None:
    other = apsw.Connection(str(dense_copy))
    other.execute(
        "UPDATE dense_terms SET phrase = '{title body} : \"的' "
        "WHERE rowid = (SELECT min(rowid) FROM dense_terms)"
    )
    other.close()
    report = check_archive(dense_copy)
    assert not report.sound and "rebuild-terms" in " ".join(report.problems)


def test_date_slices_as_bitmaps(twins: Twins) -> None:
    store = twins.dense.stores[0]
    order = store.rowids_newest_first()
    rng = random.Random(3)
    bounds = [(0, len(order)), (0, 0), (5, 4), (len(order) - 1, len(order))]
    bounds += [tuple(sorted(rng.sample(range(len(order) + 1), 2))) for _ in range(300)]
    for first, last in bounds:
        assert dense_terms.date_slice_bitmap(store, first, last) == bitmap_of(order[first:last])
