"""Searching from the panel: as you type, off the GUI thread, filters, facets, history, errors."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from archive import search, search_first
from archive.library import Library
from archive.search import SearchRequest, SortOrder
from desktop import search_controller
from desktop import settings as keys
from desktop.app import open_window
from desktop.main_window import MainWindow
from desktop.results_model import ResultRole
from desktop.search_jobs import SearchPage, SearchWork, WorkerLibrary
from desktop.settings import Settings
from tests.desktop.conftest import type_text, wait_for_search


@pytest.fixture
def many_library(many_archive: Path) -> Iterator[Library]:
    library = Library.open([many_archive])
    yield library
    library.close()


@pytest.fixture
def many_window(qtbot: QtBot, many_library: Library, settings: Settings) -> MainWindow:
    window = open_window(many_library, settings)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    wait_for_search(qtbot, window)
    return window


def titles(window: MainWindow) -> list[str]:
    model = window.results.model
    return [model.data(model.index(row, 0), ResultRole.TITLE) for row in range(model.rowCount())]


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = window.results.search_panel.search_field
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    type_text(field, text)


def test_without_a_query_the_list_is_the_archive_newest_first(many_window: MainWindow) -> None:
    panel = many_window.results.search_panel
    assert panel.count_label.text() == "260 article(s), newest first"
    model = many_window.results.model
    assert model.total() == 260 and model.rowCount() >= 50
    dates = [model.data(model.index(row, 0), ResultRole.DATE_TEXT) for row in range(50)]
    assert dates == sorted(dates, reverse=True)
    assert panel.source_box.count() == 4  # all sources, then each source of the archive


def test_typing_searches_after_a_pause(qtbot: QtBot, many_window: MainWindow) -> None:
    type_query(qtbot, many_window, "青岛")
    assert many_window.search.busy
    with qtbot.waitSignal(many_window.search.results_shown, timeout=5000):
        pass
    wait_for_search(qtbot, many_window)
    assert many_window.results.search_panel.count_label.text() == "52 result(s)"
    assert all("青岛" in title for title in titles(many_window))
    latency = many_window.search.last_latency
    assert latency is not None and 0 < latency < 5


def test_counts_per_source_and_year_are_links_that_filter(
    qtbot: QtBot, many_window: MainWindow
) -> None:
    panel = many_window.results.search_panel
    type_query(qtbot, many_window, "青岛")
    wait_for_search(qtbot, many_window)
    facets = panel.facets_label.text()
    assert "信网</a>&nbsp;18" in facets and "2015</a>&nbsp;" in facets
    panel.facets_label.linkActivated.emit("source:%E4%BF%A1%E7%BD%91")  # 信网
    wait_for_search(qtbot, many_window)
    assert panel.count_label.text() == "18 result(s)"
    assert panel.filters().source == "信网"
    panel.facets_label.linkActivated.emit("year:2020")
    wait_for_search(qtbot, many_window)
    assert (panel.date_from.text(), panel.date_to.text()) == ("2020", "2020")
    model = many_window.results.model
    assert model.total() > 0
    assert all(
        model.data(model.index(row, 0), ResultRole.DATE_TEXT).startswith("2020")
        for row in range(model.rowCount())
    )


def test_sort_by_date_and_it_is_remembered(
    qtbot: QtBot, many_window: MainWindow, settings: Settings
) -> None:
    panel = many_window.results.search_panel
    type_query(qtbot, many_window, "新闻")
    wait_for_search(qtbot, many_window)
    panel.sort_box.setCurrentIndex(panel.sort_box.findData(SortOrder.DATE.value))
    wait_for_search(qtbot, many_window)
    model = many_window.results.model
    dates = [model.data(model.index(row, 0), ResultRole.DATE_TEXT) for row in range(30)]
    assert dates == sorted(dates, reverse=True)
    assert settings.get(keys.SORT_ORDER) == "date"


def test_a_malformed_query_shows_its_sentence_in_place(
    qtbot: QtBot, many_window: MainWindow
) -> None:
    panel = many_window.results.search_panel
    type_query(qtbot, many_window, "青岛 OR")
    wait_for_search(qtbot, many_window)
    assert panel.error_label.isVisible()
    assert panel.error_label.text() == "OR needs a search term on both sides."
    type_query(qtbot, many_window, "青岛")
    wait_for_search(qtbot, many_window)
    assert not panel.error_label.isVisible()


def test_an_unreadable_date_filter_shows_its_sentence(
    qtbot: QtBot, many_window: MainWindow
) -> None:
    panel = many_window.results.search_panel
    panel.set_dates("soon", "")
    assert panel.error_label.isVisible() and "is not a date" in panel.error_label.text()


def test_a_newer_query_supersedes_a_slower_older_one(
    qtbot: QtBot, many_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first query is held on the worker until the second was asked for: its results
    must never reach the list, even though they arrive."""
    release = threading.Event()
    real_first_page = search_controller.first_page

    def held(request: SearchRequest) -> Callable[[WorkerLibrary], SearchPage]:
        work = real_first_page(request)

        def run(context: WorkerLibrary) -> SearchPage:
            if request.query == "自由":
                release.wait(5)
            return work(context)

        return run

    monkeypatch.setattr(search_controller, "first_page", held)
    shown: list[int] = []
    model = many_window.results.model
    original_set_results = model.set_results
    monkeypatch.setattr(
        model,
        "set_results",
        lambda refs, rows, build, total=None: (
            shown.append(total or 0),
            original_set_results(refs, rows, build, total=total),
        ),
    )
    panel = many_window.results.search_panel
    panel.set_query("自由")
    many_window.search.search_now()
    panel.set_query("青岛")
    many_window.search.search_now()
    release.set()
    wait_for_search(qtbot, many_window)
    qtbot.wait(100)
    assert shown == [52]
    assert panel.count_label.text() == "52 result(s)"


def test_enter_searches_now_and_keeps_the_query_in_the_history(
    qtbot: QtBot, many_window: MainWindow, settings: Settings
) -> None:
    panel = many_window.results.search_panel
    for query in ("新闻", "青岛"):
        type_query(qtbot, many_window, query)
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
        assert not many_window.search._debounce.isActive()
        wait_for_search(qtbot, many_window)
    assert [action.text() for action in panel.history_menu.actions()] == ["青岛", "新闻"]
    assert settings.get(keys.SEARCH_HISTORY) == '["青岛", "新闻"]'
    panel.history_menu.actions()[1].trigger()
    wait_for_search(qtbot, many_window)
    assert panel.query() == "新闻"
    assert panel.count_label.text() == "260 result(s)"


def test_regional_words_widen_the_search(qtbot: QtBot, many_window: MainWindow) -> None:
    panel = many_window.results.search_panel
    type_query(qtbot, many_window, "軟體")
    wait_for_search(qtbot, many_window)
    assert panel.count_label.text() == "0 result(s)"
    panel.regional_box.setChecked(True)
    wait_for_search(qtbot, many_window)
    assert panel.count_label.text() == "52 result(s)"
    assert ("软件", False) in many_window.search.terms


def test_scrolling_past_the_first_refs_ranks_the_rest(
    qtbot: QtBot, many_window: MainWindow
) -> None:
    model = many_window.results.model
    view = many_window.results.list_view
    for _ in range(40):
        view.scrollToBottom()
        qtbot.wait(10)
        wait_for_search(qtbot, many_window)
        if model.rowCount() == 260:
            break
    assert model.rowCount() == 260


def test_a_broad_query_shows_its_first_rows_then_its_facets(
    qtbot: QtBot, many_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in (search, search_first):  # 新闻 is in all 260: a broad query
        monkeypatch.setattr(module, "RANK_LIMIT", 100)
    panel = many_window.results.search_panel
    counts: list[tuple[int, dict[str, int]]] = []
    original_show_counts = panel.show_counts
    monkeypatch.setattr(
        panel,
        "show_counts",
        lambda total, by_source, by_year, everything: (
            counts.append((total, dict(by_source))),
            original_show_counts(total, by_source, by_year, everything=everything),
        ),
    )
    shown: list[int] = []
    many_window.search.results_shown.connect(lambda: shown.append(len(counts)))
    type_query(qtbot, many_window, "新闻")
    wait_for_search(qtbot, many_window)
    (early_total, early_facets), (total, facets) = counts
    assert early_total == total == 260
    assert early_facets == {} and sum(facets.values()) == 260
    assert shown == [1]  # the rows were shown with the early page, once
    model = many_window.results.model
    dates = [model.data(model.index(row, 0), ResultRole.DATE_TEXT) for row in range(50)]
    assert dates == sorted(dates, reverse=True)
    assert "信网</a>&nbsp;" in panel.facets_label.text()
    for _ in range(40):  # the complete ranking's refs were added: the list scrolls to the end
        many_window.results.list_view.scrollToBottom()
        qtbot.wait(10)
        wait_for_search(qtbot, many_window)
        if model.rowCount() == 260:
            break
    assert model.rowCount() == 260


def test_a_newer_query_drops_the_rest_of_an_early_page(
    qtbot: QtBot, many_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The broad query's complete page is held until a newer query was asked for: only its
    early page may have reached the list, and the newer query's results replace it."""
    for module in (search, search_first):
        monkeypatch.setattr(module, "RANK_LIMIT", 100)
    release = threading.Event()
    real_first_page = search_controller.first_page

    def held(request: SearchRequest) -> Callable[[WorkerLibrary], SearchWork]:
        work = real_first_page(request)

        def run(context: WorkerLibrary) -> SearchWork:
            pages = work(context)
            try:
                early = next(pages)
            except StopIteration as done:  # a query with no early page
                return done.value  # type: ignore[no-any-return]
            assert not early.complete
            yield early
            if request.query == "新闻":
                release.wait(5)
            return (yield from pages)

        return run

    monkeypatch.setattr(search_controller, "first_page", held)
    panel = many_window.results.search_panel
    panel.set_query("新闻")
    with qtbot.waitSignal(many_window.search.results_shown, timeout=5000):
        many_window.search.search_now()
    assert panel.count_label.text() == "260 result(s)"
    assert "信网" not in panel.facets_label.text()  # facets come with the complete page
    panel.set_query("青岛")
    many_window.search.search_now()
    release.set()
    wait_for_search(qtbot, many_window)
    qtbot.wait(100)
    assert panel.count_label.text() == "52 result(s)"
    assert "信网</a>&nbsp;18" in panel.facets_label.text()
    assert all("青岛" in title for title in titles(many_window))
