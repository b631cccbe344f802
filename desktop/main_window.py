"""The main window: the article list on the left, the reader on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from archive.errors import ArchiveError
from archive.library import Library
from archive.models import ArticleSummary
from desktop import settings as keys
from desktop.errors import show_known_error
from desktop.reader_view import ReaderView
from desktop.results_pane import ResultsPane
from desktop.settings import Settings

DEFAULT_SIZE = (1200, 800)
DEFAULT_SPLIT = (380, 820)


class MainWindow(QMainWindow):
    """Lists the library's articles and reads the chosen one; remembers its layout."""

    def __init__(self, library: Library, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings

        self.results = ResultsPane()
        self.reader = ReaderView()
        self.results.list_view.setAccessibleName(self.tr("Articles"))
        self.reader.setAccessibleName(self.tr("Article"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_menus()

        self.results.article_chosen.connect(self.show_summary)
        self._restore_layout()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.search_action = QAction(self.tr("&Search"), self)
        self.search_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L),
            ]
        )
        self.search_action.triggered.connect(self.results.focus_search)
        edit_menu.addAction(self.search_action)

    def load_library(self) -> None:
        """List every article of the library and reopen the last one read (else the newest)."""
        try:
            summaries = self._library.summaries()
        except ArchiveError as error:
            show_known_error(self, str(error))
            summaries = []
        self.results.set_summaries(summaries)
        self.count_label.setText(self.tr("%n article(s)", "", len(summaries)))
        if not summaries:
            self.reader.show_message(
                self.tr("No articles yet. Open an archive with --archive FILE, or import articles.")
            )
            return
        last_id = self._settings.get(keys.LAST_ARTICLE_ID)
        if not (last_id and self.results.select_article(last_id)):
            self.results.select_row(0)

    def show_summary(self, summary: ArticleSummary) -> None:
        """Open the article behind a list row in the reader."""
        try:
            article = self._library.get(summary.id, summary.archive)
        except ArchiveError as error:
            self.reader.show_message(str(error))
            self.setWindowTitle("")
            return
        self.reader.show_article(article)
        self.setWindowTitle(article.title)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_layout()
        super().closeEvent(event)

    def _restore_layout(self) -> None:
        geometry = self._settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._resize_to_default()
        state = self._settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter_state = self._settings.get(keys.SPLITTER_STATE)
        if splitter_state.isEmpty() or not self.splitter.restoreState(splitter_state):
            self.splitter.setSizes(list(DEFAULT_SPLIT))

    def _resize_to_default(self) -> None:
        width, height = DEFAULT_SIZE
        available = self.screen().availableGeometry()
        self.resize(
            min(width, available.width() * 9 // 10), min(height, available.height() * 9 // 10)
        )

    def _save_layout(self) -> None:
        self._settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(keys.WINDOW_STATE, self.saveState())
        self._settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        article = self.reader.article
        self._settings.set(keys.LAST_ARTICLE_ID, article.id if article else "")
        self._settings.sync()
