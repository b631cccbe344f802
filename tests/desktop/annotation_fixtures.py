"""Shared by the annotation UI tests: an archive whose text changes length in 臺灣正體 and holds
characters outside the BMP, a window over it, and helpers to select and read marks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from archive.convert import ScriptForm
from archive.dates import PartialDate
from archive.library import Library
from archive.models import Article, NewArticle
from desktop.app import open_window
from desktop.main_window import MainWindow
from desktop.settings import Settings
from desktop.window_state import ReadingPlace

#: 互联网 → 網際網路 and 软件 → 軟體 in tw (lengths change); 𠮷 is two UTF-16 units to Qt.
QUOTE = "互联网𠮷野家的青岛软件"
QUOTE_SHOWN = {
    ScriptForm.ORIGINAL: "互联网𠮷野家的青岛软件",
    ScriptForm.HANS: "互联网𠮷野家的青岛软件",
    ScriptForm.HANT: "互聯網𠮷野家的青島軟件",
    ScriptForm.TW: "網際網路𠮷野家的青島軟體",
    ScriptForm.HK: "互聯網𠮷野家的青島軟件",
}
ANNOTATED = NewArticle(
    title="互联网与软件",
    body=(
        "开头的一段话。互联网𠮷野家的青岛软件，鼠标和软件。\n\n"
        "## 第二部分\n\n"
        "𠀀第二段讲述了青岛的软件产业与互联网的发展。" + "很长的段落，用来滚动。" * 300 + "\n\n"
        "最后一段：青岛啤酒节。"
    ),
    raw="raw-annotated",
    identity="annotated",
    date=PartialDate(2022, 5, 4),
    source="信息网",
)
OTHER = NewArticle(
    title="青島啤酒節",
    body="臺灣的軟體產業。第三十三屆青島國際啤酒節開幕。",
    raw="raw-other",
    identity="other",
    date=PartialDate(2019, 8, 1),
    source="自由時報",
)


@pytest.fixture
def annotated_archive(tmp_path: Path) -> Path:
    """An archive holding ANNOTATED and OTHER."""
    from tests.desktop.conftest import write_archive  # conftest imports this module

    return write_archive(tmp_path / "annotated.sqlite", [ANNOTATED, OTHER], name="notes")


@pytest.fixture
def annotated_library(annotated_archive: Path) -> Iterator[Library]:
    """The annotation archive opened for reading."""
    opened = Library.open([annotated_archive])
    yield opened
    opened.close()


def article_titled(library: Library, title: str) -> Article:
    """The article with this title."""
    summary = next(s for s in library.summaries() if s.title == title)
    return library.get(summary.id, summary.archive)


@pytest.fixture
def notes_window(qtbot: QtBot, annotated_library: Library, settings: Settings) -> MainWindow:
    """The main window over the annotation archive, ANNOTATED open, store open."""
    from tests.desktop.conftest import wait_for_search  # conftest imports this module

    window = open_window(annotated_library, settings)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    wait_for_search(qtbot, window)
    article = article_titled(annotated_library, ANNOTATED.title)
    window.open_place(ReadingPlace(article.id, article.archive, None))
    window.activateWindow()
    window.reader.view.setFocus()
    assert window.annotations.controller.store is not None
    return window


def select_shown(window: MainWindow, shown_text: str) -> QTextCursor:
    """Select the first occurrence of `shown_text` in the reader, as a user would."""
    cursor = window.reader.view.document().find(shown_text)
    assert not cursor.isNull(), shown_text
    window.reader.view.setTextCursor(cursor)
    return cursor


def marked(window: MainWindow, layer: str) -> list[str]:
    """The texts a reader layer marks now."""
    return [s.cursor.selectedText() for s in window.reader.view.layer(layer)]


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: object = None) -> None:
    """A key press on the reader, through the shortcut machinery."""
    modifier = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reader.view, key, modifier)  # type: ignore[arg-type]
