"""What the user does to annotations in the reader: highlight a selection, edit, delete, note,
bookmark, undo and redo; and drawing the open article's highlights on every script form.

Every action is one transaction of the GUI thread's UserStore and is pushed on `undo_stack` as
a ChangeCommand. A highlight is made from `ReaderPane.selected_text_span()` (a span of the
original text, whichever form is shown) and drawn with `ReaderPane.mark_text`, one layer per
colour, translucent and underlined over the hits, so both stay visible. Known problems are
emitted as their sentence (`problem`); nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QUndoStack

from archive.anchoring import make_anchor
from archive.annotation_models import (
    COLORS,
    DEFAULT_COLOR,
    AnchorStatus,
    Annotation,
    Change,
    Kind,
)
from archive.errors import ArchiveError
from archive.models import Article
from archive.userstore import UserStore
from desktop.reader_pane import ReaderPane
from desktop.undo_commands import ChangeCommand

LAYER_PREFIX = "annotation:"
FLASH_LAYER = LAYER_PREFIX + "flash"
FLASH_COLOUR = "#b0ff6d00"  # translucent orange, over everything but find matches
FLASH_MS = 1600
#: Opacity of highlight colours (of 255): hits under them stay visible.
HIGHLIGHT_ALPHA = 170


def layer_of(color: str) -> str:
    """The reader layer drawing highlights of a colour."""
    return LAYER_PREFIX + color


def highlight_colour(color: str) -> str:
    """The translucent fill of a highlight colour, as #AARRGGBB."""
    fill = QColor(COLORS.get(color, COLORS[DEFAULT_COLOR]))
    fill.setAlpha(HIGHLIGHT_ALPHA)
    return fill.name(QColor.NameFormat.HexArgb)


class AnnotationController(QObject):
    """The open article's annotations and the actions on them; see the module docstring."""

    #: Something in the store changed (the browser and the bookmarks list refresh).
    changed = Signal()
    #: The open article's annotations, as placed now: list[Annotation].
    shown = Signal(object)
    #: An action's transaction has committed (the annotation is on disk): Change.
    saved = Signal(object)
    #: The annotation chosen in the reader or the panel: its id, or "" for none.
    current_changed = Signal(str)
    #: Whether the open article is bookmarked.
    bookmarked = Signal(bool)
    #: A known problem, as its one sentence (nothing was written).
    problem = Signal(str)

    def __init__(self, reader: ReaderPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.store: UserStore | None = None
        self.undo_stack = QUndoStack(self)
        self.annotations: list[Annotation] = []
        self.current_id = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.reader.mark_text(FLASH_LAYER, [], ""))
        for color, value in COLORS.items():
            reader.view.underlines[layer_of(color)] = QColor(value).darker(170)
        reader.article_shown.connect(lambda _article: self.reload())
        reader.view.cursorPositionChanged.connect(self._cursor_moved)

    # --- the store ----------------------------------------------------------------------

    def set_store(self, store: UserStore | None) -> None:
        """Work with this store (None: annotations are off); the undo history starts afresh."""
        self.store = store
        self.undo_stack.clear()
        self.reload()
        self.changed.emit()

    def set_creator(self, name: str) -> None:
        """The name recorded on annotations made from now on."""
        if self.store is not None:
            self.store.creator = name

    # --- actions ------------------------------------------------------------------------

    def highlight_selection(self, color: str = DEFAULT_COLOR) -> Annotation | None:
        """Highlight the reader's selection (any script form) in `color`; None if there is
        no selection in the article's text, or it could not be saved."""
        article, span = self.reader.article, self.reader.selected_text_span()
        if article is None or span is None:
            return None

        def action(store: UserStore) -> Change:
            anchor = make_anchor(article.text, span[0], span[1], article.content_hash)
            return store.highlight(article, anchor, color=color)

        change = self._do(action, self.tr("Highlight"))
        if change is None:
            return None
        cursor = self.reader.view.textCursor()
        cursor.clearSelection()
        self.reader.view.setTextCursor(cursor)
        self.set_current(change.annotation_id)
        return change.after

    def set_color(self, identifier: str, color: str) -> None:
        """Give a highlight another colour."""
        self._do(lambda store: store.edit(identifier, color=color), self.tr("Change colour"))

    def edit(self, identifier: str, *, note: str, tags: tuple[str, ...]) -> None:
        """Replace an annotation's note (Markdown) and tags."""
        self._do(lambda store: store.edit(identifier, note=note, tags=tags), self.tr("Edit note"))

    def delete(self, identifier: str) -> None:
        """Delete an annotation (Ctrl+Z brings it back)."""
        self._do(lambda store: store.delete(identifier), self.tr("Delete annotation"))

    def add_article_note(self, note: str, tags: tuple[str, ...] = ()) -> Annotation | None:
        """Add a note about the whole open article."""
        article = self.reader.article
        if article is None:
            return None
        change = self._do(
            lambda store: store.add_note(article, note, tags=tags), self.tr("Article note")
        )
        return change.after if change else None

    def toggle_bookmark(self) -> bool | None:
        """Bookmark the open article, or remove its bookmark; the new state (None: no change)."""
        article = self.reader.article
        if article is None:
            return None
        change = self._do(lambda store: store.toggle_bookmark(article), self.tr("Bookmark"))
        return None if change is None else change.after is not None

    def _do(self, action: Callable[[UserStore], Change], text: str) -> Change | None:
        """Run one action (one transaction), put it on the undo stack, show the result."""
        if self.store is None:
            return None
        try:
            change = action(self.store)
        except ArchiveError as error:
            self.problem.emit(str(error))
            return None
        if change.before != change.after:
            self.undo_stack.push(ChangeCommand(change, text, self._apply, self.problem.emit))
            self._after(change)
            self.saved.emit(change)
        return change

    def _apply(self, change: Change, undo: bool) -> None:
        """Undo or redo a Change (ChangeCommand calls this; it reports ArchiveErrors)."""
        if self.store is None:
            raise _annotations_off()
        try:
            self.store.undo(change) if undo else self.store.redo(change)
        finally:
            self._after(change)

    def _after(self, change: Change) -> None:
        subject = change.after or change.before
        article = self.reader.article
        if subject is not None and article is not None and _about(subject, article):
            self.reload()
        self.changed.emit()

    # --- what the open article shows ----------------------------------------------------

    def reload(self) -> None:
        """Read the open article's annotations (re-anchored if its text changed) and draw them."""
        article = self.reader.article
        annotations: list[Annotation] = []
        if article is not None and self.store is not None:
            try:
                annotations = self.store.annotations_for(article)
            except ArchiveError as error:
                self.problem.emit(str(error))
        self.annotations = annotations
        self._draw()
        if self.current_id and self.find(self.current_id) is None:
            self.set_current("")
        self.shown.emit(annotations)
        self.bookmarked.emit(any(a.kind is Kind.BOOKMARK for a in annotations))

    def _draw(self) -> None:
        spans: dict[str, list[tuple[int, int]]] = {color: [] for color in COLORS}
        for annotation in self.annotations:
            anchor = annotation.anchor
            if anchor is not None and annotation.status is AnchorStatus.ANCHORED:
                spans.setdefault(annotation.color or DEFAULT_COLOR, []).append(
                    (anchor.start, anchor.end)
                )
        for color, color_spans in spans.items():
            self.reader.mark_text(
                layer_of(color), color_spans, highlight_colour(color), over_hits=True
            )

    def find(self, identifier: str) -> Annotation | None:
        """The open article's annotation with this id, if it has one."""
        return next((a for a in self.annotations if a.id == identifier), None)

    def annotation_at(self, text_offset: int) -> Annotation | None:
        """The (innermost) placed highlight covering an offset of the original text."""
        covering = [
            a
            for a in self.annotations
            if a.anchor is not None
            and a.status is AnchorStatus.ANCHORED
            and a.anchor.start <= text_offset < a.anchor.end
        ]
        return min(
            covering, key=lambda a: a.anchor.end - a.anchor.start if a.anchor else 0, default=None
        )

    def text_offset_at(self, document_position: int) -> int | None:
        """The offset of the original text at a position of the reader's document."""
        shown, page_map = self.reader.shown, self.reader.page_map
        if shown is None or page_map is None:
            return None
        position = page_map.shown_position(document_position)
        return shown.text_offset(position) if position is not None else None

    def set_current(self, identifier: str) -> None:
        """Choose an annotation (the panel shows it); "" for none."""
        if identifier != self.current_id:
            self.current_id = identifier
            self.current_changed.emit(identifier)

    def show_passage(self, identifier: str) -> bool:
        """Scroll the open article to a highlight and flash it; False if it has no place."""
        annotation = self.find(identifier)
        shown, page_map = self.reader.shown, self.reader.page_map
        if annotation is None or shown is None or page_map is None:
            return False
        self.set_current(identifier)
        anchor = annotation.anchor
        if anchor is None or annotation.status is AnchorStatus.ORPHANED:
            return False
        cursors = [
            c for s in shown.text_spans([(anchor.start, anchor.end)]) for c in page_map.cursors(s)
        ]
        if cursors:
            self.reader.view.scroll_to_cursor(cursors[0])
        span = (anchor.start, anchor.end)
        self.reader.mark_text(FLASH_LAYER, [span], FLASH_COLOUR, over_hits=True)
        self._flash_timer.start()
        return True

    def _cursor_moved(self) -> None:
        """A click in the reader chooses the highlight under it."""
        cursor = self.reader.view.textCursor()
        if cursor.hasSelection():
            return
        offset = self.text_offset_at(cursor.position())
        found = self.annotation_at(offset) if offset is not None else None
        if found is not None:
            self.set_current(found.id)


def _about(annotation: Annotation, article: Article) -> bool:
    """True when the annotation belongs to this article."""
    return (annotation.article.archive, annotation.article.article_id) == (
        article.archive,
        article.id,
    )


def _annotations_off() -> ArchiveError:
    return ArchiveError("Annotations are off until the annotation store is repaired.")
