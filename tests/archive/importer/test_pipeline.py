"""The import generator on real files: idempotence, duplicates, revisions, undo, cancelling."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive.backup import list_backups
from archive.importer.ledger import ImportNotFoundError, list_imports, remove_import
from archive.importer.pipeline import import_files, run_import
from archive.importer.report import ImportProgress, ImportReport
from archive.library import Library
from archive.search import SearchRequest, search
from archive.store import ArchiveStore
from tests.archive.importer.kill_harness import check_archive


def finish(progress: Iterator[ImportProgress]) -> ImportReport:
    """Run an import to its end; its final report."""
    reports = list(progress)
    assert reports[-1].finished
    return reports[-1].report


def write_story(folder: Path, name: str, body: str, title: str = "青岛港口新闻") -> Path:
    path = folder / name
    path.write_text(f"标题：{title}\n日期：2023年5月6日\n\n{body}\n", encoding="utf-8")
    return path


def hits(store: ArchiveStore, query: str) -> int:
    library = Library(stores=[store])
    return search(library, SearchRequest(query=query)).total


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ArchiveStore]:
    with ArchiveStore.open_writable(tmp_path / "user.sqlite", name="user") as opened:
        yield opened


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "deeper").mkdir(parents=True)
    write_story(folder, "one.txt", "青岛港今年吞吐量增长。")
    write_story(folder / "deeper", "two.txt", "烟台港开通新航线。", title="烟台港")
    (folder / "records.jsonl").write_text(
        json.dumps({"id": "r1", "title": "威海", "text": "威海渔业丰收。", "date": "2021-01-14"})
        + "\n{not json\n"
        + json.dumps({"id": "r2", "title": "空的", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_a_folder_is_imported_recursively_and_failures_do_not_stop_it(
    store: ArchiveStore, folder: Path
) -> None:
    report = finish(run_import(store, [folder], workers=1))
    assert (report.added, report.failure_count, report.skipped_files) == (3, 2, 1)
    reasons = {failure.location: failure.reason for failure in report.failures}
    assert reasons == {
        "inbox/records.jsonl, line 2": reasons["inbox/records.jsonl, line 2"],
        "inbox/records.jsonl, line 3": "it holds no article text.",
    }
    assert "not valid JSON" in reasons["inbox/records.jsonl, line 2"]
    assert hits(store, "烟台") == 1 and hits(store, "威海") == 1


def test_importing_the_same_files_twice_adds_nothing(store: ArchiveStore, folder: Path) -> None:
    finish(run_import(store, [folder], workers=1))
    again = finish(run_import(store, [folder], workers=1))
    assert (again.added, again.unchanged, again.revised) == (0, 3, 0)
    assert store.count() == 3


def test_identical_bodies_under_other_names_are_stored_once_and_reported(
    store: ArchiveStore, tmp_path: Path
) -> None:
    write_story(tmp_path, "a.txt", "同一篇文章的正文。")
    write_story(tmp_path, "copy of a.txt", "同一篇文章的正文。")
    report = finish(run_import(store, [tmp_path / "a.txt", tmp_path / "copy of a.txt"], workers=1))
    assert (report.added, report.duplicate_count) == (1, 1)
    assert report.duplicates[0].location == str(tmp_path / "copy of a.txt")
    assert store.count() == 1


def test_changed_text_becomes_a_revision_with_the_same_id(
    store: ArchiveStore, tmp_path: Path
) -> None:
    path = write_story(tmp_path, "story.txt", "第一版：港口吞吐量增长。")
    finish(run_import(store, [path], workers=1))
    (identifier,) = [summary.id for summary in store.summaries()]
    first_hash = store.get(identifier).content_hash
    write_story(tmp_path, "story.txt", "第二版：港口吞吐量大幅增长。")
    report = finish(run_import(store, [path], workers=1))
    assert (report.added, report.revised) == (0, 1)
    revised = store.get(identifier)
    assert revised.text == "第二版：港口吞吐量大幅增长。"
    assert revised.content_hash != first_hash
    assert store.revision_count(identifier) == 1
    assert hits(store, "第二版") == 1 and hits(store, "第一版") == 0


def test_removing_an_import_takes_out_its_articles_and_restores_revised_text(
    store: ArchiveStore, tmp_path: Path
) -> None:
    path = write_story(tmp_path, "story.txt", "第一版正文。")
    first = finish(run_import(store, [path], workers=1))
    write_story(tmp_path, "story.txt", "第二版正文。")
    other = write_story(tmp_path, "other.txt", "另一篇新文章。", title="另一篇")
    second = finish(run_import(store, [path, other], workers=1))
    assert (second.added, second.revised) == (1, 1)
    assert remove_import(store, second.import_id) == (1, 1)
    (summary,) = store.summaries()
    assert store.get(summary.id).text == "第一版正文。"
    assert store.revision_count(summary.id) == 0
    assert hits(store, "第一版") == 1 and hits(store, "第二版") == 0 and hits(store, "另一篇") == 0
    assert [record.import_id for record in list_imports(store)] == [first.import_id]
    assert remove_import(store, first.import_id) == (1, 0)
    assert store.count() == 0
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert check_archive(store.path)[1] == ()


def test_removing_an_unknown_import_is_one_sentence(store: ArchiveStore) -> None:
    with pytest.raises(ImportNotFoundError, match="no import number 7"):
        remove_import(store, 7)


def test_cancelling_keeps_whole_batches_and_a_rerun_finishes(
    store: ArchiveStore, tmp_path: Path
) -> None:
    paths = [write_story(tmp_path, f"{n:02}.txt", f"第{n}篇：港口消息。") for n in range(12)]
    progress = run_import(store, paths, workers=1, batch_size=5)
    first = next(progress)
    assert not first.finished and first.report.added == 5
    progress.close()
    (record,) = list_imports(store)
    assert record.status == "cancelled" and record.articles == 5
    assert store.count() == 5
    rest = finish(run_import(store, paths, workers=1))
    assert (rest.added, rest.unchanged) == (7, 5)


def test_worker_processes_give_the_same_articles(tmp_path: Path, folder: Path) -> None:
    outcomes = []
    for workers in (1, 2):
        path = tmp_path / f"w{workers}.sqlite"
        with ArchiveStore.open_writable(path) as store:
            finish(run_import(store, [folder], workers=workers))
            outcomes.append({(s.id, store.get(s.id).content_hash) for s in store.summaries()})
    assert outcomes[0] == outcomes[1] and len(outcomes[0]) == 3


def test_an_archive_with_articles_is_backed_up_before_an_import(tmp_path: Path) -> None:
    archive = tmp_path / "user.sqlite"
    first = write_story(tmp_path, "first.txt", "第一篇。")
    finish(import_files(archive, [first], workers=1))
    assert list_backups(archive) == []
    second = write_story(tmp_path, "second.txt", "第二篇。", title="第二篇")
    finish(import_files(archive, [second], workers=1))
    (backup,) = list_backups(archive)
    assert backup.tag == "before-import"
    with ArchiveStore.open_read_only(backup.path) as saved:
        assert saved.count() == 1


def test_cancelling_with_worker_processes_stops_them_and_keeps_whole_batches(
    store: ArchiveStore, tmp_path: Path
) -> None:
    paths = [write_story(tmp_path, f"{n:02}.txt", f"第{n}篇：港口消息。") for n in range(40)]
    progress = run_import(store, paths, workers=2, batch_size=10)
    first = next(progress)
    progress.close()
    assert first.report.added == store.count() >= 1
    assert store.count() < 40
    assert check_archive(store.path)[1] == ()
