"""Citations of an article: GB/T 7714-2015 (newspaper, [N] / [N/OL]) and plain text with link.

GB/T 7714-2015 §8 and its examples: up to three authors, then ", 等"; the title with its type
code; the paper's name and the date; for an online article the access date in brackets and
the address. Without a source the article is cited as an online resource ([EB/OL]) with the
publication date in parentheses. Dates are written at the precision the archive knows.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from archive.convert import ScriptForm, convert
from archive.dates import DatePrecision, PartialDate
from archive.ids import split_url
from archive.models import Article

MAX_AUTHORS = 3
ET_AL = "等"


class CitationStyle(StrEnum):
    """The forms "Copy citation" offers."""

    GBT7714 = "gbt7714"
    PLAIN = "plain"


@dataclass(frozen=True)
class CitationFields:
    """What a citation says about an article, already in the script form to cite in."""

    title: str
    authors: tuple[str, ...]
    source: str
    date: PartialDate
    url: str | None
    accessed: datetime.date


def citation_fields(
    article: Article, form: ScriptForm | str, accessed: datetime.date
) -> CitationFields:
    """The article's fields converted to `form` (the URL and date stay as stored)."""
    parts = split_url(article.url) if article.url else None
    web = article.url if parts is not None and parts.scheme in {"http", "https"} else None
    return CitationFields(
        title=convert(article.title, form),
        authors=tuple(convert(name, form) for name in article.authors if name.strip()),
        source=convert(article.source, form),
        date=article.date,
        url=web,
        accessed=accessed,
    )


def cite(fields: CitationFields, style: CitationStyle | str) -> str:
    """The citation in the given style."""
    return gbt7714(fields) if CitationStyle(style) is CitationStyle.GBT7714 else plain(fields)


def gbt7714(fields: CitationFields) -> str:
    """`作者. 题名[N/OL]. 报纸名, 日期[引用日期]. URL.`; what the article lacks is left out."""
    online = fields.url is not None
    date = _iso_date(fields.date)
    accessed = f"[{fields.accessed.isoformat()}]" if online else ""
    head = f"{_gbt_authors(fields.authors)}. " if fields.authors else ""
    if fields.source:
        kind, where = ("N/OL" if online else "N"), fields.source + (f", {date}" if date else "")
    elif online:
        kind, where = "EB/OL", f"({date})" if date else ""
    else:
        kind, where = "N", date
    publication = where + accessed
    text = f"{head}{fields.title}[{kind}]." + (f" {publication}." if publication else "")
    return f"{text} {fields.url}." if online else text


def plain(fields: CitationFields) -> str:
    """`作者：《题名》，来源，2021年1月14日。URL` with the parts the article lacks left out."""
    head = "、".join(fields.authors) + "：" if fields.authors else ""
    details = [part for part in (fields.source, _chinese_date(fields.date)) if part]
    text = head + f"《{fields.title}》" + "".join(f"，{part}" for part in details) + "。"
    return f"{text}{fields.url}" if fields.url else text


def with_citation(passage: str, citation: str) -> str:
    """A copied passage followed by its citation on a line of its own."""
    return f"{passage.rstrip()}\n\n{citation}" if passage.strip() else citation


def _gbt_authors(authors: tuple[str, ...]) -> str:
    shown = ", ".join(authors[:MAX_AUTHORS])
    return f"{shown}, {ET_AL}" if len(authors) > MAX_AUTHORS else shown


def _iso_date(date: PartialDate) -> str:
    """YYYY-MM-DD, YYYY-MM or YYYY (the time of day is not cited); '' without a year."""
    if date.year is None:
        return ""
    parts = [f"{date.year:04d}"]
    parts += [f"{part:02d}" for part in (date.month, date.day) if part is not None]
    return "-".join(parts)


def _chinese_date(date: PartialDate) -> str:
    """2021年1月14日, 2021年1月, 2021年, 3月1日 (year unknown), or ''."""
    if date.precision is DatePrecision.UNKNOWN:
        return ""
    year = f"{date.year}年" if date.year is not None else ""
    month = f"{date.month}月" if date.month is not None else ""
    day = f"{date.day}日" if date.day is not None else ""
    return year + month + day
