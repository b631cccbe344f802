"""Dates on screen keep exactly the precision the source gave."""

from __future__ import annotations

import pytest

from archive.dates import PartialDate
from desktop.display_text import date_text, names_text


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (PartialDate(2021, 1, 14, 15, 48), "2021-01-14 15:48"),
        (PartialDate(2021, 1, 14), "2021-01-14"),
        (PartialDate(2021, 1), "2021-01"),
        (PartialDate(2021), "2021"),
        (PartialDate(month=11, day=21), "11-21 (year unknown)"),
        (PartialDate(), ""),
    ],
)
def test_date_text_keeps_precision(date: PartialDate, expected: str) -> None:
    assert date_text(date) == expected


def test_names_use_the_enumeration_comma() -> None:
    assert names_text(("赵宝辉", "", "何琳")) == "赵宝辉、何琳"
