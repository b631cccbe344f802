"""The bar above the article: the script toggle and the hit navigator ("hit n of m")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from archive.convert import ScriptForm


def form_label(form: ScriptForm) -> str:
    """The toggle's label for a form: each form named in its own script."""
    labels = {
        ScriptForm.ORIGINAL: QCoreApplication.translate("ReaderToolbar", "Original"),
        ScriptForm.HANS: "简体",
        ScriptForm.HANT: "繁體",
        ScriptForm.TW: "臺灣正體",
        ScriptForm.HK: "香港繁體",
    }
    return labels[form]


def form_tooltip(form: ScriptForm) -> str:
    """What each form does, for the toggle's tooltips."""
    tips = {
        ScriptForm.ORIGINAL: QCoreApplication.translate(
            "ReaderToolbar", "The text exactly as stored (原文)"
        ),
        ScriptForm.HANS: QCoreApplication.translate("ReaderToolbar", "Simplified characters"),
        ScriptForm.HANT: QCoreApplication.translate("ReaderToolbar", "Traditional characters"),
        ScriptForm.TW: QCoreApplication.translate(
            "ReaderToolbar", "Traditional characters with Taiwan vocabulary (软件 → 軟體)"
        ),
        ScriptForm.HK: QCoreApplication.translate(
            "ReaderToolbar", "Traditional characters in Hong Kong forms"
        ),
    }
    return tips[form]


class ReaderToolbar(QWidget):
    """Five toggle buttons, one per script form, and previous/next hit with a counter."""

    form_chosen = Signal(object)  # ScriptForm
    previous_hit = Signal()
    next_hit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        self.form_buttons: dict[ScriptForm, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for form in ScriptForm:
            button = QToolButton()
            button.setText(form_label(form))
            button.setToolTip(form_tooltip(form))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(
                lambda _checked=False, chosen=form: self.form_chosen.emit(chosen)
            )
            self._group.addButton(button)
            self.form_buttons[form] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.hit_label = QLabel()
        self.hit_label.setAccessibleName(self.tr("Hits in this article"))
        self.previous_button = QToolButton()
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous hit"))
        self.previous_button.setAutoRaise(True)
        self.previous_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self.next_button.setAccessibleName(self.tr("Next hit"))
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.next_hit)
        for widget in (self.hit_label, self.previous_button, self.next_button):
            layout.addWidget(widget)
        self.show_hits(None, 0)

    def add_tools(self, tools: QWidget) -> None:
        """Put more tools (the annotation colours, the bookmark) after the script toggle."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(len(self.form_buttons), tools)

    def set_form(self, form: ScriptForm) -> None:
        """Check the button of the form being shown."""
        self.form_buttons[form].setChecked(True)

    def show_hits(self, current: int | None, count: int) -> None:
        """'hit n of m' (n counted from 1), 'm hits' before any is chosen, nothing without hits."""
        if count == 0:
            self.hit_label.setText("")
        elif current is None:
            self.hit_label.setText(self.tr("%n hit(s)", "", count))
        else:
            self.hit_label.setText(
                self.tr("hit %1 of %2").replace("%1", str(current + 1)).replace("%2", str(count))
            )
        for button in (self.previous_button, self.next_button):
            button.setEnabled(count > 0)
