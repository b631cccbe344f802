"""Importing from the window: the new articles are searchable at once, beside the bundled ones."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pytestqt.qtbot import QtBot

from archive.library import Library
from archive.paths import user_archive_path
from desktop.app import Session
from desktop.archive_labels import archive_labels
from desktop.results_model import ResultRole
from desktop.settings import Settings
from tests.desktop.conftest import wait_for_search


def test_import_reopens_the_library_and_finds_the_new_article(
    qtbot: QtBot, library: Library, settings: Settings, tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    source.write_text("澎湖花火節開幕\n\n今年的花火節在馬公舉行。", encoding="utf-8")
    session = Session(library, settings)
    first = session.window
    wait_for_search(qtbot, first)
    assert [action.text() for action in first.menuBar().actions()[0].menu().actions()][:2] == [
        "&Import files…",
        "Import &folder…",
    ]
    dialog = first.importer.run([source], workers=1)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert "1 added" in dialog.status.text()
    assert session.window is first  # the report stays readable until the dialog is closed
    dialog.cancel_or_close()
    qtbot.waitUntil(lambda: session.window is not first, timeout=10_000)
    second = session.window
    qtbot.addWidget(second)
    assert user_archive_path() in [store.path for store in session.library.stores]
    second.results.search_panel.set_query("花火节")  # simplified query, traditional text
    second.search.search_now()
    wait_for_search(qtbot, second)
    model = second.results.model
    assert model.total() == 1
    found = model.hit_at(0)
    assert found is not None
    assert (found.summary.title, found.summary.archive) == ("澎湖花火節開幕", "user")
    assert len(session.library.stores) == 2
    assert model.data(model.index(0, 0), ResultRole.ARCHIVE) == "Mine"  # labelled by archive
    assert "Mine" in second.results.delegate._details(model.index(0, 0))
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    session.library.close()


def test_archive_labels_only_when_several_archives_are_open() -> None:
    assert archive_labels(["bundled"]) == {}
    assert archive_labels(["bundled", "bundled"]) == {}
    assert archive_labels(["bundled", "user", "旧档"]) == {
        "bundled": "Bundled",
        "user": "Mine",
        "旧档": "旧档",
    }
