"""Who annotations are recorded as written by, when nobody said: $WENYUAN_CREATOR, else the
system user's name."""

from __future__ import annotations

import getpass
import os


def default_creator() -> str:
    """$WENYUAN_CREATOR, else the login name, else '' (no name known anywhere)."""
    chosen = os.environ.get("WENYUAN_CREATOR", "").strip()
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return ""
