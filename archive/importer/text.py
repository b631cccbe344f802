"""Plain text files (.txt) in any supported encoding, with an optional header of title/date/source.

The header is the run of lines at the top that are either `标题：…`/`Title: …`, `日期：…`,
`来源：…`, `作者：…` (Chinese or English keys, either colon), or a line that is only a date; the
first line is the title when it is short and does not end like a sentence. The rest is the body,
one paragraph per line. Without a title line, the file name (without extension) is the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from archive.dates import UNKNOWN_DATE, PartialDate
from archive.datetext import parse_date_text
from archive.importer.normalise import Extracted, Failure
from archive.importer.reading import read_decoded

_KEYED = re.compile(
    r"^\s*(?P<key>标题|標題|题目|題目|title|日期|时间|時間|date|来源|來源|出处|出處|source|"
    r"作者|记者|記者|author|authors|网址|網址|链接|鏈接|url|link)\s*[:：]\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)
_KEY_FIELDS = {
    "标题": "title", "標題": "title", "题目": "title", "題目": "title", "title": "title",
    "日期": "date", "时间": "date", "時間": "date", "date": "date",
    "来源": "source", "來源": "source", "出处": "source", "出處": "source", "source": "source",
    "作者": "authors", "记者": "authors", "記者": "authors", "author": "authors",
    "authors": "authors", "网址": "url", "網址": "url", "链接": "url", "鏈接": "url",
    "url": "url", "link": "url",
}  # fmt: skip
_TITLE_MAX_LENGTH = 60
_DATE_LINE_MAX_LENGTH = 30
_SENTENCE_END = "。！？!?；;…"


@dataclass
class Header:
    """Fields read from the top lines of a text file."""

    fields: dict[str, str] = field(default_factory=dict)
    date: PartialDate = UNKNOWN_DATE
    body_start: int = 0


def read_text_file(path: Path, location: str) -> Iterator[Extracted | Failure]:
    """One text file as one article (identity: the file's absolute path)."""
    decoded = read_decoded(path, location)
    if isinstance(decoded, Failure):
        yield decoded
        return
    lines = decoded.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header = read_header(lines)
    yield Extracted(
        title=header.fields.get("title") or path.stem,
        text="\n".join(lines[header.body_start :]),
        raw=decoded.text,
        location=location,
        date=header.date,
        source=header.fields.get("source", ""),
        authors=tuple(header.fields.get("authors", "").replace("、", " ").split()),
        url=header.fields.get("url") or None,
        identity=f"file:{path.resolve()}",
        stable_identity=True,
        raw_encoding="" if decoded.encoding == "utf-8" else decoded.encoding,
        warning=f"encoding uncertain: {decoded.note}" if decoded.uncertain else "",
    )


def read_header(lines: list[str]) -> Header:
    """The header fields and where the body starts (leading blank lines skipped)."""
    header = Header()
    index = _skip_blank(lines, 0)
    if index < len(lines) and _is_title_line(lines[index]):
        header.fields["title"] = lines[index].strip()
        index += 1
    while index < len(lines):
        line = lines[index].strip()
        if not _take_header_line(line, header):
            break
        index += 1
    header.body_start = index
    return header


def _take_header_line(line: str, header: Header) -> bool:
    keyed = _KEYED.match(line)
    if keyed:
        name = _KEY_FIELDS[keyed["key"].lower()]
        header.fields.setdefault(name, keyed["value"])
        if name == "date":
            header.date = parse_date_text(keyed["value"])
        return True
    if len(line) <= _DATE_LINE_MAX_LENGTH and header.date == UNKNOWN_DATE:
        date = parse_date_text(line)
        if date != UNKNOWN_DATE and _is_date_line(line):
            header.date = date
            return True
    return False


def _is_title_line(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= _TITLE_MAX_LENGTH
        and text[-1] not in _SENTENCE_END
        and _KEYED.match(text) is None
        and not _is_date_line(text)
    )


def _is_date_line(text: str) -> bool:
    return re.fullmatch(r"[\d\s年月日号號:：/.\-T]+", text) is not None


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index
