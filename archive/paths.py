"""Where the application's shipped resources and the user's own files live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Wenyuan"


def resources_dir() -> Path:
    """The `resources/` folder: beside the packages in a checkout, inside the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def bundled_archive_path() -> Path:
    """The read-only archive of seed articles that ships with the application."""
    return resources_dir() / "archive" / "bundled.sqlite"


def user_data_dir() -> Path:
    """The platform's per-user data folder (overridable with WENYUAN_DATA_DIR for portable use)."""
    override = os.environ.get("WENYUAN_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_archive_path() -> Path:
    """The user's own archive, where imports go; searched beside the bundled one."""
    return user_data_dir() / "user-archive.sqlite"


def user_store_path() -> Path:
    """The annotation store: WENYUAN_USER_STORE, else a file in the user data folder."""
    override = os.environ.get("WENYUAN_USER_STORE")
    if override:
        return Path(override)
    return user_data_dir() / "user-store.sqlite"
