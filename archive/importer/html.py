"""Web pages (.html/.htm/.shtml, and WARC responses): the article extracted with trafilatura.

trafilatura finds the main text, title, date (htmldate), authors and site name; it is given the
already decoded text, so its own charset guessing never runs. Chinese-specific clean-up (title
labels, 来源/编辑 lines, share widgets) is the normaliser's job, shared with the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from archive.datetext import parse_date_text
from archive.errors import ImportFileError
from archive.ids import split_url
from archive.importer.encoding import decode_bytes
from archive.importer.limits import read_input
from archive.importer.normalise import Extracted, Failure

_AUTHOR_SEPARATORS = re.compile(r"\s*[;；,，、/|]\s*")
#: Class-name words that mark a page's lead or summary block (Baidu Baike's `lemma-summary`,
#: news sites' `summary`/`abstract`/`lead`): trafilatura drops such blocks as boilerplate.
_LEAD_CLASS = re.compile(r"(?:^|[-_ ])(?:summary|abstract|lead|intro|digest)(?:$|[-_ ])", re.I)
_NOT_TEXT_CLASS = re.compile(
    r"pic|img|image|btn|button|promotion|nav|menu|share|ad(?:$|[-_])", re.I
)
_LEAD_MIN_LENGTH = 40
_HEADLINE_MIN_LENGTH = 4
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|pre|tr|table)\s*>|<br\s*/?>", re.I)
_SITE_SEPARATORS = "-_|–—·:："
#: Bylines that are really labels or commenters: the label is cut, commenters are dropped.
_AUTHOR_LABEL = re.compile(r"^(?:责任编辑|責任編輯|编辑|編輯|作者|记者|記者|撰文|文)\s*[:：]\s*")
_NOT_AN_AUTHOR = re.compile(r"网友|網友|\bIP\b|\bIp\b|匿名")
_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def read_html_file(path: Path, location: str) -> Iterator[Extracted | Failure]:
    """One saved page as one article (identity: the page's own URL, else the file)."""
    try:
        data = read_input(path)
    except OSError as exc:
        yield Failure(location, f"it cannot be read ({exc.strerror}).")
        return
    except ImportFileError as exc:
        yield Failure(location, str(exc))
        return
    yield extract_page(data, location=location, identity=f"file:{path.resolve()}")


def extract_page(
    data: bytes, *, location: str, identity: str, url: str | None = None
) -> Extracted | Failure:
    """Decode and extract one page; `url` (a WARC's target URI) wins over the page's own."""
    try:
        decoded = decode_bytes(data, name=location)
    except ImportFileError as exc:
        return Failure(location, _reason(str(exc), location))
    document = _extract(decoded.text) or _fragment(decoded.text)
    if document is None or not (document.get("text") or "").strip():
        return Failure(location, "no article text was found in the page.")
    page_url = url or _own_url(document.get("url"))
    tree = _parse(decoded.text)
    body = _with_lead(tree, document.get("text") or "")
    title = _repaired_title(tree, document.get("title") or _html_title(decoded.text))
    warning = f"encoding uncertain: {decoded.note}" if decoded.uncertain else ""
    return Extracted(
        title=title,
        text=body,
        raw=decoded.text,
        location=location,
        date=parse_date_text(document.get("date")),
        source=document.get("sitename") or "",
        authors=_authors(document.get("author")),
        url=page_url,
        identity=page_url or identity,
        stable_identity=True,
        raw_encoding="" if decoded.encoding == "utf-8" else decoded.encoding,
        warning=warning,
    )


def _extract(text: str) -> dict[str, Any] | None:
    document = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        favor_precision=True,
        # htmldate's extensive search falls back on dateparser, which compiles every locale's
        # patterns (~8 s per process); the normaliser reads 发布时间/更新时间 labels instead.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return None
    return dict(document.as_dict()) if hasattr(document, "as_dict") else dict(document)


def _fragment(page: str) -> dict[str, Any] | None:
    """A saved clipping (HTML without <html>/<body>, where trafilatura finds nothing): all of it.

    Block ends become line breaks, so paragraphs stay paragraphs.
    """
    head = page[:4096].lower()
    if "<body" in head or "<html" in head:
        return None
    tree = _parse(_BLOCK_END.sub("\n", page))
    return None if tree is None else {"text": tree.text_content(), "title": ""}


def _parse(page: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None


def _repaired_title(tree: lxml.html.HtmlElement | None, title: str) -> str:
    """The page's headline (`<h1>`) when the metadata title is it cut short or plus a site name.

    `多地项目连环爆雷 狂奔的龙湖集团` (a meta attribute broken by an inner `"`) becomes the `<h1>`
    `…集团"暗伤"曝露？`; `武汉的声音：…城！-新华网` becomes the `<h1>` without `-新华网`.
    """
    title = " ".join(title.split())
    if tree is None or not title:
        return title
    for heading in tree.iter("h1"):
        text = " ".join(heading.text_content().split())
        if len(text) < _HEADLINE_MIN_LENGTH or text == title:
            continue
        if text.startswith(title) or (
            title.startswith(text) and title[len(text) :].lstrip()[:1] in _SITE_SEPARATORS
        ):
            return text
    return title


def _with_lead(tree: lxml.html.HtmlElement | None, text: str) -> str:
    """The extracted text with a dropped lead/summary block put back in front of it."""
    if tree is None:
        return text
    present = _squash(text)
    leads = []
    for element in tree.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if not classes or not _LEAD_CLASS.search(classes) or _NOT_TEXT_CLASS.search(classes):
            continue
        lead = " ".join(element.text_content().split())
        if len(lead) >= _LEAD_MIN_LENGTH and _squash(lead) not in present:
            leads.append(lead)
            present += _squash(lead)
    return "\n".join([*leads, text])


def _squash(text: str) -> str:
    return "".join(text.split())


def _own_url(url: object) -> str | None:
    """The page's canonical URL, unless it points at a site's front page (a common mistake)."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    parts = split_url(url)
    return url if parts is not None and parts.path.strip("/") else None


def _authors(value: object) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    names = (_AUTHOR_LABEL.sub("", name) for name in _AUTHOR_SEPARATORS.split(value.strip()))
    return tuple(name for name in names if name and not _NOT_AN_AUTHOR.search(name))


def _html_title(text: str) -> str:
    match = _HTML_TITLE.search(text)
    return match.group(1) if match else ""


def _reason(message: str, location: str) -> str:
    """The decoder's sentence without the file name (the report shows it already)."""
    return message.removeprefix(location).strip()
