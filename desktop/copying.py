"""Copy, copy with citation and copy citation: in the shown form or the stored original."""

from __future__ import annotations

import datetime

from PySide6.QtGui import QGuiApplication, QTextCursor

from archive.citation import CitationStyle, citation_fields, cite, with_citation
from archive.convert import ScriptForm
from desktop import settings as keys
from desktop.reader_pane import ReaderPane
from desktop.settings import Settings


class Copier:
    """Builds clipboard text from the reader's selection and the open article's citation."""

    def __init__(self, pane: ReaderPane, settings: Settings) -> None:
        self._pane = pane
        self._settings = settings
        pane.view.copy_text = self.copied_text

    @property
    def copies_original(self) -> bool:
        """True when copies and citations use the stored original, not the shown form."""
        return self._settings.get(keys.COPY_ORIGINAL)

    def set_copies_original(self, original: bool) -> None:
        """Choose what copies and citations use (remembered)."""
        self._settings.set(keys.COPY_ORIGINAL, original)

    def set_style(self, style: CitationStyle) -> None:
        """Choose the citation style (remembered)."""
        self._settings.set(keys.CITATION_STYLE, style.value)

    @property
    def style(self) -> CitationStyle:
        """The chosen citation style."""
        try:
            return CitationStyle(self._settings.get(keys.CITATION_STYLE))
        except ValueError:
            return CitationStyle.GBT7714

    def selected_text(self) -> str:
        """The selection as shown, or its original text (whole converted phrases)."""
        selection = self._pane.selection()
        shown = self._pane.shown
        if selection is None or shown is None:
            return self._pane.view.textCursor().selectedText().replace("\u2029", "\n")
        if self.copies_original:
            return shown.original_text(*selection)
        return shown.shown_text(*selection)

    def copied_text(self, _cursor: QTextCursor) -> str | None:
        """What Ctrl+C puts on the clipboard."""
        return self.selected_text() if self._pane.shown is not None else None

    def citation(self, style: CitationStyle | None = None) -> str:
        """The open article's citation ('' when none is open), dated today."""
        shown = self._pane.shown
        if shown is None:
            return ""
        form = ScriptForm.ORIGINAL if self.copies_original else shown.form
        fields = citation_fields(shown.article, form, datetime.date.today())
        return cite(fields, style or self.style)

    def copy_citation(self) -> None:
        """Put the citation on the clipboard."""
        citation = self.citation()
        if citation:
            QGuiApplication.clipboard().setText(citation)

    def copy_with_citation(self) -> None:
        """Put the selection (or nothing) followed by the citation on the clipboard."""
        citation = self.citation()
        if citation:
            QGuiApplication.clipboard().setText(with_citation(self.selected_text(), citation))
