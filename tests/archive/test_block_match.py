"""Matching expected texts in a laid-out document's blocks, whitespace differences ignored."""

from __future__ import annotations

import pytest

from archive.block_match import DocumentRange, place

DOCUMENT = [
    "青島產業†",
    "2021-01-14 · 信网",
    "",
    "第一段 強調\u2028換行後",
    "a",
    "b",
    "𠀀字𠀁 end with spaces",
]


@pytest.mark.parametrize(
    ("expected", "span", "ranges"),
    [
        ("青島產業", (1, 3), [DocumentRange(0, 1, 3)]),
        ("\u3000\u3000第一段 強調", (2, 8), [DocumentRange(3, 0, 3), DocumentRange(3, 4, 6)]),
        ("換行後", (0, 3), [DocumentRange(3, 7, 10)]),
        ("a b", (0, 3), [DocumentRange(4, 0, 1), DocumentRange(5, 0, 1)]),
        ("𠀀字𠀁 end with spaces", (2, 7), [DocumentRange(6, 2, 3), DocumentRange(6, 4, 7)]),
    ],
)
def test_ranges_of_a_placed_text(
    expected: str, span: tuple[int, int], ranges: list[DocumentRange]
) -> None:
    (placement,) = place([expected], DOCUMENT)
    assert placement is not None
    assert placement.ranges(*span) == ranges


def test_texts_are_found_in_order_and_a_missing_one_does_not_stop_the_rest() -> None:
    placements = place(["青島產業", "不在這裡", "換行後", "信网"], DOCUMENT)
    assert placements[1] is None and placements[3] is None  # 信网 lies before 換行後
    assert placements[2] is not None and placements[2].segments[0].block == 3


def test_first_block_keeps_body_text_out_of_the_heading() -> None:
    document = ["標題", "2021 · 信网", "", "2021"]
    (found,) = place(["2021"], document, first_block=3)
    assert found is not None and found.segments[0].block == 3
    assert place(["2021"], document, first_block=9) == [None]


def test_blank_texts_are_not_placed() -> None:
    assert place(["", "  "], DOCUMENT) == [None, None]


@pytest.mark.parametrize(
    ("block", "offset", "expected"),
    [(3, 0, 2), (3, 3, 5), (3, 4, 6), (3, 6, 8), (4, 0, None), (3, 9, None)],
)
def test_offset_of_maps_document_positions_back(
    block: int, offset: int, expected: int | None
) -> None:
    (placement,) = place(["\u3000\u3000第一段 強調"], DOCUMENT)
    assert placement is not None
    assert placement.offset_of(block, offset) == expected
