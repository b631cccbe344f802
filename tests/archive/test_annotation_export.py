"""Export to Markdown, CSV and W3C JSON-LD; importing JSON-LD reproduces, never duplicates."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive.anchoring import anchor_quote
from archive.annotation_export import CSV_COLUMNS
from archive.annotation_models import AnchorStatus
from archive.errors import ImportFileError
from archive.store import ArchiveStore
from archive.userstore import UserStore
from tests.archive.annotation_support import make_archive, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    """Highlights (one orphaned, one outside the BMP, one multi-line), a note and a bookmark."""
    path = tmp_path / "sample.sqlite"
    articles = make_archive(path)
    simplified, traditional = articles["simplified"], articles["traditional"]
    opened = open_store(tmp_path / "user.sqlite", creator="研究员")
    opened.highlight(
        simplified,
        anchor_quote(simplified.text, "𠮷野家"),
        color="pink",
        note="*餐饮*，见 [链接](https://example.org)",
        tags=["餐饮", "日本"],
    )
    opened.highlight(
        simplified, anchor_quote(simplified.text, "服务。\n𠮷野家在青岛"), color="blue"
    )
    opened.highlight(simplified, anchor_quote(simplified.text, "鼠标和内存"), note="会成孤儿")
    opened.highlight(
        traditional,
        anchor_quote(traditional.text, "軟體產業"),
        color="green",
        note='含"引号", 逗号',
        tags=["经济"],
    )
    opened.add_note(traditional, "整篇文章的笔记")
    opened.bookmark(articles["undated"], note="稍后再读")
    with ArchiveStore.open_writable(path) as archive:
        archive.replace_body(simplified.id, simplified.body.replace("鼠标和内存", "键盘"))
        opened.annotations_for(archive.get(simplified.id))
    yield opened
    opened.close()


def test_jsonld_is_a_w3c_annotation_collection(store: UserStore) -> None:
    document = json.loads(store.export("jsonld"))
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert document["type"] == "AnnotationCollection" and document["total"] == 6
    items = document["first"]["items"]
    highlight = next(i for i in items if i["target"].get("styleClass") == "pink")
    assert highlight["type"] == "Annotation" and highlight["motivation"] == "highlighting"
    assert highlight["id"].startswith("urn:uuid:")
    assert highlight["creator"] == {"type": "Person", "name": "研究员"}
    quote, position = highlight["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "𠮷野家",
        "prefix": quote["prefix"],
        "suffix": quote["suffix"],
    }
    assert position["type"] == "TextPositionSelector"
    assert position["end"] - position["start"] == 3  # code points: 𠮷 counts once
    bodies = {(b["purpose"], b["value"]) for b in highlight["body"]}
    assert ("tagging", "餐饮") in bodies and (
        "commenting",
        "*餐饮*，见 [链接](https://example.org)",
    ) in bodies
    motivations = sorted(i["motivation"] for i in items)
    assert motivations == ["bookmarking", "commenting"] + ["highlighting"] * 4


def test_jsonld_round_trip_reproduces_the_annotations(store: UserStore, tmp_path: Path) -> None:
    exported = tmp_path / "export.jsonld"
    exported.write_text(store.export("jsonld"), encoding="utf-8")
    with open_store(tmp_path / "colleague.sqlite") as colleague:
        report = colleague.import_file(exported)
        assert (report.added, report.updated, report.unchanged) == (6, 0, 0)
        assert colleague.browse(limit=0).annotations == store.browse(limit=0).annotations
        assert colleague.orphans()[0].quote == "鼠标和内存"
        again = colleague.import_file(exported)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
        assert colleague.browse().total == 6


def test_import_keeps_the_later_version(store: UserStore, tmp_path: Path) -> None:
    first = store.browse().annotations[-1]
    old_export = tmp_path / "old.jsonld"
    old_export.write_text(store.export("jsonld"), encoding="utf-8")
    store.edit(first.id, note="更新后的笔记")
    new_export = tmp_path / "new.jsonld"
    new_export.write_text(store.export("jsonld"), encoding="utf-8")
    with open_store(tmp_path / "other.sqlite") as other:
        other.import_file(new_export)
        report = other.import_file(old_export)  # older: changes nothing
        assert report.updated == 0 and other.get(first.id).note == "更新后的笔记"
    with open_store(tmp_path / "third.sqlite") as third:
        third.import_file(old_export)
        assert third.import_file(new_export).updated == 1
        assert third.get(first.id).note == "更新后的笔记"


@pytest.mark.parametrize(("year", "kept"), [(2030, "own"), (2020, "imported")])
def test_an_article_keeps_one_bookmark_and_the_later_wins(
    store: UserStore, tmp_path: Path, year: int, kept: str
) -> None:
    exported = tmp_path / "export.jsonld"
    exported.write_text(store.export("jsonld"), encoding="utf-8")
    imported = store.bookmarks()[0]
    with ArchiveStore.open_read_only(tmp_path / "sample.sqlite") as archive:
        article = archive.get(imported.article.article_id)
    with open_store(
        tmp_path / "other.sqlite", clock_start=datetime(year, 1, 1, tzinfo=UTC)
    ) as other:
        own = other.bookmark(article, note="我的书签").after
        assert own is not None
        other.import_file(exported)
        assert [b.id for b in other.bookmarks()] == [own.id if kept == "own" else imported.id]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a JSON file"),
        ('{"type": "AnnotationPage", "items": 3}', "items are not a list"),
        ('[{"type": "Annotation", "target": {}}]', "annotation 1 is unusable"),
        (
            '[{"type": "Annotation", "id": "x", "motivation": "highlighting", "created": '
            '"2024-01-01T00:00:00Z", "target": {"wy:articleId": "a"}}]',
            "needs quote and position",
        ),
        (
            '[{"type": "Annotation", "id": "x", "motivation": "bookmarking", '
            '"target": {"wy:articleId": "a"}}]',
            "'created' is missing",
        ),
    ],
)
def test_bad_import_files_are_one_sentence_and_write_nothing(
    store: UserStore, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text(content, encoding="utf-8")
    before = store.browse(limit=0).annotations
    with pytest.raises(ImportFileError, match=message):
        store.import_file(bad)
    assert store.browse(limit=0).annotations == before


def test_a_bad_item_after_good_ones_writes_nothing(store: UserStore, tmp_path: Path) -> None:
    document = json.loads(store.export("jsonld"))
    document["first"]["items"].append({"type": "Annotation"})
    bad = tmp_path / "partly-bad.jsonld"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with open_store(tmp_path / "empty.sqlite") as empty:
        with pytest.raises(ImportFileError, match="annotation 7"):
            empty.import_file(bad)
        assert empty.browse().total == 0


def test_csv_has_one_row_per_annotation(store: UserStore) -> None:
    table = list(csv.DictReader(io.StringIO(store.export("csv"))))
    assert len(table) == 6 and tuple(table[0]) == CSV_COLUMNS
    quoted = next(row for row in table if row["quote"] == "軟體產業")
    assert quoted["note"] == '含"引号", 逗号' and quoted["tags"] == "经济"
    assert quoted["article_source"] == "自由時報" and quoted["color"] == "green"
    multi_line = next(row for row in table if "\n" in row["quote"])
    assert multi_line["quote"] == "服务。\n𠮷野家在青岛"
    assert next(row for row in table if row["quote"] == "鼠标和内存")["status"] == "orphaned"


def test_markdown_groups_by_article_with_citations(store: UserStore) -> None:
    text = store.export("md")
    assert text.count("\n## ") == 3  # three articles
    assert "> 𠮷野家\n>\n> — 《软件与互联网》, 新华社, 2022-03-04 (sample:" in text
    assert "> 服务。\n> 𠮷野家在青岛\n" in text
    assert "*餐饮*，见 [链接](https://example.org)" in text  # notes stay Markdown
    assert "Tags: 餐饮, 日本" in text
    assert "(orphaned:" in text and "会成孤儿" in text
    assert "整篇文章的笔记" in text and "稍后再读" in text and "Bookmarked" in text
    simplified_at = text.index("## 软件与互联网")
    assert text.index("𠮷野家", simplified_at) < text.index("鼠标和内存", simplified_at)


def test_export_follows_the_filters(store: UserStore) -> None:
    from archive.annotation_filters import AnnotationFilter

    only_orphans = store.export("csv", AnnotationFilter(status=AnchorStatus.ORPHANED))
    assert len(list(csv.DictReader(io.StringIO(only_orphans)))) == 1
