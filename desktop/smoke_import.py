"""The smoke test's import check: one small file per format the importer reads, imported through
File ▸ Import…'s dialog with two worker processes into a throw-away archive.

In the frozen app this is what proves the importer's libraries came along (trafilatura and
lxml for web pages, charset-normalizer for legacy encodings, PyYAML for front matter, warcio
for web archives) and that multiprocessing can start its workers from the frozen executable.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.importer.report import ImportReport, grouped_failures
from archive.store import ArchiveStore
from desktop.import_dialog import ImportDialog
from desktop.smoke_checks import SmokeFailure, wait_until

WORKERS = 2
PAGE = (
    "<html><head><title>{title}</title>"
    '<meta property="article:published_time" content="2021-03-01T08:00:00+08:00">'
    "</head><body><nav>首页 新闻 体育</nav><article>"
    "<h1>{title}</h1>{paragraphs}</article><div class='share'>分享到：微信 微博</div></body></html>"
)


def web_page(title: str) -> str:
    """A dated news page with navigation and share links around six paragraphs."""
    paragraphs = "".join(
        f"<p>{title}的第{number}段正文，港口吞吐量持续增长，多个项目陆续开工建设。</p>"
        for number in range(6)
    )
    return PAGE.format(title=title, paragraphs=paragraphs)


def write_samples(folder: Path) -> set[str]:
    """One file per format in `folder`; the titles the import must find."""
    folder.mkdir(parents=True)
    text = "标题：青岛港口新闻\n日期：2021年3月1日\n来源：青岛日报\n\n青岛港今年吞吐量持续增长。"
    (folder / "gb18030.txt").write_bytes(text.encode("gb18030"))
    (folder / "big5.txt").write_bytes("臺灣新聞\n\n軟體產業蓬勃發展，記者報導。".encode("big5"))
    (folder / "note.md").write_text(
        "---\ntitle: 香港書展開幕\ndate: 2021-07-14\n---\n\n香港書展今日開幕，展期七天。\n",
        encoding="utf-8",
    )
    record = {"id": "smoke-1", "title": "澳門旅遊數據", "text": "澳門上月旅客人次回升。"}
    (folder / "records.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (folder / "page.html").write_text(web_page("深圳科技新闻"), encoding="utf-8")
    (folder / "site.warc.gz").write_bytes(warc_of("https://news.example.cn/1.html", "杭州亚运会"))
    return {
        "青岛港口新闻",
        "臺灣新聞",
        "香港書展開幕",
        "澳門旅遊數據",
        "深圳科技新闻",
        "杭州亚运会",
    }


def warc_of(url: str, title: str) -> bytes:
    """A gzipped web archive holding one response: a news page."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    payload = io.BytesIO(web_page(title).encode("utf-8"))
    record = writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
    writer.write_record(record)
    record.raw_stream.close()
    return buffer.getvalue()


def check_import(folder: Path, archive_path: Path) -> int:
    """Import the samples through the dialog; every one lands in the archive. Their count."""
    titles = write_samples(folder)
    dialog = ImportDialog(archive_path, [folder], workers=WORKERS)
    reports: list[ImportReport] = []
    dialog.imported.connect(reports.append)
    dialog.start()
    try:
        wait_until(lambda: not dialog.running, "the import to finish")
    finally:
        dialog.close()
        dialog.deleteLater()
    report = reports[0] if reports else ImportReport()
    if report.failure_count or report.added != len(titles):
        failures = grouped_failures(report)
        said = failures[0] if failures else f"{report.added} of {len(titles)} files added"
        raise SmokeFailure(said)
    with ArchiveStore.open_read_only(archive_path, immutable=False) as store:
        missing = titles - {summary.title for summary in store.summaries()}
    if missing:
        raise SmokeFailure(f"the import lost {', '.join(sorted(missing))}")
    return len(titles)
