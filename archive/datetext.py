"""Dates as news pages write them (2021年1月14日, 2021/01/14 15:48, 1月14日), with precision."""

from __future__ import annotations

import re

from archive.dates import UNKNOWN_DATE, PartialDate

_SEPARATED = re.compile(
    r"(?P<year>\d{4})\s*[-/.年]\s*(?P<month>\d{1,2})"
    r"(?:\s*[-/.月]\s*(?P<day>\d{1,2})\s*[日号號]?)?"
    r"(?:[\sT]*(?P<hour>\d{1,2})\s*[:：時时]\s*(?P<minute>\d{2}))?"
)
_YEAR_MONTH_CN = re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月(?!\s*\d)")
_MONTH_DAY = re.compile(r"(?<![\d年/-])(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]")
_YEAR = re.compile(r"(?P<year>\d{4})\s*年?")


def parse_date_text(text: str | None) -> PartialDate:
    """The first date written in `text`, at the precision given; unknown when there is none."""
    if not text or not text.strip():
        return UNKNOWN_DATE
    for pattern in (_SEPARATED, _YEAR_MONTH_CN, _MONTH_DAY):
        match = pattern.search(text)
        if match:
            date = _from_match(match.groupdict())
            if date is not None:
                return date
    match = _YEAR.fullmatch(text.strip())
    return _from_match(match.groupdict()) or UNKNOWN_DATE if match else UNKNOWN_DATE


def _from_match(groups: dict[str, str | None]) -> PartialDate | None:
    numbers = {name: int(value) for name, value in groups.items() if value is not None}
    try:
        return PartialDate(**numbers)
    except ValueError:
        return None
