"""A panel that reads its data again only when it is seen: refreshes while hidden wait."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPanel(QWidget):
    """Subclasses implement `refresh()` (which should start with `self._dirty = False`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = True

    def refresh(self) -> None:
        """Read the data again and show it."""
        raise NotImplementedError

    def refresh_if_visible(self) -> None:
        """Refresh now if the panel is seen, else when it is shown next."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)
