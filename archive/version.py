"""The application's version: the one in pyproject.toml, read from the installed metadata."""

from __future__ import annotations

from importlib import metadata

#: The distribution name in pyproject.toml (the frozen build bundles its metadata).
DISTRIBUTION = "wenyuan"
#: Said when no metadata is installed (a checkout run without `pip install -e .`).
UNKNOWN = "unknown"


def version() -> str:
    """pyproject.toml's version as installed (`make` reinstalls when pyproject.toml changes;
    packaging.spec copies the metadata into the frozen build), else UNKNOWN."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def version_line() -> str:
    """What `wenyuan --version` and `wenyuan-archive --version` print: `wenyuan X.Y.Z`."""
    return f"{DISTRIBUTION} {version()}"
