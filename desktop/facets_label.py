"""The counts per source and per year under the search field, as links that narrow the search."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from archive.convert import ScriptForm, convert

#: How many values are listed per facet before "…".
FACETS_SHOWN = 10


class FacetsLabel(QLabel):
    """Two wrapped lines: sources by count, years newest first; a click says which."""

    source_clicked = Signal(str)
    year_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.linkActivated.connect(self._clicked)
        self._counts: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self._form = ScriptForm.ORIGINAL

    def set_form(self, form: ScriptForm) -> None:
        """Name the sources in `form` (a click still gives the stored name)."""
        if form is not self._form:
            self._form = form
            self._render()

    def show_counts(self, by_source: Mapping[str, int], by_year: Mapping[str, int]) -> None:
        """Show these counts (values without a name, e.g. an unknown year, are left out)."""
        self._counts = (dict(by_source), dict(by_year))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()  # links take the theme's link colour

    def _render(self) -> None:
        link = self.palette().color(QPalette.ColorRole.Link).name()
        lines = []
        for label, kind, counts in (
            (self.tr("Sources"), "source", self._counts[0]),
            (self.tr("Years"), "year", self._counts[1]),
        ):
            known = [(value, count) for value, count in counts.items() if value]
            if not known:
                continue
            links = [
                f'<a href="{kind}:{quote(value)}" style="color: {link}">'
                f"{escape(convert(value, self._form))}</a>"
                f"&nbsp;{count:,}"
                for value, count in known[:FACETS_SHOWN]
            ]
            more = " …" if len(known) > FACETS_SHOWN else ""
            lines.append(f"{escape(label)}: " + " · ".join(links) + more)
        self.setText("<br>".join(lines))

    def _clicked(self, link: str) -> None:
        kind, _, value = link.partition(":")
        (self.source_clicked if kind == "source" else self.year_clicked).emit(unquote(value))
