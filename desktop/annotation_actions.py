"""The annotation commands as QActions (menus, tool buttons, context menu share them), with
their shortcuts, their enabled state, and the dialogs some of them open.

H highlights the selection in the default colour and N highlights it and opens its note (both
only while the reader has the focus, so typing in a field never triggers them); Ctrl+D
toggles the bookmark; Ctrl+Z / Ctrl+Shift+Z undo and redo annotation actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QInputDialog, QWidget

from archive.annotation_models import COLORS, DEFAULT_COLOR, Kind
from archive.convert import convert
from archive.creator import default_creator
from desktop import settings as keys
from desktop.annotation_controller import AnnotationController
from desktop.annotation_text import palette
from desktop.note_editor import NoteEditor
from desktop.settings import Settings

SWATCH_SIZE = 14


def swatch(color: str) -> QIcon:
    """A small square of a highlight colour."""
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(QColor(COLORS[color]))
    return QIcon(pixmap)


def creator_name(settings: Settings) -> str:
    """The name recorded on annotations: the setting, else $WENYUAN_CREATOR or the system
    user's name."""
    return settings.get(keys.CREATOR).strip() or default_creator()


class AnnotationActions(QObject):
    """Every annotation command; `reader_widget` scopes the single-key shortcuts."""

    def __init__(
        self,
        controller: AnnotationController,
        settings: Settings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._controller, self._settings, self._window = controller, settings, window
        reader = controller.reader
        self.highlight = self._action(self.tr("&Highlight"), self.highlight_default)
        self.highlight.setShortcut(QKeySequence(Qt.Key.Key_H))
        self.highlight_with_note = self._action(
            self.tr("Highlight with &note…"), self.highlight_and_note
        )
        self.highlight_with_note.setShortcut(QKeySequence(Qt.Key.Key_N))
        for action in (self.highlight, self.highlight_with_note):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            reader.addAction(action)
        self.colors: dict[str, QAction] = {}
        for color, name in palette():
            action = self._action(name, lambda chosen=color: self.color_chosen(chosen))
            action.setIcon(swatch(color))
            action.setToolTip(self.tr("Highlight the selection in %1").replace("%1", name))
            self.colors[color] = action
        self.edit_note = self._action(self.tr("&Edit note and tags…"), self.edit_current)
        self.delete = self._action(self.tr("&Delete annotation"), self.delete_current)
        self.article_note = self._action(self.tr("&Article note…"), self.write_article_note)
        self.bookmark = self._action(self.tr("&Bookmark this article"), self.toggle_bookmark)
        self.bookmark.setCheckable(True)
        self.bookmark.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.creator = self._action(self.tr("Your &name for annotations…"), self.ask_creator)
        stack = controller.undo_stack
        self.undo = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(window, self.tr("&Redo"))
        redo_keys = [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z)]
        for binding in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if binding not in redo_keys:  # Ctrl+Shift+Z everywhere, and the platform's own
                redo_keys.append(binding)
        self.redo.setShortcuts(redo_keys)
        controller.bookmarked.connect(self._show_bookmarked)
        controller.current_changed.connect(lambda _id: self.update_state())
        controller.shown.connect(lambda _annotations: self.update_state())
        reader.view.selectionChanged.connect(self.update_state)
        self.update_state()

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    # --- state --------------------------------------------------------------------------

    def update_state(self) -> None:
        """Enable what can be done now: a selection to highlight, a current annotation..."""
        controller = self._controller
        on = controller.store is not None and controller.reader.article is not None
        selected = on and controller.reader.view.textCursor().hasSelection()
        current = controller.find(controller.current_id) if on else None
        for action in (self.highlight, self.highlight_with_note):
            action.setEnabled(selected)
        recolour = current is not None and current.kind is Kind.HIGHLIGHT
        for action in self.colors.values():
            action.setEnabled(selected or recolour)
        self.edit_note.setEnabled(current is not None)
        self.delete.setEnabled(current is not None)
        self.article_note.setEnabled(on)
        self.bookmark.setEnabled(on)

    def _show_bookmarked(self, bookmarked: bool) -> None:
        self.bookmark.setChecked(bookmarked)
        self.bookmark.setText(
            self.tr("Remove &bookmark") if bookmarked else self.tr("&Bookmark this article")
        )

    # --- commands -----------------------------------------------------------------------

    def highlight_default(self) -> None:
        """H: highlight the selection in the default colour."""
        self._controller.highlight_selection(DEFAULT_COLOR)

    def color_chosen(self, color: str) -> None:
        """A colour button: highlight the selection, or recolour the current highlight."""
        controller = self._controller
        if controller.reader.view.textCursor().hasSelection():
            controller.highlight_selection(color)
            return
        current = controller.find(controller.current_id)
        if current is not None and current.kind is Kind.HIGHLIGHT:
            controller.set_color(current.id, color)

    def highlight_and_note(self) -> None:
        """N: highlight the selection and write its note."""
        made = self._controller.highlight_selection(DEFAULT_COLOR)
        if made is not None:
            self.edit_current()

    def edit_current(self) -> None:
        """Open the note editor on the current annotation."""
        controller = self._controller
        current = controller.find(controller.current_id)
        if current is None:
            return
        quote = convert(current.quote, controller.reader.form)
        editor = NoteEditor(
            self.tr("Note"), quote=quote, note=current.note, tags=current.tags, parent=self._window
        )
        if editor.exec() == NoteEditor.DialogCode.Accepted:
            controller.edit(current.id, note=editor.note(), tags=editor.tags())

    def delete_current(self) -> None:
        """Delete the current annotation (Ctrl+Z brings it back)."""
        if self._controller.current_id:
            self._controller.delete(self._controller.current_id)

    def write_article_note(self) -> None:
        """Write a note about the whole article."""
        editor = NoteEditor(self.tr("Article note"), parent=self._window)
        if editor.exec() == NoteEditor.DialogCode.Accepted and editor.note():
            self._controller.add_article_note(editor.note(), editor.tags())

    def toggle_bookmark(self) -> None:
        """Ctrl+D: bookmark the article or remove its bookmark."""
        state = self._controller.toggle_bookmark()
        if state is None:  # nothing changed: keep the check mark truthful
            self.bookmark.setChecked(not self.bookmark.isChecked())

    def ask_creator(self) -> None:
        """Ask for the name recorded on new annotations."""
        name, accepted = QInputDialog.getText(
            self._window,
            self.tr("Your name"),
            self.tr("Name recorded on the annotations you make:"),
            text=creator_name(self._settings),
        )
        if accepted:
            self._settings.set(keys.CREATOR, name.strip())
            self._controller.set_creator(creator_name(self._settings))
