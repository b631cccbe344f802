"""Fuzzing damaged files: archives and user stores with random byte flips, zeroed runs and
truncations. Every reading operation the window and the command line use either works or
raises an ArchiveError (one sentence), and `check` reports instead of raising. This is how the
damaged-file bugs listed in docs/reliability.md were found; their seeds stay as cases here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from archive.anchoring import anchor_quote
from archive.annotation_filters import AnnotationFilter
from archive.errors import ArchiveError
from archive.integrity import check_archive
from archive.library import Library
from archive.search import SearchRequest, SortOrder, search
from archive.store import ArchiveStore
from archive.user_integrity import check_user_store
from archive.userstore import UserStore
from tests.archive.annotation_support import make_archive
from tests.conftest import SAMPLE_ARTICLES
from tests.reliability.stress import fuzz_seed, stress_count

DAMAGED_COPIES = stress_count(fast=120, stress=2000)


def damaged(data: bytes, chooser: random.Random) -> bytes:
    """A copy with one kind of damage: truncated, bytes flipped, or a run of zeros."""
    copy = bytearray(data)
    kind = chooser.choice(["truncate", "flip", "zero"])
    if kind == "truncate":
        return bytes(copy[: chooser.randrange(len(copy))])
    if kind == "flip":
        for _ in range(chooser.randint(1, 20)):
            copy[chooser.randrange(len(copy))] = chooser.randrange(256)
        return bytes(copy)
    start = chooser.randrange(len(copy))
    length = min(chooser.randint(1, 5000), len(copy) - start)
    copy[start : start + length] = bytes(length)
    return bytes(copy)


ARCHIVE_READS: dict[str, Callable[[Library], object]] = {
    "list": lambda library: library.summaries(),
    "search": lambda library: search(library, SearchRequest("青岛")),
    "newest first": lambda library: search(library, SearchRequest("", sort=SortOrder.DATE)),
    "source filter": lambda library: search(library, SearchRequest("软件", sources=("信网",))),
    "open each": lambda library: [library.get(s.id) for s in library.stores[0].summaries()],
    "info": lambda library: library.stores[0].info(),
    "every article": lambda library: list(library.stores[0].iter_articles()),
}


def test_damaged_archives_read_or_say_one_sentence(tmp_path: Path) -> None:
    sound = tmp_path / "sound.sqlite"
    with ArchiveStore.open_writable(sound, name="sound", wal=False) as store:
        store.add_many(SAMPLE_ARTICLES)
    data, chooser = sound.read_bytes(), random.Random(fuzz_seed(20261208))
    for number in range(DAMAGED_COPIES):
        copy = tmp_path / f"copy-{number}.sqlite"
        copy.write_bytes(damaged(data, chooser))
        library = Library.open([copy])
        try:
            for name, read in ARCHIVE_READS.items() if library.stores else ():
                try:
                    read(library)
                except ArchiveError as error:
                    assert "\n" not in str(error), name
        finally:
            library.close()
        assert check_archive(copy).line().count("\n") == 0
        copy.unlink()


@pytest.fixture
def sound_store(tmp_path: Path) -> tuple[Path, object]:
    article = make_archive(tmp_path / "a.sqlite")["simplified"]
    path = tmp_path / "store.sqlite"
    with UserStore.open(path, backups=None) as store:
        for number in range(30):
            store.highlight(
                article,
                anchor_quote(article.text, "软件"),
                note=f"批注{number} 软件",
                tags=[f"t{number % 4}"],
                color=("yellow", "green")[number % 2],
            )
        store.bookmark(article, note="书签")
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, article


def test_damaged_user_stores_read_or_say_one_sentence(
    tmp_path: Path, sound_store: tuple[Path, object]
) -> None:
    read_damaged_stores(tmp_path, sound_store, fuzz_seed(20261209), DAMAGED_COPIES)


#: (seed, number of the copy) of damaged stores `make stress` found a crash in: kept as cases.
FOUND_STORE_SEEDS = [
    (2618096550, 921),  # 'table meta already exists': the migration ran on a damaged header
]


@pytest.mark.parametrize(("seed", "number"), FOUND_STORE_SEEDS)
def test_damaged_user_stores_found_by_stress(
    tmp_path: Path, sound_store: tuple[Path, object], seed: int, number: int
) -> None:
    read_damaged_stores(tmp_path, sound_store, seed, number + 1, first=number)


def read_damaged_stores(
    tmp_path: Path, sound_store: tuple[Path, object], seed: int, copies: int, *, first: int = 0
) -> None:
    """Damage copies `first` to `copies - 1` of the store (seeded; earlier ones are drawn and
    dropped); each opens and reads, or says one sentence."""
    path, article = sound_store
    data, chooser = path.read_bytes(), random.Random(seed)
    for _skipped in range(first):
        damaged(data, chooser)
    reads: dict[str, Callable[[UserStore], object]] = {
        "annotations of an article": lambda store: store.annotations_for(article),  # type: ignore[arg-type]
        "browse": lambda store: store.browse(),
        "search": lambda store: store.browse(AnnotationFilter(search="软件")),
        "menus": lambda store: store.facets(),
        "export": lambda store: [store.export(form) for form in ("md", "csv", "jsonld")],
        "bookmarks": lambda store: store.bookmarks(),
        "add": lambda store: store.highlight(article, anchor_quote(article.text, "软件")),  # type: ignore[arg-type]
    }
    for number in range(first, copies):
        copy = tmp_path / f"store-{number}.sqlite"
        copy.write_bytes(damaged(data, chooser))
        try:
            store = UserStore.open(copy, backups=None)
        except ArchiveError as error:
            assert "\n" not in str(error)
        else:
            with store:
                for name, read in reads.items():
                    try:
                        read(store)
                    except ArchiveError as error:
                        assert "\n" not in str(error), name
        assert check_user_store(copy).line().count("\n") == 0  # found: SQLite's multi-line finding
