"""`wenyuan-archive annotations|bookmarks ...` and `show --json` run as real subprocesses."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import apsw
import pytest

from archive.cli import main
from archive.convert import convert
from tests.archive.annotation_support import make_archive


class Cli:
    """Runs the command line against one archive and one user store: in this process (the
    same `main` the console script calls), or as a real subprocess when `separate`."""

    def __init__(self, archive: Path, store: Path, *, separate: bool = False) -> None:
        self.archive, self.store, self.separate = archive, store, separate

    def run(self, *arguments: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
        command = ["--archive", str(self.archive), "--user-store", str(store or self.store)]
        command += arguments
        if self.separate:
            return subprocess.run(
                [sys.executable, "-m", "archive", *command],
                capture_output=True,
                text=True,
                env={**os.environ, "WENYUAN_CREATOR": "命令行"},
                timeout=120,
                check=False,
            )
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(command)
            except SystemExit as exit_:
                code = int(exit_.code or 0)
        return subprocess.CompletedProcess(command, code, out.getvalue(), err.getvalue())

    def ok(self, *arguments: str, store: Path | None = None) -> str:
        completed = self.run(*arguments, store=store)
        assert completed.returncode == 0, completed.stderr
        return completed.stdout

    def json(self, *arguments: str, store: Path | None = None) -> object:
        return json.loads(self.ok(*arguments, store=store))


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("WENYUAN_CREATOR", "命令行")
    make_archive(tmp_path / "sample.sqlite")
    return Cli(tmp_path / "sample.sqlite", tmp_path / "user.sqlite")


def _article_id(cli: Cli, title: str) -> str:
    articles = cli.json("list", "--json")
    assert isinstance(articles, list)
    return next(str(a["id"]) for a in articles if a["title"] == title)


def test_add_list_show_edit_delete(cli: Cli) -> None:
    article = _article_id(cli, "软件与互联网")
    out = cli.ok(
        "annotations",
        "add",
        "--article",
        article,
        "--exact",
        "網際網路企業",
        "--color",
        "green",
        "--note",
        "**重点**",
        "--tags",
        "经济，互联网",
    )
    identifier = out.split()[0]
    cli.ok("annotations", "add", "--article", article, "--exact", "軟體", "--occurrence", "3")
    cli.ok("annotations", "add", "--article", article, "--exact", "𠮷野家")
    listed = cli.json("annotations", "list", "--json", "--tag", "经济")
    assert isinstance(listed, list) and len(listed) == 1
    assert listed[0]["id"] == identifier and listed[0]["quote"] == "互联网企业"
    assert listed[0]["creator"] == "命令行" and listed[0]["tags"] == ["经济", "互联网"]

    for script in ("original", "tw", "hk"):
        shown = cli.json("show", article, "--json", "--script", script)
        assert isinstance(shown, dict)
        texts = sorted(shown["text"][a["start"] : a["end"]] for a in shown["annotations"])
        assert texts == sorted(a["text"] for a in shown["annotations"])
        expected = sorted(convert(words, script) for words in ("互联网企业", "软件", "𠮷野家"))
        assert texts == expected, script

    cli.ok("annotations", "edit", identifier[:8], "--color", "blue", "--tags", "")
    edited = cli.json("annotations", "list", "--json", "--color", "blue")
    assert isinstance(edited, list) and edited[0]["tags"] == [] and edited[0]["note"] == "**重点**"
    cli.ok("annotations", "delete", identifier)
    remaining = cli.json("annotations", "list", "--json")
    assert isinstance(remaining, list) and len(remaining) == 2


def test_bookmarks_and_notes(cli: Cli) -> None:
    first, second = _article_id(cli, "軟體產業"), _article_id(cli, "青岛啤酒")
    cli.ok("bookmarks", "add", first, "--tags", "稍后")
    cli.ok("bookmarks", "add", second, "--note", "好文")
    cli.ok("annotations", "note", "--article", first, "--note", "整篇的笔记")
    by_date = cli.json("bookmarks", "list", "--json", "--sort", "date")
    assert isinstance(by_date, list) and [b["article_id"] for b in by_date] == [first, second]
    cli.ok("bookmarks", "remove", first)
    assert "軟體產業" not in cli.ok("bookmarks", "list")
    notes = cli.json("annotations", "list", "--json", "--kind", "note")
    assert isinstance(notes, list) and notes[0]["note"] == "整篇的笔记"


def test_export_and_import(cli: Cli, tmp_path: Path) -> None:
    article = _article_id(cli, "软件与互联网")
    cli.ok("annotations", "add", "--article", article, "--exact", "青島", "--note", "笔记")
    cli.ok("bookmarks", "add", article)
    for form in ("md", "csv", "jsonld"):
        cli.ok("annotations", "export", "--format", form, "--out", str(tmp_path / f"out.{form}"))
    assert "> 青岛" in (tmp_path / "out.md").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))
    assert sorted(row["kind"] for row in rows) == ["bookmark", "highlight"]
    other = tmp_path / "colleague.sqlite"
    first = cli.ok("annotations", "import", str(tmp_path / "out.jsonld"), store=other)
    assert "2 added" in first
    second = cli.ok("annotations", "import", str(tmp_path / "out.jsonld"), store=other)
    assert "0 added, 0 updated, 2 already up to date" in second
    mine = cli.json("annotations", "list", "--json")
    theirs = cli.json("annotations", "list", "--json", store=other)
    assert mine == theirs
    on_stdout = cli.ok("annotations", "export", "--format", "jsonld", "--search", "笔记")
    assert json.loads(on_stdout)["total"] == 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("annotations", "add", "--article", "nope", "--exact", "x"), "No article with id nope"),
        (("annotations", "delete", "nonexistent"), "No annotation"),
        (("annotations", "list", "--search", "title:x"), "no title: field"),
        (("annotations", "import", "missing.jsonld"), "cannot be read"),
    ],
)
def test_errors_are_one_sentence(cli: Cli, arguments: tuple[str, ...], message: str) -> None:
    cli.separate = arguments[1] == "add"  # one of them as a real process, end to end
    completed = cli.run(*arguments)
    assert completed.returncode == 2
    assert message in completed.stderr and completed.stderr.count("\n") == 1
    assert "Traceback" not in completed.stderr


def test_damaged_store_backup_and_restore(cli: Cli) -> None:
    cli.separate = True
    article = _article_id(cli, "青岛啤酒")
    cli.ok("annotations", "add", "--article", article, "--exact", "青岛啤酒节", "--note", "要保住")
    assert "backed up to" in cli.ok("annotations", "backup")
    assert "manual" in cli.ok("annotations", "backup", "--list")
    connection = apsw.Connection(str(cli.store))
    root = connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'annotations'").get
    page_size = connection.execute("PRAGMA page_size").get
    connection.close()
    data = bytearray(cli.store.read_bytes())
    data[(root - 1) * page_size : (root - 1) * page_size + 64] = b"\x55" * 64
    cli.store.write_bytes(bytes(data))

    broken = cli.run("annotations", "list")
    assert broken.returncode == 2 and "damaged" in broken.stderr
    assert (
        "wenyuan-archive annotations restore" in broken.stderr and "Traceback" not in broken.stderr
    )
    shown = cli.run("show", article, "--json")  # the article is still readable
    assert shown.returncode == 0 and json.loads(shown.stdout)["annotations"] == []
    assert "restored" in cli.ok("annotations", "restore")
    restored = cli.json("annotations", "list", "--json")
    assert isinstance(restored, list) and restored[0]["note"] == "要保住"


def test_without_a_creator_the_login_name_is_recorded(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WENYUAN_CREATOR")
    monkeypatch.setenv("LOGNAME", "archivist")  # getpass reads LOGNAME first
    article = _article_id(cli, "软件与互联网")
    cli.ok("annotations", "add", "--article", article, "--exact", "軟體")
    cli.ok("bookmarks", "add", article)
    listed = cli.json("annotations", "list", "--json")
    assert isinstance(listed, list) and len(listed) == 2
    assert {entry["creator"] for entry in listed} == {"archivist"}
