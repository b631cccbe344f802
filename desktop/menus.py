"""The menu bar: every command with its shortcut, wired to the object that carries it out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from archive.citation import CitationStyle
from archive.convert import ScriptForm
from desktop.appearance import Appearance
from desktop.copying import Copier
from desktop.i18n import LANGUAGES
from desktop.reader_pane import ReaderPane
from desktop.reader_toolbar import form_label
from desktop.results_pane import ResultsPane
from desktop.themes import Theme


@dataclass
class WindowActions:
    """The actions tests and other parts of the window need to reach."""

    search: QAction
    find: QAction
    next_hit: QAction
    previous_hit: QAction
    copy_original: QAction
    forms: dict[ScriptForm, QAction] = field(default_factory=dict)
    themes: dict[Theme, QAction] = field(default_factory=dict)
    languages: dict[str, QAction] = field(default_factory=dict)


def _action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    shortcuts: list[QKeySequence] | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcuts, QKeySequence.StandardKey):
        action.setShortcut(shortcuts)
    elif shortcuts:
        action.setShortcuts(shortcuts)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _keys(*combinations: int | Qt.Key | QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(combination) for combination in combinations]


def _control(key: Qt.Key, extra: Qt.KeyboardModifier | None = None) -> QKeySequence:
    """Ctrl (Command on macOS) with an extra modifier and the key."""
    modifiers = Qt.KeyboardModifier.ControlModifier | (extra or Qt.KeyboardModifier.NoModifier)
    return QKeySequence(QKeyCombination(modifiers, key))


class MenuBuilder(QObject):
    """Builds the menus of a main window from the objects that do the work."""

    def __init__(
        self,
        window: QMainWindow,
        results: ResultsPane,
        reader: ReaderPane,
        copier: Copier,
        appearance: Appearance,
        choose_language: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window, self._results, self._reader = window, results, reader
        self._copier, self._appearance = copier, appearance
        self._choose_language = choose_language

    def build(self, language_setting: str) -> WindowActions:
        """Create every menu; returns the actions others need."""
        bar = self._window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        quit_action = _action(
            self._window, self.tr("&Quit"), self._window.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        actions = self._edit_menu(self.edit_menu)
        self._view_menu(bar.addMenu(self.tr("&View")), actions)
        self.language_menu = bar.addMenu(self.tr("&Language"))
        self._language_menu(self.language_menu, actions, language_setting)
        return actions

    def add_import_actions(
        self, import_files: Callable[[], object], import_folder: Callable[[], object]
    ) -> None:
        """Put Import files… (Ctrl+I) and Import folder… at the top of the File menu."""
        first = self.file_menu.actions()[0]
        files = _action(
            self._window, self.tr("&Import files…"), import_files, [_control(Qt.Key.Key_I)]
        )
        folder = _action(self._window, self.tr("Import &folder…"), import_folder)
        self.file_menu.insertActions(first, [files, folder])
        self.file_menu.insertSeparator(first)

    def _edit_menu(self, menu: QMenu) -> WindowActions:
        window, copier = self._window, self._copier
        menu.addAction(
            _action(window, self.tr("&Copy"), self._reader.view.copy, QKeySequence.StandardKey.Copy)
        )
        menu.addAction(
            _action(
                window,
                self.tr("Copy with c&itation"),
                copier.copy_with_citation,
                [_control(Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)],
            )
        )
        menu.addAction(
            _action(
                window,
                self.tr("Copy ci&tation"),
                copier.copy_citation,
                [_control(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)],
            )
        )
        copy_original = QAction(self.tr("Copy and cite the &original text"), window)
        copy_original.setCheckable(True)
        copy_original.setChecked(copier.copies_original)
        copy_original.setToolTip(
            self.tr("Copies and citations use the stored original instead of the shown script")
        )
        copy_original.toggled.connect(copier.set_copies_original)
        menu.addAction(copy_original)
        style_menu = menu.addMenu(self.tr("Citation &style"))
        styles = QActionGroup(window)
        for style, label in (
            (CitationStyle.GBT7714, self.tr("GB/T 7714")),
            (CitationStyle.PLAIN, self.tr("Plain text with link")),
        ):
            action = QAction(label, styles)
            action.setCheckable(True)
            action.setChecked(copier.style is style)
            action.triggered.connect(lambda _checked=False, chosen=style: copier.set_style(chosen))
            style_menu.addAction(action)
        menu.addSeparator()
        search = _action(
            window,
            self.tr("&Search"),
            self._results.search_panel.focus_search,
            [_control(Qt.Key.Key_K), _control(Qt.Key.Key_L)],
        )
        find = _action(
            window,
            self.tr("&Find in article"),
            self._reader.find_bar.open_bar,
            QKeySequence.StandardKey.Find,
        )
        next_hit = _action(
            window, self.tr("&Next hit"), self._reader.next_hit, _keys(Qt.Key.Key_F3)
        )
        previous_hit = _action(
            window,
            self.tr("&Previous hit"),
            self._reader.previous_hit,
            [QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3)],
        )
        for action in (search, find, next_hit, previous_hit):
            menu.addAction(action)
        return WindowActions(search, find, next_hit, previous_hit, copy_original)

    def _view_menu(self, menu: QMenu, actions: WindowActions) -> None:
        window, appearance = self._window, self._appearance
        script_menu = menu.addMenu(self.tr("&Script"))
        forms = QActionGroup(window)
        for number, form in enumerate(ScriptForm, start=1):
            action = QAction(form_label(form), forms)
            action.setCheckable(True)
            action.setShortcut(_control(getattr(Qt.Key, f"Key_{number}")))
            action.triggered.connect(
                lambda _checked=False, chosen=form: appearance.set_form(chosen)
            )
            script_menu.addAction(action)
            actions.forms[form] = action
        appearance.form_changed.connect(lambda form: actions.forms[form].setChecked(True))
        actions.forms[appearance.form].setChecked(True)

        theme_menu = menu.addMenu(self.tr("&Theme"))
        themes = QActionGroup(window)
        for theme, label in (
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
            (Theme.SEPIA, self.tr("Sepia")),
        ):
            action = QAction(label, themes)
            action.setCheckable(True)
            action.setChecked(appearance.theme is theme)
            action.triggered.connect(
                lambda _checked=False, chosen=theme: appearance.set_theme(chosen)
            )
            theme_menu.addAction(action)
            actions.themes[theme] = action
        menu.addSeparator()
        menu.addAction(
            _action(
                window,
                self.tr("Zoom &in"),
                lambda: appearance.zoom(1),
                [QKeySequence(QKeySequence.StandardKey.ZoomIn), _control(Qt.Key.Key_Equal)],
            )
        )
        menu.addAction(
            _action(
                window,
                self.tr("Zoom &out"),
                lambda: appearance.zoom(-1),
                QKeySequence.StandardKey.ZoomOut,
            )
        )
        menu.addAction(
            _action(
                window,
                self.tr("&Actual size"),
                lambda: appearance.zoom(0),
                [_control(Qt.Key.Key_0)],
            )
        )

    def _language_menu(self, menu: QMenu, actions: WindowActions, setting: str) -> None:
        group = QActionGroup(self._window)
        choices = [("", self.tr("System language")), *LANGUAGES.items()]
        for code, name in choices:
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == setting)
            action.triggered.connect(
                lambda _checked=False, chosen=code: self._choose_language(chosen)
            )
            menu.addAction(action)
            actions.languages[code] = action
