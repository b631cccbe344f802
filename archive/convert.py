"""Script conversion (OpenCC) with offset maps, UTF-16 offsets and script detection."""

from __future__ import annotations

import bisect
import functools
import operator
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

import opencc

from archive.models import Script
from archive.paths import resources_dir


class ScriptForm(StrEnum):
    """How a reader wants to see the text."""

    ORIGINAL = "original"
    HANS = "hans"
    HANT = "hant"
    TW = "tw"
    HK = "hk"


_CONFIGS = {"hans": "t2s", "hant": "s2t", "tw": "s2twp", "hk": "s2hk"}
#: Punctuation that does occur inside dictionary keys (names like 彼得·杰克逊, words like U-盘).
_JOINERS = "-·‧・•－﹣‐‑"
_BREAK_CODES = [*range(0x3040), *range(0xFE10, 0xFF66)]
#: Largest cut search (in converted characters) inside one run before mapping it as one block.
_CUT_SEARCH_BUDGET = 20_000

_converters_lock = threading.Lock()
_single_characters: dict[str, dict[str, str]] = {}


@functools.cache
def _new_converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _converter(config: str) -> opencc.OpenCC:
    with _converters_lock:
        return _new_converter(config)


def _opencc(config: str, text: str) -> str:
    """OpenCC conversion that keeps NUL characters (the C library stops at them)."""
    if "\x00" in text:
        return "\x00".join(_converter(config).convert(part) for part in text.split("\x00"))
    return _converter(config).convert(text)


def _is_breaker(character: str) -> bool:
    """Whitespace, controls and punctuation: never inside a dictionary key, never converted."""
    category = unicodedata.category(character)
    return (category[0] in "PZ" or category == "Cc") and character not in _JOINERS


_BREAKS = re.compile("([" + re.escape("".join(filter(_is_breaker, map(chr, _BREAK_CODES)))) + "]+)")


def convert(text: str, form: ScriptForm | str) -> str:
    """`text` in the given form; `original` returns it unchanged.

    Conversion is applied directly to the input, whatever its script: the s2* configs map
    simplified characters and leave traditional ones alone, and their phrase tables also
    match traditional input (軟件 → 軟體 in `tw`). Going through t2s first was tried and
    rejected: it is lossy (沖/衝, 纔/才, 裡/裏 and 隻/只 collapse and are then re-guessed).
    """
    form = ScriptForm(form)
    if form is ScriptForm.ORIGINAL or not text:
        return text
    return _opencc(_CONFIGS[form], text)


_Bounds = tuple[int, ...]


@dataclass(frozen=True)
class ConvertedText:
    """A converted text and a map between its code-point offsets and the original's.

    Both texts are cut into aligned units: stretches converted character for character, and
    blocks (what a phrase changed, e.g. 互联网 → 網際網路) that map only as a whole (an offset
    inside one maps to its start). A non-empty span maps to the non-empty span of the units
    it touches, so mapping there and back covers at least the original span.
    """

    original: str
    text: str
    _orig_bounds: _Bounds = field(repr=False, compare=False)
    _conv_bounds: _Bounds = field(repr=False, compare=False)
    _stretch: tuple[bool, ...] = field(repr=False, compare=False)

    def to_converted(self, offset: int) -> int:
        """The converted offset of an original offset."""
        return self.span_to_converted(offset, offset)[0]

    def to_original(self, offset: int) -> int:
        """The original offset of a converted offset."""
        return self.span_to_original(offset, offset)[0]

    def span_to_converted(self, start: int, end: int) -> tuple[int, int]:
        """The converted span covering the original span [start, end)."""
        return self._map(start, end, self._orig_bounds, self._conv_bounds)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering the converted span [start, end)."""
        return self._map(start, end, self._conv_bounds, self._orig_bounds)

    def _map(self, start: int, end: int, bounds: _Bounds, other: _Bounds) -> tuple[int, int]:
        """The span in the other text covering [start, end) of this one."""
        if not 0 <= start <= end <= bounds[-1]:
            raise ValueError(f"span {start}..{end} outside 0..{bounds[-1]}")
        if start == bounds[-1]:
            return other[-1], other[-1]
        first = self._locate(start, bounds, other)[0]
        return (first, first) if start == end else (first, self._locate(end - 1, bounds, other)[1])

    def _locate(self, offset: int, bounds: _Bounds, other: _Bounds) -> tuple[int, int]:
        """The span in the other text of the character at `offset` (of its block)."""
        unit = bisect.bisect_right(bounds, offset) - 1
        if self._stretch[unit]:
            mapped = other[unit] + offset - bounds[unit]
            return mapped, mapped + 1
        return other[unit], other[unit + 1]


def convert_with_map(text: str, form: ScriptForm | str) -> ConvertedText:
    """`convert(text, form)` with its offset map: runs between breakers convert on their own."""
    form = ScriptForm(form)
    if form is ScriptForm.ORIGINAL or not text:
        return _build_map(text, text, [(len(text), -1)])
    config = _CONFIGS[form]
    runs = _BREAKS.split(text)
    converted_runs = _BREAKS.split(_opencc(config, text))
    if len(converted_runs) != len(runs) or converted_runs[1::2] != runs[1::2]:
        converted_runs = [_opencc(config, run) if i % 2 == 0 else run for i, run in enumerate(runs)]
    units: list[tuple[int, int]] = []
    for index, (run, converted) in enumerate(zip(runs, converted_runs, strict=True)):
        same = index % 2 or run == converted
        units += [(len(run), -1)] if same else _run_units(run, converted, config)
    return _build_map(text, "".join(converted_runs), units)


def _run_units(run: str, converted: str, config: str) -> list[tuple[int, int]]:
    """Units (size, converted size, -1 for a stretch) of a breaker-free run, left to right:
    characters that convert as they would alone form stretches; from the first that does
    not, a block reaches to the next cut (see `_next_cut`)."""
    alone = "".join(_single_conversions(run, config))
    if alone == converted or len(alone) != len(run):
        return [(len(run), -1 if alone == converted else len(converted))]
    units: list[tuple[int, int]] = []
    anchor, start, converted_start = (0, 0), 0, 0
    while start < len(run):
        same = _same_prefix_length(alone[start:], converted[converted_start:])
        units.append((same, -1))
        start, converted_start = start + same, converted_start + same
        if start < len(run):
            anchor = _next_cut(run, converted, anchor, start, converted_start, config)
            size, converted_size = anchor[0] - start, anchor[1] - converted_start
            units.append((1, -1) if size == converted_size == 1 else (size, converted_size))
            start, converted_start = anchor
    return units


def _same_prefix_length(alone: str, converted: str) -> int:
    """How many characters match one for one, leaving one on each side unless all match."""
    if alone == converted:
        return len(alone)
    limit = min(len(alone), len(converted)) - 1
    pairs = enumerate(zip(alone[:limit], converted[:limit], strict=True))
    return next((i for i, (a, b) in pairs if a != b), max(0, limit))


def _next_cut(
    run: str, converted: str, anchor: tuple[int, int], start: int, converted_start: int, config: str
) -> tuple[int, int]:
    """The first cut after `start` that ends a non-empty block, as (offset, converted offset):
    a position where converting the two halves apart gives the same text. `anchor` is an
    earlier cut, so only run[anchor:] is converted. None found (in budget): the run's end."""
    rest, expected = run[anchor[0] :], converted[anchor[1] :]
    low = start + 1
    for batch in (2, 16, len(run)):
        candidates = range(low, min(start + batch, len(run)))
        if not candidates or len(candidates) * (len(rest) + 2) > _CUT_SEARCH_BUDGET:
            continue
        trial = "\n".join(
            rest[: cut - anchor[0]] + "\t" + rest[cut - anchor[0] :] for cut in candidates
        )
        for cut, halves in zip(candidates, _opencc(config, trial).split("\n"), strict=True):
            left, _, right = halves.partition("\t")
            if left + right == expected and anchor[1] + len(left) > converted_start:
                return cut, anchor[1] + len(left)
        low = candidates.stop
    return len(run), len(converted)


def _single_conversions(run: str, config: str) -> list[str]:
    """What each character of `run` becomes when converted on its own."""
    table = _single_characters.setdefault(config, {"\n": "\n"})
    missing = sorted(set(run).difference(table))
    if missing:
        converted = _opencc(config, "\n".join(missing)).split("\n")
        table.update((c, alone or c) for c, alone in zip(missing, converted, strict=True))
    return list(map(table.__getitem__, run))


def _build_map(original: str, converted: str, units: list[tuple[int, int]]) -> ConvertedText:
    """The map from units (size, converted size, -1 for a stretch); adjacent stretches join."""
    orig_bounds, conv_bounds, stretch = [0], [0], [False]
    for size, converted_size in units:
        if size == 0 and converted_size <= 0:
            continue
        if converted_size == -1 and stretch[-1]:
            orig_bounds[-1] += size
            conv_bounds[-1] += size
            continue
        orig_bounds.append(orig_bounds[-1] + size)
        conv_bounds.append(conv_bounds[-1] + (size if converted_size == -1 else converted_size))
        stretch.append(converted_size == -1)
    return ConvertedText(
        original, converted, tuple(orig_bounds), tuple(conv_bounds), tuple(stretch[1:])
    )


class Utf16Index:
    """Code-point ↔ UTF-16 code-unit offsets for one text (Qt counts UTF-16 units)."""

    _ASTRAL = re.compile("[\U00010000-\U0010ffff]")

    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in self._ASTRAL.finditer(text)]
        self._astral_utf16 = [offset + rank for rank, offset in enumerate(self._astral)]
        self.length, self.utf16_length = len(text), len(text) + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"offset {offset} outside 0..{self.length}")
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code-point offset of a UTF-16 offset (inside a surrogate pair: its character)."""
        if not 0 <= offset <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {offset} outside 0..{self.utf16_length}")
        return offset - bisect.bisect_left(self._astral_utf16, offset)


@functools.lru_cache(maxsize=16)
def utf16_offsets(text: str) -> Utf16Index:
    """The (cached) UTF-16 index of `text`."""
    return Utf16Index(text)


def to_utf16(text: str, offset: int) -> int:
    """The UTF-16 offset of code-point `offset` in `text`."""
    return utf16_offsets(text).to_utf16(offset)


def from_utf16(text: str, offset: int) -> int:
    """The code-point offset of UTF-16 `offset` in `text`."""
    return utf16_offsets(text).from_utf16(offset)


#: Both scripts are "substantial" when the minority has at least this many characters ...
MIXED_MINIMUM_CHARACTERS = 3
#: ... and at least this share of all script-specific characters.
MIXED_MINIMUM_SHARE = 0.2


def detect_script(text: str) -> Script:
    """Which script `text` is written in, counting characters only one script uses.

    Traditional: characters t2s changes. Simplified: characters s2t changes alone and s2t,
    s2tw and s2hk all change in context (皇后, 干涉, 台灣, 吃, 為 do not count). MIXED when the
    minority reaches both thresholds above; else the majority, simplified when tied or none.
    """
    changeable = t2s_changeable()
    if changeable is not None and changeable.isdisjoint(text):
        return Script.SIMPLIFIED  # t2s leaves it as it is: no traditional character
    return detect_script_fully(text)


def detect_script_fully(text: str) -> Script:
    """`detect_script` without the shortcut (the tests hold the two equal)."""
    traditional = sum(map(operator.ne, text, _opencc("t2s", text)))
    decided = _decided_without_context(text, traditional)
    if decided is not None:
        return decided
    return _detect_in_context(text, traditional)


@functools.cache
def t2s_changeable() -> frozenset[str] | None:
    """Every character t2s can change (resources/fold/t2s_changeable.txt, made from OpenCC's
    dictionaries by build/make_t2s_table.py); None when the installed OpenCC is another version
    than the one the file was made from, and the shortcut must not be trusted."""
    lines = (resources_dir() / "fold" / "t2s_changeable.txt").read_text("utf-8").splitlines()
    return read_changeable(lines, opencc.__version__)


def read_changeable(lines: list[str], installed: str) -> frozenset[str] | None:
    """The set from the file's lines, if its header names the `installed` OpenCC version."""
    if not lines or not lines[0].startswith(f"# Characters OpenCC {installed} t2s "):
        return None
    return frozenset(line for line in lines[1:] if line and not line.startswith("#"))


def _decided_without_context(text: str, traditional: int) -> Script | None:
    """The answer of `_detect_in_context` when counts alone settle it (most texts), else None.

    The simplified count never exceeds the number of characters that s2t changes on their own:
    with none traditional the text is simplified; when that bound is too small to make the text
    mixed and below the traditional count, it is traditional. Skips three whole-text conversions.
    """
    if traditional == 0:
        return Script.SIMPLIFIED
    bound = sum(map(operator.ne, text, _single_conversions(text, "s2t")))
    cannot_mix = (
        min(traditional, bound) < MIXED_MINIMUM_CHARACTERS
        or bound / (traditional + bound) < MIXED_MINIMUM_SHARE
    )
    return Script.TRADITIONAL if cannot_mix and traditional > bound else None


def _detect_in_context(text: str, traditional: int) -> Script:
    """The full count: simplified characters as s2t, s2tw and s2hk all see them in context."""
    in_context = set.intersection(*(_changed_positions(text, c) for c in ("s2t", "s2tw", "s2hk")))
    candidates = "".join(text[i] for i in in_context)
    alone = _single_conversions(candidates, "s2t")
    simplified = sum(1 for c, converted in zip(candidates, alone, strict=True) if c != converted)
    minority = min(traditional, simplified)
    share = minority / max(1, traditional + simplified)
    if minority >= MIXED_MINIMUM_CHARACTERS and share >= MIXED_MINIMUM_SHARE:
        return Script.MIXED
    return Script.TRADITIONAL if traditional > simplified else Script.SIMPLIFIED


def _changed_positions(text: str, config: str) -> set[int]:
    """Positions whose character a conversion changes (these configs keep lengths)."""
    converted = _opencc(config, text)
    return {i for i, (a, b) in enumerate(zip(text, converted, strict=False)) if a != b}
