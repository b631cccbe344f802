"""Script conversion: known pairs per form, offset maps, UTF-16 offsets and script detection."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.convert import (
    ConvertedText,
    ScriptForm,
    Utf16Index,
    convert,
    convert_with_map,
    detect_script,
    from_utf16,
    to_utf16,
)
from archive.models import Script

SIMPLIFIED = "青岛与沿黄省区产业合作不断深化，软件和信息服务业发展迅速。"
TRADITIONAL = "青島與沿黃省區產業合作不斷深化，軟件和資訊服務業發展迅速。"
#: Traditional text full of characters that are also simplified (皇后, 台, 吃, 為, 干涉).
TRADITIONAL_AMBIGUOUS = "皇后在台灣吃了一碗麵，為此他們干涉了這件事，後來才知道裡面的問題。"

CONVERSIONS = [
    (ScriptForm.ORIGINAL, SIMPLIFIED, SIMPLIFIED),
    (ScriptForm.HANS, "青島與沿黃省區產業", "青岛与沿黄省区产业"),
    (ScriptForm.HANS, SIMPLIFIED, SIMPLIFIED),
    (ScriptForm.HANS, "乾隆皇帝的幹部", "乾隆皇帝的干部"),
    (ScriptForm.HANT, "青岛与沿黄省区产业", "青島與沿黃省區產業"),
    (ScriptForm.HANT, "青島與沿黃省區產業", "青島與沿黃省區產業"),
    (ScriptForm.HANT, "他的头发很长", "他的頭髮很長"),
    (ScriptForm.HANT, "他沖了一杯咖啡，纔能出門", "他沖了一杯咖啡，纔能出門"),
    (ScriptForm.TW, "青岛与沿黄省区产业", "青島與沿黃省區產業"),
    (ScriptForm.TW, "软件", "軟體"),
    (ScriptForm.TW, "軟件", "軟體"),
    (ScriptForm.TW, "信息", "資訊"),
    (ScriptForm.TW, "互联网和内存", "網際網路和記憶體"),
    (ScriptForm.TW, "打印机和数据库", "印表機和資料庫"),
    (ScriptForm.HK, "青岛与沿黄省区产业", "青島與沿黃省區產業"),
    (ScriptForm.HK, "台湾的软件", "台灣的軟件"),
    (ScriptForm.HK, "臺灣", "台灣"),
    (ScriptForm.TW, "软件\x00软件", "軟體\x00軟體"),
]


@pytest.mark.parametrize(("form", "text", "expected"), CONVERSIONS)
def test_known_pairs(form: ScriptForm, text: str, expected: str) -> None:
    assert convert(text, form) == expected
    assert convert_with_map(text, form).text == expected


def test_forms_are_accepted_as_strings() -> None:
    assert convert("软件", "tw") == "軟體"
    with pytest.raises(ValueError):
        convert("软件", "klingon")


#: (form, text, original span, converted text of its mapped span)
SPANS = [
    (ScriptForm.TW, "这是互联网和内存的问题", (2, 5), "網際網路"),
    (ScriptForm.TW, "这是互联网和内存的问题", (3, 4), "網際網路"),
    (ScriptForm.TW, "这是互联网和内存的问题", (6, 8), "記憶體"),
    (ScriptForm.TW, "这是互联网和内存的问题", (5, 6), "和"),
    (ScriptForm.TW, "这是互联网和内存的问题", (9, 11), "問題"),
    (ScriptForm.TW, "𠀀互联网𪚥内存", (0, 1), "𠀀"),
    (ScriptForm.TW, "𠀀互联网𪚥内存", (1, 4), "網際網路"),
    (ScriptForm.TW, "𠀀互联网𪚥内存", (4, 5), "𪚥"),
    (ScriptForm.TW, "𠀀互联网𪚥内存", (5, 7), "記憶體"),
    (ScriptForm.TW, "打印机坏了", (0, 3), "印表機"),
    (ScriptForm.TW, "打印机坏了", (3, 5), "壞了"),
    (ScriptForm.TW, "用U盘，彼得·杰克逊。", (1, 3), "隨身碟"),
    (ScriptForm.HANT, "他的头发很长", (2, 4), "頭髮"),
    (ScriptForm.HANS, "臺灣的軟體", (3, 5), "软体"),
]


@pytest.mark.parametrize(("form", "text", "span", "expected"), SPANS)
def test_spans_map_to_their_conversion(
    form: ScriptForm, text: str, span: tuple[int, int], expected: str
) -> None:
    converted = convert_with_map(text, form)
    start, end = converted.span_to_converted(*span)
    assert converted.text[start:end] == expected
    back_start, back_end = converted.span_to_original(start, end)
    assert back_start <= span[0] and span[1] <= back_end


def test_points_inside_a_block_map_to_its_start() -> None:
    converted = convert_with_map("这是互联网和内存", ScriptForm.TW)  # 這是網際網路和記憶體
    assert [converted.to_converted(i) for i in range(9)] == [0, 1, 2, 2, 2, 6, 7, 7, 10]
    assert [converted.to_original(i) for i in range(11)] == [0, 1, 2, 2, 2, 2, 5, 6, 6, 6, 8]


def test_empty_spans_stay_empty_and_bad_offsets_are_rejected() -> None:
    converted = convert_with_map("互联网", ScriptForm.TW)
    assert converted.span_to_converted(3, 3) == (4, 4)
    assert converted.span_to_original(0, 0) == (0, 0)
    for start, end in [(-1, 1), (2, 1), (0, 4)]:
        with pytest.raises(ValueError):
            converted.span_to_converted(start, end)
    with pytest.raises(ValueError):
        converted.to_original(5)


@pytest.mark.parametrize("form", list(ScriptForm))
def test_empty_text_has_an_empty_map(form: ScriptForm) -> None:
    converted = convert_with_map("", form)
    assert converted.text == ""
    assert converted.span_to_converted(0, 0) == (0, 0)


TRICKY_PIECES = [
    *"互联网内存打印机数据库软件信息鼠标U盘头发后面乾隆干面条臺灣軟件着",
    "互联网",
    "内存",
    "打印机",
    "数据库",
    "出租车",
    "人工智能",
    "彼得·杰克逊",
    "𠀀",
    "𪚥",
    "𡘙",
    "，",
    "。",
    " ",
    "\u3000",
    "\n",
    "\x00",
    "-",
    "·",
    "a",
    "5G",
]


@st.composite
def texts_with_spans(draw: st.DrawFn) -> tuple[str, ScriptForm, int, int]:
    text = "".join(draw(st.lists(st.sampled_from(TRICKY_PIECES), min_size=1, max_size=30)))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, draw(st.sampled_from(list(ScriptForm))), start, end


@settings(max_examples=300, deadline=None)
@given(texts_with_spans())
def test_spans_map_to_non_empty_spans_that_map_back_over_them(
    case: tuple[str, ScriptForm, int, int],
) -> None:
    text, form, start, end = case
    converted = convert_with_map(text, form)
    assert converted.text == convert(text, form)
    mapped_start, mapped_end = converted.span_to_converted(start, end)
    assert 0 <= mapped_start < mapped_end <= len(converted.text)
    back_start, back_end = converted.span_to_original(mapped_start, mapped_end)
    assert back_start <= start and end <= back_end
    _assert_monotonic(converted, len(text))


def _assert_monotonic(converted: ConvertedText, length: int) -> None:
    points = [converted.to_converted(offset) for offset in range(length + 1)]
    assert points == sorted(points)
    assert points[0] == 0 and points[-1] == len(converted.text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(TRICKY_PIECES), min_size=1, max_size=30), st.data())
def test_converted_spans_map_back_to_non_empty_spans(
    pieces: list[str], data: st.DataObject
) -> None:
    converted = convert_with_map("".join(pieces), ScriptForm.TW)
    start = data.draw(st.integers(0, len(converted.text) - 1))
    end = data.draw(st.integers(start + 1, len(converted.text)))
    original_start, original_end = converted.span_to_original(start, end)
    assert original_start < original_end
    again_start, again_end = converted.span_to_converted(original_start, original_end)
    assert again_start <= start and end <= again_end


UTF16_TEXT = "a𠀀b𡘙c"  # code points: a 𠀀 b 𡘙 c; UTF-16: a hi lo b hi lo c


def test_utf16_offsets_count_astral_characters_twice() -> None:
    assert [to_utf16(UTF16_TEXT, offset) for offset in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [from_utf16(UTF16_TEXT, offset) for offset in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]
    assert Utf16Index(UTF16_TEXT).utf16_length == 7
    with pytest.raises(ValueError):
        to_utf16(UTF16_TEXT, 6)
    with pytest.raises(ValueError):
        from_utf16(UTF16_TEXT, 8)


@given(st.text(st.sampled_from(["a", "中", "𠀀", "𪚥", "\n", "é"]), max_size=40))
def test_utf16_offsets_round_trip(text: str) -> None:
    index = Utf16Index(text)
    assert index.utf16_length == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        utf16 = index.to_utf16(offset)
        assert utf16 == len(text[:offset].encode("utf-16-le")) // 2
        assert index.from_utf16(utf16) == offset


SCRIPTS = [
    (SIMPLIFIED, Script.SIMPLIFIED),
    (TRADITIONAL, Script.TRADITIONAL),
    (TRADITIONAL_AMBIGUOUS, Script.TRADITIONAL),
    (SIMPLIFIED + TRADITIONAL, Script.MIXED),
    (SIMPLIFIED * 5 + "臺灣", Script.SIMPLIFIED),
    (TRADITIONAL * 5 + "这个", Script.TRADITIONAL),
    ("面对只有干", Script.SIMPLIFIED),
    ("的了是在", Script.SIMPLIFIED),
    ("Hello, world 2024", Script.SIMPLIFIED),
    ("", Script.SIMPLIFIED),
]


@pytest.mark.parametrize(("text", "script"), SCRIPTS)
def test_detect_script(text: str, script: Script) -> None:
    assert detect_script(text) is script
