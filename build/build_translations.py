"""Compile the committed Qt Linguist sources (resources/i18n/*.ts) into .qm files with lrelease."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


def lrelease() -> str:
    """The pyside6-lrelease beside this Python, else one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit(
            "pyside6-lrelease is missing; reinstall PySide6 (make clean && make test)."
        )
    return found


def main() -> int:
    """Build every .qm that is missing or older than its .ts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--if-needed", action="store_true")
    arguments = parser.parse_args()
    for source in sorted(I18N.glob("*.ts")):
        target = source.with_suffix(".qm")
        if (
            arguments.if_needed
            and target.exists()
            and target.stat().st_mtime >= source.stat().st_mtime
        ):
            continue
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
