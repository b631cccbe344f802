"""File ▸ Import…: progress, a report naming each failed file, Cancel keeps whole batches."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from archive.integrity import check_archive
from archive.store import ArchiveStore
from desktop.import_dialog import ImportDialog


def write_sources(folder: Path) -> None:
    folder.mkdir()
    (folder / "one.txt").write_text("青島產業的報道\n\n青島與沿黃省區產業合作。", encoding="utf-8")
    (folder / "two.txt").write_bytes("青岛啤酒节开幕\n\n第一段：青岛啤酒。".encode("gb18030"))
    (folder / "broken.jsonl").write_text('{"title": "好", "text": "正文"}\n{oops\n', "utf-8")


def run_to_end(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.show()
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)


def test_import_reports_what_it_did(qtbot: QtBot, tmp_path: Path) -> None:
    sources, target = tmp_path / "sources", tmp_path / "user.sqlite"
    write_sources(sources)
    dialog = ImportDialog(target, [sources], workers=1)
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as signal:
        run_to_end(qtbot, dialog)
    report = signal.args[0]
    assert (report.added, report.failure_count) == (3, 1)
    assert "3 added" in dialog.status.text() and "1 failed" in dialog.status.text()
    assert "broken.jsonl" in dialog.details.toPlainText()
    with ArchiveStore.open_read_only(target, immutable=False) as store:
        titles = {summary.title for summary in store.summaries()}
    assert {"青島產業的報道", "青岛啤酒节开幕", "好"} <= titles


def test_a_second_import_of_the_same_files_adds_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    sources, target = tmp_path / "sources", tmp_path / "user.sqlite"
    write_sources(sources)
    run_to_end(qtbot, ImportDialog(target, [sources], workers=1))
    again = ImportDialog(target, [sources], workers=1)
    with qtbot.waitSignal(again.imported, timeout=60_000) as signal:
        run_to_end(qtbot, again)
    assert (signal.args[0].added, signal.args[0].unchanged) == (0, 3)


def test_cancel_keeps_whole_batches_only(qtbot: QtBot, tmp_path: Path) -> None:
    records = tmp_path / "many.jsonl"
    with records.open("w", encoding="utf-8") as handle:
        for number in range(20_000):
            record = {
                "id": f"r{number}",
                "title": f"第{number}篇",
                "text": f"青岛新闻第{number}段。",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    target = tmp_path / "user.sqlite"
    dialog = ImportDialog(target, [records], workers=1)
    dialog.show()
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=60_000)
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as signal:
        dialog.cancel_or_close()
    assert signal.args[0].cancelled
    assert "cancelled" in dialog.status.text()
    report = check_archive(target)
    assert report.sound, report.problems
    with ArchiveStore.open_read_only(target, immutable=False) as store:
        assert 0 < store.count() < 20_000
