"""A screenshot of the reader in 臺灣正體 with highlights over hits, the annotations panel and the
annotation browser open (tests/output/annotations.png): look at it after changing the UI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from archive.convert import ScriptForm
from desktop.annotation_marks import layer_of
from desktop.main_window import MainWindow
from tests.desktop.annotation_fixtures import QUOTE_SHOWN, marked, select_shown
from tests.desktop.conftest import type_text, wait_for_search

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def test_screenshot_of_highlights_notes_and_the_browser(
    qtbot: QtBot, notes_window: MainWindow
) -> None:
    window = notes_window
    window.resize(1400, 900)
    ui = window.annotations
    type_text(window.results.search_panel.search_field, "青岛")
    wait_for_search(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.reader.hits))
    window.appearance.set_form(ScriptForm.TW)
    controller = ui.controller
    for shown, color, note, tags in (
        (QUOTE_SHOWN[ScriptForm.TW], "yellow", "**非BMP字符** 𠮷 的引文", ("引用",)),
        ("滑鼠和軟體", "green", "与前文对照", ("经济", "对照")),
        ("青島的軟體產業", "blue", "数据来源*待查*", ("待核实",)),
    ):
        select_shown(window, shown)
        made = controller.highlight_selection(color)
        assert made is not None
        controller.edit(made.id, note=note, tags=tags)
    controller.add_article_note("整篇文章的总结", ("综述",))
    controller.toggle_bookmark()
    ui.panel_dock.show()
    ui.browser_dock.show()
    controller.set_current(made.id)
    qtbot.wait(100)

    assert marked(window, layer_of("blue")) == ["青島的軟體產業"]
    assert ui.browser.model.rowCount() == 5 and ui.panel.model.rowCount() == 5
    assert "数据来源" in ui.panel.note_view.toPlainText()
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "annotations.png"
    image = window.grab().toImage()
    assert image.save(str(path)) and path.stat().st_size > 0
    view = window.reader.view
    (blue,) = view.layer(layer_of("blue"))
    centre = view.viewport().mapTo(window, view.cursorRect(blue.cursor).center() - QPoint(8, 0))
    painted = QColor(image.pixel(centre * image.devicePixelRatio()))
    assert painted.blue() > painted.red()  # the blue highlight is on screen where it should be
