"""Markdown rendering: sanitised HTML, the plain text a reader sees, hostile input."""

import time

import pytest

from archive.render import blocks, plain_text, render_html

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="http://127.0.0.1/x">',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "![i](http://example.org/a.png)",
    '<a href="file:///etc/passwd">passwd</a>',
    '<div style="background:url(http://x)">样式</div>',
    '<p onclick="alert(1)" style="color:red">p</p>',
    "<iframe src='http://example.org'></iframe>",
    "<style>body { background: url(http://x) }</style>",
    "[d](data:text/html;base64,PHNjcmlwdD4=)",
    '<svg onload="alert(1)"><script>alert(1)</script></svg>',
]
FORBIDDEN = ["<script", "<img", "<iframe", "<svg", "javascript:", "file:", "data:", "url(", "style"]
FORBIDDEN += ["onclick", "onload", "alert", "127.0.0.1", "example.org"]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_input_is_neutralised(source: str) -> None:
    rendered = render_html(f"前文\n\n{source}\n\n后文").lower()
    for forbidden in FORBIDDEN:
        assert forbidden not in rendered
    assert "前文" in rendered and "后文" in rendered


def test_images_become_their_alt_text() -> None:
    assert render_html("看图：![青岛的海](http://example.org/a.png)。") == "<p>看图：青岛的海。</p>"


LINKS = [
    (
        "[网站](https://example.org/a?b=1)",
        '<a href="https://example.org/a?b=1" rel="noopener noreferrer">网站</a>',
    ),
    (
        "[邮件](mailto:editor@example.org)",
        '<a href="mailto:editor@example.org" rel="noopener noreferrer">邮件</a>',
    ),
    ("[相对](/local/path)", '<a rel="noopener noreferrer">相对</a>'),
    ("[文件](file:///etc/passwd)", '<a rel="noopener noreferrer">文件</a>'),
]


@pytest.mark.parametrize(("source", "expected"), LINKS)
def test_links_keep_only_web_and_mail_targets(source: str, expected: str) -> None:
    assert render_html(source) == f"<p>{expected}</p>"


STRUCTURE = [
    ("## 小标题", "<h2>小标题</h2>"),
    ("第一段。\n\n第二段。", "<p>第一段。</p>\n<p>第二段。</p>"),
    ("**粗体**和*斜体*", "<p><strong>粗体</strong>和<em>斜体</em></p>"),
    ("> 引用", "<blockquote>\n<p>引用</p>\n</blockquote>"),
    ("- 甲\n- 乙", "<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>"),
    ("1. 甲\n2. 乙", "<ol>\n<li>甲</li>\n<li>乙</li>\n</ol>"),
    ("AT&T a < b", "<p>AT&amp;T a &lt; b</p>"),
    ("\u3000\u3000首行缩进", "<p>\u3000\u3000首行缩进</p>"),
]


@pytest.mark.parametrize(("source", "expected"), STRUCTURE)
def test_markdown_structure(source: str, expected: str) -> None:
    assert render_html(source) == expected


PLAIN = [
    ("第一段。\n\n第二段。\n\n第三段。", "第一段。\n第二段。\n第三段。"),
    ("## 标题\n\n正文。", "标题\n正文。"),
    ("\u3000\u3000青岛。\n\n\u3000\u3000沿黄省区。", "\u3000\u3000青岛。\n\u3000\u3000沿黄省区。"),
    ("折行的\n段落", "折行的 段落"),
    ("多个   空格\t和制表", "多个 空格 和制表"),
    ("全角\u3000\u3000空格", "全角\u3000\u3000空格"),
    ("**粗体**和[链接](http://example.org)", "粗体和链接"),
    ("AT&amp;T &copy; a < b", "AT&T © a < b"),
    ("> 引用一\n>\n> 引用二", "引用一\n引用二"),
    ("- 甲\n- 乙\n    - 丙", "甲\n乙\n丙"),
    ("|城市|人口|\n|-|-|\n|青岛|1000万|\n|济南|900万|", "城市 人口\n青岛 1000万\n济南 900万"),
    ("行尾两个空格  \n换行", "行尾两个空格\n换行"),
    ("```\n代码  一\n\n代码二\n```", "代码  一\n代码二"),
    ("<script>alert(1)</script>正文", "正文"),
    ("", ""),
]


@pytest.mark.parametrize(("source", "expected"), PLAIN)
def test_plain_text(source: str, expected: str) -> None:
    assert plain_text(source) == expected
    assert blocks(source) == (expected.split("\n") if expected else [])


def test_plain_text_of_plain_paragraphs_is_the_paragraphs() -> None:
    paragraphs = ["青島與沿黃省區產業合作。", "5G+工業互聯網平台。", "COVID-19疫苗 与 G20峰会。"]
    assert plain_text("\n\n".join(paragraphs)) == "\n".join(paragraphs)


PATHOLOGICAL = [
    "\n".join("    " * level + "- item" for level in range(1000)),
    "- " * 1000 + "x",
    "1. " * 1000 + "x",
    ">" * 1000 + " x",
    "![[" * 5000,
    "<a " * 8000,
    "[a](" * 8000,
]


@pytest.mark.parametrize("source", PATHOLOGICAL, ids=lambda source: repr(source[:8]))
def test_pathological_input_falls_back_quickly(source: str) -> None:
    started = time.perf_counter()
    rendered = render_html(source)
    text = plain_text(source)
    assert time.perf_counter() - started < 3
    assert rendered.startswith("<p>") and "<script" not in rendered
    assert text


def test_fallback_escapes_and_keeps_paragraphs() -> None:
    source = "- " * 1000 + "<b>x</b>\n\n第二段"
    assert render_html(source).endswith("&lt;b&gt;x&lt;/b&gt;</p>\n<p>第二段</p>")
    assert plain_text(source).split("\n")[1] == "第二段"


def test_moderate_nesting_still_renders_as_lists() -> None:
    source = "\n".join("    " * level + "- 第" + str(level) for level in range(10))
    assert render_html(source).count("<ul>") == 10
    assert plain_text(source).split("\n") == ["第" + str(level) for level in range(10)]


def test_rendering_is_deterministic() -> None:
    source = "## 标题\n\n正文[链接](https://example.org)。\n\n|a|b|\n|-|-|\n|1|2|"
    assert len({render_html(source) for _ in range(5)}) == 1
