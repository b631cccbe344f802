"""How the window looks and reads: theme, zoom and script form, applied everywhere and kept."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from archive.convert import ScriptForm
from desktop import settings as keys
from desktop.reader_pane import ReaderPane
from desktop.results_pane import ResultsPane
from desktop.settings import Settings
from desktop.themes import COLOURS, Theme, theme_named, themed_palette


def form_named(name: str) -> ScriptForm:
    """The script form with this name; the original for anything unknown."""
    try:
        return ScriptForm(name)
    except ValueError:
        return ScriptForm.ORIGINAL


class Appearance(QObject):
    """Owns the theme, the zoom and the script form; the panes only apply them."""

    theme_changed = Signal(object)  # Theme
    form_changed = Signal(object)  # ScriptForm

    def __init__(
        self, window: QWidget, reader: ReaderPane, results: ResultsPane, settings: Settings
    ) -> None:
        super().__init__(window)
        self._window, self._reader, self._results = window, reader, results
        self._settings = settings
        self._system_palette = QPalette(QApplication.palette())
        self.theme = theme_named(settings.get(keys.THEME))
        self.zoom_percent = max(30, min(400, settings.get(keys.ZOOM_PERCENT)))
        reader.form_changed.connect(self._form_shown)

    def apply_saved(self) -> None:
        """Apply what the settings say (at start-up)."""
        self._apply_theme()
        self.set_form(form_named(self._settings.get(keys.SCRIPT_FORM)))

    @property
    def form(self) -> ScriptForm:
        """The script form the text is shown in."""
        return self._reader.form

    def set_form(self, form: ScriptForm) -> None:
        """Show the reader, the list and the metadata in `form`."""
        self._reader.set_form(form)  # emits form_changed when it changes: _form_shown
        self._results.model.set_form(form)

    def set_theme(self, theme: Theme) -> None:
        """Switch to a theme and remember it."""
        self.theme = theme
        self._settings.set(keys.THEME, theme.value)
        self._apply_theme()

    def zoom(self, steps: int) -> None:
        """Zoom the reading text in (+1), out (-1), or back to 100 % (0); remembered."""
        self.zoom_percent = self._reader.zoom_by(steps)
        self._settings.set(keys.ZOOM_PERCENT, self.zoom_percent)

    def _apply_theme(self) -> None:
        palette = themed_palette(self.theme, self._system_palette)
        self._window.setPalette(palette)
        self._reader.view.apply_palette(palette)
        colours = COLOURS[self.theme]
        self._results.delegate.mark_colour = QColor(colours.hit)
        self._results.list_view.viewport().update()
        self._reader.set_look(colours, self.zoom_percent)
        self.theme_changed.emit(self.theme)

    def _form_shown(self, form: ScriptForm) -> None:
        self._results.model.set_form(form)
        self._results.search_panel.set_form(form)
        self._settings.set(keys.SCRIPT_FORM, form.value)
        self.form_changed.emit(form)
