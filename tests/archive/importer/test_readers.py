"""Each reader on real files: text headers, front matter, JSON records, web pages, web archives."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.dates import DatePrecision
from archive.importer.normalise import Failure, Found, normalise
from archive.importer.tasks import FILE_READERS, Task, plan_tasks, run_task, suffix_of
from archive.render import plain_text
from tests.conftest import require_corpora


def read_one(path: Path) -> Found:
    (item,) = read_all(path)
    assert isinstance(item, Found), item
    return item


def read_all(path: Path) -> list[Found | Failure]:
    results: list[Found | Failure] = []
    for extracted in FILE_READERS[suffix_of(path)](path, path.name):
        results.append(extracted if isinstance(extracted, Failure) else normalise(extracted))
    return results


@pytest.mark.parametrize(
    ("content", "title", "date", "precision", "source", "first_paragraph"),
    [
        (
            "标题：青岛港发展\n日期：2021年1月14日 15:48\n来源：青岛日报\n\n正文第一段。\n第二段。",
            "青岛港发展", "2021-01-14T15:48", DatePrecision.MINUTE, "青岛日报", "正文第一段。",
        ),
        (
            "青岛港发展\n2021/01/14\n\n正文第一段。",
            "青岛港发展", "2021-01-14", DatePrecision.DAY, "", "正文第一段。",
        ),
        (
            "Title: Harbour news\nDate: 1月14日\nSource: 信网\n正文第一段。",
            "Harbour news", "--01-14", DatePrecision.MONTH_DAY, "信网", "正文第一段。",
        ),
        (
            "这是一篇没有标题行的文章，第一行就是句子。\n第二段。",
            "story", None, DatePrecision.UNKNOWN, "", "这是一篇没有标题行的文章，第一行就是句子。",
        ),
    ],
)  # fmt: skip
def test_text_headers(
    tmp_path: Path,
    content: str,
    title: str,
    date: str | None,
    precision: DatePrecision,
    source: str,
    first_paragraph: str,
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(content, encoding="utf-8")
    article = read_one(path).article
    assert (article.title, article.date.iso(), article.date.precision) == (title, date, precision)
    assert article.source == source
    assert plain_text(article.body).split("\n")[0] == first_paragraph


def test_text_in_big5_keeps_the_decoded_capture_and_its_codec(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes("臺灣新聞\n\n軟體產業蓬勃發展，記者報導。".encode("big5"))
    found = read_one(path)
    assert found.article.title == "臺灣新聞"
    assert found.raw_encoding == "big5hkscs"
    assert found.article.raw.encode("big5hkscs") == path.read_bytes()


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: 测试文章\ndate: 2022-03-01\nauthor: 王波、李四\nurl: https://x.cn/a/1\n---\n"
        "\n# 测试文章\n\n正文**加粗**。\n\n## 小标题\n\n第二段。\n",
        encoding="utf-8",
    )
    found = read_one(path)
    article = found.article
    assert (article.title, article.date.iso(), article.authors) == (
        "测试文章",
        "2022-03-01",
        ("王波", "李四"),
    )
    assert article.url == "https://x.cn/a/1"
    assert plain_text(article.body) == "正文加粗。\n小标题\n第二段。"


def test_markdown_with_broken_front_matter_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\n正文\n", encoding="utf-8")
    (failure,) = read_all(path)
    assert isinstance(failure, Failure) and "front matter is not valid YAML" in failure.reason


def test_jsonl_records_follow_the_field_map(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    record = {
        "id": 7,
        "headline": "标题",
        "content": "正文   分享       facebook",
        "published": "2017/12/01 08:30",
        "outlet": "聯合報",
        "byline": "甲，乙",
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (item,) = run_task(Task("record", "r.jsonl", str(path), 1, (1, record)))
    article = item.prepared.article  # type: ignore[union-attr]
    assert (article.title, article.source, article.authors) == ("标题", "聯合報", ("甲", "乙"))
    assert article.date.iso() == "2017-12-01T08:30"
    assert item.prepared.text == "正文"  # type: ignore[union-attr]


def test_a_cctv_page_is_extracted_cleanly() -> None:
    folder = require_corpora() / "html_pages" / "cctv"
    name = "VIDEmNKgNygz7JZ83rDOuaQY241106"
    expected = json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = read_one(folder / f"{name}.shtml").article
    assert (article.title, article.date.iso()) == (expected["title"], expected["date"])
    assert plain_text(article.body) == expected["text"]


def write_warc(path: Path, pages: list[tuple[str, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=path.name.endswith(".gz"))
    for url, html in pages:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
        )
        record.rec_headers.replace_header("WARC-Date", "2019-03-04T05:06:07Z")
        writer.write_record(record)
        record.raw_stream.close()  # warcio buffers the payload in a temporary file
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


PAGE = (
    "<html><head><title>{title}</title></head><body><nav>首页 新闻 体育</nav><article>"
    "<h1>{title}</h1>{paragraphs}</article><div class='share'>分享到：微信 微博</div></body></html>"
)


def page(title: str, count: int) -> str:
    paragraphs = "".join(
        f"<p>{title}的第{n}段正文，港口吞吐量持续增长，多个项目陆续开工建设。</p>"
        for n in range(count)
    )
    return PAGE.format(title=title, paragraphs=paragraphs)


@pytest.mark.parametrize("name", ["site.warc", "site.warc.gz"])
def test_warc_responses_become_articles_with_url_and_capture_date(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    write_warc(path, [("https://news.example.cn/a/1.html", page("青岛港", 6))])
    (task,) = plan_tasks([(path, name)])
    (ready,) = run_task(task)
    article = ready.prepared.article  # type: ignore[union-attr]
    assert article.url == "https://news.example.cn/a/1.html"
    assert article.title == "青岛港"
    assert article.date.iso() == "2019-03-04T05:06"
    assert "分享到" not in ready.prepared.text and "首页" not in ready.prepared.text  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_a_truncated_warc_keeps_the_whole_records_and_reports_the_cut(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    pages = [(f"https://news.example.cn/a/{n}.html", page(f"第{n}篇", 8)) for n in range(3)]
    data = write_warc(path, pages)
    path.write_bytes(data[: len(data) - 200])
    planned = list(plan_tasks([(path, name)]))
    assert [type(item).__name__ for item in planned] == ["Task", "Task", "Failure"]
    failure = planned[-1]
    assert isinstance(failure, Failure) and "record 3" in failure.location


ARTICLE_BODY = "".join(
    f"<p>第{n}段：港口吞吐量持续增长，多个项目陆续开工建设，带动就业和投资。</p>" for n in range(6)
)


@pytest.mark.parametrize(
    ("head", "before_body", "title", "authors"),
    [
        ("<title>港口新闻-新华网</title>", "<h1>港口新闻</h1>", "港口新闻", ()),
        ('<meta property="og:title" content="龙湖"暗伤"曝露">', '<h1>龙湖"暗伤"曝露</h1>',
         '龙湖"暗伤"曝露', ()),
        ("<title>[视频]国际联播快讯</title>", '<span class="author">责任编辑：孔德明</span>',
         "国际联播快讯", ("孔德明",)),
        ("<title>标题</title>", '<span class="author">网友 Ip</span>', "标题", ()),
    ],
)  # fmt: skip
def test_page_titles_and_bylines(
    tmp_path: Path, head: str, before_body: str, title: str, authors: tuple[str, ...]
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head>{head}</head><body><article>{before_body}{ARTICLE_BODY}</article></body>"
        "</html>",
        encoding="utf-8",
    )
    article = read_one(path).article
    assert (article.title, article.authors) == (title, authors)
    assert plain_text(article.body).startswith("第0段")
