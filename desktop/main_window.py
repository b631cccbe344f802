"""The main window: search and results on the left, the reader on the right.

It only assembles the parts and passes each the few collaborators it needs: the search
controller (panel, worker, results model), the reader pane, the appearance (theme, zoom,
script), the copier (copy, citations), the menus and the annotations (store, docks, commands).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from archive.errors import ArchiveError
from archive.library import Library
from archive.paths import user_archive_path
from archive.search import SearchHit, SortOrder
from desktop import settings as keys
from desktop.annotations_ui import AnnotationsUi
from desktop.appearance import Appearance
from desktop.archive_labels import archive_labels
from desktop.copying import Copier
from desktop.core_messages import translated
from desktop.errors import report_exception
from desktop.form_prefetch import FormPrefetcher
from desktop.import_command import ImportCommand
from desktop.menus import MenuBuilder
from desktop.reader_pane import ReaderPane
from desktop.results_pane import ResultsPane
from desktop.search_controller import SearchController
from desktop.search_jobs import WorkerLibrary
from desktop.settings import Settings
from desktop.task_runner import TaskRunner
from desktop.typography import warm_fonts
from desktop.window_state import ReadingPlace, restore_layout, save_state, saved_place


class MainWindow(QMainWindow):
    """Searches the library and reads the chosen article; remembers its state."""

    #: The user chose an interface language ('' for the system's); the app rebuilds the window.
    language_chosen = Signal(str)
    #: An import changed the user's archive; the app reopens the library in a new window.
    library_changed = Signal()

    def __init__(self, library: Library, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings

        self.results = ResultsPane()
        self.reader = ReaderPane()
        self.results.list_view.setAccessibleName(self.tr("Results"))
        self.reader.view.setAccessibleName(self.tr("Article"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        paths = [store.path for store in library.stores]
        self.results.model.set_archive_labels(archive_labels(s.name for s in library.stores))
        self.runner: TaskRunner[WorkerLibrary] = TaskRunner(
            lambda: WorkerLibrary(paths), self._report_bug, parent=self
        )
        panel = self.results.search_panel
        panel.set_sort(_sort_named(settings.get(keys.SORT_ORDER)))
        panel.set_regional(settings.get(keys.REGIONAL))
        self.search = SearchController(
            panel, self.results.model, self.runner, library, settings, parent=self
        )
        self.appearance = Appearance(self, self.reader, self.results, settings)
        self.copier = Copier(self.reader, settings)
        self.prefetcher = FormPrefetcher(self.reader, self.runner, parent=self)
        self.search.search_started.connect(self.prefetcher.cancel)
        menus = MenuBuilder(
            self, self.results, self.reader, self.copier, self.appearance, self.language_chosen.emit
        )
        self.window_actions = menus.build(settings.get(keys.LANGUAGE))
        self.annotations = AnnotationsUi(self, self.reader, settings, self.open_place, paths)
        self.annotations.install_menus(
            menus.file_menu, menus.edit_menu, menus.language_menu.menuAction()
        )
        self.importer = ImportCommand(self, user_archive_path())
        self.importer.library_changed.connect(self.library_changed)
        menus.add_import_actions(self.importer.choose_files, self.importer.choose_folder)

        self.results.hit_chosen.connect(self.open_hit)
        self.results.hit_opened.connect(lambda: self.reader.view.setFocus())
        self.search.results_shown.connect(self._results_shown)
        self.appearance.form_changed.connect(lambda _form: self._show_title())
        restore_layout(self, self.splitter, settings)
        self.appearance.apply_saved()

    def start(self, query: str = "") -> None:
        """Reopen the last article where reading stopped, and run the first search."""
        if query:
            self.results.search_panel.set_query(query)
        self.annotations.open_store()
        place = saved_place(self._settings)
        if place is not None:
            self.open_place(place)
        else:
            self.reader.show_message(self.tr("Choose an article on the left, or search for one."))
        self.search.start()
        QTimer.singleShot(0, self, lambda: warm_fonts(QApplication.font()))

    def open_hit(self, hit: SearchHit) -> None:
        """Open the article of a result (a query that led somewhere goes into the history)."""
        self.open_place(ReadingPlace(hit.summary.id, hit.summary.archive, None))
        if self.results.search_panel.query().strip():
            self.search.remember_query()

    def open_place(self, place: ReadingPlace) -> None:
        """Show an article at a reading position; one sentence when it cannot be read."""
        try:
            article = self._library.get(place.article_id, place.archive or None)
        except ArchiveError as error:
            self.reader.show_message(translated(str(error)))
            self.setWindowTitle("")
            return
        self.reader.set_terms(self.search.terms)
        self.reader.show_article(article, position=place.position)
        self._show_title()

    def _results_shown(self) -> None:
        # The open article's hits follow once the list has painted (a long article's marks
        # take a few tens of milliseconds that the list need not wait for).
        QTimer.singleShot(0, self.reader, lambda: self.reader.set_terms(self.search.terms))
        if self.results.list_view.currentIndex().isValid():
            return
        article = self.reader.article
        row = self.results.model.row_of(article.id, article.archive) if article else None
        if row is not None:
            self.results.select_row(row, quietly=True)

    def _show_title(self) -> None:
        shown = self.reader.shown
        self.setWindowTitle(shown.title.text if shown is not None else "")

    def _report_bug(self, error: object) -> None:
        if isinstance(error, BaseException):
            report_exception(self, error)

    def save_state(self) -> None:
        """Write layout, article and reading position to the settings."""
        save_state(self, self.splitter, self.reader, self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.runner.shutdown()
        self.annotations.shutdown()
        super().closeEvent(event)


def _sort_named(name: str) -> SortOrder:
    try:
        return SortOrder(name)
    except ValueError:
        return SortOrder.RELEVANCE
