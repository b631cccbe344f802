"""Desktop fixtures: a small archive of our own on disk, isolated settings, an open main window."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from archive.dates import PartialDate
from archive.library import Library
from archive.models import NewArticle
from archive.store import ArchiveStore
from desktop.app import open_window
from desktop.main_window import MainWindow
from desktop.settings import Settings

# The offscreen platform plugin warns whenever a top-level window's size limits change; that
# is a limit of the test platform, not of our code (qoffscreenwindow.cpp has no implementation).
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's own warning in desktop tests; every other one still fails."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


ARTICLES = (
    NewArticle(
        title="青島產業",
        body="第一段。\n\n## 小標題\n\n第二段",
        raw="raw",
        identity="t1",
        date=PartialDate(2021, 1, 14),
        source="信网",
    ),
    NewArticle(
        title="青岛啤酒节开幕",
        subtitle="八月的海边，一城啤酒香",
        body=(
            "第三十三届青岛国际啤酒节于八月一日晚在西海岸新区金沙滩啤酒城开幕，"
            "来自世界各地的两千余款啤酒参展，开幕当晚入园游客超过十万人次，"
            "主办方在园区内设置了多个休息区和饮水点，并增开公交专线方便市民往返。"
            "\n\n## 夜间活动\n\n"
            "夜间活动持续到十点，包括乐队演出、灯光秀和啤酒品鉴会。"
            "组委会提醒游客理性饮酒、文明观节，注意交通安全。"
            "\n\n- 开放时间：每天十点至二十二点\n- 门票：免费入园"
            "\n\n> 「这是我第三次来啤酒节。」一位来自济南的游客说。"
        ),
        raw="raw-2",
        identity="t2",
        date=PartialDate(2023, 8, 1, 19, 30),
        source="青岛日报",
        authors=("赵宝辉", "何琳"),
        editor="王波",
        url="https://example.com/beer",
        curated_fields=frozenset({"source"}),
    ),
    NewArticle(
        title="無日期的文章",
        body="沒有日期的內容。",
        raw="raw-3",
        identity="t3",
        date=PartialDate(month=3, day=1),
        source="自由時報",
    ),
)


def write_archive(path: Path, articles: Iterable[NewArticle], name: str = "test") -> Path:
    """Create an archive file holding these articles."""
    store = ArchiveStore.open_writable(path, name=name, wal=False)
    try:
        store.add_many(articles)
    finally:
        store.close()
    return path


def many_articles(count: int) -> list[NewArticle]:
    """`count` dated articles from three sources; every fifth mentions 青岛, all mention 新闻."""
    sources = ("信网", "青岛日报", "自由時報")
    return [
        NewArticle(
            title=f"第{number}號新聞" + ("：青岛" if number % 5 == 0 else ""),
            body=f"這是第{number}篇新闻。"
            + ("青岛的软件产业。" if number % 5 == 0 else "其他內容。"),
            raw=f"raw-{number}",
            identity=f"many:{number}",
            date=PartialDate(2015 + number % 8, 1 + number % 12, 1 + number % 28),
            source=sources[number % 3],
        )
        for number in range(count)
    ]


@pytest.fixture(scope="session")
def many_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only archive of 260 articles (more than the first page of results)."""
    return write_archive(tmp_path_factory.mktemp("many") / "many.sqlite", many_articles(260))


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key, as an input method delivers Chinese (QTest types ASCII only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def wait_for_search(qtbot: QtBot, window: MainWindow, timeout: int = 10_000) -> None:
    """Until no search is waiting or running and every result has arrived."""
    qtbot.waitUntil(lambda: not window.search.busy, timeout=timeout)


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    """Three articles: day, minute and year-less dates; one with curated source and a link."""
    return write_archive(tmp_path / "t.sqlite", ARTICLES)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a throw-away INI file, never the user's own."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def library(small_archive: Path) -> Iterator[Library]:
    """The small archive opened for reading."""
    opened = Library.open([small_archive])
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, library: Library, settings: Settings) -> MainWindow:
    """The main window over the small archive, shown."""
    main_window = open_window(library, settings)
    qtbot.addWidget(main_window)
    qtbot.waitExposed(main_window)
    wait_for_search(qtbot, main_window)
    return main_window


# The annotation tests' archive and window (defined beside their helpers).
from tests.desktop.annotation_fixtures import (  # noqa: E402, F401
    annotated_archive,
    annotated_library,
    notes_window,
)
