"""Text encodings from the bytes: BOMs, strict decodes of the Chinese families, plausibility.

A declared charset (`<meta charset>`, an XML declaration) is only a tie-breaker: pages lie about
it. GB2312/GBK/GB18030 are all decoded as gb18030 (a gb2312 label on a GBK-only character such as
镕 would otherwise fail), Big5 as big5hkscs. GBK bytes often decode *without error* as Big5 (and
the reverse) into plausible-looking mojibake, so every strict decode is scored by the share of
its non-ASCII characters that are common Chinese characters or punctuation; the common set is
taken from the codecs themselves (GB2312 level 1 and Big5 level 1, about 8,000 characters).
Encodings outside the Chinese families are left to charset-normalizer.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from archive.errors import ImportFileError

#: A decode at least this plausible is accepted without doubt.
CONFIDENT_SCORE = 0.95
#: Below this, a decode is treated as mojibake.
PLAUSIBLE_SCORE = 0.85
#: A runner-up this close to the winner makes the guess uncertain.
CLOSE_MARGIN = 0.1
#: A winner this far ahead of every rival (or without one) is trusted from this score on.
CLEAR_LEAD = 0.3
CLEAR_LEAD_SCORE = 0.85
#: Valid UTF-8 with this many non-ASCII characters is UTF-8, whatever they are.
UTF8_TRUSTED = 12
#: Texts with fewer non-ASCII characters than this say too little for the strict threshold:
#: the best reading is kept (flagged uncertain) from SHORT_TEXT_SCORE on.
SHORT_TEXT = 40
SHORT_TEXT_SCORE = 0.5

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE_CANDIDATES = ("gb18030", "big5hkscs", "cp950")
_FAMILY = {"gb18030": "gb", "big5hkscs": "big5", "cp950": "big5", "utf-8": "utf-8"}
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LABEL_FAMILIES = {
    "gb2312": "gb", "gbk": "gb", "gb18030": "gb", "x-gbk": "gb", "cp936": "gb", "euc-cn": "gb",
    "big5": "big5", "big5-hkscs": "big5", "big5hkscs": "big5", "x-x-big5": "big5", "cp950": "big5",
    "utf-8": "utf-8", "utf8": "utf-8",
}  # fmt: skip
_EUC_PAIRS = re.compile(rb"(?:[\x00-\x7f]|[\xa1-\xfe]{2}|\x8e[\xa1-\xb0][\xa1-\xfe]{2})*")
_GOOD_BLOCKS = ((0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2000, 0x206F), (0x00A0, 0x00BF))


@dataclass(frozen=True)
class Decoded:
    """A file's text, the codec that produced it, and whether that guess is in doubt."""

    text: str
    encoding: str
    uncertain: bool = False
    note: str = ""


def decode_bytes(data: bytes, *, name: str) -> Decoded:
    """Decode a whole file strictly; ImportFileError (naming `name`) when no decode is clean."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, name)
    if not data:
        return Decoded("", "utf-8")
    if b"\x00" in data:
        return _utf16_without_bom(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _chinese_or_other(data, name)
    return _utf8_or_short_chinese(data, text)


def _utf8_or_short_chinese(data: bytes, text: str) -> Decoded:
    """Valid UTF-8 is UTF-8, unless it is a few odd characters that read as common Chinese.

    (`为1003645` in GBK is valid UTF-8 for `Ϊ1003645`.)
    """
    if _wide_count(text) >= UTF8_TRUSTED or plausibility(text) >= PLAUSIBLE_SCORE:
        return Decoded(text, "utf-8")
    chinese = sorted(((plausibility(t), c, t) for c, t in _strict_decodes(data)), reverse=True)
    if chinese and chinese[0][0] >= PLAUSIBLE_SCORE:
        score, codec, chinese_text = chinese[0]
        note = f"valid UTF-8 but reads as common Chinese in {codec} ({score:.0%})"
        return Decoded(chinese_text, codec, uncertain=True, note=note)
    return Decoded(text, "utf-8")


def declared_family(data: bytes) -> str | None:
    """'gb', 'big5' or 'utf-8' when some `charset=`/`encoding=` in the first 4 kB names one."""
    for match in _DECLARED.finditer(data[:4096]):
        family = _LABEL_FAMILIES.get(match.group(1).decode("ascii").lower())
        if family:
            return family
    return None


def plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common Chinese ones or punctuation (1.0: none)."""
    common = common_characters()
    wide = [char for char in text if ord(char) > 0x7F]
    if not wide:
        return 1.0
    good = sum(1 for char in wide if char in common or _is_good_symbol(char))
    return good / len(wide)


@functools.cache
def common_characters() -> frozenset[str]:
    """GB2312 level 1 plus Big5 level 1: the frequent characters of both scripts."""
    found: set[str] = set()
    for lead in range(0xB0, 0xD8):
        found.update(_decodable(bytes([lead, trail]), "gb2312") for trail in range(0xA1, 0xFF))
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for lead in range(0xA4, 0xC7):
        found.update(_decodable(bytes([lead, trail]), "big5") for trail in big5_trails)
    found.discard("")
    return frozenset(found)


def _decodable(pair: bytes, codec: str) -> str:
    try:
        return pair.decode(codec)
    except UnicodeDecodeError:
        return ""


def _is_good_symbol(char: str) -> bool:
    code = ord(char)
    if any(low <= code <= high for low, high in _GOOD_BLOCKS):
        return True
    return unicodedata.category(char).startswith("Z")


def _strict(data: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec.removesuffix("-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{name} cannot be decoded: it starts with a {codec} byte-order mark but byte "
            f"{exc.start} is not valid {codec}."
        ) from exc


def _utf16_without_bom(data: bytes, name: str) -> Decoded:
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    codec = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{name} cannot be decoded: it holds NUL bytes but is not valid UTF-16."
        ) from exc
    if "\x00" in text:  # text never holds U+0000: these are binary bytes, not UTF-16
        raise ImportFileError(f"{name} cannot be decoded: it holds NUL bytes but is not text.")
    return Decoded(text, "utf-16", uncertain=True, note="UTF-16 without a byte-order mark")


def _chinese_or_other(data: bytes, name: str) -> Decoded:
    scored = sorted(
        ((plausibility(text), codec, text) for codec, text in _strict_decodes(data)),
        key=lambda item: (item[0], _declared_bonus(item[1], data)),
        reverse=True,
    )
    if scored and scored[0][0] >= _needed_score(scored[0][2]):
        return _best_of(scored, data)
    other = _other_encoding(data)
    if other is not None:
        return other
    raise ImportFileError(_undecodable_reason(data, name, scored))


def _needed_score(text: str) -> float:
    return PLAUSIBLE_SCORE if _wide_count(text) >= SHORT_TEXT else SHORT_TEXT_SCORE


def _wide_count(text: str) -> int:
    """How many characters are not ASCII."""
    return len(text) - len(text.encode("ascii", "ignore"))


def _strict_decodes(data: bytes) -> list[tuple[str, str]]:
    decodes: list[tuple[str, str]] = []
    for codec in _CHINESE_CANDIDATES:
        try:
            decodes.append((codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    return decodes


def _declared_bonus(codec: str, data: bytes) -> int:
    return int(_FAMILY[codec] == declared_family(data))


def _best_of(scored: list[tuple[float, str, str]], data: bytes) -> Decoded:
    score, codec, text = scored[0]
    rivals = [item for item in scored[1:] if _FAMILY[item[1]] != _FAMILY[codec]]
    close = bool(rivals) and score - rivals[0][0] < CLOSE_MARGIN
    if close and _declared_bonus(rivals[0][1], data) and not _declared_bonus(codec, data):
        score, codec, text = rivals[0]
    lead = score - rivals[0][0] if rivals else 1.0
    if (score >= CONFIDENT_SCORE and not close) or (
        score >= CLEAR_LEAD_SCORE and lead >= CLEAR_LEAD
    ):
        return Decoded(text, codec)
    why = f"{codec} is the likeliest reading ({score:.0%} common characters)"
    if close:
        why += f", but {rivals[0][1]} is nearly as likely"
    return Decoded(text, codec, uncertain=True, note=why)


def _other_encoding(data: bytes) -> Decoded | None:
    """charset-normalizer's reading, for encodings outside the Chinese families."""
    best = from_bytes(data).best()
    if best is None or best.encoding in ("gb18030", "big5", "big5hkscs", "cp950", "utf_8"):
        return None
    text = str(best)
    if plausibility(text) < PLAUSIBLE_SCORE and _has_han(text):
        return None
    return Decoded(text, best.encoding, uncertain=True, note="guessed by charset-normalizer")


def _has_han(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _undecodable_reason(data: bytes, name: str, scored: list[tuple[float, str, str]]) -> str:
    if _EUC_PAIRS.fullmatch(data):
        return (
            f"{name} cannot be decoded: its bytes look like EUC-TW (CNS 11643), which Wenyuan "
            "cannot read; save it as UTF-8 or Big5 and import it again."
        )
    if scored:
        score, codec, _text = scored[0]
        return (
            f"{name} cannot be decoded reliably: read as {codec} only {score:.0%} of its "
            "characters are common Chinese ones, so it would be stored as mojibake."
        )
    return f"{name} cannot be decoded: it is not valid UTF-8, GB18030 or Big5."
