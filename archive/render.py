"""Article Markdown to sanitised HTML, and to the plain text a reader sees."""

from __future__ import annotations

import html
import re
import threading
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

_EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "em", "strong"}
_TAGS |= {"b", "i", "code", "pre", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "a"}
_DROPPED_WITH_CONTENT = {"script", "style", "iframe", "template", "object", "noscript"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre"}
_BLOCK_TAGS |= {"hr", "br", "table", "thead", "tbody", "tr", "div"}

#: Inputs beyond these limits are shown as escaped plain paragraphs: Python-Markdown needs
#: seconds (then a RecursionError) for ~1,000 nested list levels, and time quadratic in the
#: number of '[' or '<' in one paragraph.
MAX_MARKDOWN_CHARS = 500_000
MAX_NESTING = 24
MAX_BRACKETS_PER_BLOCK = 300

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LONG_DATA_URI = re.compile(r"data:[^\s\"'()<>]{200,}", re.IGNORECASE)
_NESTING_PREFIX = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+|[ \t]+")
_LEADING_IDEOGRAPHIC_SPACE = re.compile(r"^([ \t]*)(\u3000+)(?=[^\s])", re.MULTILINE)
_ASCII_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
#: Stands in for U+3000 at line starts while Markdown runs (Markdown would strip it).
_PLACEHOLDER = "\ufdd0"
_local = threading.local()


def render_html(markdown_text: str) -> str:
    """Safe HTML for an article body: no scripts, styles, images or non-web links."""
    markdown_text = _without_inline_data(markdown_text)
    if _is_pathological(markdown_text):
        return _escaped_paragraphs(markdown_text)
    try:
        rendered = _markdown_to_html(markdown_text)
    except Exception:  # Python-Markdown on hostile input; show the text as it is
        return _escaped_paragraphs(markdown_text)
    return nh3.clean(
        rendered,
        tags=_TAGS,
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        url_relative="deny",
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def plain_text(markdown_text: str) -> str:
    """What a reader sees: one block (paragraph, heading, list item, table row) per line."""
    return "\n".join(blocks(markdown_text))


def blocks(markdown_text: str) -> list[str]:
    """The lines of `plain_text`: text of each block, markup removed, entities decoded."""
    parser = _BlockText()
    parser.feed(render_html(markdown_text))
    parser.close()
    return parser.lines


def _without_inline_data(markdown_text: str) -> str:
    """Long `data:` URIs (inline images, never shown) cut to `data:`, so that megabytes of
    base64 neither push a body over the limits below nor show up as text."""
    if "data:" not in markdown_text:
        return markdown_text
    return _LONG_DATA_URI.sub("data:", markdown_text)


def _is_pathological(markdown_text: str) -> bool:
    if len(markdown_text) > MAX_MARKDOWN_CHARS:
        return True
    if any(_nesting(line) > MAX_NESTING for line in markdown_text.splitlines()):
        return True
    return any(
        block.count("[") + block.count("<") > MAX_BRACKETS_PER_BLOCK
        for block in _BLANK_LINE.split(markdown_text)
    )


def _nesting(line: str) -> int:
    """Container levels a line opens or continues: four columns of indent, '>', list markers."""
    prefix = _NESTING_PREFIX.match(line)
    if prefix is None:
        return 0
    text = prefix.group()
    markers = sum(text.count(marker) for marker in ">-*+.)")
    indent = len(text.expandtabs(4)) - len(text.replace(" ", "").replace("\t", ""))
    return markers + indent // 4


def _escaped_paragraphs(markdown_text: str) -> str:
    paragraphs = (part.strip(" \t\r\n\f\v") for part in _BLANK_LINE.split(markdown_text))
    return "\n".join(f"<p>{html.escape(part)}</p>" for part in paragraphs if part)


def _markdown_to_html(markdown_text: str) -> str:
    protect = _PLACEHOLDER not in markdown_text
    if protect:
        markdown_text = _LEADING_IDEOGRAPHIC_SPACE.sub(_placeholders, markdown_text)
    rendered: str = _converter().reset().convert(markdown_text)
    return rendered.replace(_PLACEHOLDER, "\u3000") if protect else rendered


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter (building one costs ~3 ms; they are not thread-safe)."""
    converter: markdown.Markdown | None = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=[*_EXTENSIONS, _ImagesAsAltText()])
        _local.converter = converter
    return converter


def _placeholders(match: re.Match[str]) -> str:
    return match.group(1) + _PLACEHOLDER * len(match.group(2))


class _ImagesAsAltText(Extension):
    """Images become their alt text: the reader is offline and loads nothing."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_ImageReplacer(md), "images_as_alt_text", 0)


class _ImageReplacer(Treeprocessor):
    def run(self, root: Element) -> None:
        for parent in list(root.iter()):
            for index in reversed(range(len(parent))):
                if parent[index].tag == "img":
                    _replace_with_text(parent, index)


def _replace_with_text(parent: Element, index: int) -> None:
    image = parent[index]
    text = (image.get("alt") or "") + (image.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(image)


class _BlockText(HTMLParser):
    """Collects the text of each block; table cells are joined by a space."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._parts: list[str] = []
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self._parts.append(" ")
        elif tag in _BLOCK_TAGS:
            self._flush()
        self._preformatted += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        self._preformatted -= tag == "pre"

    def handle_data(self, data: str) -> None:
        self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = "".join(self._parts)
        self._parts.clear()
        if self._preformatted > 0:
            self.lines += [line.rstrip() for line in text.split("\n") if line.strip()]
        else:
            line = _ASCII_WHITESPACE.sub(" ", text).strip(" ")
            self.lines += [line] if line else []
