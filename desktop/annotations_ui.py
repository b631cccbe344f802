"""Puts the annotation parts into the main window: the store keeper, the controller, the
actions and menus, the reader's tools, and three docks (this article's annotations, bookmarks,
the annotation browser). The window passes in how to open an article; nothing else is shared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from archive.annotation_models import Annotation
from archive.backup import BackupInfo
from archive.placement import Placement
from desktop.annotation_actions import AnnotationActions, creator_name
from desktop.annotation_browser import AnnotationBrowser
from desktop.annotation_controller import AnnotationController
from desktop.annotation_files import AnnotationFiles
from desktop.annotation_menus import AnnotationMenus
from desktop.annotation_panel import AnnotationPanel
from desktop.annotation_text import is_orphan, orphan_explanation, when_text
from desktop.bookmarks_panel import BookmarksPanel
from desktop.core_messages import translated
from desktop.errors import show_known_error
from desktop.reader_annotation_tools import AnnotationTools, ReaderAnnotationMenu, glyph_icon
from desktop.reader_pane import ReaderPane
from desktop.settings import Settings
from desktop.user_store_keeper import UserStoreKeeper
from desktop.window_state import ReadingPlace

REPORT_MS = 8000
#: Shows an article at a reading place (the window's open_place).
OpenPlace = Callable[[ReadingPlace], None]


class AnnotationsUi(QObject):
    """Every annotation feature of one main window (see the module docstring)."""

    def __init__(
        self,
        window: QMainWindow,
        reader: ReaderPane,
        settings: Settings,
        open_place: OpenPlace,
        archive_paths: Sequence[Path] = (),
    ) -> None:
        super().__init__(window)
        self._window, self._reader, self._settings = window, reader, settings
        self._open_place, self._archive_paths = open_place, list(archive_paths)
        self.keeper = UserStoreKeeper(parent=self)
        self.controller = AnnotationController(reader, self)
        self.actions = AnnotationActions(self.controller, settings, window)
        self.tools = AnnotationTools(self.actions)
        reader.toolbar.add_tools(self.tools)
        self.reader_menu = ReaderAnnotationMenu(self.controller, self.actions, self)
        self.panel = AnnotationPanel(self.controller, self.actions)
        self.bookmarks = BookmarksPanel(self.controller, settings, self.open_article)
        self.browser = AnnotationBrowser(self.controller)
        self.files = AnnotationFiles(
            self.controller, self.keeper, self.browser.wanted, self.creator, window
        )
        self._asked = False
        self.off_label = QLabel()
        self.off_label.setStyleSheet("color: #b3261e;")
        self.panel_dock = self._dock(self.tr("Annotations"), "annotationsDock", self.panel)
        self.bookmarks_dock = self._dock(self.tr("Bookmarks"), "bookmarksDock", self.bookmarks)
        self.browser_dock = self._dock(
            self.tr("Annotation browser"), "annotationBrowserDock", self.browser
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel_dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.bookmarks_dock)
        window.tabifyDockWidget(self.panel_dock, self.bookmarks_dock)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.browser_dock)
        for dock in (self.panel_dock, self.bookmarks_dock, self.browser_dock):
            dock.hide()  # until asked for (the menu, the tool bar); the window remembers
        panel_toggle = self.panel_dock.toggleViewAction()
        panel_toggle.setIcon(glyph_icon("☰", "☰"))
        panel_toggle.setToolTip(self.tr("Show this article's annotations and notes"))
        self.tools.addAction(panel_toggle)

        self.controller.problem.connect(lambda sentence: show_known_error(window, sentence))
        self.controller.notice.connect(self.report)
        self.keeper.reported.connect(self.report)
        self.keeper.opened.connect(lambda _store: self.off_label.hide())
        self.files.reported.connect(self.report)
        self.browser.jump_requested.connect(self.jump_to)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self._window)
        dock.setObjectName(name)  # saveState/restoreState find docks by name
        dock.setWidget(widget)
        return dock

    def creator(self) -> str:
        """The name recorded on new annotations."""
        return creator_name(self._settings)

    # --- the store ----------------------------------------------------------------------

    def open_store(self) -> None:
        """Open the user store (offering the newest backup if it is damaged); without it the
        window works on with annotations off, saying why."""
        self._asked = False
        store = self.keeper.open(self.creator(), self._ask_restore)
        self.controller.set_store(store)
        problem = self.keeper.problem
        if problem is None:
            self.off_label.hide()
            self.keeper.refresh_in_background(self._archive_paths, self._refreshed)
            return
        sentence = translated(problem)
        self.panel.show_disabled(sentence)
        self.off_label.setText(self.tr("Annotations are off"))
        self.off_label.setToolTip(sentence)
        self._window.statusBar().addPermanentWidget(self.off_label)
        self.off_label.show()
        if not self._asked:  # the restore question already said it
            show_known_error(self._window, problem)

    def _refreshed(self, placement: Placement) -> None:
        if placement.moved or placement.orphaned or placement.recovered:
            self.controller.changed.emit()
        if placement.orphaned:
            self.report(
                self.tr(
                    "%n highlight(s) lost their place because their article's text changed; "
                    "the annotation browser lists them.",
                    "",
                    placement.orphaned,
                )
            )

    def _ask_restore(self, sentence: str, backup: BackupInfo) -> bool:
        self._asked = True
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Annotations"))
        box.setText(
            self.tr(
                "Your annotation file is damaged; restore its newest backup, made %1? "
                "(The damaged file is kept.)"
            ).replace("%1", when_text(backup.created))
        )
        box.setDetailedText(translated(sentence))
        restore = box.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Continue without annotations"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def shutdown(self) -> None:
        """Finish backups and close the store (the window is closing)."""
        self.keeper.shutdown()

    # --- navigation ---------------------------------------------------------------------

    def open_article(self, archive: str, article_id: str) -> None:
        """Open an article (from the bookmarks list)."""
        self._open_place(ReadingPlace(article_id, archive, None))

    def jump_to(self, annotation: Annotation) -> None:
        """Open an annotation's article, scroll to its passage and flash it."""
        target = (annotation.article.archive, annotation.article.article_id)
        article = self._reader.article
        if article is None or (article.archive, article.id) != target:
            self._open_place(ReadingPlace(target[1], target[0], None))
            article = self._reader.article
            if article is None or (article.archive, article.id) != target:
                return  # the reader says why (e.g. that archive is not open)
        if self.controller.find(annotation.id) is None:
            self.controller.reload()  # made elsewhere since the article was opened
        if self.controller.show_passage(annotation.id):
            return
        self.controller.set_current(annotation.id)
        placed = self.controller.find(annotation.id)
        if placed is not None and is_orphan(placed):
            self.report(orphan_explanation())

    def install_menus(self, file_menu: QMenu, edit_menu: QMenu, before: QAction) -> QMenu:
        """Add the annotation commands to File and Edit, and an Annotations menu before
        `before` (the Language menu's action); returns that menu."""
        docks = (self.panel_dock, self.bookmarks_dock, self.browser_dock)
        builder = AnnotationMenus(self._window, self.actions, self.files, docks)
        return builder.install(file_menu, edit_menu, before)

    def report(self, sentence: str) -> None:
        """Say what happened in the status bar."""
        self._window.statusBar().showMessage(translated(sentence), REPORT_MS)
