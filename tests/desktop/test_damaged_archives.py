"""Start-up with a bad archive beside a good one: the window opens with the good one and says
one sentence about the bad one (no crash dialog); damage found while reading is a sentence in
the search panel; the bad file is never modified. Through desktop.app's start-up functions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from archive import paths
from archive.anchoring import anchor_quote
from archive.library import Library
from archive.userstore import UserStore
from desktop.app import open_library, open_window, parse_arguments
from desktop.crash_dialog import CrashDialog
from desktop.main_window import MainWindow
from desktop.settings import Settings
from tests.desktop.annotation_fixtures import ANNOTATED, article_titled
from tests.desktop.conftest import wait_for_search
from tests.desktop.test_annotation_files import answer_next_box
from tests.reliability.damage import DAMAGES, file_hash, locked, page_corrupted, read_only

#: What the one sentence says for each kind of bad file.
SENTENCES = {
    "truncated": "is truncated",
    "not SQLite": "is not an archive",
    "newer schema": "was written by a newer Wenyuan",
    "page corrupted": "is damaged",
}


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def capture(_parent: QWidget | None, _title: str, text: str, *_rest: object) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", capture)
    return shown


@pytest.fixture
def crash_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def capture(dialog: CrashDialog) -> int:
        shown.append(dialog.details_view.toPlainText())
        return 0

    monkeypatch.setattr(CrashDialog, "exec", capture)
    yield shown
    assert shown == [], "a crash dialog was shown"


def start(qtbot: QtBot, settings: Settings, *archives: Path) -> MainWindow:
    """The app's start-up path: the command line, the library, the window."""
    arguments = [word for path in archives for word in ("--archive", str(path))]
    library = open_library(parse_arguments(arguments))
    window = open_window(library, settings)
    qtbot.addWidget(window)
    window.destroyed.connect(library.close)
    assert window.isVisible()
    return window


def assert_one_sentence(message: str, expected: str, path: Path) -> None:
    assert expected in message and str(path) in message
    assert "\n" not in message.strip() and "Traceback" not in message


@pytest.mark.parametrize("damage", ["truncated", "not SQLite", "newer schema"])
def test_the_window_opens_with_the_good_archive_and_names_the_bad_one(
    damage: str,
    qtbot: QtBot,
    small_archive: Path,
    tmp_path: Path,
    settings: Settings,
    warnings_shown: list[str],
    crash_dialogs: list[str],
) -> None:
    bad = tmp_path / "bad.sqlite"
    DAMAGES[damage](small_archive, bad)
    before = file_hash(bad)
    window = start(qtbot, settings, bad, small_archive)
    wait_for_search(qtbot, window)
    assert window.results.model.total() == 3
    assert len(warnings_shown) == 1
    assert_one_sentence(warnings_shown[0], SENTENCES[damage], bad)
    window.close()
    assert file_hash(bad) == before


def test_a_locked_archive_is_named_and_the_other_opens(
    qtbot: QtBot,
    small_archive: Path,
    tmp_path: Path,
    settings: Settings,
    warnings_shown: list[str],
    crash_dialogs: list[str],
) -> None:
    busy = tmp_path / "busy.sqlite"
    shutil.copy(small_archive, busy)
    before = file_hash(busy)
    with locked(busy):
        window = start(qtbot, settings, busy, small_archive)
    wait_for_search(qtbot, window)
    assert window.results.model.total() == 3
    assert len(warnings_shown) == 1
    assert_one_sentence(warnings_shown[0], "is locked by another program", busy)
    window.close()
    assert file_hash(busy) == before


def test_damage_found_while_reading_is_a_sentence_in_the_panel(
    qtbot: QtBot,
    small_archive: Path,
    tmp_path: Path,
    settings: Settings,
    warnings_shown: list[str],
    crash_dialogs: list[str],
) -> None:
    bad = tmp_path / "bad.sqlite"
    page_corrupted(small_archive, bad)  # the schema reads; the articles do not
    before = file_hash(bad)
    window = start(qtbot, settings, bad)
    wait_for_search(qtbot, window)
    error = window.results.search_panel.error_label
    assert error.isVisibleTo(window)
    assert_one_sentence(error.text(), "is damaged", bad)
    window.close()
    assert file_hash(bad) == before


def test_a_read_only_archive_reads_and_stays_as_it_was(
    qtbot: QtBot,
    small_archive: Path,
    tmp_path: Path,
    settings: Settings,
    warnings_shown: list[str],
    crash_dialogs: list[str],
) -> None:
    frozen = tmp_path / "frozen.sqlite"
    read_only(small_archive, frozen)
    before = file_hash(frozen)
    window = start(qtbot, settings, frozen)
    wait_for_search(qtbot, window)
    assert window.results.model.total() == 3 and warnings_shown == []
    window.close()
    assert file_hash(frozen) == before


@pytest.mark.parametrize("damage", ["truncated", "page corrupted"])
def test_a_damaged_user_store_offers_its_backup_whatever_the_damage(
    damage: str,
    qtbot: QtBot,
    annotated_library: Library,
    settings: Settings,
    tmp_path: Path,
    warnings_shown: list[str],
    crash_dialogs: list[str],
) -> None:
    """The annotation UI's offer (tests/desktop/test_annotation_files.py covers a file that is
    not SQLite) for the other kinds of damage; the damaged file is kept as it was."""
    store_path = paths.user_store_path()
    with UserStore.open(store_path, backups=None) as store:
        article = article_titled(annotated_library, ANNOTATED.title)
        store.highlight(article, anchor_quote(article.text, "开头的一段话"), note="备份里的")
        store.back_up_now()
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sound = tmp_path / "sound-store.sqlite"
    store_path.rename(sound)
    if damage == "page corrupted":
        page_corrupted(sound, store_path, table="annotations")
    else:
        DAMAGES[damage](sound, store_path)
    seen: list[str] = []
    answer_next_box("Restore the backup", seen)
    window = open_window(annotated_library, settings)
    qtbot.addWidget(window)
    wait_for_search(qtbot, window)
    if damage == "page corrupted":  # found on reading the store, not on opening it
        window.open_hit(window.results.model.hit_at(0))  # type: ignore[arg-type]
    assert len(seen) <= 1
    store = window.annotations.controller.store
    if seen:
        assert seen[0].startswith("Your annotation file is damaged; restore")
        assert store is not None
        assert [a.note for a in store.browse(limit=0).annotations] == ["备份里的"]
    else:  # damage met on reading: one sentence, the newest backup named
        assert len(warnings_shown) == 1 and "is damaged" in warnings_shown[0]
        assert "annotations restore" in warnings_shown[0] or "备份" in warnings_shown[0]
