"""Importer text escaped as Markdown renders back to exactly the same text.

The importer stores the plain text it built (prepare_with_text) instead of rendering the Markdown
again; this property is what makes that exact.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.importer.cleaning import clean_paragraphs
from archive.importer.plaintext import text_to_markdown
from archive.render import plain_text

PIECES = [
    *"\\`*_{}[]()#+-.!|>~<&;:=ab1 港口。\t\u3000\u00a0\x01\x0b\x0c\u200b\u2028",
    *["&amp;", "&#20013;", "1. ", "* ", "<b>", "http://x", "ＶＩＰ", "發(fā)", "    code", "\n"],
]
TEXT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_cleaned_text_survives_the_markdown_round_trip(raw: str) -> None:
    text = "\n".join(clean_paragraphs(raw))
    assert plain_text(text_to_markdown(text)) == text
