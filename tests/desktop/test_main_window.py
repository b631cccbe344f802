"""The main window: search, read, keyboard, and everything it remembers between runs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCharFormat
from pytestqt.qtbot import QtBot

from archive.convert import ScriptForm
from archive.library import Library
from desktop import settings as keys
from desktop.app import open_window
from desktop.article_page import CURATED_MARK
from desktop.main_window import MainWindow
from desktop.reader_pane import HIT_LAYER
from desktop.results_model import ResultRole
from desktop.settings import Settings
from desktop.themes import COLOURS, Theme
from desktop.window_state import ReadingPlace
from tests.desktop.conftest import type_text, wait_for_search

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def titles(window: MainWindow) -> list[str]:
    model = window.results.model
    return [model.data(model.index(row, 0), ResultRole.TITLE) for row in range(model.rowCount())]


def click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.results.list_view
    rect = view.visualRect(window.results.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_title(qtbot: QtBot, window: MainWindow, title: str) -> None:
    click_row(qtbot, window, titles(window).index(title))


def search_for(qtbot: QtBot, window: MainWindow, query: str) -> None:
    field = window.results.search_panel.search_field
    field.selectAll()
    field.del_()
    type_text(field, query)
    wait_for_search(qtbot, window)


def test_lists_every_article_newest_first(window: MainWindow) -> None:
    assert titles(window) == ["青岛啤酒节开幕", "青島產業", "無日期的文章"]
    assert window.results.search_panel.count_label.text() == "3 article(s), newest first"


def test_first_start_invites_a_choice(window: MainWindow) -> None:
    assert window.reader.article is None
    assert "Choose an article" in window.reader.view.toPlainText()


def test_search_then_open_a_result_with_its_hits_marked(qtbot: QtBot, window: MainWindow) -> None:
    search_for(qtbot, window, "青岛")
    assert sorted(titles(window)) == sorted(["青岛啤酒节开幕", "青島產業"])
    click_title(qtbot, window, "青島產業")
    text = window.reader.view.toPlainText()
    assert text.startswith("青島產業")
    assert "2021-01-14" in text and "信网" in text and "第一段。" in text
    assert window.windowTitle() == "青島產業"
    assert [s.cursor.selectedText() for s in window.reader.view.layer(HIT_LAYER)] == ["青島"]


def test_each_script_form_applies_to_reader_list_and_title(
    qtbot: QtBot, window: MainWindow
) -> None:
    search_for(qtbot, window, "啤酒")
    click_row(qtbot, window, 0)
    expected = {
        ScriptForm.ORIGINAL: ("青岛啤酒节开幕", "八月的海边", "青岛日报"),
        ScriptForm.HANS: ("青岛啤酒节开幕", "八月的海边", "青岛日报"),
        ScriptForm.HANT: ("青島啤酒節開幕", "八月的海邊", "青島日報"),
        ScriptForm.TW: ("青島啤酒節開幕", "八月的海邊", "青島日報"),
        ScriptForm.HK: ("青島啤酒節開幕", "八月的海邊", "青島日報"),
    }
    for form, (title, subtitle, source) in expected.items():
        window.window_actions.forms[form].trigger()
        text = window.reader.view.toPlainText()
        assert text.startswith(title) and subtitle in text and source in text
        assert titles(window)[0] == title and window.windowTitle() == title
        hits = [s.cursor.selectedText() for s in window.reader.view.layer(HIT_LAYER)]
        assert hits and set(hits) == {"啤酒"}


def test_source_names_in_the_filters_follow_the_script_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    search_for(qtbot, window, "啤酒")
    panel = window.results.search_panel
    window.window_actions.forms[ScriptForm.TW].trigger()
    assert "青島日報" in panel.facets_label.text() and "青岛日报" not in panel.facets_label.text()
    shown = [panel.source_box.itemText(i) for i in range(panel.source_box.count())]
    assert "青島日報" in shown and "青岛日报" not in shown
    with qtbot.waitSignal(panel.facets_label.source_clicked) as clicked:
        panel.facets_label.linkActivated.emit("source:" + quote("青岛日报"))
    assert clicked.args == ["青岛日报"]  # the stored name filters
    assert panel.source_box.currentData() == "青岛日报"
    assert panel.source_box.currentText() == "青島日報"
    window.window_actions.forms[ScriptForm.ORIGINAL].trigger()
    assert panel.source_box.currentText() == "青岛日报"


def test_curated_fields_carry_a_mark_with_a_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, 0)
    assert f"青岛日报{CURATED_MARK}" in window.reader.view.toPlainText()
    tooltips = []
    block = window.reader.view.document().begin()
    while block.isValid():
        tooltips += [fragment_format.toolTip() for fragment_format in formats(block)]
        block = block.next()
    assert any("Curated" in tip for tip in tooltips)


def formats(block: object) -> list[QTextCharFormat]:
    found = []
    iterator = block.begin()  # type: ignore[attr-defined]
    while not iterator.atEnd():
        found.append(iterator.fragment().charFormat())
        iterator += 1
    return found


def test_keyboard_search_list_and_reader(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    for key in (Qt.Key.Key_K, Qt.Key.Key_L):
        window.reader.view.setFocus()
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.focusWidget() is window.results.search_panel.search_field
    field = window.results.search_panel.search_field
    qtbot.keyClick(field, Qt.Key.Key_Down)
    view = window.results.list_view
    assert window.focusWidget() is view and view.currentIndex().row() == 0
    assert window.reader.article is not None and window.reader.article.title == "青岛啤酒节开幕"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.reader.article.title == "青島產業"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.focusWidget() is window.reader.view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.reader.find_bar.field
    qtbot.keyClick(window.reader.find_bar.field, Qt.Key.Key_Escape)
    assert not window.reader.find_bar.isVisible()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.focusWidget() is field


def test_f3_steps_through_the_hits(qtbot: QtBot, window: MainWindow) -> None:
    search_for(qtbot, window, "啤酒")
    click_row(qtbot, window, 0)
    window.activateWindow()
    window.reader.view.setFocus()
    count = len(window.reader.hits)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.reader.toolbar.hit_label.text() == f"hit 1 of {count}"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.toolbar.hit_label.text() == f"hit {count - 1} of {count}"


def test_everything_is_restored_on_the_next_start(
    qtbot: QtBot, window: MainWindow, library: Library, settings: Settings
) -> None:
    click_row(qtbot, window, 0)
    window.resize(700, 500)  # the offscreen screen is 800x600; restoring clamps to it
    window.splitter.setSizes([250, 450])
    sizes = window.splitter.sizes()
    window.window_actions.forms[ScriptForm.HK].trigger()
    window.window_actions.themes[Theme.SEPIA].trigger()
    window.appearance.zoom(1)
    article = window.reader.article
    assert article is not None
    window.reader.go_to_text_offset(article.text.index("夜间活动"))
    position = window.reader.reading_position()
    assert position is not None and position > 0
    window.close()
    assert settings.get(keys.LAST_ARTICLE_ID) == article.id
    assert settings.get(keys.LAST_POSITION) == position

    reopened = open_window(library, settings)
    qtbot.addWidget(reopened)
    wait_for_search(qtbot, reopened)
    assert (reopened.width(), reopened.height()) == (700, 500)
    assert reopened.splitter.sizes() == sizes
    assert reopened.reader.article is not None and reopened.reader.article.id == article.id
    assert reopened.reader.form is ScriptForm.HK
    assert reopened.window_actions.forms[ScriptForm.HK].isChecked()
    assert reopened.reader.view.toPlainText().startswith("青島啤酒節開幕")
    assert reopened.appearance.theme is Theme.SEPIA and reopened.reader.zoom_percent == 110
    base = reopened.reader.view.palette().color(QPalette.ColorRole.Base).name()
    assert base == COLOURS[Theme.SEPIA].paper
    restored = reopened.reader.reading_position()
    assert restored is not None and abs(restored - position) < 40
    assert reopened.results.list_view.currentIndex().row() == 0  # marked in the list too


def test_empty_library_says_so(qtbot: QtBot, settings: Settings) -> None:
    empty = open_window(Library(), settings)
    qtbot.addWidget(empty)
    wait_for_search(qtbot, empty)
    assert empty.results.search_panel.count_label.text() == "0 article(s), newest first"
    assert empty.reader.article is None


def test_an_article_that_cannot_be_read_is_one_sentence(window: MainWindow) -> None:
    window.open_place(ReadingPlace("missing", "", None))
    assert window.reader.article is None
    assert window.reader.view.toPlainText().startswith("No article with id missing")


def test_screenshot_of_a_traditional_article(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1200, 760)
    search_for(qtbot, window, "青岛")
    click_title(qtbot, window, "青島產業")
    window.window_actions.forms[ScriptForm.TW].trigger()
    qtbot.wait(50)
    assert window.reader.view.toPlainText().startswith("青島產業")
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "main_window_traditional.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 0
    reader_left = window.reader.mapTo(window, QPoint(0, 0)).x()
    assert reader_left >= window.results.width()


def test_other_forms_are_prepared_while_the_reader_is_idle(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_row(qtbot, window, 0)
    article = window.reader.article
    assert article is not None
    qtbot.waitUntil(lambda: len(window.reader._recent) == len(ScriptForm))

    def not_again(*_arguments: object) -> None:
        raise AssertionError("the form should have been prepared")

    monkeypatch.setattr("desktop.reader_pane.show_article", not_again)
    for form in ScriptForm:
        window.window_actions.forms[form].trigger()
        assert window.reader.shown is not None and window.reader.shown.form is form
