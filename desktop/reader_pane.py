"""The right pane: the reader with its toolbar and find bar; shows one article in one form.

Everything done to the text comes from `archive` (`show_article`, `query_hits`,
`find_in_article`); this pane renders the page, maps spans onto it with `PageMap` and keeps
the reading position (an offset of the original text) across script, zoom and theme changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from archive.convert import ScriptForm
from archive.finding import Terms, find_in_article, query_hits
from archive.models import Article, Script
from archive.shown import ShownArticle, ShownPosition, TextSpan, show_article
from desktop.article_page import article_html
from desktop.find_bar import FindBar
from desktop.page_map import PageMap
from desktop.reader_toolbar import ReaderToolbar
from desktop.reader_view import ReaderView
from desktop.themes import COLOURS, Theme, ThemeColours

HIT_LAYER, FOUND_LAYER, CURRENT_LAYER = "hits", "found", "current"
RECENT_FORMS = 10
ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)


def glyph_region(form: ScriptForm, script: Script) -> str:
    """Which glyph standard suits the shown text: SC, TC or HK."""
    if form is ScriptForm.ORIGINAL:
        return "TC" if script is Script.TRADITIONAL else "SC"
    return {ScriptForm.HANS: "SC", ScriptForm.HK: "HK"}.get(form, "TC")


class ReaderPane(QWidget):
    """Shows an article; highlights hits and find matches; navigates them."""

    form_changed = Signal(object)  # ScriptForm
    #: A different article is shown now (not emitted for a change of form).
    article_shown = Signal(object)  # Article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toolbar = ReaderToolbar()
        self.view = ReaderView()
        self.find_bar = FindBar()
        self.view.layer_order = [HIT_LAYER, FOUND_LAYER, CURRENT_LAYER]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.find_bar)

        self.shown: ShownArticle | None = None
        self.page_map: PageMap | None = None
        self.form = ScriptForm.ORIGINAL
        self.zoom_percent = 100
        self._colours: ThemeColours = COLOURS[Theme.LIGHT]
        self._terms: Terms = []
        self.hits: list[TextSpan] = []
        self.hit_index: int | None = None
        self.found: list[TextSpan] = []
        self.found_index: int | None = None
        self._current: TextSpan | None = None
        self._recent: dict[tuple[str, str, str, ScriptForm], ShownArticle] = {}
        self._text_layers: dict[str, tuple[list[tuple[int, int]], str]] = {}
        self._over_hits: set[str] = set()

        self.toolbar.set_form(self.form)
        self.toolbar.form_chosen.connect(self.set_form)
        self.toolbar.next_hit.connect(self.next_hit)
        self.toolbar.previous_hit.connect(self.previous_hit)
        self.find_bar.text_changed.connect(self._find)
        self.find_bar.next_match.connect(lambda: self._step_found(1))
        self.find_bar.previous_match.connect(lambda: self._step_found(-1))
        self.find_bar.closed.connect(self._find_closed)

    @property
    def article(self) -> Article | None:
        """The article open now, if any."""
        return self.shown.article if self.shown is not None else None

    # --- what is shown ----------------------------------------------------------------------

    def show_article(self, article: Article, *, position: int | None = None) -> None:
        """Open an article at an offset of its original text (None: at the top)."""
        changed = self.shown is None or self.shown.article.id != article.id
        if changed:
            self._text_layers.clear()  # marks belong to the article they were made on
        self.shown = self._shown_in(article, self.form)
        self.hit_index = self.found_index = None
        self._render(position)
        if changed:
            self.article_shown.emit(article)

    def show_message(self, message: str) -> None:
        """No article: a one-line message instead."""
        self.shown, self.page_map = None, None
        self.hits, self.found = [], []
        self.hit_index = self.found_index = None
        self.view.show_message(message)
        self._show_counts()

    def set_form(self, form: ScriptForm) -> None:
        """Show the text in another script form, at the same place."""
        self.toolbar.set_form(form)
        if form is self.form:
            return
        self.form = form
        if self.shown is not None:
            position = self.reading_position()
            self.shown = self._shown_in(self.shown.article, form)
            self._render(position)
        self.form_changed.emit(form)

    def set_terms(self, terms: Terms) -> None:
        """Highlight the hits of these query terms (from the latest search)."""
        if terms == self._terms:
            return
        self._terms = terms
        self.hit_index = None
        self._mark_hits()

    def set_look(self, colours: ThemeColours, zoom_percent: int) -> None:
        """Apply a theme's highlight colours and a zoom; the page is laid out again."""
        self._colours, self.zoom_percent = colours, zoom_percent
        if self.shown is not None:
            self._render(self.reading_position())
        else:
            self._apply_typography()

    def zoom_by(self, steps: int) -> int:
        """Zoom in (+1) or out (-1) one step; 0 resets. Returns the new zoom."""
        if steps == 0:
            zoom = 100
        else:
            current = min(
                range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom_percent)
            )
            zoom = ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, current + steps))]
        self.set_look(self._colours, zoom)
        return zoom

    def remember(self, shown: object) -> None:
        """Keep a form prepared elsewhere (see `desktop.form_prefetch`) for the next switch."""
        current = self.article
        if not isinstance(shown, ShownArticle) or current is None:
            return
        if _identity(shown.article) == _identity(current):
            self._recent.setdefault((*_identity(current), shown.form), shown)
            self._trim_recent()

    def _trim_recent(self) -> None:
        while len(self._recent) > RECENT_FORMS:
            self._recent.pop(next(iter(self._recent)))

    def _shown_in(self, article: Article, form: ScriptForm) -> ShownArticle:
        """The article in a form; the last few are kept, so switching back is instant."""
        key = (*_identity(article), form)
        shown = self._recent.pop(key, None) or show_article(article, form)
        self._recent[key] = shown
        self._trim_recent()
        return shown

    # --- positions ----------------------------------------------------------------------------

    def reading_position(self) -> int | None:
        """The offset in the original text of the line at the top of the view (None: header)."""
        if self.shown is None or self.page_map is None:
            return None
        position = self.page_map.shown_position(self.view.top_position())
        return self.shown.text_offset(position) if position is not None else None

    def go_to_text_offset(self, offset: int) -> None:
        """Scroll so that an offset of the original text is on the top line."""
        if self.shown is None or self.page_map is None:
            return
        position = self.shown.shown_position(offset)
        if position is None:
            return
        cursors = self.page_map.cursors(
            TextSpan(position.part, position.offset, position.offset + 1)
        )
        if cursors:
            self.view.scroll_to_position(cursors[0].selectionStart())

    def selection(self) -> tuple[ShownPosition, ShownPosition] | None:
        """The selected text as shown positions (None: nothing selected)."""
        cursor = self.view.textCursor()
        if self.page_map is None or not cursor.hasSelection():
            return None
        start = self.page_map.shown_position(cursor.selectionStart())
        end = self.page_map.shown_position(cursor.selectionEnd())
        if start is None or end is None:
            return None
        return start, end

    # --- marks of the original text (annotations) -------------------------------------------

    def mark_text(
        self, layer: str, spans: list[tuple[int, int]], colour: str, *, over_hits: bool = False
    ) -> None:
        """Highlight spans of the original text (`Article.text` code points) as a named layer,
        drawn under the hits (`over_hits`: over them, under find matches; give it a translucent
        colour), on the same words in every script form, kept across re-renders of this
        article; an empty list removes the layer."""
        self.mark_texts({layer: (spans, colour)}, over_hits=over_hits)

    def mark_texts(
        self, layers: dict[str, tuple[list[tuple[int, int]], str]], *, over_hits: bool = False
    ) -> None:
        """`mark_text` for several layers at once (one repaint)."""
        for layer, (spans, colour) in layers.items():
            self._text_layers.pop(layer, None)
            self._over_hits.discard(layer)
            if spans:
                self._text_layers[layer] = (list(spans), colour)
                self._over_hits.update([layer] if over_hits else [])
        under = [name for name in self._text_layers if name not in self._over_hits]
        over = [name for name in self._text_layers if name in self._over_hits]
        self.view.layer_order = [*under, HIT_LAYER, *over, FOUND_LAYER, CURRENT_LAYER]
        self._refresh_marks(*layers)

    def selected_text_span(self) -> tuple[int, int] | None:
        """The selection as a span of the original text, whole phrases included (None: no
        selection, or only the heading selected)."""
        selection = self.selection()
        if self.shown is None or selection is None:
            return None
        return self.shown.text_span(*selection)

    # --- hits and find --------------------------------------------------------------------------

    def next_hit(self) -> None:
        """F3: the next find match while finding, else the next hit of the query."""
        self._step_found(1) if self.find_bar.is_searching() else self._step_hit(1)

    def previous_hit(self) -> None:
        """Shift+F3: the previous find match while finding, else the previous hit."""
        self._step_found(-1) if self.find_bar.is_searching() else self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if not self.hits:
            return
        self.hit_index = _stepped(self.hit_index, step, len(self.hits))
        self._go_to(self.hits[self.hit_index])

    def _step_found(self, step: int) -> None:
        if not self.found:
            return
        self.found_index = _stepped(self.found_index, step, len(self.found))
        self._go_to(self.found[self.found_index])

    def _find(self, text: str) -> None:
        self.found = find_in_article(self.shown, text) if self.shown is not None else []
        self.found_index = 0 if self.found else None
        self._current = _at(self.found, self.found_index)
        self._refresh_marks(FOUND_LAYER, CURRENT_LAYER)
        self._scroll_to(self._current)

    def _find_closed(self) -> None:
        self.found, self.found_index, self._current = [], None, None
        self._refresh_marks(FOUND_LAYER, CURRENT_LAYER)
        self.view.setFocus()

    # --- rendering -------------------------------------------------------------------------------

    def _apply_typography(self) -> None:
        script = self.shown.article.script if self.shown is not None else Script.SIMPLIFIED
        self.view.set_typography(
            region=glyph_region(self.form, script), zoom_percent=self.zoom_percent
        )

    def _render(self, position: int | None) -> None:
        assert self.shown is not None
        self._apply_typography()
        self.view.show_page(article_html(self.shown))
        self.page_map = PageMap(self.view.document(), self.shown)
        self.hits = query_hits(self.shown, self._terms)
        finding = self.find_bar.isVisible() and self.find_bar.field.text()
        self.found = find_in_article(self.shown, self.find_bar.field.text()) if finding else []
        self._current = _at(self.found, self.found_index) or _at(self.hits, self.hit_index)
        self._refresh_marks(HIT_LAYER, FOUND_LAYER, CURRENT_LAYER, *self._text_layers)
        if position is not None and position > 0:
            self.go_to_text_offset(position)

    def _mark_hits(self) -> None:
        self.hits = query_hits(self.shown, self._terms) if self.shown is not None else []
        if self._current is not None and self.found_index is None:
            self._current = None
        self._refresh_marks(HIT_LAYER, CURRENT_LAYER)

    def _go_to(self, span: TextSpan) -> None:
        """Make a span the current one and bring it into view."""
        self._current = span
        self._refresh_marks(CURRENT_LAYER)
        self._scroll_to(span)

    def _scroll_to(self, span: TextSpan | None) -> None:
        cursors = self.page_map.cursors(span) if span and self.page_map else []
        if cursors:
            self.view.scroll_to_cursor(cursors[0])

    def _refresh_marks(self, *layers: str) -> None:
        """Mark the spans of these layers again (one repaint), and update the counters."""
        spans = {
            HIT_LAYER: (self.hits, self._colours.hit),
            FOUND_LAYER: (self.found, self._colours.found),
            CURRENT_LAYER: ([self._current] if self._current else [], self._colours.current_hit),
        }
        for name in set(layers) & self._text_layers.keys():  # only those asked for
            text_spans, colour = self._text_layers[name]
            shown_spans = self.shown.text_spans(text_spans) if self.shown is not None else []
            spans[name] = (shown_spans, colour)
        for name in layers:
            spans.setdefault(name, ([], "#00000000"))  # a removed text layer
        page_map = self.page_map
        self.view.set_layers(
            {
                layer: (
                    [cursor for span in spans[layer][0] for cursor in page_map.cursors(span)]
                    if page_map is not None
                    else [],
                    QColor(spans[layer][1]),
                )
                for layer in layers
            }
        )
        self._show_counts()

    def _show_counts(self) -> None:
        self.toolbar.show_hits(self.hit_index, len(self.hits))
        self.find_bar.show_matches(self.found_index, len(self.found))


def _identity(article: Article) -> tuple[str, str, str]:
    """Which article, in which version: forms of one identity can stand in for each other."""
    return (article.archive, article.id, article.content_hash)


def _at(spans: list[TextSpan], index: int | None) -> TextSpan | None:
    return spans[index] if index is not None and 0 <= index < len(spans) else None


def _stepped(index: int | None, step: int, count: int) -> int:
    if index is None:
        return 0 if step > 0 else count - 1
    return (index + step) % count
