"""The note editor: Markdown with a safe live preview and tags; reached from the N key, the
Edit command and the article note command; the context menu and tooltips on highlights."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from archive.annotation_models import Kind
from desktop.main_window import MainWindow
from desktop.note_editor import NoteEditor
from tests.desktop.annotation_fixtures import QUOTE, press, select_shown
from tests.desktop.conftest import OFFSCREEN_NOISE


def test_the_preview_renders_markdown_without_anything_unsafe(qtbot: QtBot) -> None:
    editor = NoteEditor("Note", quote="青岛", note="", tags=("a",))
    qtbot.addWidget(editor)
    editor.text_field.setPlainText(
        "**粗体** [链接](https://example.com) <img src=x onerror=alert(1)> <script>x()</script>"
    )
    editor.update_preview()
    html = editor.preview.toHtml()
    assert "粗体" in editor.preview.toPlainText() and "font-weight" in html
    assert "<img" not in html and "x()" not in html and "onerror" not in html
    editor.tags_field.setText("经济， 引用、经济; 待核实")
    assert editor.tags() == ("经济", "引用", "待核实")
    assert editor.note().startswith("**粗体**")


def fill_next_editor(note: str, tags: str, seen: list[str]) -> None:
    """Write into the next note editor that opens, then save it; give up after 20 seconds so
    that a poll never outlives its test (the test's assertions on `seen` then fail)."""
    deadline = time.monotonic() + 20.0

    def fill() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, NoteEditor):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, fill)
            return
        seen.append(editor.quote_label.text())
        editor.text_field.setPlainText(note)
        editor.tags_field.setText(tags)
        editor.accept()

    QTimer.singleShot(0, fill)


def test_n_highlights_and_opens_the_note_editor(qtbot: QtBot, notes_window: MainWindow) -> None:
    seen: list[str] = []
    fill_next_editor("与*前文*对照", "对照, 引用", seen)
    select_shown(notes_window, QUOTE)
    press(qtbot, notes_window, Qt.Key.Key_N)
    assert seen == [f"“{QUOTE}”"]
    controller = notes_window.annotations.controller
    (made,) = [a for a in controller.annotations if a.kind is Kind.HIGHLIGHT]
    assert made.note == "与*前文*对照" and made.tags == ("对照", "引用")
    assert controller.undo_stack.count() == 2  # highlight, then the note: undone one by one


def test_the_article_note_command_writes_a_note_on_the_whole_article(
    notes_window: MainWindow,
) -> None:
    seen: list[str] = []
    fill_next_editor("整篇的**总结**", "综述", seen)
    notes_window.annotations.actions.article_note.trigger()
    notes = [a for a in notes_window.annotations.controller.annotations if a.kind is Kind.NOTE]
    assert seen == [""] and [(n.note, n.tags) for n in notes] == [("整篇的**总结**", ("综述",))]


def menu_texts(run: Callable[[], None]) -> list[str]:
    """The texts of the context menu `run` opens (closed again at once)."""
    texts: list[str] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read)
            return
        texts.extend(action.text() for action in menu.actions() if action.isEnabled())
        menu.close()

    QTimer.singleShot(0, read)
    run()
    return texts


# Popup menus ask the offscreen platform for things it cannot do (raise, grab the keyboard).
@pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, r"This plugin does not support (raise\(\)|grabbing the keyboard)"
)
def test_the_context_menu_offers_highlighting_and_the_highlight_under_the_pointer(
    notes_window: MainWindow,
) -> None:
    ui = notes_window.annotations
    view = notes_window.reader.view
    cursor = select_shown(notes_window, QUOTE)
    point = view.cursorRect(cursor).center()
    texts = menu_texts(lambda: ui.reader_menu.show_menu(point))
    assert "&Highlight" in texts and "&Delete annotation" not in texts
    made = ui.controller.highlight_selection("orange")
    assert made is not None
    ui.controller.set_current("")
    inside = view.cursorRect(view.document().find("野家")).center()
    texts = menu_texts(lambda: ui.reader_menu.show_menu(inside))
    assert ui.controller.current_id == made.id
    assert "&Delete annotation" in texts and "&Edit note and tags…" in texts
    assert ui.reader_menu._highlight_at(QPoint(1, 1)) == ""
