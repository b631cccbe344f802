"""Plain text to Markdown that renders back to the same text (paragraphs, escaped markup)."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")
_LINE_START_LIST = re.compile(r"^(\s*)(\d+)\.")


def escape_line(line: str) -> str:
    """One line of text as Markdown that shows exactly this text."""
    escaped = line.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)


def text_to_markdown(text: str) -> str:
    """Each non-empty line becomes one Markdown paragraph."""
    lines = (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n\n".join(escape_line(line) for line in lines if line)
