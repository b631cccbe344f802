"""The reader pane: hits on the right characters in every script form, navigation, find, look."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from archive.convert import ScriptForm
from archive.dates import PartialDate
from archive.library import Library
from archive.models import Article, NewArticle
from desktop.reader_pane import CURRENT_LAYER, FOUND_LAYER, HIT_LAYER, ReaderPane
from desktop.themes import COLOURS, Theme, themed_palette
from tests.desktop.conftest import write_archive

#: Length-changing phrases (互联网 → 網際網路 in tw) and astral characters (𠮷, 𠀀) before
#: the hits, in the title, a heading, a list, a quote, a table and a paragraph with a <br>.
BODY = (
    "互联网𠮷野家的青岛软件，鼠标和*软*件。  \n换行之后的青岛。\n\n"
    "## 青岛的小标题\n\n- 𠀀青岛列表\n- 其他\n\n> 引用：「青岛」\n\n"
    "| 城市 | 产业 |\n|---|---|\n| 青岛 | 软件 |\n\n"
    + "很长的段落，用来滚动。" * 400
    + "\n\n结尾的青岛。"
)
ARTICLE = NewArticle(
    title="互联网青岛",
    subtitle="副标题：软件",
    body=BODY,
    raw="raw",
    identity="reader",
    date=PartialDate(2021, 1, 14),
    source="信息网",
    authors=("赵宝辉",),
)
SHOWN_QINGDAO = {
    ScriptForm.ORIGINAL: "青岛",
    ScriptForm.HANS: "青岛",
    ScriptForm.HANT: "青島",
    ScriptForm.TW: "青島",
    ScriptForm.HK: "青島",
}


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Article]:
    path = write_archive(tmp_path_factory.mktemp("reader") / "r.sqlite", [ARTICLE])
    library = Library.open([path])
    (summary,) = library.summaries()
    yield library.get(summary.id)
    library.close()


@pytest.fixture
def pane(qtbot: QtBot) -> ReaderPane:
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.resize(900, 700)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def marked(pane: ReaderPane, layer: str) -> list[str]:
    return [selection.cursor.selectedText() for selection in pane.view.layer(layer)]


@pytest.mark.parametrize("form", list(ScriptForm))
def test_every_hit_is_marked_on_its_characters_in_every_form(
    pane: ReaderPane, article: Article, form: ScriptForm
) -> None:
    pane.set_terms([("青岛", False)])
    pane.show_article(article)
    pane.toolbar.form_buttons[form].click()
    assert pane.form is form
    assert pane.page_map is not None
    assert pane.page_map.placed_count == len(pane.shown.parts)  # type: ignore[union-attr]
    assert marked(pane, HIT_LAYER) == [SHOWN_QINGDAO[form]] * 8
    assert pane.toolbar.hit_label.text() == "8 hit(s)"


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (ScriptForm.ORIGINAL, ["互联网𠮷野家的青岛软件，鼠标和软件。", "副标题：软件"]),
        (ScriptForm.HANS, ["互联网𠮷野家的青岛软件，鼠标和软件。", "副标题：软件"]),
        (ScriptForm.HANT, ["互聯網𠮷野家的青島軟件，鼠標和軟件。", "副標題：軟件"]),
        (ScriptForm.TW, ["網際網路𠮷野家的青島軟體，滑鼠和軟體。", "副標題：軟體"]),
        (ScriptForm.HK, ["互聯網𠮷野家的青島軟件，鼠標和軟件。", "副標題：軟件"]),
    ],
)
def test_the_shown_text_is_converted_and_the_original_kept(
    pane: ReaderPane, article: Article, form: ScriptForm, expected: list[str]
) -> None:
    stored = article.text
    pane.show_article(article)
    pane.set_form(form)
    text = pane.view.toPlainText()
    assert all(line in text for line in expected)
    assert article.text == stored and pane.article is article


def test_hits_after_length_changes_and_astral_characters_in_tw(
    pane: ReaderPane, article: Article
) -> None:
    pane.set_form(ScriptForm.TW)
    pane.set_terms([("软件", False), ("鼠标", False)])
    pane.show_article(article)
    assert marked(pane, HIT_LAYER)[:5] == ["軟體", "軟體", "滑鼠", "軟體", "軟體"]
    cursor = pane.view.layer(HIT_LAYER)[1].cursor
    block_text = cursor.block().text()
    start = cursor.selectionStart() - cursor.block().position()
    assert (
        block_text[:4] == "網際網路"
        and start == len("網際網路𠮷野家的青島".encode("utf-16-le")) // 2
    )


def test_next_and_previous_hit_count_and_scroll(
    qtbot: QtBot, pane: ReaderPane, article: Article
) -> None:
    pane.set_terms([("青岛", False)])
    pane.show_article(article)
    pane.previous_hit()
    assert pane.toolbar.hit_label.text() == "hit 8 of 8"
    assert marked(pane, CURRENT_LAYER) == ["青岛"]
    assert pane.view.verticalScrollBar().value() > 0  # the last hit is far down
    pane.next_hit()
    pane.next_hit()
    assert pane.toolbar.hit_label.text() == "hit 2 of 8"
    qtbot.keyClick(pane.toolbar.next_button, Qt.Key.Key_Space)
    assert pane.toolbar.hit_label.text() == "hit 3 of 8"


def test_find_in_article_ignores_script_and_takes_over_f3(
    pane: ReaderPane, article: Article
) -> None:
    pane.show_article(article)
    pane.set_form(ScriptForm.TW)
    pane.find_bar.open_bar()
    pane.find_bar.field.setText("软件")
    assert marked(pane, FOUND_LAYER) == ["軟體", "軟體", "軟體", "軟體"]
    assert pane.find_bar.count_label.text() == "1 of 4"
    pane.next_hit()
    assert pane.find_bar.count_label.text() == "2 of 4"
    pane.find_bar.field.setText("互聯網")  # traditional form of the original; shown as 網際網路
    assert marked(pane, FOUND_LAYER) == ["網際網路", "網際網路"]
    pane.find_bar.field.setText("不存在")
    assert pane.find_bar.count_label.text() == "No matches"
    pane.find_bar.close_bar()
    assert marked(pane, FOUND_LAYER) == [] and not pane.find_bar.isVisible()


def test_the_reading_position_survives_a_change_of_form_and_zoom(
    qtbot: QtBot, pane: ReaderPane, article: Article
) -> None:
    end = article.text.index("结尾")
    pane.show_article(article, position=end - 2000)
    first = pane.reading_position()
    assert first is not None and abs(first - (end - 2000)) < 60
    pane.set_form(ScriptForm.TW)
    after_form = pane.reading_position()
    assert after_form is not None and abs(after_form - first) < 60
    pane.zoom_by(2)
    after_zoom = pane.reading_position()
    assert after_zoom is not None and abs(after_zoom - first) < 100


def test_zoom_and_theme_change_the_look(pane: ReaderPane, article: Article) -> None:
    pane.show_article(article)
    size = pane.view.font().pointSizeF()
    assert pane.zoom_by(1) == 110 and pane.view.font().pointSizeF() > size
    assert pane.zoom_by(0) == 100 and pane.view.font().pointSizeF() == pytest.approx(size)
    dark = themed_palette(Theme.DARK, QApplication.palette())
    pane.view.apply_palette(dark)
    pane.set_look(COLOURS[Theme.DARK], 100)
    assert pane.view.palette().color(QPalette.ColorRole.Base).name() == COLOURS[Theme.DARK].paper


def test_traditional_text_gets_a_traditional_glyph_font(pane: ReaderPane, article: Article) -> None:
    pane.show_article(article)
    simplified_family = pane.view.font().families()[0]
    pane.set_form(ScriptForm.TW)
    traditional_family = pane.view.font().families()[0]
    if "TC" in traditional_family or "HK" in traditional_family:
        assert traditional_family != simplified_family
    else:  # a system without a traditional-form CJK face falls back to the same family
        assert traditional_family == simplified_family


def test_a_message_clears_the_article(pane: ReaderPane, article: Article) -> None:
    pane.set_terms([("青岛", False)])
    pane.show_article(article)
    pane.show_message("沒有文章")
    assert pane.article is None and pane.hits == []
    assert pane.view.toPlainText() == "沒有文章"
    assert pane.toolbar.hit_label.text() == ""


def test_marks_of_the_original_text_follow_every_form(pane: ReaderPane, article: Article) -> None:
    """What annotations will use: spans of Article.text drawn as a layer, and a selection
    read back as a span of Article.text."""
    pane.show_article(article)
    start = article.text.index("鼠标")
    pane.mark_text("notes", [(start, start + 5)], "#c8e6c9")
    assert marked(pane, "notes") == ["鼠标和软件"]
    pane.set_form(ScriptForm.TW)
    assert marked(pane, "notes") == ["滑鼠和軟體"]
    document = pane.view.document()
    pane.view.setTextCursor(document.find("網際網路𠮷野"))
    assert pane.selected_text_span() == (0, 5)
    assert article.text[0:5] == "互联网𠮷野"
    pane.mark_text("notes", [], "#c8e6c9")
    assert marked(pane, "notes") == []
