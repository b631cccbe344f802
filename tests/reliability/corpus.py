"""Synthetic inputs in every format the importer reads, made from a seed (no corpora needed).

The texts are random runs of common Chinese characters, so every article is distinct and the
whole importer works on them: decoding, extraction, cleaning, script detection and indexing.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下"
    "过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都"
    "两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重"
    "新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
)
PAGE = (
    "<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<nav>首页 新闻 体育</nav><article><h1>{title}</h1>{paragraphs}</article></body></html>"
)


class Writer:
    """Random but reproducible titles and paragraphs."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def words(self, count: int) -> str:
        """`count` random common characters."""
        return "".join(self.random.choice(COMMON) for _ in range(count))

    def paragraphs(self, count: int) -> list[str]:
        """Sentences of 40 to 120 characters ending in 。."""
        return [self.words(self.random.randint(40, 120)) + "。" for _ in range(count)]


def write_mixed_inputs(folder: Path, *, records: int, pages: int, seed: int) -> list[Path]:
    """A .jsonl of `records` records, and `pages` each of .txt, .md, .html and archived pages
    (one .warc.gz); returns the files, in the order to import them."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed)
    jsonl = folder / "records.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for number in range(records):
            record = {
                "id": f"r{seed}-{number}",
                "title": writer.words(12),
                "text": "\n".join(writer.paragraphs(4)),
                "date": f"2021-{1 + number % 12:02d}-{1 + number % 28:02d}",
                "source": "合成社",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    files = [jsonl]
    for number in range(pages):
        text = folder / f"text-{number}.txt"
        body = "\n".join(writer.paragraphs(5))
        text.write_text(f"{writer.words(10)}\n日期：2022年3月{1 + number % 28}日\n\n{body}\n")
        markdown = folder / f"note-{number}.md"
        markdown.write_text(
            f"---\ntitle: {writer.words(10)}\n---\n\n" + "\n\n".join(writer.paragraphs(5))
        )
        html = folder / f"page-{number}.html"
        html.write_text(page_html(writer.words(10), writer.paragraphs(6)), encoding="utf-8")
        files += [text, markdown, html]
    archived = folder / "pages.warc.gz"
    write_warc(
        archived,
        [
            (f"https://example.com/{seed}/{n}", page_html(writer.words(10), writer.paragraphs(6)))
            for n in range(pages)
        ],
    )
    return [*files, archived]


def page_html(title: str, paragraphs: list[str]) -> str:
    """A news page: navigation around an article of these paragraphs."""
    return PAGE.format(title=title, paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))


def write_warc(
    path: Path, pages: list[tuple[str, str]], *, headers: list[tuple[str, str]] | None = None
) -> None:
    """A web archive of HTML responses (`headers` replace the default Content-Type)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=path.name.endswith(".gz"))
    for url, html in pages:
        http = StatusAndHeaders(
            "200 OK",
            headers or [("Content-Type", "text/html; charset=utf-8")],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=http
        )
        writer.write_record(record)
        record.raw_stream.close()
    path.write_bytes(buffer.getvalue())
