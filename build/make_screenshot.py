"""Render the main window offscreen with a search and an article open; save docs/screenshot.png."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from archive.convert import ScriptForm  # noqa: E402
from archive.library import Library  # noqa: E402
from archive.paths import bundled_archive_path  # noqa: E402
from desktop.app import open_window  # noqa: E402
from desktop.i18n import Translators  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.themes import Theme  # noqa: E402


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    """Search the bundled archive, open the first result, take the picture."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--query", default="工业互联网")
    parser.add_argument("--form", default="original", choices=[form.value for form in ScriptForm])
    parser.add_argument("--theme", default="light", choices=[theme.value for theme in Theme])
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--size", default="1280x800")
    arguments = parser.parse_args()
    app = QApplication([])
    translators = Translators()
    translators.install(arguments.language)
    library = Library.open([bundled_archive_path()])
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = open_window(library, settings)
        width, height = (int(part) for part in arguments.size.split("x"))
        window.resize(width, height)
        window.appearance.set_theme(Theme(arguments.theme))
        window.appearance.set_form(ScriptForm(arguments.form))
        window.results.search_panel.set_query(arguments.query)
        window.search.search_now()
        settle(app, 1.0)
        window.results.select_row(0)
        settle(app, 0.3)
        window.reader.next_hit()
        window.reader.next_hit()
        settle(app, 0.3)
        arguments.out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(arguments.out))
        window.close()
    library.close()
    translators.remove()
    print(arguments.out if saved else "could not save the picture")
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())
