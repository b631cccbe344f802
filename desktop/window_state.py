"""What the window remembers between runs: layout, and the article being read and where."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop import settings as keys
from desktop.reader_pane import ReaderPane
from desktop.settings import Settings

DEFAULT_SIZE = (1200, 800)
DEFAULT_SPLIT = (400, 800)


@dataclass(frozen=True)
class ReadingPlace:
    """The article that was open and the offset of its original text at the top of the view."""

    article_id: str
    archive: str
    position: int | None


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Geometry, tool bars and the splitter as they were; sensible defaults the first time."""
    geometry = settings.get(keys.WINDOW_GEOMETRY)
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        width, height = DEFAULT_SIZE
        available = window.screen().availableGeometry()
        window.resize(
            min(width, available.width() * 9 // 10), min(height, available.height() * 9 // 10)
        )
    state = settings.get(keys.WINDOW_STATE)
    if not state.isEmpty():
        window.restoreState(state)
    splitter_state = settings.get(keys.SPLITTER_STATE)
    if splitter_state.isEmpty() or not splitter.restoreState(splitter_state):
        splitter.setSizes(list(DEFAULT_SPLIT))


def saved_place(settings: Settings) -> ReadingPlace | None:
    """The article read last time, if any."""
    article_id = settings.get(keys.LAST_ARTICLE_ID)
    if not article_id:
        return None
    position = settings.get(keys.LAST_POSITION)
    return ReadingPlace(
        article_id, settings.get(keys.LAST_ARTICLE_ARCHIVE), position if position >= 0 else None
    )


def save_state(
    window: QMainWindow, splitter: QSplitter, reader: ReaderPane, settings: Settings
) -> None:
    """Everything `restore_layout` and `saved_place` read back."""
    settings.set(keys.WINDOW_GEOMETRY, window.saveGeometry())
    settings.set(keys.WINDOW_STATE, window.saveState())
    settings.set(keys.SPLITTER_STATE, splitter.saveState())
    article = reader.article
    settings.set(keys.LAST_ARTICLE_ID, article.id if article else "")
    settings.set(keys.LAST_ARTICLE_ARCHIVE, article.archive if article else "")
    position = reader.reading_position() if article else None
    settings.set(keys.LAST_POSITION, position if position is not None else -1)
    settings.sync()
