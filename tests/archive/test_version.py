"""The version: pyproject.toml's, as the installed metadata and `wenyuan-archive --version` say."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from archive.version import version, version_line

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def project_version() -> str:
    """The version written in pyproject.toml."""
    return str(tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"])


def test_the_version_is_the_one_in_pyproject() -> None:
    assert version() == project_version()
    assert version_line() == f"wenyuan {project_version()}"


def test_the_command_line_prints_it() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "archive", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"wenyuan {project_version()}\n",
        "",
    )
