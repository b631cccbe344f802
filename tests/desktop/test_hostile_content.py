"""Hostile articles in the real reader execute nothing, fetch nothing and read nothing outside
the article: every URL points at a local server that counts requests (it must count 0) or at
local files with a known marker (it must appear nowhere, and loadResource must never return
it). Also for pages with the same constructs that went through the importer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from archive.convert import ScriptForm
from archive.importer.pipeline import import_files
from archive.library import Library
from archive.models import NewArticle
from archive.store import ArchiveStore
from desktop.app import open_window
from desktop.main_window import MainWindow
from desktop.reader_view import ReaderView
from desktop.settings import Settings
from desktop.window_state import ReadingPlace
from tests.desktop.conftest import wait_for_search
from tests.desktop.test_reader_view import red_pixels
from tests.reliability.corpus import write_warc
from tests.reliability.hostile import (
    CountingServer,
    Secrets,
    counting_server,
    hostile_fragments,
    hostile_markdown,
    hostile_page,
    make_secrets,
)

#: Text only a running script or a followed javascript: link would put in the page (the
#: content writes it as 'EXE' + 'CUTED').
EXECUTED = "EXECUTED"


@pytest.fixture
def server() -> Iterator[CountingServer]:
    with counting_server() as running:
        yield running


@pytest.fixture
def secrets(tmp_path: Path) -> Secrets:
    return make_secrets(tmp_path / "outside")


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Every loadResource call of every reader: (the URL asked for, what it was given)."""
    calls: list[tuple[str, Any]] = []
    original = ReaderView.loadResource

    def spy(view: ReaderView, kind: int, name: QUrl | str) -> Any:
        answer = original(view, kind, name)
        calls.append((name.toString() if isinstance(name, QUrl) else str(name), answer))
        return answer

    monkeypatch.setattr(ReaderView, "loadResource", spy)
    return calls


def resource_bytes(answer: Any) -> bytes:
    if isinstance(answer, QByteArray):
        return bytes(answer.data())
    if isinstance(answer, QImage):
        return b"" if answer.width() * answer.height() <= 1 else b"an image"
    return b"" if answer is None else str(answer).encode()


def settle(qtbot: QtBot, milliseconds: int = 300) -> None:
    """Let queued events (and any fetch that might have started) run."""
    qtbot.wait(milliseconds)
    QApplication.processEvents()


def assert_nothing_let_in(
    window: MainWindow, server: CountingServer, secrets: Secrets, loads: list[tuple[str, Any]]
) -> None:
    document = window.reader.view.document()
    shown = document.toPlainText() + document.toHtml()
    assert red_pixels(window.reader.view.viewport().grab().toImage()) == 0  # no red image or css
    assert server.requests == [], f"fetched: {server.requests}"
    assert secrets.marker not in shown and EXECUTED not in document.toPlainText()
    assert "base64" not in document.toPlainText()
    for url, answer in loads:
        assert not resource_bytes(answer), f"loadResource gave content for {url}"


def read_every_form(qtbot: QtBot, window: MainWindow, article_id: str, archive: str) -> None:
    window.open_place(ReadingPlace(article_id, archive, None))
    for form in ScriptForm:
        window.reader.set_form(form)
        settle(qtbot, 50)
    window.reader.set_form(ScriptForm.ORIGINAL)
    settle(qtbot)


@pytest.fixture
def hostile_archive(tmp_path: Path, server: CountingServer, secrets: Secrets) -> Path:
    path = tmp_path / "hostile.sqlite"
    title = f'<img src="{server.base}/title.png">标题<script>x</script>'
    with ArchiveStore.open_writable(path, name="hostile", wal=False) as store:
        store.add(
            NewArticle(
                title=title,
                subtitle=f"<iframe src='{server.base}/subtitle'></iframe>",
                body=hostile_markdown(server.base, secrets),
                raw="raw",
                identity="hostile:1",
                source=f"<link rel=stylesheet href='{server.base}/source.css'>",
                authors=(f"<img src='{secrets.image.as_uri()}'>",),
                url="javascript:document.write('EXE' + 'CUTED-URL')",
            )
        )
    return path


def test_a_hostile_article_in_the_reader_lets_nothing_in(
    qtbot: QtBot,
    hostile_archive: Path,
    settings: Settings,
    server: CountingServer,
    secrets: Secrets,
    loads: list[tuple[str, Any]],
) -> None:
    library = Library.open([hostile_archive])
    try:
        window = open_window(library, settings)
        qtbot.addWidget(window)
        wait_for_search(qtbot, window)
        article = library.stores[0].summaries()[0]
        read_every_form(qtbot, window, article.id, article.archive)
        text = window.reader.view.document().toPlainText()
        assert "前文" in text and "后文" in text and "图二" in text  # it did render
        assert_nothing_let_in(window, server, secrets, loads)
        assert loads == [] or all(not resource_bytes(answer) for _url, answer in loads)
    finally:
        library.close()


def test_raw_hostile_html_reaching_the_view_is_still_inert(
    qtbot: QtBot, server: CountingServer, secrets: Secrets, loads: list[tuple[str, Any]]
) -> None:
    """Defence in depth: the same fragments unsanitised, straight into the reader view."""
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    fragments = "\n".join(hostile_fragments(server.base, secrets, 200_000))
    view.show_page(f"<html><head>{fragments}</head><body><p>正文</p>{fragments}</body></html>")
    settle(qtbot)
    document = view.document()
    assert "正文" in document.toPlainText()
    assert red_pixels(view.viewport().grab().toImage()) == 0
    assert server.requests == []
    assert secrets.marker not in document.toPlainText() + document.toHtml()
    assert EXECUTED not in document.toPlainText()
    assert loads, "the view asked for no resource at all: the test exercised nothing"
    for url, answer in loads:
        assert not resource_bytes(answer), f"loadResource gave content for {url}"


def test_hostile_pages_imported_then_read_let_nothing_in(
    qtbot: QtBot,
    tmp_path: Path,
    settings: Settings,
    server: CountingServer,
    secrets: Secrets,
    loads: list[tuple[str, Any]],
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "page.html").write_text(hostile_page(server.base, secrets), encoding="utf-8")
    (inbox / "note.md").write_text(
        "---\ntitle: 恶意笔记\n---\n\n"
        + hostile_markdown(server.base, secrets, data_image_bytes=50_000),
        encoding="utf-8",
    )
    archived = hostile_page(server.base, secrets, title="存档页面")
    write_warc(inbox / "pages.warc", [(f"{server.base}/archived", archived)])
    target = tmp_path / "imported.sqlite"
    reports = list(import_files(target, [inbox], workers=1))
    assert reports[-1].report.added == 3, reports[-1].report.failures
    assert server.requests == [], "the import fetched something"
    library = Library.open([target])
    try:
        window = open_window(library, settings)
        qtbot.addWidget(window)
        wait_for_search(qtbot, window)
        for summary in library.stores[0].summaries():
            read_every_form(qtbot, window, summary.id, summary.archive)
            assert "青岛" in window.reader.view.document().toPlainText()
            assert_nothing_let_in(window, server, secrets, loads)
    finally:
        library.close()
