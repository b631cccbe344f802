"""The annotation menus: export, import, backup and restore in File; undo and redo in Edit;
an Annotations menu with every annotation command and the three docks."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from desktop.annotation_actions import AnnotationActions
from desktop.annotation_files import AnnotationFiles

#: Show or hide: this article's annotations, the bookmarks, the annotation browser.
DOCK_SHORTCUTS = ("Ctrl+Shift+M", "Ctrl+Shift+B", "Ctrl+Shift+A")


class AnnotationMenus(QObject):
    """Adds the annotation commands to a main window's menus."""

    def __init__(
        self,
        window: QMainWindow,
        actions: AnnotationActions,
        files: AnnotationFiles,
        docks: tuple[QDockWidget, QDockWidget, QDockWidget],
    ) -> None:
        super().__init__(window)
        self._window, self.actions, self.files, self._docks = window, actions, files, docks

    def install(self, file_menu: QMenu, edit_menu: QMenu, before: QAction) -> QMenu:
        """Add the annotation commands to File and Edit, and an Annotations menu before
        `before` (the Language menu's action); returns that menu."""
        first = file_menu.actions()[0]  # Quit stays last
        export_menu = QMenu(self.tr("&Export annotations"), file_menu)
        for form, label in (
            ("md", self.tr("&Markdown…")),
            ("csv", self.tr("&CSV…")),
            ("jsonld", self.tr("&JSON-LD…")),
        ):
            export = QAction(label, export_menu)
            export.triggered.connect(lambda _checked=False, chosen=form: self.files.export(chosen))
            export_menu.addAction(export)
        file_menu.insertMenu(first, export_menu)
        for text, slot in (
            (self.tr("&Import annotations…"), self.files.import_),
            (self.tr("&Back up annotations now"), self.files.back_up_now),
            (self.tr("&Restore annotations from the newest backup…"), self.files.restore_newest),
        ):
            action = QAction(text, file_menu)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            file_menu.insertAction(first, action)
        file_menu.insertSeparator(first)
        edit_first = edit_menu.actions()[0]
        edit_menu.insertActions(edit_first, [self.actions.undo, self.actions.redo])
        edit_menu.insertSeparator(edit_first)
        menu = QMenu(self.tr("&Annotations"), self._window)
        self._fill_annotations_menu(menu)
        self._window.menuBar().insertMenu(before, menu)
        return menu

    def _fill_annotations_menu(self, menu: QMenu) -> None:
        actions = self.actions
        menu.addAction(actions.highlight)
        colours = menu.addMenu(self.tr("Highlight &in"))
        colours.addActions(list(actions.colors.values()))
        for action in (actions.highlight_with_note, actions.edit_note, actions.delete):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(actions.article_note)
        menu.addAction(actions.bookmark)
        menu.addSeparator()
        for dock, shortcut in zip(self._docks, DOCK_SHORTCUTS, strict=True):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(shortcut))
            toggle.toggled.connect(lambda shown, raised=dock: shown and raised.raise_())
            menu.addAction(toggle)
        menu.addSeparator()
        menu.addAction(actions.creator)
