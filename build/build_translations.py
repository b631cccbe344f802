"""Qt Linguist translations: `--update` extracts strings into resources/i18n/*.ts (lupdate);
by default compiles the committed .ts files into .qm files (lrelease)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
#: The interface languages; English is the source language and keeps its plural forms here.
LANGUAGES = ("zh_CN", "zh_TW", "en")


def tool(name: str) -> str:
    """pyside6-<name> beside this Python, else one on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"pyside6-{name} is missing; reinstall PySide6 (make clean && make test).")
    return found


def update_sources() -> None:
    """Extract every tr()/translate() string of desktop/ into each .ts, keeping translations."""
    sources = sorted(str(path) for path in (ROOT / "desktop").glob("*.py"))
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = I18N / f"wenyuan_{language}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(target),
            ],
            check=True,
        )


def build_binaries(*, if_needed: bool) -> None:
    """Build every .qm that is missing or older than its .ts."""
    for source in sorted(I18N.glob("*.ts")):
        target = source.with_suffix(".qm")
        if if_needed and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def main() -> int:
    """Update the sources or build the binaries, as asked."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--if-needed", action="store_true", help="skip .qm files already built")
    parser.add_argument("--update", action="store_true", help="re-extract strings into the .ts")
    arguments = parser.parse_args()
    if arguments.update:
        update_sources()
    build_binaries(if_needed=arguments.if_needed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
