"""`make package-test`: the smoke test on the frozen folder, then on a read-only copy of it.

First `wenyuan --version` must print pyproject.toml's name and version (the metadata the app
reads it from travels in the folder). The copy lives elsewhere (the folder must not depend on
where it was built), every one of its files is hashed, it is made read-only (chmod -R a-w) and
the smoke test runs from it; then the hashes are compared. CI runs as root, whom modes do not
stop, so the hashes are what proves that nothing in the folder was written or added. The smoke
test runs with a scrubbed environment: no virtualenv, no PYTHONPATH, a throw-away home.

    python build/check_package.py [dist/wenyuan]     # exit 0, or 1 and a sentence per failure
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

SMOKE_TIMEOUT_SECONDS = 300
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
#: Variables that could let the frozen app find the development checkout or its virtualenv.
LEAKY_VARIABLES = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "LD_LIBRARY_PATH", "QT_PLUGIN_PATH")


class PackageCheckFailed(Exception):
    """A check of the frozen folder failed; str() is the sentence printed."""


def smoke_test(folder: Path, home: Path) -> str:
    """Run `wenyuan --smoke-test` from `folder`; its line. Fails on any other outcome."""
    environment = {key: value for key, value in os.environ.items() if key not in LEAKY_VARIABLES}
    environment.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_RUNTIME_DIR=str(home))
    environment.pop("WENYUAN_DATA_DIR", None)
    environment.pop("WENYUAN_USER_STORE", None)
    try:
        result = subprocess.run(
            [str(folder / "wenyuan"), "--smoke-test"],
            cwd=home,
            env=environment,
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as error:
        message = f"{folder}: the smoke test did not finish in {error.timeout} s"
        raise PackageCheckFailed(message) from error
    said = (result.stderr.strip() or result.stdout.strip()).splitlines()
    if result.returncode != 0 or result.stderr or not result.stdout.startswith("smoke test passed"):
        raise PackageCheckFailed(
            f"{folder}: exit code {result.returncode}: {said[0] if said else 'no output'}"
        )
    return result.stdout.strip()


def check_version(folder: Path) -> str:
    """`wenyuan --version` from `folder` prints pyproject.toml's version; that line."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    expected = f"{project['name']} {project['version']}"
    result = subprocess.run(
        [str(folder / "wenyuan"), "--version"],
        env={key: value for key, value in os.environ.items() if key not in LEAKY_VARIABLES},
        capture_output=True,
        text=True,
        timeout=SMOKE_TIMEOUT_SECONDS,
    )
    said = result.stdout.strip()
    if result.returncode != 0 or said != expected or result.stderr:
        shown = said or result.stderr.strip() or "nothing"
        raise PackageCheckFailed(f"{folder}: wenyuan --version said “{shown}”, not “{expected}”")
    return said


def snapshot(folder: Path) -> dict[str, str]:
    """Every path under `folder`: a SHA-256 for files, the target for links, 'folder' else."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = f"link to {os.readlink(path)}"
        elif path.is_dir():
            found[name] = "folder"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def set_writable(folder: Path, writable: bool) -> None:
    """chmod -R a-w (or u+w back) on the folder and everything in it, links left alone."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        mode = (
            mode | stat.S_IWUSR
            if writable
            else mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        )
        path.chmod(mode)


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """What differs between two snapshots, one phrase per path."""
    added = [f"{name} was added" for name in after.keys() - before.keys()]
    removed = [f"{name} was removed" for name in before.keys() - after.keys()]
    changed = [
        f"{name} changed" for name in before.keys() & after.keys() if before[name] != after[name]
    ]
    return sorted(added + removed + changed)


def check_read_only_copy(folder: Path, scratch: Path) -> str:
    """The smoke test from a read-only copy; how many files stayed untouched."""
    copy = scratch / "read-only" / folder.name
    shutil.copytree(folder, copy, symlinks=True)
    before = snapshot(copy)
    set_writable(copy, False)
    try:
        line = smoke_test(copy, scratch)
    finally:
        set_writable(copy, True)
    differences = changes(before, snapshot(copy))
    if differences:
        shown = "; ".join(differences[:5])
        raise PackageCheckFailed(f"the read-only copy was written to: {shown}")
    files = sum(1 for value in before.values() if value != "folder")
    return f"{line} ({files} files hashed before and after: unchanged)"


def folder_size(folder: Path) -> int:
    """Bytes the folder takes on disk (as du counts them)."""
    paths = [folder, *folder.rglob("*")]
    return sum(path.lstat().st_blocks * 512 for path in paths)


def main(arguments: list[str] | None = None) -> int:
    """Check the frozen folder; print what passed, or the sentence of what failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("dist/wenyuan"))
    folder = parser.parse_args(arguments).folder.resolve()
    if not (folder / "wenyuan").is_file():
        print(f"There is no frozen application in {folder}; build it with make package.")
        return 1
    started = time.monotonic()
    print(f"{folder}: {folder_size(folder) / 2**20:.1f} MiB on disk")
    try:
        with tempfile.TemporaryDirectory(prefix="wenyuan-package-test-") as scratch:
            print(f"as built: wenyuan --version: {check_version(folder)}")
            print(f"as built: {smoke_test(folder, Path(scratch))}")
            print(f"read-only copy: {check_read_only_copy(folder, Path(scratch))}")
    except PackageCheckFailed as failure:
        print(f"package test failed: {failure}", file=sys.stderr)
        return 1
    print(f"package test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
