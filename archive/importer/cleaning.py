"""Text repairs shared by every importer and the seed extractor: NFC, pinyin, share widgets.

Full-width ASCII (ＶＩＰ) is kept as written: search folds it, the reader shows the original.
"""

from __future__ import annotations

import re
import unicodedata

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONELESS = str.maketrans(_TONE_MARKED, "aaaaeeeeiiiioooouuuuüüüü")
_HAN_THEN_LOWERCASE_IN_PARENTHESES = re.compile(rf"({_HAN})\(([a-zü{_TONE_MARKED}]+)\)")
_PINYIN_SYLLABLE = re.compile(
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:a(?:ng|[ino])?|o(?:ng|u)?|e(?:ng|[inr])?"
    r"|i(?:ang|ong|a[on]|ng|[aenou])?|u(?:ang|ai|an|[aeino])?|ü(?:an|[en])?)"
)

#: Words that share/print widgets leave in scraped text (a run of two or more is removed).
SHARE_WIDGET_WORDS = (
    "分享到", "分享至", "分享", "facebook", "twitter", "line", "plurk", "weibo", "wechat", "email",
    "微信", "微博", "新浪微博", "腾讯微博", "騰訊微博", "qq空间", "qq空間", "朋友圈", "噗浪",
    "列印", "打印", "转寄", "轉寄", "收藏", "复制链接", "複製連結", "推特",
)  # fmt: skip
_WIDGET = "|".join(sorted((re.escape(word) for word in SHARE_WIDGET_WORDS), key=len, reverse=True))
_WIDGET_RUN = re.compile(
    rf"[ \t\u3000]*(?:(?:{_WIDGET})[:：]?[ \t\u3000]+)+"
    rf"(?:{_WIDGET})[:：]?(?=[ \t\u3000]|$)[ \t\u3000]*",
    re.IGNORECASE | re.MULTILINE,
)
#: Where inline JavaScript a scraper kept starts: `(function(d, s, id) {`, `domready(function() {`.
_SCRIPT_START = re.compile(r"(?:\(\s*function\s*\(|\b[\w$.]+\s*\(\s*function\s*\()[^\n]*")
_HTML_SPACE_ENTITY = re.compile(r"&nbsp;?|&#160;|&#xa0;", re.IGNORECASE)
_EDGE_SPACE = " \t\r\f\v\u3000\u00a0\u200b\ufeff"
_INNER_SPACE_RUN = re.compile(r"[ \t\f\v\u00a0]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def remove_pinyin_artefacts(text: str) -> str:
    """Drop the `(pinyin)` a lossy conversion left after Han characters: `發(fā)展` → `發展`."""
    return _HAN_THEN_LOWERCASE_IN_PARENTHESES.sub(_han_without_pinyin, text)


def is_pinyin_syllable(word: str) -> bool:
    """True for one lowercase Hanyu Pinyin syllable, tone marks allowed (`chǎn`, `yè`, `lü`)."""
    return _PINYIN_SYLLABLE.fullmatch(word.translate(_TONELESS)) is not None


def _han_without_pinyin(match: re.Match[str]) -> str:
    han, inside = match.groups()
    return han if is_pinyin_syllable(inside) else match.group(0)


def remove_share_widgets(text: str) -> str:
    """Cut runs like `分享   facebook` (two or more widget words) out; each run ends a paragraph."""
    return _WIDGET_RUN.sub("\n", text)


def remove_inline_scripts(text: str) -> str:
    """Cut scraped JavaScript from where it starts to the end of its line."""
    return _SCRIPT_START.sub(_script_or_text, text)


def _script_or_text(match: re.Match[str]) -> str:
    code = match.group()
    return "" if code.count(";") >= 2 and "{" in code else code


def clean_line(line: str) -> str:
    """NFC, control characters dropped, outer whitespace (ideographic too) trimmed, inner runs of
    spaces and tabs made one space (the Markdown round trip of importer text relies on it)."""
    line = _HTML_SPACE_ENTITY.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", line)))
    line = line.strip().strip(_EDGE_SPACE)
    return _INNER_SPACE_RUN.sub(" ", line)


def clean_paragraphs(text: str) -> list[str]:
    """Plain text as clean, non-empty paragraphs (one per line) with every repair applied."""
    repaired = remove_pinyin_artefacts(unicodedata.normalize("NFC", text))
    repaired = remove_share_widgets(remove_inline_scripts(repaired))
    lines = (clean_line(line) for line in repaired.splitlines())
    return [line for line in lines if line]
