"""Re-anchoring on a changed text: found again on the same words, or orphaned, never misplaced."""

from __future__ import annotations

import pytest

from archive.anchoring import anchor_quote
from archive.ids import content_hash
from archive.reanchor import reanchor

OLD = (
    "青岛西海岸新区今年推动产业合作。沿黄省区的企业纷纷前来洽谈，"
    "工业互联网平台已经上线运行。市民说，这里的变化非常明显。"
    "记者在现场看到，港口一片繁忙。"
)

# (name, quote in OLD, occurrence, new text, expected place: the words in [] of a passage found
# once in the new text, or None for an orphan)
CASES = [
    ("text inserted before", "工业互联网平台", 1, "【本报讯】" + OLD, "工业互联网平台"),
    (
        "text deleted before",
        "港口一片繁忙",
        1,
        OLD.replace("青岛西海岸新区今年推动产业合作。", ""),
        "港口一片繁忙",
    ),
    (
        "typo corrected inside the quote",
        "沿黄省区的企业纷纷前来洽谈",
        1,
        OLD.replace("纷纷前来洽谈", "纷纷前來洽谈"),
        "沿黄省区的企业纷纷前來洽谈",
    ),
    (
        "a word added inside the quote",
        "工业互联网平台已经上线运行",
        1,
        OLD.replace("平台已经上线", "平台目前已经上线"),
        "工业互联网平台目前已经上线运行",
    ),
    (
        "quote removed entirely",
        "市民说，这里的变化非常明显",
        1,
        OLD.replace("市民说，这里的变化非常明显。", ""),
        None,
    ),
    (
        "quote rewritten beyond recognition",
        "市民说，这里的变化非常明显",
        1,
        OLD.replace("市民说，这里的变化非常明显。", "居民表示发展很快。"),
        None,
    ),
    (
        "short quote gone, same word elsewhere",
        "港口",
        1,
        "港口建设加快。" + OLD.replace("记者在现场看到，港口一片繁忙。", ""),
        None,
    ),
    (
        "short quote in a lightly edited sentence",
        "港口",
        1,
        "港口建设加快。" + OLD.replace("记者在现场看到，港口一片繁忙。", "记者看到港口。"),
        "记者看到[港口]",
    ),
    ("short quote with intact surroundings", "港口", 1, "港口新闻。" + OLD, "看到，[港口]一片"),
]


@pytest.mark.parametrize(("name", "quote", "occurrence", "new_text", "expected"), CASES)
def test_reanchoring(
    name: str, quote: str, occurrence: int, new_text: str, expected: str | None
) -> None:
    anchor = anchor_quote(OLD, quote, occurrence)
    moved = reanchor(anchor, new_text, content_hash(new_text))
    if expected is None:
        assert moved is None, name
        return
    assert moved is not None, name
    passage = expected if "[" in expected else f"[{expected}]"
    plain = passage.replace("[", "").replace("]", "")
    assert new_text.count(plain) == 1  # the expectation itself is unambiguous
    start = new_text.index(plain) + passage.index("[")
    words = passage[passage.index("[") + 1 : passage.index("]")]
    assert (moved.start, moved.end) == (start, start + len(words)), name
    assert new_text[moved.start : moved.end] == moved.exact == words
    assert moved.content_hash == content_hash(new_text)


def test_repeated_passage_keeps_the_highlighted_copy() -> None:
    paragraph = "会议强调要坚持稳中求进。"
    old = "第一部分。" + paragraph + "中间的话。" + paragraph + "结尾。"
    second = anchor_quote(old, paragraph, 2)
    new = "新增导语。" + old
    moved = reanchor(second, new, content_hash(new))
    assert moved is not None
    assert moved.start == second.start + len("新增导语。")


def test_identical_copies_with_identical_context_fall_back_to_the_old_position() -> None:
    unit = "甲乙丙丁戊己庚辛壬癸。" * 3
    old = unit + unit
    anchor = anchor_quote(old, "丙丁戊", 4)
    new = "子" + old
    moved = reanchor(anchor, new, content_hash(new))
    assert moved is not None and moved.start == anchor.start + 1


def test_same_hash_keeps_the_anchor() -> None:
    anchor = anchor_quote(OLD, "港口")
    assert reanchor(anchor, OLD, content_hash(OLD)) is anchor


def test_two_equally_good_fuzzy_places_make_an_orphan() -> None:
    old = "今年的经济增长速度明显加快。"
    anchor = anchor_quote(old, "经济增长速度明显加快")
    new = "今年的经济增涨速度明显加快。去年的经济增长速度明显加快了吗"
    new = "甲：经济增涨速度明显加快。乙：经济增長速度明显加快。"
    assert reanchor(anchor, new, content_hash(new)) is None
