"""The integrity checks find structural, index and silent text damage, and never touch the file."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import apsw
import pytest

from archive.integrity import check_archive
from tests.archive.test_cli import run_cli


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_archive_passes(sample_archive: Path) -> None:
    before = file_hash(sample_archive)
    report = check_archive(sample_archive)
    assert report.sound, report.problems
    assert report.line().startswith("ok") and "4 articles" in report.line()
    assert file_hash(sample_archive) == before


def test_silent_text_damage_is_found_by_the_content_hash(sample_archive: Path) -> None:
    data = sample_archive.read_bytes()
    needle = "ＶＩＰ客戶".encode()
    assert data.count(needle) >= 1
    sample_archive.write_bytes(data.replace(needle, "ＶＩＰ客人".encode()))
    before = file_hash(sample_archive)
    report = check_archive(sample_archive)
    assert not report.sound
    assert any("content hash" in problem for problem in report.problems)
    assert file_hash(sample_archive) == before


def test_an_article_missing_from_the_index_is_found(sample_archive: Path) -> None:
    connection = apsw.Connection(str(sample_archive))
    connection.execute("DELETE FROM search_index WHERE rowid = 1")
    connection.close()
    report = check_archive(sample_archive)
    assert any("missing from the search index" in problem for problem in report.problems)


@pytest.mark.parametrize("page", [2, 3, 5])
def test_a_garbage_page_is_reported_in_one_line(sample_archive: Path, page: int) -> None:
    data = bytearray(sample_archive.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (page - 1) * page_size
    data[start : start + page_size] = bytes((index * 37 + 11) % 256 for index in range(page_size))
    sample_archive.write_bytes(bytes(data))
    before = file_hash(sample_archive)
    report = check_archive(sample_archive)
    assert not report.sound
    assert report.line().startswith("DAMAGED") and "\n" not in report.line()
    assert file_hash(sample_archive) == before


def test_check_command_exit_codes(sample_archive: Path, tmp_path: Path) -> None:
    sound = run_cli("--archive", str(sample_archive), "check")
    assert sound.returncode == 0, sound.stdout + sound.stderr
    assert sound.stdout.startswith("ok")
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(sample_archive, damaged)
    damaged.write_bytes(damaged.read_bytes()[:3000])
    failed = run_cli("--archive", str(damaged), "check")
    assert failed.returncode == 1
    assert failed.stdout.startswith("DAMAGED") and "truncated" in failed.stdout
    assert "Traceback" not in failed.stderr


def test_check_covers_the_user_store(sample_archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    articles = json.loads(run_cli("--archive", str(sample_archive), "list", "--json").stdout)
    added = run_cli(
        "--archive",
        str(sample_archive),
        "--user-store",
        str(store),
        "annotations",
        "add",
        "--article",
        articles[0]["id"],
        "--exact",
        "青島",
    )
    assert added.returncode == 0, added.stderr
    checked = run_cli("--archive", str(sample_archive), "--user-store", str(store), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith("ok") and "1 annotations" in lines[1]
    store.write_bytes(store.read_bytes()[:5000])
    before = file_hash(store)
    damaged = run_cli("--archive", str(sample_archive), "--user-store", str(store), "check")
    assert damaged.returncode == 1 and "DAMAGED" in damaged.stdout.splitlines()[1]
    assert file_hash(store) == before
