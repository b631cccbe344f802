"""The article page: escaped fields, metadata at its precision, curated values marked."""

from __future__ import annotations

from dataclasses import replace

from archive.convert import ScriptForm
from archive.dates import PartialDate
from archive.models import Article, FieldOrigin, Script
from archive.shown import show_article
from desktop.article_page import CURATED_MARK, article_html, metadata_html

ARTICLE = Article(
    id="abc",
    archive="test",
    title="青岛<script>alert(1)</script>",
    subtitle="副標題",
    date=PartialDate(2021, 1),
    source="信网",
    authors=("赵宝辉", "何琳"),
    editor="王波",
    url="https://example.com/a?b=1&c=2",
    script=Script.SIMPLIFIED,
    body="第一段。\n\n第二段。",
    text="第一段。\n第二段。",
    raw="raw",
    content_hash="hash",
    field_origins={"title": FieldOrigin.EXTRACTED, "source": FieldOrigin.CURATED},
)


def shown(article: Article = ARTICLE, form: ScriptForm = ScriptForm.ORIGINAL) -> str:
    return metadata_html(show_article(article, form))


def test_fields_are_escaped_and_body_rendered() -> None:
    page = article_html(show_article(ARTICLE, ScriptForm.ORIGINAL))
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert '<p class="subtitle">副標題</p>' in page
    assert "第二段" in page


def test_metadata_line_keeps_date_precision_and_marks_curated_fields() -> None:
    metadata = shown()
    assert "2021-01" in metadata and "2021-01-" not in metadata
    assert "信网<span title=" in metadata and CURATED_MARK in metadata
    assert metadata.count(CURATED_MARK) == 1
    assert "赵宝辉、何琳" in metadata and "王波" in metadata
    assert 'href="https://example.com/a?b=1&amp;c=2"' in metadata


def test_only_web_addresses_become_links() -> None:
    assert "href" not in shown(replace(ARTICLE, url="javascript:alert(1)"))
    assert "href" not in shown(replace(ARTICLE, url=None))


def test_empty_metadata_is_left_out() -> None:
    bare = replace(ARTICLE, date=PartialDate(), source="", authors=(), editor="", url=None)
    assert shown(bare) == ""
    assert 'class="meta"' not in article_html(show_article(bare, ScriptForm.ORIGINAL))


def test_page_fields_follow_the_script_form() -> None:
    page = article_html(show_article(ARTICLE, ScriptForm.HANT))
    assert "青島" in page and "第二段" in page
    assert "趙寶輝、何琳" in shown(form=ScriptForm.HANT) and "信網" in shown(form=ScriptForm.HANT)
