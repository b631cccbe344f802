"""Reading themes (light, dark, sepia): the window palette and the colours of highlights."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QPalette


class Theme(StrEnum):
    """The themes a reader can choose."""

    LIGHT = "light"
    DARK = "dark"
    SEPIA = "sepia"


@dataclass(frozen=True)
class ThemeColours:
    """Colours of one theme; `None` paper/ink keep the system's own (light theme)."""

    paper: str | None
    ink: str | None
    panel: str | None
    hit: str
    current_hit: str
    found: str
    link: str | None


COLOURS = {
    Theme.LIGHT: ThemeColours(None, None, None, "#ffe58a", "#ffb03b", "#a8d8ff", None),
    Theme.DARK: ThemeColours(
        "#1f2023", "#d9d6cf", "#2a2b2f", "#6a5a17", "#a5741c", "#1d5a86", "#8ab4f8"
    ),
    Theme.SEPIA: ThemeColours(
        "#f4ecd8", "#4d3b2a", "#ebe0c6", "#f0cf6a", "#e69b3a", "#b9d7ea", "#7a4b14"
    ),
}


def theme_named(name: str) -> Theme:
    """The theme with this name; the light theme for anything unknown."""
    try:
        return Theme(name)
    except ValueError:
        return Theme.LIGHT


def themed_palette(theme: Theme, system: QPalette) -> QPalette:
    """The system palette with the theme's paper, ink and panel colours laid over it."""
    colours = COLOURS[theme]
    palette = QPalette(system)
    if colours.paper is None or colours.ink is None or colours.panel is None:
        return palette
    paper, ink, panel = QColor(colours.paper), QColor(colours.ink), QColor(colours.panel)
    quiet = QColor(ink)
    quiet.setAlphaF(0.55)
    roles = {
        QPalette.ColorRole.Window: panel,
        QPalette.ColorRole.Base: paper,
        QPalette.ColorRole.AlternateBase: panel,
        QPalette.ColorRole.Button: panel,
        QPalette.ColorRole.WindowText: ink,
        QPalette.ColorRole.Text: ink,
        QPalette.ColorRole.ButtonText: ink,
        QPalette.ColorRole.ToolTipBase: paper,
        QPalette.ColorRole.ToolTipText: ink,
        QPalette.ColorRole.PlaceholderText: quiet,
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    if colours.link:
        palette.setColor(QPalette.ColorRole.Link, QColor(colours.link))
    return palette
