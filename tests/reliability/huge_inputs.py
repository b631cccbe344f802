"""Huge and malformed inputs, made quickly from repeated pieces (and a seed for random bytes).

Each maker writes one file into a folder and returns it; `expect` says what the import must
report for it: a sentence naming the file, never a crash, and the rest of the import going on.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.reliability.corpus import Writer, page_html

MEGABYTE = 1_000_000


def big_article(folder: Path, megabytes: int = 50) -> Path:
    """One .txt article of `megabytes` MB."""
    path = folder / f"article-{megabytes}MB.txt"
    paragraph = ("青岛港吞吐量持续增长，多个项目陆续开工建设。" * 20 + "\n").encode()
    with path.open("wb") as out:
        out.write("巨型文章\n\n".encode())
        for _ in range(megabytes * MEGABYTE // len(paragraph) + 1):
            out.write(paragraph)
    return path


def million_lines(folder: Path, lines: int = 1_000_000) -> Path:
    """A .txt file of `lines` short lines."""
    path = folder / f"lines-{lines}.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write("百万行\n\n")
        out.writelines(f"第{number}行。\n" for number in range(lines))
    return path


def million_records(folder: Path, lines: int = 1_000_000) -> Path:
    """A .jsonl file of `lines` lines: every 1000th an article, the rest empty records."""
    path = folder / f"records-{lines}.jsonl"
    writer = Writer(7)
    with path.open("w", encoding="utf-8") as out:
        for number in range(lines):
            if number % 1000:
                out.write("{}\n")
            else:
                record = {"id": f"m{number}", "title": writer.words(10), "text": writer.words(200)}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def nested_page(folder: Path, depth: int = 100_000) -> Path:
    """An HTML page whose article sits inside `depth` nested divs."""
    path = folder / f"nested-{depth}.html"
    text = "<p>深处的正文，青岛港吞吐量持续增长。</p>"
    path.write_text(
        "<html><head><title>深</title></head><body>"
        + "<div>" * depth
        + text
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    return path


def gzip_bomb_warc(folder: Path, megabytes: int = 1000) -> Path:
    """A .warc.gz whose one HTML response is `megabytes` MB of zeros, gzip-compressed twice
    (HTTP Content-Encoding inside a gzipped WARC record), beside a good page."""
    path = folder / f"bomb-{megabytes}MB.warc.gz"
    compressed = io.BytesIO()
    with gzip.GzipFile(fileobj=compressed, mode="wb", compresslevel=9) as bomb:
        zeros = bytes(MEGABYTE)
        for _ in range(megabytes):
            bomb.write(zeros)
    writer = Writer(8)
    good = page_html("好文章", writer.paragraphs(6)).encode()
    with path.open("wb") as out:
        warc = WARCWriter(out, gzip=True)
        for url, body, encoding in (
            ("https://example.com/bomb", compressed.getvalue(), "gzip"),
            ("https://example.com/good", good, None),
        ):
            headers = [("Content-Type", "text/html; charset=utf-8")]
            headers += [("Content-Encoding", encoding)] if encoding else []
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = warc.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http
            )
            warc.write_record(record)
            record.raw_stream.close()
    return path


def random_bytes(folder: Path, megabytes: int = 2, *, nul: bool = True) -> Path:
    """Random bytes named .html (with or without NUL bytes)."""
    chooser = random.Random(9 + nul)
    data = chooser.randbytes(megabytes * MEGABYTE)
    if not nul:
        data = data.replace(b"\x00", b"\x01")
    path = folder / f"random-{'nul' if nul else 'no-nul'}.html"
    path.write_bytes(data)
    return path


def long_page(folder: Path, megabytes: int = 15) -> Path:
    """An HTML page of `megabytes` MB of article text: over the article length limit."""
    path = folder / f"long-page-{megabytes}MB.html"
    sentence = "青岛港吞吐量持续增长，多个项目陆续开工建设。" * 10
    count = megabytes * MEGABYTE // len(f"<p>{sentence}</p>".encode())
    paragraphs = "".join(f"<p>第{number}段：{sentence}</p>" for number in range(count))
    path.write_text(page_html("长页面", []).replace("</article>", paragraphs + "</article>"))
    return path


def longest_article(folder: Path) -> Path:
    """A .txt article just under the length limit (the largest one that is imported)."""
    path = folder / "longest-article.txt"
    writer = Writer(10)
    lines, length = ["最长的文章", ""], 0
    while length < 990_000:
        lines.append(writer.words(300) + "。")
        length += 302
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


#: maker, the words the failure must contain ("" when the file must be imported).
Maker = Callable[[Path], Path]
EXPECTED_FAILURE = {
    "big_article": "too large to import",
    "million_lines": "too long for one article",
    "nested_page": "no article text",
    "gzip_bomb_warc": "too large to import",
    "random_bytes": "cannot be decoded",
    "long_page": "too long for one article",
}
