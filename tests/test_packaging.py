"""Desktop integration files and the packaging helpers (the frozen build: `make package-test`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest

from archive.paths import APP_NAME

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
import trim_icu_data  # noqa: E402

LAUNCHER = ROOT / "resources" / "linux" / "wenyuan.desktop"
ICON = ROOT / "resources" / "icons" / "wenyuan.svg"
INSTALLER = ROOT / "resources" / "linux" / "install-desktop.sh"
ICU_DATA = next(
    (Path(sys.prefix) / "lib").glob("python3*/site-packages/PySide6/Qt/lib/libicudata.so.*"), None
)


def make_dry_run(target: str) -> str:
    """The commands `make TARGET` would run, none of them run."""
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def desktop_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group of a .desktop file, keys as written."""
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def validate(path: Path) -> None:
    """desktop-file-validate says nothing about the file (Debian: desktop-file-utils)."""
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def install(*arguments: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(INSTALLER), *arguments],
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(data_home.parent),
            "XDG_DATA_HOME": str(data_home),
        },
        capture_output=True,
        text=True,
    )


def fake_program(folder: Path) -> Path:
    """An executable file standing in for the wenyuan program (the script only points at it)."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "wenyuan"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def test_the_launcher_starts_wenyuan_with_its_icon_and_window_class() -> None:
    entry = desktop_entry(LAUNCHER)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "wenyuan"  # it opens no files: no %F
    assert entry["Icon"] == ICON.stem
    assert entry["StartupWMClass"] == APP_NAME  # the X11 class Qt gives our windows
    assert entry["Name[zh_CN]"] == "文渊" and entry["Name[zh_TW]"] == "文淵"


def test_the_launcher_is_valid() -> None:
    validate(LAUNCHER)


def test_installs_launcher_and_icon_for_this_user_and_removes_them(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    program = fake_program(tmp_path / "app")
    result = install(str(program), data_home=data_home)
    assert result.returncode == 0, result.stderr
    launcher = data_home / "applications" / "wenyuan.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "wenyuan.svg"
    entry = desktop_entry(launcher)
    assert (entry["Exec"], entry["TryExec"]) == (str(program), str(program))
    assert entry["Name"] == "Wenyuan" and entry["Icon"] == "wenyuan"
    assert icon.read_bytes() == ICON.read_bytes()
    validate(launcher)
    assert install("--uninstall", data_home=data_home).returncode == 0
    assert not launcher.exists() and not icon.exists()


def test_from_a_frozen_folder_it_launches_the_program_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "my apps" / "wenyuan"
    program = fake_program(folder)
    for source, target in ((LAUNCHER, "linux"), (ICON, "icons")):
        (folder / "_internal" / "resources" / target).mkdir(parents=True)
        shutil.copy(source, folder / "_internal" / "resources" / target / source.name)
    shutil.copy(INSTALLER, folder / INSTALLER.name)
    data_home = tmp_path / "share"
    result = subprocess.run(
        ["sh", str(folder / INSTALLER.name)],
        env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data_home)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    entry = desktop_entry(data_home / "applications" / "wenyuan.desktop")
    assert entry["Exec"] == f'"{program}"'  # quoted: the path has a space


@pytest.mark.parametrize(
    ("make_program", "sentence"),
    [
        (lambda tmp: tmp / "nowhere" / "wenyuan", "is not the Wenyuan program"),
        (lambda tmp: fake_program(tmp / "price$5"), "has characters a launcher cannot hold"),
    ],
    ids=["missing", "unquotable"],
)
def test_refuses_with_one_sentence(tmp_path: Path, make_program: object, sentence: str) -> None:
    assert callable(make_program)
    result = install(str(make_program(tmp_path)), data_home=tmp_path / "share")
    assert result.returncode == 1
    assert sentence in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "share").exists()


def test_pyinstaller_works_outside_build_in_a_folder_git_ignores_and_make_clean_removes() -> None:
    if shutil.which("make") is None or shutil.which("git") is None:
        pytest.skip("make and git are needed to read the build's commands")
    command = make_dry_run("package").replace("\\\n", " ").split()
    workpath = Path(command[command.index("--workpath") + 1])
    assert not workpath.is_absolute() and workpath.parts[0] != "build"
    ignored = subprocess.run(
        ["git", "check-ignore", "--quiet", str(workpath / "wenyuan" / "base_library.zip")],
        cwd=ROOT,
        check=False,
    )
    assert ignored.returncode == 0
    assert str(workpath) in make_dry_run("clean").split()


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("icudt73l/root.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/zh_Hant_TW.res", True),
        ("icudt73l/en.res", True),
        ("icudt73l/de.res", False),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/ucadata.icu", True),
        ("icudt73l/unames.icu", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/coll/zh.res", True),
        ("icudt73l/coll/ja.res", False),
        ("icudt73l/zone/zh_Hant.res", True),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/curr/zh.res", False),
    ],
)
def test_icu_trimming_keeps_what_qt_uses_in_our_languages(item: str, kept: bool) -> None:
    assert trim_icu_data.wanted(item) is kept


@pytest.mark.skipif(ICU_DATA is None, reason="PySide6 without a bundled ICU")
def test_a_trimmed_icu_package_reads_back_item_for_item() -> None:
    assert ICU_DATA is not None
    package, symbol = trim_icu_data.package_bytes(ICU_DATA)
    header, found = trim_icu_data.items(package)
    kept = [(name, data) for name, data in found if trim_icu_data.wanted(name)]
    assert symbol == f"icudt{ICU_DATA.name.rsplit('.', 1)[1]}_dat"
    assert 100 < len(kept) < len(found) and len(found) > 1000
    header_again, found_again = trim_icu_data.items(trim_icu_data.pack(header, kept))
    assert header_again == header
    assert found_again == kept
