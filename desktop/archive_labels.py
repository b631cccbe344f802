"""What a result row calls the archive it comes from, when more than one is searched."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

# The names the bundled archive and the user's own archive are created with.
BUNDLED_NAME = "bundled"
USER_NAME = "user"


def archive_label(name: str) -> str:
    """'Bundled' or 'Mine' (translated) for the two archives everyone has, else the name."""
    if name == BUNDLED_NAME:
        return QCoreApplication.translate("archive_labels", "Bundled")
    if name == USER_NAME:
        return QCoreApplication.translate("archive_labels", "Mine")
    return name


def archive_labels(names: Iterable[str]) -> dict[str, str]:
    """Labels by archive name; none when a single archive is open (nothing to tell apart)."""
    unique = list(dict.fromkeys(names))
    return {name: archive_label(name) for name in unique} if len(unique) > 1 else {}
