"""The user store: its file, actions with undo, lazy re-anchoring, bookmarks and orphans."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import apsw
import pytest

from archive import annotation_rows, errors, user_schema
from archive.anchoring import ArticleView, anchor_quote
from archive.annotation_errors import (
    AnnotationConflictError,
    AnnotationNotFoundError,
    InvalidAnnotationError,
)
from archive.annotation_models import AnchorStatus, Kind
from archive.library import Library
from archive.models import Article
from archive.store import ArchiveStore
from archive.userstore import UserStore
from tests.archive.annotation_support import make_archive, open_store


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Article]:
    return make_archive(tmp_path / "sample.sqlite")


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    opened = open_store(tmp_path / "user.sqlite")
    yield opened
    opened.close()


def _pragma(store: UserStore, name: str) -> object:
    return store.connection.execute(f"PRAGMA {name}").get


def test_new_store_is_versioned_wal_and_fully_synchronous(store: UserStore) -> None:
    assert _pragma(store, "application_id") == user_schema.APPLICATION_ID
    assert _pragma(store, "user_version") == user_schema.SCHEMA_VERSION
    assert _pragma(store, "journal_mode") == "wal"
    assert _pragma(store, "synchronous") == 2  # FULL


def test_newer_store_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    open_store(path).close()
    connection = apsw.Connection(str(path))
    connection.execute(f"PRAGMA user_version={user_schema.SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(errors.SchemaTooNewError, match="newer Wenyuan"):
        UserStore.open(path)
    assert path.read_bytes() == before


def test_an_archive_is_not_taken_for_a_user_store(tmp_path: Path) -> None:
    archive = tmp_path / "sample.sqlite"
    make_archive(archive)
    before = archive.read_bytes()
    with pytest.raises(errors.NotAnArchiveError, match="not a Wenyuan annotation store"):
        UserStore.open(archive)
    assert archive.read_bytes() == before


def test_highlight_records_everything(store: UserStore, articles: dict[str, Article]) -> None:
    article = articles["simplified"]
    anchor = anchor_quote(article.text, "软件", 2)
    change = store.highlight(
        article, anchor, color="green", note="**要点**", tags=["a", " b ", "a"]
    )
    saved = store.get(change.annotation_id)
    assert change.before is None and change.after == saved
    assert saved.kind is Kind.HIGHLIGHT and saved.anchor == anchor
    assert (saved.color, saved.note, saved.tags, saved.creator) == (
        "green",
        "**要点**",
        ("a", "b"),
        "tester",
    )
    assert saved.created == saved.updated and saved.created.endswith("Z")
    assert (saved.article.archive, saved.article.article_id) == ("sample", article.id)
    assert saved.article.title == "软件与互联网" and saved.article.date == "2022-03-04"


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s, a: s.highlight(a, anchor_quote(a.text, "软件"), color="red"), "Unknown colour"),
        (lambda s, a: s.add_note(a, "   "), "empty"),
        (lambda s, a: s.edit("no-such-id", note="x"), "No annotation"),
    ],
)
def test_bad_input_is_one_sentence_and_writes_nothing(
    store: UserStore, articles: dict[str, Article], action: object, message: str
) -> None:
    revision = store.revision
    with pytest.raises((InvalidAnnotationError, AnnotationNotFoundError), match=message):
        action(store, articles["simplified"])  # type: ignore[operator]
    assert store.revision == revision
    assert store.browse().total == 0


def test_anchor_from_another_text_version_is_refused(
    store: UserStore, articles: dict[str, Article]
) -> None:
    anchor = anchor_quote("前言。" + articles["simplified"].text, "软件")
    with pytest.raises(InvalidAnnotationError, match="another version"):
        store.highlight(articles["simplified"], anchor)


def test_edit_delete_undo_redo(store: UserStore, articles: dict[str, Article]) -> None:
    article = articles["simplified"]
    added = store.highlight(article, anchor_quote(article.text, "互联网"), note="一")
    identifier = added.annotation_id
    edited = store.edit(identifier, color="blue", note="二", tags=["x"])
    assert edited.before == added.after
    assert (
        store.get(identifier).note == "二" and store.get(identifier).updated > added.after.updated
    )
    store.undo(edited)
    assert store.get(identifier) == added.after
    store.redo(edited)
    assert store.get(identifier).note == "二"
    deleted = store.delete(identifier)
    with pytest.raises(AnnotationNotFoundError):
        store.get(identifier)
    store.undo(deleted)
    assert store.get(identifier) == edited.after  # back whole, with its id and times
    store.undo(edited)
    store.undo(added)
    assert store.browse().total == 0
    store.redo(added)
    assert store.get(identifier) == added.after


def test_undo_refuses_when_changed_since(store: UserStore, articles: dict[str, Article]) -> None:
    article = articles["simplified"]
    added = store.highlight(article, anchor_quote(article.text, "互联网"))
    first = store.edit(added.annotation_id, note="one")
    store.edit(added.annotation_id, note="two")
    with pytest.raises(AnnotationConflictError):
        store.undo(first)
    assert store.get(added.annotation_id).note == "two"


def test_unchanged_edit_writes_nothing(store: UserStore, articles: dict[str, Article]) -> None:
    article = articles["simplified"]
    added = store.highlight(article, anchor_quote(article.text, "互联网"), note="n")
    revision = store.revision
    change = store.edit(added.annotation_id, note="n")
    assert change.before == change.after and store.revision == revision


def test_only_highlights_have_colours(store: UserStore, articles: dict[str, Article]) -> None:
    note = store.add_note(articles["simplified"], "整篇")
    with pytest.raises(InvalidAnnotationError, match="Only highlights"):
        store.edit(note.annotation_id, color="blue")


def test_bookmarks_one_per_article_sorted_three_ways(
    store: UserStore, articles: dict[str, Article]
) -> None:
    for key in ("traditional", "undated", "simplified"):
        store.bookmark(articles[key])
    store.bookmark(articles["simplified"], note="再看", tags=["稍后"])
    assert len(store.bookmarks()) == 3
    assert store.bookmark_of("sample", articles["simplified"].id).note == "再看"  # type: ignore[union-attr]

    def titles(order: str) -> list[str]:
        return [b.article.title for b in store.bookmarks(order)]

    assert titles("added") == ["软件与互联网", "青岛啤酒", "軟體產業"]
    assert titles("date") == ["软件与互联网", "軟體產業", "青岛啤酒"]  # undated last
    assert titles("title") == ["軟體產業", "软件与互联网", "青岛啤酒"]  # code-point order
    change = store.toggle_bookmark(articles["undated"])
    assert change.after is None and store.bookmark_of("sample", articles["undated"].id) is None
    store.undo(change)
    assert store.bookmark_of("sample", articles["undated"].id) is not None


def test_annotations_for_orders_bookmark_notes_highlights(
    store: UserStore, articles: dict[str, Article]
) -> None:
    article = articles["simplified"]
    later = store.highlight(article, anchor_quote(article.text, "内存"))
    earlier = store.highlight(article, anchor_quote(article.text, "互联网"))
    note = store.add_note(article, "关于整篇文章")
    mark = store.bookmark(article)
    order = [a.id for a in store.annotations_for(article)]
    assert order == [c.annotation_id for c in (mark, note, earlier, later)]


def test_changed_text_reanchors_lazily_and_persists(tmp_path: Path, store: UserStore) -> None:
    path = tmp_path / "writable.sqlite"
    articles = make_archive(path)
    article = articles["simplified"]
    kept = store.highlight(article, anchor_quote(article.text, "互联网企业"), note="保留")
    lost = store.highlight(article, anchor_quote(article.text, "鼠标和内存"), note="会成孤儿")
    with ArchiveStore.open_writable(path) as archive:
        archive.replace_body(article.id, "【更正】" + article.body.replace("鼠标和内存", "键盘"))
        changed = archive.get(article.id)
    first_reading = store.annotations_for(changed)
    placed = {a.id: a for a in first_reading}
    moved = placed[kept.annotation_id]
    assert moved.status is AnchorStatus.ANCHORED
    assert changed.text[moved.anchor.start : moved.anchor.end] == "互联网企业"  # type: ignore[union-attr]
    orphan = placed[lost.annotation_id]
    assert orphan.status is AnchorStatus.ORPHANED
    assert (orphan.quote, orphan.note) == ("鼠标和内存", "会成孤儿")  # kept, never dropped
    assert [o.id for o in store.orphans()] == [lost.annotation_id]
    assert store.facets().orphans == 1
    assert ArticleView.of(changed.text, "tw").project(orphan) is None
    # Persisted: a second reading does no work and writes nothing.
    revision = store.revision
    assert store.annotations_for(changed) == first_reading
    assert store.revision == revision
    assert store.get(kept.annotation_id).anchor == moved.anchor


def test_orphan_recovers_when_the_text_comes_back(tmp_path: Path, store: UserStore) -> None:
    path = tmp_path / "writable.sqlite"
    article = make_archive(path)["simplified"]
    lost = store.highlight(article, anchor_quote(article.text, "鼠标和内存"))
    with ArchiveStore.open_writable(path) as archive:
        archive.replace_body(article.id, article.body.replace("鼠标和内存", "键盘"))
        store.annotations_for(archive.get(article.id))
        assert store.get(lost.annotation_id).status is AnchorStatus.ORPHANED
        archive.replace_body(article.id, article.body)
        store.annotations_for(archive.get(article.id))
    assert store.get(lost.annotation_id).status is AnchorStatus.ANCHORED
    assert store.get(lost.annotation_id).anchor == lost.after.anchor  # type: ignore[union-attr]


def test_refresh_reanchors_every_changed_article(tmp_path: Path, store: UserStore) -> None:
    path = tmp_path / "writable.sqlite"
    articles = make_archive(path)
    for key in ("simplified", "undated"):
        store.highlight(articles[key], anchor_quote(articles[key].text, articles[key].text[:4]))
    with ArchiveStore.open_writable(path) as archive:
        archive.replace_body(articles["undated"].id, "全新的内容，没有原来的句子。")
    library = Library.open([path])
    try:
        report = store.refresh(library)
        assert (report.moved, report.orphaned) == (0, 1)
        assert store.refresh(library).orphaned == 0  # done once per text version
    finally:
        library.close()


def test_annotations_follow_an_article_into_a_rebuilt_archive(
    tmp_path: Path, store: UserStore
) -> None:
    first = make_archive(tmp_path / "old.sqlite", name="sample")
    article = first["traditional"]
    added = store.highlight(article, anchor_quote(article.text, "网际网路"))
    (tmp_path / "old.sqlite").unlink()
    rebuilt = make_archive(tmp_path / "rebuilt.sqlite", name="sample")["traditional"]
    placed = store.annotations_for(rebuilt)
    assert [a.id for a in placed] == [added.annotation_id]
    assert ArticleView.of(rebuilt.text, "hans").project(placed[0]) is not None


def test_reading_never_writes_the_archive(tmp_path: Path, store: UserStore) -> None:
    path = tmp_path / "bundled.sqlite"
    article = make_archive(path)["simplified"]
    store.highlight(article, anchor_quote(article.text, "软件"))
    snapshot = tmp_path / "snapshot.sqlite"
    shutil.copy(path, snapshot)
    library = Library.open([path])
    try:
        store.refresh(library)
        store.annotations_for(library.get(article.id))
    finally:
        library.close()
    assert path.read_bytes() == snapshot.read_bytes()


def test_placing_never_undoes_an_edit_made_meanwhile(tmp_path: Path, store: UserStore) -> None:
    path = tmp_path / "writable.sqlite"
    article = make_archive(path)["simplified"]
    added = store.highlight(article, anchor_quote(article.text, "互联网企业"), note="旧")
    stale = store.get(added.annotation_id)
    store.edit(added.annotation_id, note="新", tags=["后加"])
    moved_anchor = anchor_quote("前言。" + article.text, "互联网企业")
    with store.connection:
        annotation_rows.write_placement(store.connection, replace(stale, anchor=moved_anchor))
    current = store.get(added.annotation_id)
    assert (current.note, current.tags, current.anchor) == ("新", ("后加",), moved_anchor)


def test_notes_render_as_safe_html(store: UserStore, articles: dict[str, Article]) -> None:
    note = "**重点** <script>alert(1)</script> ![img](http://x/y.png) [链接](javascript:alert(1))"
    added = store.add_note(articles["simplified"], note)
    html = store.get(added.annotation_id).note_html()
    assert "<strong>重点</strong>" in html
    assert "<script" not in html and "<img" not in html and "javascript:" not in html


def test_undoing_a_bookmark_removal_after_rebookmarking_is_refused(
    store: UserStore, articles: dict[str, Article]
) -> None:
    article = articles["undated"]
    store.bookmark(article)
    removed = store.toggle_bookmark(article)
    again = store.toggle_bookmark(article)
    with pytest.raises(AnnotationConflictError, match="bookmarked again"):
        store.undo(removed)
    assert [b.id for b in store.bookmarks()] == [again.annotation_id]
