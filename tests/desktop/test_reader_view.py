"""The reader never loads a resource, asks before opening web links, and sets Chinese type well."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFontInfo, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.reader_view import ReaderView
from desktop.typography import LINE_HEIGHT_EM, choose_family

RED_PIXEL_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
    "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
URLS = [
    "http://example.com/a.png",
    "https://example.com/style.css",
    "file:///etc/passwd",
    "/etc/passwd",
    "relative/picture.png",
    RED_PIXEL_PNG,
    "qrc:/qt-project.org/styles/commonstyle/images/file-16.png",
]


@pytest.fixture
def reader(qtbot: QtBot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    return view


def is_empty(value: object) -> bool:
    if isinstance(value, QImage):
        return value.width() * value.height() <= 1 and value.pixelColor(0, 0).alpha() == 0
    return value is None or (isinstance(value, QByteArray) and value.isEmpty())


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize(
    "kind",
    [
        QTextDocument.ResourceType.ImageResource,
        QTextDocument.ResourceType.StyleSheetResource,
        QTextDocument.ResourceType.HtmlResource,
    ],
)
def test_load_resource_returns_nothing(
    reader: ReaderView, url: str, kind: QTextDocument.ResourceType
) -> None:
    assert is_empty(reader.loadResource(int(kind.value), QUrl(url)))


def red_pixels(image: QImage) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 60
    )


def test_local_and_inline_files_never_reach_the_page(
    reader: ReaderView, qtbot: QtBot, tmp_path: Path
) -> None:
    picture = QImage(30, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    picture.save(str(tmp_path / "red.png"))
    (tmp_path / "red.css").write_text("p { color: red; background-color: red }")
    reader.setHtml(
        f'<html><head><link rel="stylesheet" href="{(tmp_path / "red.css").as_uri()}"></head>'
        f'<body><p>文字 text<img src="{(tmp_path / "red.png").as_uri()}">'
        f'<img src="{tmp_path / "red.png"}"><img src="{RED_PIXEL_PNG}" width="30" height="30">'
        "</p></body></html>"
    )
    reader.show()
    qtbot.waitExposed(reader)
    assert red_pixels(reader.viewport().grab().toImage()) == 0


def click_link(reader: ReaderView, url: str) -> None:
    reader.anchorClicked.emit(QUrl(url))


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_web_links_open_only_after_confirmation(
    reader: ReaderView, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> None:
    questions: list[str] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text, *_: questions.append(text) or answer
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click_link(reader, "https://example.com/news")
    assert len(questions) == 1 and "https://example.com/news" in questions[0]
    expected = (
        [QUrl("https://example.com/news")] if answer == QMessageBox.StandardButton.Yes else []
    )
    assert opened == expected


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "mailto:a@example.com", "ftp://x/y"]
)
def test_other_links_are_ignored_without_asking(
    reader: ReaderView, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    def fail(*_arguments: object) -> None:
        raise AssertionError("should not be called")

    monkeypatch.setattr(QMessageBox, "question", fail)
    monkeypatch.setattr(QDesktopServices, "openUrl", fail)
    click_link(reader, url)
    assert reader.source().isEmpty()


def test_paragraphs_get_generous_leading(reader: ReaderView, qtbot: QtBot) -> None:
    """Lines of a paragraph are 1.8 font sizes apart (within a pixel), whatever the font's
    own line spacing."""
    reader.resize(500, 600)
    reader.show()
    qtbot.waitExposed(reader)
    reader.setHtml("<p>" + "长段落的文字，" * 80 + "</p>")
    block = reader.document().begin()
    layout = block.layout()
    assert layout.lineCount() > 3
    pitch = layout.lineAt(2).y() - layout.lineAt(1).y()
    em = QFontInfo(block.charFormat().font()).pixelSize()
    assert abs(pitch - LINE_HEIGHT_EM * em) <= 1.0, (pitch, em)


def test_text_column_is_centred_and_bounded(reader: ReaderView, qtbot: QtBot) -> None:
    reader.resize(1600, 600)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_message("文字")
    frame = reader.document().rootFrame().frameFormat()
    assert frame.leftMargin() == frame.rightMargin() > 100


def test_choose_family_prefers_cjk_faces_in_order() -> None:
    available = ["DejaVu Sans", "noto sans cjk sc", "Noto Serif CJK SC"]
    assert choose_family(available) == "Noto Serif CJK SC"
    assert choose_family(["DejaVu Sans", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert choose_family(["DejaVu Sans"]) == ""
