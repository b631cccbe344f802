"""Copying from the reader: shown or original text, with or without its citation."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from archive.convert import ScriptForm
from desktop import settings as keys
from desktop.main_window import MainWindow
from desktop.settings import Settings
from tests.desktop.test_main_window import click_row


def select(window: MainWindow, text: str) -> None:
    """Select the first occurrence of `text` in the reader, as a user would drag over it."""
    document = window.reader.view.document()
    found = document.find(text)
    assert not found.isNull(), text
    window.reader.view.setTextCursor(found)


@pytest.fixture
def reading(qtbot: QtBot, window: MainWindow) -> MainWindow:
    click_row(qtbot, window, 0)  # 青岛啤酒节开幕, source 青岛日报, a web address
    window.window_actions.forms[ScriptForm.TW].trigger()
    return window


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_copy_gives_the_shown_text_by_default(reading: MainWindow) -> None:
    select(reading, "開幕當晚")
    reading.reader.view.copy()
    assert clipboard() == "開幕當晚"


def test_copy_can_give_the_original_text(reading: MainWindow, settings: Settings) -> None:
    reading.window_actions.copy_original.trigger()
    assert settings.get(keys.COPY_ORIGINAL) is True
    select(reading, "開幕當晚入園遊客")
    reading.reader.view.copy()
    assert clipboard() == "开幕当晚入园游客"


def test_copy_across_paragraphs_joins_them_with_a_line_break(reading: MainWindow) -> None:
    view = reading.reader.view
    start = view.document().find("注意交通安全")
    end = view.document().find("每天十點")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start.selectionStart())
    cursor.setPosition(end.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    reading.copier.set_copies_original(True)
    view.copy()
    assert clipboard() == "注意交通安全。\n开放时间：每天十点"


def test_copy_with_citation_appends_it(reading: MainWindow) -> None:
    select(reading, "開幕當晚")
    reading.copier.copy_with_citation()
    today = datetime.date.today().isoformat()
    assert clipboard() == (
        "開幕當晚\n\n趙寶輝, 何琳. 青島啤酒節開幕[N/OL]. 青島日報, 2023-08-01"
        f"[{today}]. https://example.com/beer."
    )


def test_copy_citation_in_the_chosen_style_and_script(
    reading: MainWindow, settings: Settings
) -> None:
    reading.copier.set_style(reading.copier.style.__class__("plain"))
    reading.copier.copy_citation()
    assert (
        clipboard()
        == "趙寶輝、何琳：《青島啤酒節開幕》，青島日報，2023年8月1日。https://example.com/beer"
    )
    reading.copier.set_copies_original(True)
    reading.copier.copy_citation()
    assert clipboard().startswith("赵宝辉、何琳：《青岛啤酒节开幕》，青岛日报")
    assert settings.get(keys.CITATION_STYLE) == "plain"


def test_without_an_article_there_is_no_citation(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("unchanged")
    window.copier.copy_citation()
    assert clipboard() == "unchanged" and window.copier.citation() == ""
