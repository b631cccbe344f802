"""Damaged, foreign, newer, read-only, full and locked files: every command says one sentence
(exit code 2, no traceback), `check` names the trouble, and the file is never modified.

The command line runs in-process here (archive.cli.main, the same code as the installed
command; a traceback would fail the test); a few cases also run as real subprocesses, and the
read-only case also as an unprivileged user where `setpriv` is available.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import apsw
import pytest

from archive import db
from archive.cli import main as cli_main
from archive.importer import pipeline
from archive.store import ArchiveStore
from tests.conftest import SAMPLE_ARTICLES
from tests.reliability.damage import DAMAGES, file_hash, locked, read_only
from tests.reliability.full_disk import FullDisk

ROOT = Path(__file__).resolve().parents[2]

#: What the sentence must say for each damage kind, and `check`'s verdict.
EXPECTED = {
    "truncated": ("is truncated", "DAMAGED"),
    "not SQLite": ("is not an archive", "FAILED "),
    "page corrupted": ("is damaged", "DAMAGED"),
    "newer schema": ("was written by a newer Wenyuan", "FAILED "),
}
PROGRESS = re.compile(r"\d+% \d+ added, .* failed \(.*\)")
#: Enough files for several batches (one is committed every half second).
FILES = 200
READING = [["list"], ["search", "青岛"], ["show", "{id}"], ["info"]]


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    """A sound archive in the form the bundled one has (rollback journal)."""
    path = tmp_path / "sound.sqlite"
    with ArchiveStore.open_writable(path, name="sound", wal=False) as store:
        store.add_many(SAMPLE_ARTICLES)
    return path


@pytest.fixture
def article_id(sound: Path) -> str:
    with ArchiveStore.open_read_only(sound) as store:
        return store.summaries()[0].id


@pytest.fixture
def new_text(tmp_path: Path) -> Path:
    path = tmp_path / "new.txt"
    path.write_text("标题：新文章\n\n青岛港的新闻。\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    """`wenyuan-archive ARGUMENTS` in this process: (exit code, stdout, stderr)."""
    code = cli_main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_sentence(stderr: str, expected: str) -> None:
    """The last line is the sentence; lines before it can only be an import's progress."""
    *progress, text = stderr.strip().splitlines() or [""]
    assert text.startswith("wenyuan-archive: ") and text.endswith("."), stderr
    assert all(PROGRESS.fullmatch(line) for line in progress), stderr
    assert "Traceback" not in stderr and expected in text, stderr


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_every_command_refuses_a_damaged_archive_in_one_sentence_and_leaves_it(
    damage: str,
    sound: Path,
    article_id: str,
    new_text: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    damaged = tmp_path / f"{damage.replace(' ', '-')}.sqlite"
    DAMAGES[damage](sound, damaged)
    before = file_hash(damaged)
    sentence, verdict = EXPECTED[damage]
    commands = [[word.format(id=article_id) for word in command] for command in READING]
    for command in [*commands, ["import", "--no-backup", str(new_text)], ["import", str(new_text)]]:
        code, _out, err = run(capsys, "--archive", str(damaged), *command)
        assert code == 2, (command, err)
        assert_one_sentence(err, sentence)
        assert file_hash(damaged) == before, command
    code, out, err = run(capsys, "--archive", str(damaged), "check")
    assert code == 1 and err == ""
    assert out.startswith(verdict) and out.count("\n") == 1 and sentence in out
    assert file_hash(damaged) == before
    assert not (tmp_path / f"{damaged.stem}-backups").exists(), "a backup of a damaged file"


def test_a_locked_archive_is_one_sentence_and_untouched(
    sound: Path, new_text: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_hash(sound)
    with locked(sound):
        for command in (["list"], ["import", str(new_text)], ["check"]):
            code, out, err = run(capsys, "--archive", str(sound), *command)
            if command == ["check"]:
                assert code == 1 and out.startswith("FAILED ") and "locked" in out
            else:
                assert code == 2, command
                assert_one_sentence(err, "is locked by another program")
    assert file_hash(sound) == before
    assert run(capsys, "--archive", str(sound), "list")[0] == 0  # the lock is gone: it reads


def test_a_read_only_archive_is_read_but_never_written(
    sound: Path, article_id: str, new_text: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frozen = tmp_path / "frozen.sqlite"
    read_only(sound, frozen)
    before = file_hash(frozen)
    for command in [*READING, ["check"]]:
        code, out, err = run(
            capsys, "--archive", str(frozen), *[w.format(id=article_id) for w in command]
        )
        assert code == 0 and err == "" and out, command
    code, _out, err = run(capsys, "--archive", str(frozen), "import", str(new_text))
    assert code == 2
    assert_one_sentence(err, "is read-only")
    assert file_hash(frozen) == before
    assert not (tmp_path / "frozen-backups").exists()


def test_a_full_disk_is_one_sentence_and_leaves_the_file_as_it_was(
    sound: Path, new_text: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_hash(sound)
    disk = FullDisk(budget=0)  # not one byte more: the file's own pages only
    try:
        code, _out, err = run(capsys, "--archive", str(sound), "import", str(new_text))
    finally:
        disk.unregister()
    assert code == 2
    assert_one_sentence(err, "is full")
    assert file_hash(sound) == before
    code, out, _err = run(capsys, "--archive", str(sound), "import", str(new_text))
    assert code == 0 and "added       1" in out  # with room again, the import goes through


def test_a_full_user_archive_keeps_its_articles_and_takes_the_import_later(
    new_text: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "user.sqlite"  # WAL, as the user's own archive is
    with ArchiveStore.open_writable(target, name="user") as store:
        store.add_many(SAMPLE_ARTICLES)
    new_text.write_text(
        "标题：长文\n\n" + "青岛港的新闻，吞吐量持续增长。\n" * 2000, encoding="utf-8"
    )
    original = db.open_writable

    def no_room_to_grow(path: Path, *, wal: bool) -> apsw.Connection:
        connection = original(path, wal=wal)
        pages = connection.execute("PRAGMA page_count").get
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr(db, "open_writable", no_room_to_grow)
    code, _out, err = run(capsys, "--archive", str(target), "import", str(new_text))
    assert code == 2
    assert_one_sentence(err, "is full")
    monkeypatch.undo()
    with ArchiveStore.open_read_only(target, immutable=False) as store:
        assert store.count() == len(SAMPLE_ARTICLES)
    code, out, _err = run(capsys, "--archive", str(target), "check")
    assert code == 0, out
    code, out, _err = run(capsys, "--archive", str(target), "import", str(new_text))
    assert code == 0 and "added       1" in out


def test_a_disk_filling_up_mid_import_keeps_whole_articles_and_a_rerun_finishes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Batches by count only, so that where the disk fills does not depend on the machine's speed.
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 20)
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", float("inf"))
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for number in range(FILES):
        (inputs / f"{number:02}.txt").write_text(
            f"标题：第{number}篇\n\n" + f"青岛港第{number}段新闻，吞吐量增长。" * 200,
            encoding="utf-8",
        )
    target = tmp_path / "filling.sqlite"
    disk = FullDisk(budget=3_000_000)  # room for some of the batches
    try:
        code, _out, err = run(
            capsys, "--archive", str(target), "import", "--workers", "1", str(inputs)
        )
    finally:
        disk.unregister()
    assert code == 2
    assert_one_sentence(err, "is full: the import stopped after storing")
    code, out, _err = run(capsys, "--archive", str(target), "check")
    assert code == 0, out
    with ArchiveStore.open_read_only(target, immutable=False) as store:
        partial = store.count()
    assert 0 < partial < FILES
    stored = re.search(r"after storing (\d+) articles", err)
    assert stored is not None
    # Never more than is stored; fewer when a checkpoint fails after a commit went through.
    assert 0 < int(stored.group(1)) <= partial
    code, out, _err = run(capsys, "--archive", str(target), "import", str(inputs))
    assert code == 0 and f"added       {FILES - partial}" in out


def test_the_installed_command_says_the_same_without_a_traceback(
    sound: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "cut.sqlite"
    DAMAGES["truncated"](sound, damaged)
    finished = subprocess.run(
        [sys.executable, "-m", "archive", "--archive", str(damaged), "search", "青岛"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert finished.returncode == 2 and finished.stdout == ""
    assert_one_sentence(finished.stderr, "is truncated")


def as_nobody() -> list[str]:
    """The command prefix that runs as the unprivileged user `nobody`, or [] where impossible."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        return []
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_a_read_only_archive_as_an_unprivileged_user(sound: Path, new_text: Path) -> None:
    prefix = as_nobody()
    if not prefix:
        pytest.skip("needs root and setpriv to run as an unprivileged user")
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="wenyuan-read-only-"))
    try:
        folder.chmod(0o755)
        frozen = folder / "frozen.sqlite"
        shutil.copy(sound, frozen)
        frozen.chmod(0o444)
        source = folder / "new.txt"
        shutil.copy(new_text, source)
        source.chmod(0o444)
        data = folder / "data"
        data.mkdir(mode=0o777)
        data.chmod(0o777)
        before = file_hash(frozen)
        environment = {
            **os.environ,
            "WENYUAN_DATA_DIR": str(data),
            "WENYUAN_USER_STORE": str(data / "us.sqlite"),
        }

        def cli(*arguments: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*prefix, sys.executable, "-m", "archive", "--archive", str(frozen), *arguments],
                cwd=ROOT, capture_output=True, text=True, check=False, env=environment,
            )  # fmt: skip

        listed = cli("list")
        assert listed.returncode == 0 and listed.stdout, listed.stderr
        assert cli("check").returncode == 0
        refused = cli("import", str(source))
        assert refused.returncode == 2
        assert_one_sentence(refused.stderr, "is read-only")
        assert file_hash(frozen) == before
    finally:
        shutil.rmtree(folder)
