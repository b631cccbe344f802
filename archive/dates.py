"""Publication dates with their precision, as partial ISO 8601 strings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class DatePrecision(StrEnum):
    """How much of a date the source actually gave."""

    MINUTE = "minute"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    MONTH_DAY = "month_day"
    UNKNOWN = "unknown"


_ISO_PATTERNS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})"), DatePrecision.MINUTE),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), DatePrecision.DAY),
    (re.compile(r"(\d{4})-(\d{2})"), DatePrecision.MONTH),
    (re.compile(r"(\d{4})"), DatePrecision.YEAR),
    (re.compile(r"--(\d{2})-(\d{2})"), DatePrecision.MONTH_DAY),
)


@dataclass(frozen=True, order=False)
class PartialDate:
    """A date known to some precision; missing parts are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    def __post_init__(self) -> None:
        _validate(self)

    @property
    def precision(self) -> DatePrecision:
        """The finest part that is known, or MONTH_DAY for a year-less date."""
        if self.year is None:
            return DatePrecision.MONTH_DAY if self.month and self.day else DatePrecision.UNKNOWN
        if self.minute is not None:
            return DatePrecision.MINUTE
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    def iso(self) -> str | None:
        """Partial ISO 8601 (`2021-01-14T15:48` … `2021`, `--11-21`), or None if unknown."""
        precision = self.precision
        if precision is DatePrecision.UNKNOWN:
            return None
        if precision is DatePrecision.MONTH_DAY:
            return f"--{self.month:02d}-{self.day:02d}"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.minute is not None:
            text += f"T{self.hour:02d}:{self.minute:02d}"
        return text

    def sort_key(self) -> str:
        """A string that sorts dated articles chronologically and unknown/year-less ones last."""
        if self.year is None:
            month_day = f"{self.month or 0:02d}{self.day or 0:02d}"
            return ("~" if self.precision is DatePrecision.UNKNOWN else "}") + month_day
        return (
            f"{self.year:04d}{self.month or 0:02d}{self.day or 0:02d}"
            f"{self.hour or 0:02d}{self.minute or 0:02d}"
        )

    @classmethod
    def parse_iso(cls, text: str | None) -> PartialDate:
        """Read a partial ISO 8601 string as written by iso(); None or '' is unknown."""
        if not text:
            return cls()
        for pattern, precision in _ISO_PATTERNS:
            match = pattern.fullmatch(text.strip())
            if match:
                return _from_groups(precision, [int(group) for group in match.groups()])
        raise ValueError(f"not a partial ISO 8601 date: {text!r}")


def _from_groups(precision: DatePrecision, numbers: list[int]) -> PartialDate:
    if precision is DatePrecision.MONTH_DAY:
        return PartialDate(month=numbers[0], day=numbers[1])
    names = ("year", "month", "day", "hour", "minute")
    return PartialDate(**dict(zip(names, numbers, strict=False)))


def _validate(date: PartialDate) -> None:
    checks = (
        (date.month, 1, 12),
        (date.day, 1, 31),
        (date.hour, 0, 23),
        (date.minute, 0, 59),
        (date.year, 1, 9999),
    )
    for value, low, high in checks:
        if value is not None and not low <= value <= high:
            raise ValueError(f"date part {value} out of range {low}..{high}")
    if date.minute is not None and date.hour is None:
        raise ValueError("a minute needs an hour")


UNKNOWN_DATE = PartialDate()
