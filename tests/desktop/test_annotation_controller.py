"""Highlights from the reader: the same words in every script form, stored against the
original; colours, notes, tags, delete, undo and redo; the article note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from archive.annotation_models import AnchorStatus, Kind
from archive.convert import ScriptForm
from archive.userstore import UserStore
from desktop.annotation_marks import layer_of
from desktop.main_window import MainWindow
from tests.desktop.annotation_fixtures import (
    QUOTE,
    QUOTE_SHOWN,
    marked,
    press,
    select_shown,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("made_in", [ScriptForm.TW, ScriptForm.HK, ScriptForm.ORIGINAL])
def test_a_highlight_made_in_any_form_marks_the_same_words_in_every_form(
    qtbot: QtBot, notes_window: MainWindow, made_in: ScriptForm
) -> None:
    window = notes_window
    window.appearance.set_form(made_in)
    select_shown(window, QUOTE_SHOWN[made_in])
    press(qtbot, window, Qt.Key.Key_H)

    controller = window.annotations.controller
    assert controller.store is not None and window.reader.article is not None
    (stored,) = controller.store.stored_for(window.reader.article.archive, window.reader.article.id)
    article_text = window.reader.article.text
    assert stored.anchor is not None and stored.color == "yellow"
    assert stored.quote == QUOTE == article_text[stored.anchor.start : stored.anchor.end]
    assert stored.anchor.start == article_text.index(QUOTE)  # code points, not UTF-16 units
    for form in ScriptForm:
        window.appearance.set_form(form)
        assert marked(window, layer_of("yellow")) == [QUOTE_SHOWN[form]], form


def test_a_colour_button_highlights_in_its_colour_and_recolours_the_chosen_one(
    notes_window: MainWindow,
) -> None:
    window = notes_window
    window.appearance.set_form(ScriptForm.TW)
    select_shown(window, "滑鼠和軟體")
    button = window.annotations.tools.button_for(window.annotations.actions.colors["green"])
    assert button is not None
    button.click()
    assert marked(window, layer_of("green")) == ["滑鼠和軟體"]
    controller = window.annotations.controller
    (highlight,) = [a for a in controller.annotations if a.kind is Kind.HIGHLIGHT]
    assert highlight.quote == "鼠标和软件" and controller.current_id == highlight.id
    window.annotations.actions.colors["blue"].trigger()  # nothing selected: recolour
    assert marked(window, layer_of("green")) == [] and marked(window, layer_of("blue")) == [
        "滑鼠和軟體"
    ]


def test_hits_and_highlights_are_both_visible_where_they_overlap(notes_window: MainWindow) -> None:
    window = notes_window
    select_shown(window, QUOTE)
    window.annotations.actions.highlight.trigger()
    window.reader.set_terms([("青岛", False)])
    order = window.reader.view.layer_order
    assert order.index("hits") < order.index(layer_of("yellow"))  # translucent, on top
    (highlight,) = window.reader.view.layer(layer_of("yellow"))
    assert highlight.format.background().color().alpha() < 255
    assert highlight.format.underlineStyle() != highlight.format.UnderlineStyle.NoUnderline
    assert "青岛" in marked(window, "hits")


def test_undo_and_redo_with_the_keyboard(qtbot: QtBot, notes_window: MainWindow) -> None:
    window = notes_window
    controller = window.annotations.controller
    select_shown(window, "鼠标和软件")
    press(qtbot, window, Qt.Key.Key_H)
    (made,) = [a for a in controller.annotations if a.kind is Kind.HIGHLIGHT]
    controller.edit(made.id, note="第一稿", tags=("草稿",))
    assert controller.find(made.id).note == "第一稿"  # type: ignore[union-attr]

    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo the edit
    assert controller.find(made.id).note == ""  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo the highlight
    assert controller.find(made.id) is None and marked(window, layer_of("yellow")) == []
    assert window.annotations.actions.undo.isEnabled() is False

    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: the same annotation, same id
    assert marked(window, layer_of("yellow")) == ["鼠标和软件"]
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    redone = controller.find(made.id)
    assert redone is not None and redone.note == "第一稿" and redone.tags == ("草稿",)


def test_undo_after_a_change_elsewhere_says_so_and_writes_nothing(
    qtbot: QtBot, notes_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.annotations_ui.show_known_error", lambda _parent, sentence: shown.append(sentence)
    )
    window = notes_window
    controller = window.annotations.controller
    select_shown(window, "鼠标和软件")
    made = controller.highlight_selection("pink")
    assert made is not None and controller.store is not None
    with UserStore.open(controller.store.path, backups=None) as elsewhere:
        elsewhere.edit(made.id, note="另一个窗口写的")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert shown == ["The annotation was changed elsewhere meanwhile; nothing was written."]
    assert controller.store.get(made.id).note == "另一个窗口写的"
    assert controller.undo_stack.count() == 0  # the command that cannot apply is gone


def test_delete_and_its_undo_bring_back_the_same_annotation(notes_window: MainWindow) -> None:
    window = notes_window
    controller = window.annotations.controller
    select_shown(window, QUOTE)
    made = controller.highlight_selection("purple")
    assert made is not None
    controller.edit(made.id, note="**重要**", tags=("经济", "待核实"))
    window.annotations.actions.delete.trigger()  # the current one: the highlight just made
    assert controller.find(made.id) is None
    controller.undo_stack.undo()
    back = controller.find(made.id)
    assert back is not None and back.note == "**重要**" and back.tags == ("经济", "待核实")
    assert marked(window, layer_of("purple")) == [QUOTE]


def test_the_panel_shows_the_rendered_note_safely_and_marks_orphans(
    notes_window: MainWindow,
) -> None:
    window = notes_window
    ui = window.annotations
    ui.panel_dock.show()
    controller = ui.controller
    select_shown(window, QUOTE)
    made = controller.highlight_selection()
    assert made is not None
    controller.edit(made.id, note="*要点*<script>alert(1)</script>", tags=("引用",))
    assert ui.panel.model.rowCount() == 1
    assert "要点" in ui.panel.note_view.toPlainText()
    assert "alert" not in ui.panel.note_view.toHtml()
    assert "#引用" in ui.panel.meta_label.text()
    assert ui.panel.quote_label.text() == f"“{QUOTE}”"
    window.appearance.set_form(ScriptForm.TW)
    assert ui.panel.quote_label.text() == f"“{QUOTE_SHOWN[ScriptForm.TW]}”"


def test_an_article_note_and_its_tags(notes_window: MainWindow) -> None:
    controller = notes_window.annotations.controller
    made = controller.add_article_note("整篇文章的笔记", ("综述",))
    assert made is not None and made.kind is Kind.NOTE and made.anchor is None
    assert [a.id for a in controller.annotations if a.kind is Kind.NOTE] == [made.id]
    assert made.creator  # the OS user name unless one is set


def test_the_creator_comes_from_the_settings(notes_window: MainWindow) -> None:
    from desktop import settings as keys

    window = notes_window
    window.annotations._settings.set(keys.CREATOR, "王老师")
    window.annotations.controller.set_creator(window.annotations.creator())
    select_shown(window, QUOTE)
    made = window.annotations.controller.highlight_selection()
    assert made is not None and made.creator == "王老师"
    assert made.status is AnchorStatus.ANCHORED


def test_a_selection_in_the_heading_is_not_highlighted_and_says_why(
    notes_window: MainWindow,
) -> None:
    select_shown(notes_window, "互联网与软件")  # the title
    assert notes_window.annotations.controller.highlight_selection() is None
    assert notes_window.annotations.controller.annotations == []
    assert "not its heading" in notes_window.statusBar().currentMessage()


def test_a_full_disk_is_one_sentence_and_keeps_what_was_saved(
    qtbot: QtBot, notes_window: MainWindow
) -> None:
    window = notes_window
    controller = window.annotations.controller
    store = controller.store
    assert store is not None and window.reader.article is not None
    select_shown(window, QUOTE)
    saved = controller.highlight_selection()
    assert saved is not None
    before = store.stored_for(window.reader.article.archive, window.reader.article.id)
    pages = store.connection.execute("PRAGMA page_count").get
    store.connection.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
    problems: list[str] = []
    controller.problem.disconnect()  # record the sentence instead of showing a message box
    controller.problem.connect(problems.append)
    controller.edit(saved.id, note="长批注。" * 20_000, tags=("满",))
    controller.add_article_note("整篇文章的批注。" * 20_000)
    assert len(problems) == 2
    for sentence in problems:
        assert "is full" in sentence and "\n" not in sentence and "Traceback" not in sentence
    after = store.stored_for(window.reader.article.archive, window.reader.article.id)
    assert after == before and controller.undo_stack.count() == 1  # only the highlight
    assert [a.id for a in controller.annotations] == [saved.id]
