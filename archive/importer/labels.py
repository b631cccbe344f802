"""Scraped page labels around an article (来源：…, 责任编辑：…, 分享到, 纠错) found and removed.

Site-independent: a label line is recognised by its wording, and only at the edges of the text
(before the first and after the last real paragraph), except for bare widget words, which are
dropped anywhere. What the labels say (source, editor, date) is kept as metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_COLON = r"\s*[:：]\s*"
_SOURCE = re.compile(
    rf"^[\[【(（]?(?:来源|來源|稿源|出处|出處|来自|來自){_COLON}(?P<value>[^\]】)）]{{1,40}})[\]】)）]?$"
)
_EDITOR = re.compile(
    rf"^[\[【(（]?(?:责任编辑|責任編輯|编辑|編輯|责编|責編|编审|編審|校对|校對|审核|審核|监制|監製|"
    rf"制作|製作){_COLON}(?P<value>[^\]】)）]{{1,40}})[\]】)）]?$"
)
_AUTHOR = re.compile(
    rf"^[\[【(（]?(?:作者|记者|記者|撰文|文){_COLON}(?P<value>[^\]】)）]{{1,30}})[\]】)）]?$"
)
_DATE = re.compile(
    rf"^(?:更新时间|更新時間|发布时间|發布時間|发表时间|發表時間|时间|時間|日期|发布日期|發布日期)"
    rf"{_COLON}(?P<value>.{{4,40}})$"
)
_NOISE = re.compile(
    r"^(?:视频简介|視頻簡介|主要内容|主要內容|相关阅读|相關閱讀|相关新闻|相關新聞|相关文章|相關文章|"
    r"延伸阅读|延伸閱讀|热门推荐|熱門推薦|推荐阅读|推薦閱讀|点击排行|點擊排行|热点新闻|熱點新聞|"
    r"更多精彩|看更多|猜你喜欢|猜你喜歡|网友评论|網友評論|我要评论|我要評論|发表评论|發表評論|"
    r"分享到|分享至|打印|列印|关闭窗口|關閉視窗|关闭|關閉|返回顶部|返回頂部|纠错|糾錯|字号|字號|"
    r"扫一扫|掃一掃|扫码|掃碼)"
    r"(?:[:：].{0,80}|[\s】\]]*(?:[大中小]\s*){0,3}[\]】]?)?$"
)
_BARE_WIDGET = re.compile(
    r"^[\[【]?(?:分享到?[:：]?|打印|列印|关闭窗口|關閉視窗|返回顶部|返回頂部|纠错|糾錯|收藏|"
    r"字号[:：]?\s*[大中小\s]*|字號[:：]?\s*[大中小\s]*|点赞|點讚|按讚)[\]】]?$"
)
_SEPARATOR = re.compile(r"^[-—─_=*·~＝－]{3,}$")
#: A short tail after an article's last sentence that advertises apps, feeds or more links:
#: `新聞送上來！ iOSAndroidAPP下載LINE好友`, `》自營商進出明細 》外資持股增減排行`.
_PROMO = re.compile(
    r"下載|下载|LINE好友|加入好友|訂閱|订阅|追蹤我們|关注我们|粉絲團|粉丝团|更多精采|更多精彩|"
    r"詳見|详见|點我|点我|按讚|APP|》.*》"
)
_SENTENCE_END = "。！？!?」』”）)…"
_PROMO_TAIL_MAX_LENGTH = 80


@dataclass(frozen=True)
class EdgeLabels:
    """What the removed labels said."""

    source: str = ""
    editor: str = ""
    author: str = ""
    date_text: str = ""


def split_edge_labels(paragraphs: Sequence[str]) -> tuple[list[str], EdgeLabels]:
    """The paragraphs without label lines at either edge or bare widget words anywhere."""
    kept = [line for line in paragraphs if not _BARE_WIDGET.match(line)]
    found: dict[str, str] = {}
    start, end = 0, len(kept)
    while start < end and _take_label(kept[start], found):
        start += 1
    while end > start and _take_label(kept[end - 1], found):
        end -= 1
    kept = kept[start:end]
    while kept and (last := _without_promo_tail(kept[-1])) != kept[-1]:
        kept = [*kept[:-1], last] if last else kept[:-1]
    return kept, EdgeLabels(
        source=found.get("source", ""),
        editor=found.get("editor", ""),
        author=found.get("author", ""),
        date_text=found.get("date", ""),
    )


def _without_promo_tail(line: str) -> str:
    """The line without a short promotional tail after its last sentence ('' if all promo)."""
    cut = max(line.rfind(mark) for mark in _SENTENCE_END) + 1
    tail = line[cut:]
    if tail.strip() and len(tail) <= _PROMO_TAIL_MAX_LENGTH and _PROMO.search(tail):
        return line[:cut].rstrip()
    return line


def _take_label(line: str, found: dict[str, str]) -> bool:
    """True when `line` is a label; its value, if any, goes into `found` (first one wins)."""
    patterns = (("source", _SOURCE), ("editor", _EDITOR), ("author", _AUTHOR), ("date", _DATE))
    for name, pattern in patterns:
        match = pattern.match(line)
        if match:
            found.setdefault(name, match["value"].strip())
            return True
    return bool(_NOISE.match(line) or _SEPARATOR.match(line))
