"""Run the real window (offscreen) over an archive, highlight a passage through its action as a
user would, print "SAVED <id>" when the UI reports the annotation saved, then keep running
until killed. Used by test_kill9.py: python -m tests.desktop.kill_driver ARCHIVE SETTINGS QUOTE
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from archive.annotation_models import Change
from archive.paths import APP_NAME
from desktop.app import Session, open_library, parse_arguments
from desktop.settings import Settings
from desktop.window_state import ReadingPlace


def highlight_through_the_ui(session: Session, quote: str) -> None:
    """Open the first article holding `quote`, select it, press the Highlight action."""
    window = session.window
    summary = next(
        s for s in session.library.summaries() if quote in session.library.get(s.id).text
    )
    window.open_place(ReadingPlace(summary.id, summary.archive, None))
    cursor = window.reader.view.document().find(quote)
    window.reader.view.setTextCursor(cursor)

    def saved(change: object) -> None:
        assert isinstance(change, Change)
        print(f"SAVED {change.annotation_id}", flush=True)

    window.annotations.controller.saved.connect(saved)
    window.annotations.actions.highlight.trigger()


def main(arguments: list[str]) -> int:
    archive, settings_file, quote = arguments
    app = QApplication([sys.argv[0]])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    library = open_library(parse_arguments(["--archive", archive]))
    settings = Settings(QSettings(str(Path(settings_file)), QSettings.Format.IniFormat))
    session = Session(library, settings)
    QTimer.singleShot(0, lambda: highlight_through_the_ui(session, quote))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
