"""Find in the article (Ctrl+F): a field under the text, "n of m", previous/next, close."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Widgets only: reports the text to find and the moves asked for."""

    text_changed = Signal(str)
    next_match = Signal()
    previous_match = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in article (any script)"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.text_changed)
        self.field.installEventFilter(self)
        self.count_label = QLabel()
        previous_button = QToolButton()
        previous_button.setText("‹")
        previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        previous_button.clicked.connect(self.previous_match)
        next_button = QToolButton()
        next_button.setText("›")
        next_button.setToolTip(self.tr("Next match (Enter)"))
        next_button.clicked.connect(self.next_match)
        close_button = QToolButton()
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Close (Esc)"))
        close_button.clicked.connect(self.close_bar)
        for button in (previous_button, next_button, close_button):
            button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, stretch=1)
        layout.addWidget(self.count_label)
        for button in (previous_button, next_button, close_button):
            layout.addWidget(button)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar and put the cursor in the field, its text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; the matches are no longer marked."""
        self.hide()
        self.closed.emit()

    def is_searching(self) -> bool:
        """True while the bar is open with something to find."""
        return self.isVisible() and bool(self.field.text().strip())

    def show_matches(self, current: int | None, count: int) -> None:
        """'n of m', 'no matches' or nothing (empty field)."""
        if not self.field.text().strip():
            self.count_label.setText("")
        elif count == 0:
            self.count_label.setText(self.tr("No matches"))
        elif current is None:
            self.count_label.setText(self.tr("%n match(es)", "", count))
        else:
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(count))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                (self.previous_match if shifted else self.next_match).emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
