"""The annotation browser: every annotation, filters, script-blind search, jump to the passage,
orphans listed and marked; and the bookmarks list."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from archive import annotation_import
from archive.anchoring import anchor_quote
from archive.annotation_models import Annotation
from archive.convert import ScriptForm
from archive.library import Library
from archive.userstore import UserStore
from desktop.annotation_marks import FLASH_LAYER
from desktop.browser_model import Column
from desktop.main_window import MainWindow
from desktop.window_state import ReadingPlace
from tests.desktop.annotation_fixtures import (
    ANNOTATED,
    OTHER,
    article_titled,
    marked,
    press,
)


def populate(window: MainWindow, library: Library) -> dict[str, Annotation]:
    """Annotations on both articles, by two people, in three colours, with tags and notes."""
    store = window.annotations.controller.store
    assert store is not None
    first = article_titled(library, ANNOTATED.title)
    other = article_titled(library, OTHER.title)
    made: dict[str, Annotation] = {}
    store.creator = "王老师"
    for key, article, quote, color, note, tags in (
        ("opening", first, "开头的一段话", "yellow", "开场", ["结构"]),
        ("industry", first, "青岛的软件产业", "green", "**产业**数据待查", ["经济", "待核实"]),
        ("ending", first, "最后一段：青岛啤酒节", "blue", "", ["节庆"]),
    ):
        change = store.highlight(
            article, anchor_quote(article.text, quote), color=color, note=note, tags=tags
        )
        assert change.after is not None
        made[key] = change.after
    store.creator = "李研究员"
    beer = store.highlight(
        other, anchor_quote(other.text, "青島國際啤酒節"), color="green", tags=["节庆"]
    )
    assert beer.after is not None
    made["beer"] = beer.after
    note = store.add_note(other, "对照台湾的报道", tags=["对照"])
    assert note.after is not None
    made["note"] = note.after
    window.annotations.controller.changed.emit()
    return made


def shown_quotes(window: MainWindow) -> set[str]:
    model = window.annotations.browser.model
    return {str(model.data(model.index(row, Column.QUOTE))) for row in range(model.rowCount())}


@pytest.fixture
def browser_window(
    qtbot: QtBot, notes_window: MainWindow, annotated_library: Library
) -> MainWindow:
    populate(notes_window, annotated_library)
    notes_window.annotations.browser_dock.show()
    qtbot.waitUntil(lambda: notes_window.annotations.browser.model.rowCount() == 5)
    return notes_window


def test_the_browser_lists_everything_and_passes_the_model_tester(
    qtmodeltester: object, browser_window: MainWindow
) -> None:
    browser = browser_window.annotations.browser
    assert browser.count_label.text() == "5 annotation(s)"
    assert shown_quotes(browser_window) == {
        "开头的一段话",
        "青岛的软件产业",
        "最后一段：青岛啤酒节",
        "青島國際啤酒節",
        "✎ Article note",
    }
    qtmodeltester.check(browser.model)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("choose", "expected"),
    [
        (lambda f: f.choose(f.color_box, "green"), {"青岛的软件产业", "青島國際啤酒節"}),
        (lambda f: f.choose(f.tag_box, "节庆"), {"最后一段：青岛啤酒节", "青島國際啤酒節"}),
        (lambda f: f.choose(f.creator_box, "李研究员"), {"青島國際啤酒節", "✎ Article note"}),
        (lambda f: f.choose(f.source_box, "自由時報"), {"青島國際啤酒節", "✎ Article note"}),
    ],
)
def test_each_menu_filters(browser_window: MainWindow, choose: object, expected: set[str]) -> None:
    filters = browser_window.annotations.browser.filters
    assert choose(filters)  # type: ignore[operator]
    assert shown_quotes(browser_window) == expected


def test_dates_filter_by_article_or_by_annotation(browser_window: MainWindow) -> None:
    filters = browser_window.annotations.browser.filters
    filters.date_kind.setCurrentIndex(filters.date_kind.findData("published"))
    filters.date_from.setText("2019")
    filters.date_to.setText("2019-12")
    filters.changed.emit()
    assert shown_quotes(browser_window) == {"青島國際啤酒節", "✎ Article note"}
    filters.date_kind.setCurrentIndex(filters.date_kind.findData("annotated"))
    filters.date_from.setText("2000")
    filters.date_to.setText("2001")
    filters.changed.emit()
    assert shown_quotes(browser_window) == set()
    filters.date_to.setText("二〇〇一")
    filters.changed.emit()
    browser = browser_window.annotations.browser
    assert browser.error_label.isVisible() and "is not a date" in browser.error_label.text()


@pytest.mark.parametrize(
    ("query", "regional", "expected"),
    [
        (
            "青島",
            False,
            {"青岛的软件产业", "最后一段：青岛啤酒节", "青島國際啤酒節"},
        ),  # both scripts
        ("啤酒节 -最后", False, {"青島國際啤酒節"}),
        ('"数据待查"', False, {"青岛的软件产业"}),  # notes are searched too
        ("臺灣", False, {"✎ Article note"}),
        ("軟體", True, {"青岛的软件产业"}),  # regional: 軟體 also finds 软件
        ("经济", False, {"青岛的软件产业"}),  # and tags
    ],
)
def test_search_is_script_insensitive_over_quotes_notes_and_tags(
    qtbot: QtBot, browser_window: MainWindow, query: str, regional: bool, expected: set[str]
) -> None:
    filters = browser_window.annotations.browser.filters
    filters.regional_box.setChecked(regional)
    filters.search_field.setText(query)
    qtbot.waitUntil(lambda: shown_quotes(browser_window) == expected, timeout=3000)


def test_a_bad_query_says_why_inline(qtbot: QtBot, browser_window: MainWindow) -> None:
    browser = browser_window.annotations.browser
    browser.filters.search_field.setText("OR")
    qtbot.waitUntil(browser.error_label.isVisible, timeout=3000)
    assert browser.error_label.text() == "OR needs a search term on both sides."
    assert browser.model.rowCount() == 5  # what was shown stays


def test_a_click_opens_the_article_scrolls_and_flashes_the_passage(
    qtbot: QtBot, browser_window: MainWindow
) -> None:
    window = browser_window
    window.appearance.set_form(ScriptForm.TW)
    browser = window.annotations.browser
    browser.filters.choose(browser.filters.creator_box, "李研究员")
    row = next(
        r
        for r in range(browser.model.rowCount())
        if browser.model.data(browser.model.index(r, Column.QUOTE)) == "青島國際啤酒節"
    )
    browser.table.clicked.emit(browser.model.index(row, Column.QUOTE))
    assert window.reader.article is not None and window.reader.article.title == OTHER.title
    assert marked(window, FLASH_LAYER) == ["青島國際啤酒節"]
    qtbot.waitUntil(lambda: marked(window, FLASH_LAYER) == [], timeout=5000)

    browser.filters.choose(browser.filters.creator_box, "王老师")
    browser.filters.choose(browser.filters.tag_box, "节庆")
    (only,) = range(browser.model.rowCount())
    browser.table.activated.emit(browser.model.index(only, Column.ARTICLE))
    assert window.reader.article.title == ANNOTATED.title  # type: ignore[union-attr]
    assert marked(window, FLASH_LAYER) == ["最後一段：青島啤酒節"]  # shown in 臺灣正體
    assert window.reader.view.verticalScrollBar().value() > 0  # it is far down


def test_orphans_are_listed_with_quote_and_note_and_clearly_marked(
    qtbot: QtBot, browser_window: MainWindow, annotated_library: Library
) -> None:
    window = browser_window
    store = window.annotations.controller.store
    assert store is not None
    article = article_titled(annotated_library, ANNOTATED.title)
    lost = replace(
        store.get(_one_highlight(store, article.id)),
        id="lost-one",
        anchor=replace(
            anchor_quote(article.text, "开头的一段话"),
            exact="一句后来被删掉的话",
            content_hash="an-older-version",
        ),
        note="这句话在更正版里不见了",
        checked_hash="an-older-version",
    )
    annotation_import.merge(store, [lost])
    window.annotations.jump_to(lost)  # opening the article finds it cannot be placed
    assert "could not be found" in window.statusBar().currentMessage()
    browser = window.annotations.browser
    browser.filters.orphans_box.setChecked(True)
    assert browser.filters.orphans_box.text() == "Only lost highlights (1)"
    assert browser.model.rowCount() == 1
    quote = browser.model.data(browser.model.index(0, Column.QUOTE))
    assert quote == "⚠ Lost its place: 一句后来被删掉的话"
    assert browser.model.data(browser.model.index(0, Column.NOTE)) == "这句话在更正版里不见了"
    assert browser.model.data(browser.model.index(0, 0), Qt.ItemDataRole.FontRole).italic()
    panel_rows = [
        window.annotations.panel.model.data(window.annotations.panel.model.index(r, 0))
        for r in range(window.annotations.panel.model.rowCount())
    ]
    assert panel_rows[-1] == "⚠ Lost its place: “一句后来被删掉的话” — 这句话在更正版里不见了"


def _one_highlight(store: UserStore, article_id: str) -> str:
    found = store.browse(limit=0).annotations
    return next(a.id for a in found if a.anchor and a.article.article_id == article_id)


def test_ctrl_d_toggles_the_bookmark_and_the_list_opens_it(
    qtbot: QtBot, notes_window: MainWindow, annotated_library: Library
) -> None:
    window = notes_window
    ui = window.annotations
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ui.actions.bookmark.isChecked() and ui.actions.bookmark.text() == "Remove &bookmark"
    article = window.reader.article
    assert article is not None and ui.controller.store is not None
    assert ui.controller.store.bookmark_of(article.archive, article.id) is not None
    other = article_titled(annotated_library, OTHER.title)
    window.open_place(ReadingPlace(other.id, other.archive, None))
    assert not ui.actions.bookmark.isChecked()
    ui.actions.bookmark.trigger()
    ui.bookmarks_dock.show()
    shown = ui.bookmarks.list_widget

    def titles() -> list[str]:
        return [shown.item(row).text().split("\n")[0] for row in range(shown.count())]

    assert titles() == [OTHER.title, ANNOTATED.title]  # newest first
    ui.bookmarks.order_box.setCurrentIndex(ui.bookmarks.order_box.findData("date"))
    assert titles() == [ANNOTATED.title, OTHER.title]  # 2022 before 2019
    ui.bookmarks.order_box.setCurrentIndex(ui.bookmarks.order_box.findData("title"))
    assert titles() == sorted([ANNOTATED.title, OTHER.title])
    shown.itemClicked.emit(shown.item(titles().index(ANNOTATED.title)))
    assert window.reader.article.title == ANNOTATED.title  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # remove it
    assert not ui.actions.bookmark.isChecked() and titles() == [OTHER.title]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the removal
    assert ui.actions.bookmark.isChecked() and len(titles()) == 2
