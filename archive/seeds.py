"""Extract the bundled seed articles from their raw web captures plus a small curated file."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from archive.dates import UNKNOWN_DATE, PartialDate
from archive.importer.cleaning import is_pinyin_syllable as is_pinyin_syllable
from archive.importer.cleaning import remove_pinyin_artefacts as remove_pinyin_artefacts
from archive.models import NewArticle

CURATED_FILE_NAME = "curated.json"
CURATED_FIELD_NAMES = frozenset({"title", "year"})

_DATELINE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2}) (\d{1,2}):(\d{2})(?: (?P<source>\S+))?")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_VIEW_COUNTER = re.compile(r"(?:阅读|閱讀)[::]\s*\d*")
_SOURCE_LINE = re.compile(
    r"[\[【](?:来源|來源)[::](?P<source>[^\s\]】]+)"
    r"(?:\s*(?:编辑|編輯)[::](?P<editor>[^\]】]+))?[\]】]"
)
_CREDIT_ROLE = re.compile(r"\S*(?:记者|記者|通讯员|通訊員)")

_CREDIT_WORD_MAX_LENGTH = 8
_HEADING_MAX_LENGTH = 25
_SENTENCE_END = "。！？…；：，、”’」』）!?;:,)\"'"


def load_seeds(folder: Path) -> list[NewArticle]:
    """Every `*.txt` capture in the folder, by name, extracted with the `curated.json` beside it."""
    curated_path = folder / CURATED_FILE_NAME
    curated = json.loads(curated_path.read_text(encoding="utf-8")) if curated_path.exists() else {}
    paths = sorted(folder.glob("*.txt"))
    unknown = set(curated) - {path.name for path in paths}
    if unknown:
        raise ValueError(f"{curated_path} names captures that do not exist: {sorted(unknown)}")
    return [extract_seed(path.name, path.read_bytes().decode("utf-8"), curated) for path in paths]


def extract_seed(file_name: str, raw: str, curated: Mapping[str, Any]) -> NewArticle:
    """One capture as an article; `curated` maps file names to their fields and repairs."""
    entry = curated.get(file_name, {})
    fields = _checked_fields(file_name, entry.get("fields", {}))
    repairs = entry.get("repairs", [])
    lines = _nonblank_lines(remove_pinyin_artefacts(apply_repairs(raw, repairs)))
    dateline_at = _dateline_index(lines)
    article, tail = _split_at_article_end(_article_start(lines, dateline_at))
    dateline = _DATELINE.fullmatch(lines[dateline_at]) if dateline_at is not None else None
    source_line = _first_match(_SOURCE_LINE, tail)
    date = _dateline_date(dateline) if dateline else _month_day(article)
    return NewArticle(
        title=fields.get("title") or _title(lines, dateline_at),
        body=to_markdown(article),
        raw=raw,
        date=_with_year(date, fields.get("year")),
        source=_source(source_line, dateline),
        authors=_authors(tail),
        editor=_editor(source_line),
        url=None,
        identity=f"seed:{file_name}",
        curated_fields=_curated_field_names(fields, repairs),
    )


def apply_repairs(raw: str, repairs: Sequence[Mapping[str, str]]) -> str:
    """Replace each garbled `find` by its `replace`; each must occur exactly once."""
    text = raw
    for repair in repairs:
        count = text.count(repair["find"])
        if count != 1:
            raise ValueError(f"repair {repair['find']!r} matches {count} times, not once")
        text = text.replace(repair["find"], repair["replace"])
    return text


def to_markdown(paragraphs: Sequence[str]) -> str:
    """Paragraphs separated by blank lines, section subheadings as `##` headings."""
    last = len(paragraphs) - 1
    return "\n\n".join(
        f"## {line}" if index < last and _is_subheading(line) else line
        for index, line in enumerate(paragraphs)
    )


def _checked_fields(file_name: str, fields: Mapping[str, Any]) -> Mapping[str, Any]:
    unknown = set(fields) - CURATED_FIELD_NAMES
    if unknown:
        raise ValueError(f"curated fields for {file_name} not understood: {sorted(unknown)}")
    return fields


def _curated_field_names(fields: Mapping[str, Any], repairs: Sequence[object]) -> frozenset[str]:
    names = {"date" if name == "year" else name for name in fields}
    return frozenset(names | ({"body"} if repairs else set()))


def _nonblank_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _dateline_index(lines: Sequence[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if _DATELINE.fullmatch(line)), None)


def _title(lines: Sequence[str], dateline_at: int | None) -> str:
    """The line just above the dateline; anything higher is the site's header."""
    return lines[dateline_at - 1] if dateline_at else ""


def _article_start(lines: list[str], dateline_at: int | None) -> list[str]:
    rest = lines if dateline_at is None else lines[dateline_at + 1 :]
    while rest and _VIEW_COUNTER.fullmatch(rest[0]):
        rest = rest[1:]
    return rest


def _split_at_article_end(lines: list[str]) -> tuple[list[str], list[str]]:
    """The article, then the credits and whatever the page shows after them."""
    end = next((i for i, line in enumerate(lines) if _ends_article(line)), len(lines))
    return lines[:end], lines[end:]


def _ends_article(line: str) -> bool:
    return _is_credit_line(line) or _SOURCE_LINE.fullmatch(line) is not None


def _is_credit_line(line: str) -> bool:
    """A role followed by short names: `信网记者 赵宝辉 通讯员 何琳 王雪`."""
    words = line.split()
    return (
        len(words) > 1
        and _CREDIT_ROLE.fullmatch(words[0]) is not None
        and all(len(word) <= _CREDIT_WORD_MAX_LENGTH for word in words)
    )


def _authors(tail: Sequence[str]) -> tuple[str, ...]:
    """Reporters and correspondents from a line like `信网记者 赵宝辉 通讯员 何琳 王雪`."""
    credit = next((line for line in tail if _is_credit_line(line)), "")
    return tuple(word for word in credit.split() if not _CREDIT_ROLE.fullmatch(word))


def _source(source_line: re.Match[str] | None, dateline: re.Match[str] | None) -> str:
    if source_line:
        return source_line["source"]
    return (dateline["source"] or "") if dateline else ""


def _editor(source_line: re.Match[str] | None) -> str:
    return (source_line["editor"] or "").strip() if source_line else ""


def _first_match(pattern: re.Pattern[str], lines: Sequence[str]) -> re.Match[str] | None:
    return next((m for m in map(pattern.fullmatch, lines) if m), None)


def _dateline_date(dateline: re.Match[str]) -> PartialDate:
    year, month, day, hour, minute = (int(part) for part in dateline.groups()[:5])
    return PartialDate(year=year, month=month, day=day, hour=hour, minute=minute)


def _month_day(paragraphs: Sequence[str]) -> PartialDate:
    """The `11月21日` a year-less report opens with, searched in its first paragraph only."""
    found = _MONTH_DAY.search(paragraphs[0]) if paragraphs else None
    return PartialDate(month=int(found[1]), day=int(found[2])) if found else UNKNOWN_DATE


def _with_year(date: PartialDate, year: int | None) -> PartialDate:
    return date if year is None else dataclasses.replace(date, year=year)


def _is_subheading(line: str) -> bool:
    return len(line) <= _HEADING_MAX_LENGTH and line[-1] not in _SENTENCE_END
