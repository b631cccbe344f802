"""`wenyuan-archive import` and `imports`, run as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

from tests.archive.test_cli import run_cli


def make_inbox(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("标题：港口\n\n青岛港吞吐量增长。\n", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: 渔业\n---\n威海渔业丰收。\n", encoding="utf-8")
    (folder / "c.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    return folder


def test_import_reports_as_json_and_names_each_failure(tmp_path: Path) -> None:
    inbox = make_inbox(tmp_path / "inbox")
    archive = str(tmp_path / "mine.sqlite")
    completed = run_cli("--archive", archive, "import", str(inbox), "--json", "--workers", "1")
    assert completed.returncode == 1, completed.stderr
    report = json.loads(completed.stdout)
    assert (report["added"], report["failed"], report["duplicates"]) == (2, 1, 0)
    (failure,) = report["failures"]
    assert failure["location"] == "inbox/c.txt" and "cannot be decoded" in failure["reason"]
    assert "Traceback" not in completed.stderr


def test_piped_progress_is_plain_lines(tmp_path: Path) -> None:
    inbox = make_inbox(tmp_path / "inbox")
    completed = run_cli("--archive", str(tmp_path / "m.sqlite"), "import", str(inbox))
    assert "\r" not in completed.stderr and "\x1b" not in completed.stderr
    assert "Import 1 into" in completed.stdout
    assert "✗ inbox/c.txt: cannot be decoded" in completed.stdout


def test_imports_are_listed_and_removed_as_a_whole(tmp_path: Path) -> None:
    inbox = make_inbox(tmp_path / "inbox")
    archive = str(tmp_path / "mine.sqlite")
    run_cli("--archive", archive, "import", str(inbox))
    listed = json.loads(run_cli("--archive", archive, "imports", "--json").stdout)
    assert [(item["import_id"], item["articles"], item["status"]) for item in listed] == [
        (1, 2, "finished")
    ]
    removed = run_cli("--archive", archive, "imports", "remove", "1")
    assert removed.returncode == 0 and "2 articles taken out" in removed.stdout
    assert json.loads(run_cli("--archive", archive, "list", "--json").stdout) == []
    missing = run_cli("--archive", archive, "imports", "remove", "1")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "wenyuan-archive: There is no import number 1 in mine."


def test_results_from_the_bundled_and_the_own_archive_are_labelled(tmp_path: Path) -> None:
    inbox = make_inbox(tmp_path / "inbox")
    assert run_cli("import", str(inbox), "--workers", "1").returncode == 1  # c.txt fails
    lines = [line for line in run_cli("search", "青岛").stdout.splitlines() if "hits)" in line]
    assert any(line.endswith("[user]") and "港口" in line for line in lines)
    assert any(line.endswith("[bundled]") for line in lines)
    assert all(line.endswith(("[user]", "[bundled]")) for line in lines)
    listed = run_cli("list").stdout.splitlines()
    assert any(line.endswith("[user]") for line in listed)
    alone = run_cli("--archive", str(tmp_path / "alone.sqlite"), "import", str(inbox / "a.txt"))
    assert alone.returncode == 0
    single = run_cli("--archive", str(tmp_path / "alone.sqlite"), "search", "青岛").stdout
    assert "港口" in single and "[" not in single.splitlines()[1]
