"""The note editor: Markdown on the left, the safely rendered note beside it, and the tags.

The preview is the same offline view the reader uses (nothing loads, links ask first) showing
`archive.render.render_html` of the text: what the panel and the browser will show.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from archive.annotation_models import parse_tags
from archive.render import render_html
from desktop.reader_view import ReaderView

PREVIEW_DELAY_MS = 200


class NoteEditor(QDialog):
    """Edit a note (Markdown) and tags; `note()` and `tags()` hold the result once accepted."""

    def __init__(
        self,
        title: str,
        *,
        quote: str = "",
        note: str = "",
        tags: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.quote_label = QLabel(f"“{quote}”" if quote else "")
        self.quote_label.setWordWrap(True)
        self.quote_label.setVisible(bool(quote))
        self.text_field = QPlainTextEdit(note)
        self.text_field.setPlaceholderText(self.tr("Write a note in Markdown: *emphasis*, lists…"))
        self.text_field.setAccessibleName(self.tr("Note"))
        self.preview = ReaderView()
        self.preview.set_typography(zoom_percent=90)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.tags_field = QLineEdit(", ".join(tags))
        self.tags_field.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tags_field.setToolTip(self.tr("Separate tags with commas, 、 or semicolons"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        editors = QHBoxLayout()
        editors.addWidget(self.text_field, stretch=1)
        editors.addWidget(self.preview, stretch=1)
        form = QFormLayout()
        form.addRow(self.tr("Tags"), self.tags_field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addLayout(editors, stretch=1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(760, 420)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.text_field.textChanged.connect(self._preview_timer.start)
        self.update_preview()
        self.text_field.setFocus()

    def note(self) -> str:
        """The note as written (Markdown)."""
        return self.text_field.toPlainText().strip()

    def tags(self) -> tuple[str, ...]:
        """The tags as entered, cleaned (trimmed, no repeats)."""
        return parse_tags(self.tags_field.text())

    def update_preview(self) -> None:
        """Render the note as the panel will show it."""
        self.preview.show_page(render_html(self.note()) if self.note() else "")
