"""Partial dates: ISO round trips, precision, ordering and Chinese date forms."""

import pytest

from archive.dates import UNKNOWN_DATE, DatePrecision, PartialDate
from archive.datetext import parse_date_text

ISO_CASES = [
    ("2021-01-14T15:48", DatePrecision.MINUTE),
    ("2021-01-14", DatePrecision.DAY),
    ("2021-01", DatePrecision.MONTH),
    ("2021", DatePrecision.YEAR),
    ("--11-21", DatePrecision.MONTH_DAY),
]


@pytest.mark.parametrize(("iso", "precision"), ISO_CASES)
def test_iso_round_trip_keeps_precision(iso: str, precision: DatePrecision) -> None:
    date = PartialDate.parse_iso(iso)
    assert date.iso() == iso
    assert date.precision is precision


def test_unknown_date_is_null() -> None:
    assert PartialDate.parse_iso(None).iso() is None
    assert UNKNOWN_DATE.precision is DatePrecision.UNKNOWN


def test_unknown_and_yearless_dates_sort_last() -> None:
    dates = [UNKNOWN_DATE, PartialDate(month=11, day=21), PartialDate(2021), PartialDate(1999, 5)]
    ordered = sorted(dates, key=PartialDate.sort_key)
    assert ordered == [PartialDate(1999, 5), PartialDate(2021), dates[1], UNKNOWN_DATE]


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-32", "--00-01", "21-01-01", "yesterday"])
def test_invalid_iso_is_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse_iso(bad)


TEXT_CASES = [
    ("2021年1月14日", "2021-01-14"),
    ("2021/01/14 15:48", "2021-01-14T15:48"),
    ("2021-01-14T15:48:00+08:00", "2021-01-14T15:48"),
    ("1月14日", "--01-14"),
    ("11月21日下午", "--11-21"),
    ("2021年3月", "2021-03"),
    ("2021", "2021"),
    ("2022-01-01", "2022-01-01"),
    ("", None),
    ("不详", None),
]


@pytest.mark.parametrize(("text", "iso"), TEXT_CASES)
def test_chinese_date_forms(text: str, iso: str | None) -> None:
    assert parse_date_text(text).iso() == iso
