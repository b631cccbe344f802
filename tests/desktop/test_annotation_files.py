"""Export and import from the File menu (the browser's filter; a report sentence after), backups,
and a damaged store: one sentence, the newest backup offered, the archives still readable."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from archive import paths
from archive.anchoring import anchor_quote
from archive.backup import list_backups
from archive.library import Library
from archive.userstore import UserStore
from desktop.app import open_window
from desktop.main_window import MainWindow
from desktop.settings import Settings
from tests.desktop.annotation_fixtures import ANNOTATED, OTHER, article_titled
from tests.desktop.conftest import wait_for_search


def file_action(window: MainWindow, text: str) -> object:
    """A File menu action (or submenu action) by its text."""
    file_menu = window.menuBar().actions()[0].menu()
    for action in file_menu.actions():  # type: ignore[union-attr]
        if action.text() == text:
            return action
        if action.menu() is not None:
            for inner in action.menu().actions():  # type: ignore[union-attr]
                if inner.text() == text:
                    return inner
    raise AssertionError(f"no File menu action {text!r}")


def annotate(store: UserStore, library: Library) -> None:
    first = article_titled(library, ANNOTATED.title)
    other = article_titled(library, OTHER.title)
    store.highlight(
        first,
        anchor_quote(first.text, "互联网𠮷野家"),
        color="pink",
        note="*非BMP字符*的引文",
        tags=["引用", "经济"],
    )
    store.highlight(other, anchor_quote(other.text, "軟體產業"), color="green", tags=["引用"])
    store.add_note(other, "整篇：台湾软件", tags=["对照"])
    store.toggle_bookmark(other)


def test_export_follows_the_browser_filter_and_reports(
    notes_window: MainWindow,
    annotated_library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui = notes_window.annotations
    assert ui.controller.store is not None
    annotate(ui.controller.store, annotated_library)
    ui.browser_dock.show()
    assert ui.browser.filters.choose(ui.browser.filters.tag_box, "引用")
    target = tmp_path / "引用.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    file_action(notes_window, "&Markdown…").trigger()  # type: ignore[attr-defined]
    text = target.read_text(encoding="utf-8")
    assert "互联网𠮷野家" in text and "軟體產業" in text and "整篇" not in text
    assert "*非BMP字符*的引文" in text and ANNOTATED.title in text
    assert notes_window.statusBar().currentMessage() == f"Exported 2 annotation(s) to {target}."

    spreadsheet = tmp_path / "all.csv"
    ui.browser.filters.tag_box.setCurrentIndex(0)
    assert ui.files.export_to(spreadsheet, "csv")
    assert spreadsheet.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets want the BOM
    rows = list(csv.DictReader(spreadsheet.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 4 and {"互联网𠮷野家", "軟體產業"} <= {row["quote"] for row in rows}


def test_a_json_ld_export_imported_into_another_store_is_the_same_and_never_doubles(
    notes_window: MainWindow,
    annotated_library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui = notes_window.annotations
    store = ui.controller.store
    assert store is not None
    annotate(store, annotated_library)
    exported = tmp_path / "export.jsonld"
    assert ui.files.export_to(exported, "jsonld")
    assert len(json.loads(exported.read_text(encoding="utf-8"))["first"]["items"]) == 4
    before = {a.id: a for a in store.browse(limit=0).annotations}

    for annotation_id in before:  # an empty store: everything gone (and can be imported)
        store.delete(annotation_id)
    ui.controller.reload()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(exported), ""))
    file_action(notes_window, "&Import annotations…").trigger()  # type: ignore[attr-defined]
    message = notes_window.statusBar().currentMessage()
    assert message == "Imported export.jsonld: 4 new, 0 updated, 0 already up to date."
    after = {a.id: a for a in store.browse(limit=0).annotations}
    assert after == before
    assert [a.quote for a in ui.controller.annotations if a.quote] == ["互联网𠮷野家"]

    assert ui.files.import_from(exported)
    message = notes_window.statusBar().currentMessage()
    assert message == "Imported export.jsonld: 0 new, 0 updated, 4 already up to date."
    assert len(store.browse(limit=0).annotations) == 4


def test_a_bad_import_file_is_one_sentence_and_changes_nothing(
    notes_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.annotations_ui.show_known_error", lambda _parent, sentence: shown.append(sentence)
    )
    broken = tmp_path / "broken.jsonld"
    broken.write_text("{not json", encoding="utf-8")
    assert not notes_window.annotations.files.import_from(broken)
    assert len(shown) == 1 and shown[0].startswith(f"{broken} is not a JSON file")


def make_damaged_store_with_backup(library: Library) -> Path:
    """A store with one highlight, a manual backup of it, then the store overwritten."""
    store_path = paths.user_store_path()
    with UserStore.open(store_path, backups=None) as store:
        article = article_titled(library, ANNOTATED.title)
        store.highlight(article, anchor_quote(article.text, "开头的一段话"), note="备份里的")
        store.back_up_now()
    for suffix in ("-wal", "-shm"):
        store_path.with_name(store_path.name + suffix).unlink(missing_ok=True)
    store_path.write_bytes(b"this is not a database any more " * 400)
    return store_path


def answer_next_box(button_text: str, seen: list[str], *, within: float = 20.0) -> None:
    """Click a button of the next message box that has it, once it is shown; give up after
    `within` seconds, so that a poll never outlives its test and clicks another test's box
    (the test's own assertions then fail on `seen`)."""
    deadline = time.monotonic() + within

    def click() -> None:
        box = QApplication.activeModalWidget()
        buttons = (
            [b for b in box.buttons() if b.text() == button_text]
            if isinstance(box, QMessageBox)
            else []
        )
        if not buttons:
            if time.monotonic() < deadline:
                QTimer.singleShot(20, click)
            return
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        buttons[0].click()

    QTimer.singleShot(0, click)


def open_annotated_window(qtbot: QtBot, library: Library, settings: Settings) -> MainWindow:
    window = open_window(library, settings)
    qtbot.addWidget(window)
    wait_for_search(qtbot, window)
    return window


def test_a_damaged_store_offers_its_newest_backup_and_restores_it(
    qtbot: QtBot, annotated_library: Library, settings: Settings
) -> None:
    store_path = make_damaged_store_with_backup(annotated_library)
    seen: list[str] = []
    answer_next_box("Restore the backup", seen)
    window = open_annotated_window(qtbot, annotated_library, settings)
    assert len(seen) == 1 and seen[0].startswith("Your annotation file is damaged; restore")
    store = window.annotations.controller.store
    assert store is not None
    assert [a.note for a in store.browse(limit=0).annotations] == ["备份里的"]
    replaced = [b for b in list_backups(store_path) if b.label == "replaced"]
    assert len(replaced) == 1 and replaced[0].path.read_bytes().startswith(b"this is not")
    assert window.annotations.actions.article_note.isEnabled() is False  # no article open yet


def test_declining_keeps_the_archives_readable_with_annotations_off(
    qtbot: QtBot, annotated_library: Library, settings: Settings
) -> None:
    store_path = make_damaged_store_with_backup(annotated_library)
    damaged = store_path.read_bytes()
    seen: list[str] = []
    answer_next_box("Continue without annotations", seen)
    window = open_annotated_window(qtbot, annotated_library, settings)
    ui = window.annotations
    assert len(seen) == 1 and ui.controller.store is None
    assert window.results.model.rowCount() == 2  # the archives are there
    window.open_hit(window.results.model.hit_at(0))  # type: ignore[arg-type]
    assert window.reader.article is not None
    assert not ui.actions.bookmark.isEnabled() and not ui.actions.article_note.isEnabled()
    assert ui.off_label.isVisible() and ui.off_label.text() == "Annotations are off"
    assert "is damaged" in ui.panel.state_label.text()
    assert store_path.read_bytes() == damaged  # left untouched

    seen.clear()
    answer_next_box("&Yes", seen)  # File → Restore: the same repair, later
    file_action(window, "&Restore annotations from the newest backup…").trigger()  # type: ignore[attr-defined]
    assert ui.controller.store is not None and ui.actions.bookmark.isEnabled()
    assert [a.note for a in ui.controller.annotations] == ["备份里的"]
    assert not ui.off_label.isVisible() and "is damaged" not in ui.panel.state_label.text()


def test_backups_run_off_the_gui_thread(
    qtbot: QtBot, notes_window: MainWindow, annotated_library: Library
) -> None:
    ui = notes_window.annotations
    assert ui.controller.store is not None
    annotate(ui.controller.store, annotated_library)
    threads: list[str] = []
    import threading

    import archive.userstore_files as files

    real = files.rolling_backup

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    files.rolling_backup = spy  # type: ignore[assignment]
    try:
        ui.keeper.back_up_in_background()
        qtbot.waitUntil(lambda: ui.keeper.last_backup is not None, timeout=10_000)
    finally:
        files.rolling_backup = real
    assert threads == ["wenyuan-worker"]
    assert ui.keeper.last_backup is not None and ui.keeper.last_backup.label == "auto"
    assert ui.keeper.last_backup.path.exists()
