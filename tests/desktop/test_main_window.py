"""The main window lists the archive, reads the chosen article, and remembers its layout."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from archive.library import Library
from desktop import settings as keys
from desktop.app import open_window
from desktop.article_page import CURATED_MARK
from desktop.main_window import MainWindow
from desktop.results_model import ResultRole
from desktop.settings import Settings

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def titles(window: MainWindow) -> list[str]:
    model = window.results.model
    return [model.data(model.index(row, 0), ResultRole.TITLE) for row in range(model.rowCount())]


def click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.results.list_view
    rect = view.visualRect(window.results.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_every_article_newest_first(window: MainWindow) -> None:
    assert titles(window) == ["青岛啤酒节开幕", "青島產業", "無日期的文章"]
    assert window.count_label.text() == "3 article(s)"


def test_opens_with_the_newest_article(window: MainWindow) -> None:
    assert window.reader.article is not None
    assert window.reader.article.title == "青岛啤酒节开幕"


def test_selecting_an_article_shows_title_and_body(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, 1)
    text = window.reader.toPlainText()
    assert text.startswith("青島產業")
    assert "2021-01-14" in text and "信网" in text
    assert "第一段。" in text and "小標題" in text and "第二段" in text
    assert window.windowTitle() == "青島產業"


def test_curated_fields_carry_a_mark_with_a_tooltip(window: MainWindow) -> None:
    text = window.reader.toPlainText()
    assert f"青岛日报{CURATED_MARK}" in text
    tooltips = []
    block = window.reader.document().begin()
    while block.isValid():
        for fragment_format in formats(block):
            tooltips.append(fragment_format.toolTip())
        block = block.next()
    assert any("Curated" in tip for tip in tooltips)


def formats(block: object) -> list[QTextCharFormat]:
    found = []
    iterator = block.begin()  # type: ignore[attr-defined]
    while not iterator.atEnd():
        found.append(iterator.fragment().charFormat())
        iterator += 1
    return found


def test_search_shortcuts_focus_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.results.list_view.setFocus()
    for key in (Qt.Key.Key_K, Qt.Key.Key_L):
        window.reader.setFocus()
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.focusWidget() is window.results.search_field


def test_layout_and_last_article_are_restored(
    qtbot: QtBot, window: MainWindow, library: Library, settings: Settings
) -> None:
    click_row(qtbot, window, 2)
    window.resize(700, 500)  # the offscreen screen is 800x600; restoring clamps to it
    window.splitter.setSizes([250, 450])
    sizes = window.splitter.sizes()
    window.close()
    assert settings.get(keys.LAST_ARTICLE_ID) == library.summaries()[2].id

    reopened = open_window(library, settings)
    qtbot.addWidget(reopened)
    assert (reopened.width(), reopened.height()) == (700, 500)
    assert reopened.splitter.sizes() == sizes
    assert reopened.reader.article is not None
    assert reopened.reader.article.title == "無日期的文章"


def test_empty_library_says_so(qtbot: QtBot, settings: Settings) -> None:
    empty = open_window(Library(), settings)
    qtbot.addWidget(empty)
    assert empty.count_label.text() == "0 article(s)"
    assert "No articles" in empty.reader.toPlainText()


def test_screenshot_of_an_open_article(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1200, 760)
    click_row(qtbot, window, 0)
    qtbot.wait(50)
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "main_window.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 0
    assert window.reader.mapTo(window, QPoint(0, 0)).x() > window.results.width()


def test_an_article_that_cannot_be_read_is_one_sentence(window: MainWindow) -> None:
    summary = window.results.current_summary()
    assert summary is not None
    window.show_summary(replace(summary, id="missing"))
    assert window.reader.article is None
    assert window.reader.toPlainText().startswith("No article with id missing")
