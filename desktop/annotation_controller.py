"""What the user does to annotations in the reader: highlight a selection, edit, delete, note,
bookmark, undo and redo; which annotation is chosen; the open article's annotations.

Every action is one transaction of the GUI thread's UserStore and is pushed on `undo_stack` as
a ChangeCommand. A highlight is made from `ReaderPane.selected_text_span()` (a span of the
original text, whichever form is shown) and drawn by AnnotationMarks on every form. Known
problems are emitted as their sentence (`problem`); nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from archive.anchoring import make_anchor
from archive.annotation_models import DEFAULT_COLOR, Annotation, Change, Kind
from archive.errors import ArchiveError
from archive.models import Article
from archive.userstore import UserStore
from desktop.annotation_marks import AnnotationMarks, innermost_at, placed_anchor
from desktop.reader_pane import ReaderPane
from desktop.undo_commands import ChangeCommand


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
    #: A passing remark for the status bar.
    notice = Signal(str)

    def __init__(self, reader: ReaderPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.store: UserStore | None = None
        self.undo_stack = QUndoStack(self)
        self.annotations: list[Annotation] = []
        self.current_id = ""
        self.marks = AnnotationMarks(reader, self)
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
            if article is not None and self.reader.view.textCursor().hasSelection():
                self.notice.emit(
                    self.tr("Only the article's text can be highlighted, not its heading.")
                )
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
        self.marks.draw(annotations)
        if self.current_id and self.find(self.current_id) is None:
            self.set_current("")
        self.shown.emit(annotations)
        self.bookmarked.emit(any(a.kind is Kind.BOOKMARK for a in annotations))

    def find(self, identifier: str) -> Annotation | None:
        """The open article's annotation with this id, if it has one."""
        return next((a for a in self.annotations if a.id == identifier), None)

    def annotation_at(self, text_offset: int) -> Annotation | None:
        """The (innermost) placed highlight covering an offset of the original text."""
        return innermost_at(self.annotations, text_offset)

    def text_offset_at(self, document_position: int) -> int | None:
        """The offset of the original text at a position of the reader's document."""
        return self.marks.text_offset_at(document_position)

    def set_current(self, identifier: str) -> None:
        """Choose an annotation (the panel shows it); "" for none."""
        if identifier != self.current_id:
            self.current_id = identifier
            self.current_changed.emit(identifier)

    def show_passage(self, identifier: str) -> bool:
        """Choose an annotation of the open article; scroll to its passage and flash it.
        False if it has no passage on the page (a note, a bookmark, an orphan, unknown)."""
        annotation = self.find(identifier)
        if annotation is None:
            return False
        self.set_current(identifier)
        anchor = placed_anchor(annotation)
        if anchor is None or self.reader.page_map is None:
            return False
        self.marks.flash(anchor)
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
