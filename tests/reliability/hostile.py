"""Hostile article content and a local web server that counts every request it gets.

Every URL in the hostile content points either at the server (so any fetch is counted) or at
local files with known content (so any read of them shows up in the page): scripts, images,
stylesheets, @import, CSS url(), frames, objects, embeds, media, forms, meta refresh, base,
javascript: and file: links, and huge inline data: images.
"""

from __future__ import annotations

import base64
import threading
import uuid
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class CountingServer:
    """A web server on 127.0.0.1; `requests` lists every path asked for."""

    base: str = ""
    requests: list[str] = field(default_factory=list)


@contextmanager
def counting_server() -> Iterator[CountingServer]:
    """Serve (a red image, a red stylesheet, a script) on a free port while the block runs."""
    record = CountingServer()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            record.requests.append(self.path)
            body = red_png() if self.path.endswith(".png") else b"p { color: red }"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_HEAD = _answer

        def log_message(self, format: str, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    record.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield record
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def red_png(size: int = 8) -> bytes:
    """A small all-red PNG image."""
    row = b"\x00" + b"\xff\x00\x00" * size
    raw = zlib.compress(row * size)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
        )

    header = size.to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


@dataclass(frozen=True)
class Secrets:
    """Local files the reader must never read: their content must never reach the page."""

    marker: str
    text: Path
    image: Path
    stylesheet: Path


def make_secrets(folder: Path) -> Secrets:
    """A text file, a red image and a red stylesheet holding a unique marker."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = f"SECRET-{uuid.uuid4().hex}"
    text = folder / "secret.txt"
    text.write_text(f"{marker} 机密内容\n", encoding="utf-8")
    image = folder / "secret.png"
    image.write_bytes(red_png(32))
    stylesheet = folder / "secret.css"
    stylesheet.write_text(f"/* {marker} */ p {{ color: red; background: red }}")
    return Secrets(marker, text, image, stylesheet)


def hostile_fragments(server: str, secrets: Secrets, data_image_bytes: int) -> list[str]:
    """HTML and Markdown that try to run code, fetch from `server` or read `secrets`."""
    local = secrets.text.as_uri()
    picture, sheet = secrets.image.as_uri(), secrets.stylesheet.as_uri()
    big = base64.b64encode(bytes(data_image_bytes)).decode()
    return [
        f'<script src="{server}/script.js"></script>',
        "<script>document.write('EXE' + 'CUTED-SCRIPT')</script>",
        f'<img src="{server}/img.png" alt="图一">',
        f"![图二]({server}/markdown.png)",
        f"![图三][ref]\n\n[ref]: {server}/reference.png",
        f'<img src="{picture}">',
        f'<img src="{secrets.image}">',
        f"![本地]({picture})",
        f'<a href="{local}">本地链接</a>',
        f"[本地文件]({local})",
        f"<{local}>",
        "[脚本](javascript:document.write('EXE'+'CUTED-LINK'))",
        '<a href="javascript:alert(1)">脚本链接</a>',
        f'<div style="background: url({server}/css-url.png)">样式</div>',
        f'<p style="background-image: url({picture})">本地样式</p>',
        f'<link rel="stylesheet" href="{server}/link.css">',
        f'<link rel="stylesheet" href="{sheet}">',
        f"<style>@import url({server}/import.css); @import '{sheet}';"
        f" body {{ background: url({server}/body.png) }}</style>",
        f'<iframe src="{server}/frame.html"></iframe>',
        f'<object data="{server}/object.bin"></object>',
        f'<embed src="{server}/embed.swf">',
        f'<video src="{server}/video.mp4" poster="{server}/poster.png"></video>',
        f'<audio src="{server}/audio.mp3"></audio>',
        f'<svg><image href="{server}/svg.png"/></svg>',
        f'<form action="{server}/form"><input type="image" src="{server}/input.png"></form>',
        f'<meta http-equiv="refresh" content="0; url={server}/refresh">',
        f'<base href="{server}/">',
        f'<table background="{server}/table.png"><tr><td>表格</td></tr></table>',
        f'<img src="data:image/png;base64,{big}" alt="大图">',
        f"![巨图](data:image/png;base64,{big})",
        f'<a href="{server}/plain-link">普通链接</a>',
    ]


def hostile_markdown(server: str, secrets: Secrets, *, data_image_bytes: int = 3_000_000) -> str:
    """An article body: readable paragraphs around every hostile fragment."""
    parts = ["前文：青岛港的新闻。"]
    parts += hostile_fragments(server, secrets, data_image_bytes)
    parts += ["后文：吞吐量持续增长。"]
    return "\n\n".join(parts)


def hostile_page(
    server: str, secrets: Secrets, *, title: str = "恶意页面", data_image_bytes: int = 1_000_000
) -> str:
    """A whole web page to import, its article surrounded by the same fragments."""
    fragments = "\n".join(hostile_fragments(server, secrets, data_image_bytes))
    paragraphs = "".join(
        f"<p>{title}：青岛港第{number}段新闻，吞吐量持续增长，多个项目陆续开工建设。</p>"
        for number in range(8)
    )
    return (
        f"<html><head><title>{title}</title>{fragments}</head><body>"
        f"<article><h1>{title}</h1>{paragraphs}{fragments}</article></body></html>"
    )
