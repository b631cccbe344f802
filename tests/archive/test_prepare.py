"""Article preparation: the fast plain-text path gives exactly what the Markdown renderer gives."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive import convert
from archive.importer.plaintext import text_to_markdown
from archive.models import Script
from archive.prepare import article_text, simple_paragraphs
from archive.render import plain_text
from tests.conftest import require_corpora

TEXT_ALPHABET = st.sampled_from(
    [
        *"青島产业 5G.-()[]{}!#*+_`|>~<&\\\"$%',/:;=?@^",
        *"\n\t\r\u3000\xa0\u2028\x00\x85\ufdd0",
        "&amp;",
        "&lt;",
        "1.",
        "- ",
        "    ",
        "\n\n",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(TEXT_ALPHABET, max_size=30).map("".join))
def test_imported_text_renders_the_same_either_way(text: str) -> None:
    body = text_to_markdown(text)
    assert article_text(body) == plain_text(body)


@settings(max_examples=1500, deadline=None)
@given(st.lists(TEXT_ALPHABET, max_size=30).map("".join) | st.text(max_size=30))
def test_any_markdown_renders_the_same_either_way(body: str) -> None:
    assert article_text(body) == plain_text(body)


FAST_CASES = [
    ("第一段\\.\n\n第二段 COVID\\-19", "第一段.\n第二段 COVID-19"),
    ("a &amp;amp; b &lt;c", "a &amp; b <c"),
    ("a  b\u3000\u3000c", "a b\u3000\u3000c"),
    ("\u3000\u3000首行缩进", None),
    ("# 标题", None),
    ("*强调*", None),
]


@pytest.mark.parametrize(("body", "fast"), FAST_CASES)
def test_which_bodies_take_the_fast_path(body: str, fast: str | None) -> None:
    paragraphs = simple_paragraphs(body)
    assert (paragraphs is not None) == (fast is not None)
    assert article_text(body) == plain_text(body)
    if fast is not None:
        assert article_text(body) == fast


@pytest.mark.corpora
@pytest.mark.parametrize("name", ["cctv_2022_2023.jsonl", "tw_news_2017_udn_ltn.jsonl"])
def test_real_articles_take_the_fast_path_and_agree(name: str) -> None:
    folder = require_corpora()
    with (folder / name).open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, 600)]
    bodies = [text_to_markdown(str(record.get("text") or "")) for record in records]
    fast = [body for body in bodies if simple_paragraphs(body) is not None]
    assert len(fast) >= 0.9 * len(bodies)
    for body in bodies:
        assert article_text(body) == plain_text(body)


def corpus_texts(count: int) -> list[str]:
    """Titles + texts of the real corpora, and pairs of them glued together (mixed scripts)."""
    folder = require_corpora()
    texts: list[str] = []
    for name in ("cctv_2022_2023.jsonl", "tw_news_2017_udn_ltn.jsonl", "hk_sbs_500.jsonl"):
        with (folder / name).open(encoding="utf-8") as handle:
            for line in itertools.islice(handle, count):
                record = json.loads(line)
                texts.append(f"{record.get('title') or ''}\n{record.get('text') or ''}")
    mixed = [
        first[:200] + second[:200] for first, second in zip(texts, reversed(texts), strict=True)
    ]
    return texts + mixed


@pytest.mark.corpora
def test_script_detection_shortcut_agrees_with_the_full_count() -> None:
    texts = corpus_texts(300)
    results = set()
    for text in texts:
        traditional = len(convert._changed_positions(text, "t2s"))
        full = convert._detect_in_context(text, traditional)
        assert convert.detect_script(text) is full, text[:60]
        results.add(full)
    assert results == set(Script)
