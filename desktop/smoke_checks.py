"""The checks of `wenyuan --smoke-test`, each driving the real window or the real core.

Every check raises SmokeFailure (its str() is the line printed) when the application does not do
what a user would see it do. What is searched for is taken from the archive itself: two
characters of a title that differ between simplified and traditional script.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCollator, QEventLoop, QLibraryInfo, QLocale, QTimeZone, QTranslator
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from rapidfuzz import fuzz

from archive.anchoring import anchor_quote
from archive.annotation_models import DEFAULT_COLOR
from archive.convert import ScriptForm, convert
from archive.ids import content_hash
from archive.library import Library
from archive.models import Article
from archive.paths import APP_NAME
from archive.reanchor import reanchor
from archive.version import version
from desktop.annotation_marks import layer_of
from desktop.app_identity import icon_path
from desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, Translators, translations_dir
from desktop.main_window import MainWindow

WAIT_SECONDS = 30.0


class SmokeFailure(Exception):
    """A check failed; str() is the one line that says what failed."""


@contextmanager
def step(name: str) -> Iterator[None]:
    """Name the step in any failure raised inside it, unexpected errors included."""
    try:
        yield
    except SmokeFailure as failure:
        raise SmokeFailure(f"{name}: {failure}") from failure
    except Exception as error:
        raise SmokeFailure(f"{name}: {type(error).__name__}: {error}") from error


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until `condition` holds; fail after WAIT_SECONDS."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"waited {WAIT_SECONDS:.0f} s for {what} in vain")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def check_resources(application: QApplication, translators: Translators) -> None:
    """The icon draws, every interface language and Qt's own translations load, rapidfuzz runs
    compiled, platformdirs and ICU work; `translators` is left with the last language installed."""
    image = application.windowIcon().pixmap(64, 64).toImage()
    if image.isNull() or image.pixelColor(32, 32).alpha() == 0:
        raise SmokeFailure(f"the window icon {icon_path()} could not be drawn")
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        if not translators.install(language):
            raise SmokeFailure(f"wenyuan_{language}.qm is missing from {translations_dir()}")
        if not QTranslator().load(f"qtbase_{language}", qt_translations):
            raise SmokeFailure(f"Qt's qtbase_{language}.qm is missing from {qt_translations}")
    if fuzz.ratio.__module__.endswith("_py"):
        raise SmokeFailure("rapidfuzz runs its slow pure-Python fallback, not its compiled code")
    if Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).name != APP_NAME:
        raise SmokeFailure("platformdirs does not find the user data folder")
    check_icu()


def check_version(application: QApplication) -> str:
    """The application reports pyproject.toml's version (its metadata travels with the frozen
    build); that version."""
    reported = application.applicationVersion()
    if not re.fullmatch(r"\d+(\.\d+)+\S*", reported) or reported != version():
        raise SmokeFailure(f"the application reports version “{reported}”, not a release number")
    return reported


def check_icu() -> None:
    """Qt's ICU (trimmed in the frozen app) still collates Chinese by pinyin and names zones."""
    pinyin = QCollator(QLocale("zh_CN"))
    if sorted(["中", "阿", "李"], key=pinyin.sortKey) != ["阿", "李", "中"]:
        raise SmokeFailure("ICU does not sort Chinese by pinyin: its collation data is missing")
    zone = QTimeZone(b"Asia/Taipei")
    name = zone.displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("zh_TW")
    )
    if "台北" not in name:
        raise SmokeFailure(f"ICU names Asia/Taipei “{name}” in Chinese: its zone data is missing")


def open_archives(paths: list[Path]) -> Library:
    """The archives, all of them readable and holding at least one article."""
    library = Library.open(paths)
    if library.failures or not library.summaries():
        library.close()
        raise SmokeFailure(library.failures[0] if library.failures else "no article to read")
    return library


@dataclass(frozen=True)
class Probe:
    """An article and two characters of its title, as stored and in either script."""

    article: Article
    quote: str
    simplified: str
    traditional: str


def choose_probe(library: Library) -> Probe:
    """The first article whose title has two Han characters written differently in each script."""
    for summary in library.summaries():
        article = library.get(summary.id, summary.archive)
        for start in range(len(article.title) - 1):
            quote = article.title[start : start + 2]
            simplified = convert(quote, ScriptForm.HANS)
            traditional = convert(quote, ScriptForm.HANT)
            if all(map(_is_han, quote)) and simplified != traditional and quote in article.text:
                return Probe(article, quote, simplified, traditional)
    raise SmokeFailure("no title has characters that differ between the two scripts")


def _is_han(character: str) -> bool:
    return unicodedata.name(character, "").startswith("CJK UNIFIED IDEOGRAPH")


def search(window: MainWindow, query: str) -> list[tuple[str, str]]:
    """Search as a user does; (archive, id) of every row listed."""
    window.results.search_panel.set_query(query)
    window.search.search_now()
    wait_until(lambda: not window.search.busy, f"the results of {query}")
    model = window.results.model
    hits = [model.hit_at(row) for row in range(model.rowCount())]
    return [(hit.summary.archive, hit.summary.id) for hit in hits if hit is not None]


def check_search(window: MainWindow, probe: Probe) -> None:
    """The simplified and the traditional query list the same articles, the probe among them."""
    simplified, traditional = search(window, probe.simplified), search(window, probe.traditional)
    wanted = (probe.article.archive, probe.article.id)
    if wanted not in simplified:
        raise SmokeFailure(f"{probe.simplified} does not find “{probe.article.title}”")
    if sorted(simplified) != sorted(traditional):
        raise SmokeFailure(f"{probe.simplified} and {probe.traditional} list different articles")


def open_article(window: MainWindow, article: Article) -> None:
    """Choose the article in the list; it opens with the query's hits marked."""
    row = window.results.model.row_of(article.id, article.archive)
    if row is None or not window.results.select_row(row):
        raise SmokeFailure(f"“{article.title}” is not in the list")
    reader = window.reader
    wait_until(lambda: reader.article is not None and reader.article.id == article.id, "it")
    wait_until(lambda: bool(reader.hits), "the query's hits to be marked")


def check_forms(window: MainWindow, article: Article) -> None:
    """Each script form shows OpenCC's conversion of the title and of the longest line, and
    differs from the original exactly when the conversion changes that line."""
    line = max(article.text.splitlines(), key=len)
    original_page = ""
    for form in ScriptForm:
        window.appearance.set_form(form)
        page = window.reader.view.toPlainText()
        if form is ScriptForm.ORIGINAL:
            original_page = page
        expected = convert(line, form)
        if _squeezed(expected) not in _squeezed(page):
            raise SmokeFailure(f"the {form} form does not show “{expected[:16]}…”")
        if window.windowTitle() != convert(article.title, form):
            raise SmokeFailure(f"the {form} form has the window title “{window.windowTitle()}”")
        if (expected != line) != (page != original_page):
            raise SmokeFailure(f"switching to the {form} form did not change the text as expected")
    window.appearance.set_form(ScriptForm.ORIGINAL)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def check_highlight(window: MainWindow, probe: Probe, scratch: Path) -> None:
    """Select the probe's words and highlight them as a user does: the window's user store (the
    temporary one) holds the highlight, every script form draws it on those words, it moves onto
    a changed text (rapidfuzz); deleting it empties the store again."""
    controller, reader, article = window.annotations.controller, window.reader, probe.article
    store = controller.store
    if store is None:
        raise SmokeFailure(f"annotations are off: {window.annotations.keeper.problem}")
    if scratch not in store.path.parents:
        raise SmokeFailure(f"the window's user store {store.path} is not the temporary one")
    anchor = anchor_quote(article.text, probe.quote)
    select_text(window, anchor.start, anchor.end)
    highlight = controller.highlight_selection()
    if highlight is None or highlight.anchor != anchor:
        raise SmokeFailure(f"selecting “{probe.quote}” and highlighting it made {highlight}")
    if [note.id for note in store.annotations_for(article)] != [highlight.id]:
        raise SmokeFailure("the user store does not hold the highlight just made")
    layer = layer_of(highlight.color or DEFAULT_COLOR)
    for form in ScriptForm:
        window.appearance.set_form(form)
        marked = "".join(mark.cursor.selectedText() for mark in reader.view.layer(layer))
        if not marked or (form is ScriptForm.ORIGINAL and marked != probe.quote):
            raise SmokeFailure(f"the {form} form marks “{marked}”, not “{probe.quote}”")
    changed = article.text + "（完）"
    moved = reanchor(anchor, changed, content_hash(changed))
    if moved is None or (moved.start, moved.end) != (anchor.start, anchor.end):
        raise SmokeFailure("the highlight was not found again on a changed text")
    controller.delete(highlight.id)
    if store.annotations_for(article) or reader.view.layer(layer):
        raise SmokeFailure("the highlight is still there after deleting it")
    window.appearance.set_form(ScriptForm.ORIGINAL)


def select_text(window: MainWindow, start: int, end: int) -> None:
    """Select a span of the article's original text in the reader, as a mouse drag does."""
    reader = window.reader
    assert reader.shown is not None and reader.page_map is not None
    page_map = reader.page_map
    cursors = [
        cursor
        for span in reader.shown.text_spans([(start, end)])
        for cursor in page_map.cursors(span)
    ]
    if not cursors:
        raise SmokeFailure(f"characters {start}–{end} of the text are not on the page")
    selection = QTextCursor(reader.view.document())
    selection.setPosition(cursors[0].selectionStart())
    selection.setPosition(cursors[-1].selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(selection)
