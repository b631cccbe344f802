"""The command line, run as a real subprocess: JSON shapes, script forms and one-sentence errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_ARTICLES


def run_cli(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "archive", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def run_json(*arguments: str) -> object:
    completed = run_cli(*arguments)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_list_json(sample_archive: Path) -> None:
    articles = run_json("--archive", str(sample_archive), "list", "--json")
    assert isinstance(articles, list) and len(articles) == len(SAMPLE_ARTICLES)
    for article in articles:
        assert {
            "id",
            "archive",
            "title",
            "date",
            "date_precision",
            "source",
            "authors",
            "url",
            "script",
        } <= set(article)
    assert [a["date"] for a in articles] == ["2023-11-21", "2021-01-14T15:48", "--03-01", None]
    assert articles[2]["date_precision"] == "month_day"


def test_show_json_with_script_forms(sample_archive: Path) -> None:
    articles = run_json("--archive", str(sample_archive), "list", "--json")
    traditional = next(a for a in articles if a["title"] == "軟體與資訊")
    original = run_json("--archive", str(sample_archive), "show", traditional["id"], "--json")
    assert original["text"] == "臺灣的軟體產業，ＶＩＰ客戶。"
    assert "body" in original
    simplified = run_json(
        "--archive", str(sample_archive), "show", traditional["id"], "--json", "--script", "hans"
    )
    assert simplified["title"] == "软体与资讯"
    assert simplified["text"].startswith("台湾的软体产业")
    again = run_json("--archive", str(sample_archive), "show", traditional["id"], "--json")
    assert again["text"] == original["text"]


def test_info_json(sample_archive: Path) -> None:
    info = run_json("--archive", str(sample_archive), "info", "--json")
    assert isinstance(info, dict)
    assert info["articles"] == len(SAMPLE_ARTICLES)
    assert info["schema_version"] >= 1
    assert info["first_date"] == "2021-01-14T15:48" and info["last_date"] == "2023-11-21"


def test_search_json(sample_archive: Path) -> None:
    payload = run_json("--archive", str(sample_archive), "search", "青岛", "--json")
    assert isinstance(payload, dict) and payload["total"] == 2
    first = payload["results"][0]
    assert {"id", "archive", "title", "date", "source", "url", "hits", "snippet", "score"} <= set(
        first
    )


def test_import_jsonl_then_search(tmp_path: Path) -> None:
    records = [
        {
            "title": "標題甲",
            "title_clean": "乾淨標題",
            "text": "第一段\n第二段",
            "date": "2017-06-29",
            "outlet": "聯合報",
            "url": "https://example.org/a",
        },
        {"title": "无日期", "text": "正文", "date": "", "source": "信网"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8"
    )
    target = tmp_path / "mine.sqlite"
    completed = run_cli("--archive", str(target), "import", str(source))
    assert completed.returncode == 0, completed.stderr
    assert "added       2" in completed.stdout
    again = run_cli("--archive", str(target), "import", str(source))
    assert "added       0" in again.stdout and "unchanged   2" in again.stdout
    articles = run_json("--archive", str(target), "list", "--json")
    by_title = {a["title"]: a for a in articles}
    assert (
        by_title["乾淨標題"]["source"] == "聯合報" and by_title["乾淨標題"]["date"] == "2017-06-29"
    )
    assert by_title["无日期"]["date"] is None


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("missing", "does not exist"),
        ("text", "not an SQLite database"),
        ("truncated", "truncated"),
        ("newer", "newer Wenyuan"),
    ],
)
def test_bad_archive_gives_one_sentence_and_exit_2(
    sample_archive: Path, damage: str, message: str
) -> None:
    path = sample_archive
    content: bytes | None = path.read_bytes()
    if damage == "missing":
        path.unlink()
        content = None
    elif damage == "text":
        content = b"plain text, not a database"
    elif damage == "truncated":
        content = content[: len(content) // 2]
    else:
        content = content[:60] + (99).to_bytes(4, "big") + content[64:]
    if content is not None:
        path.write_bytes(content)
    before = path.read_bytes() if content is not None else None
    completed = run_cli("--archive", str(path), "list")
    assert completed.returncode == 2
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr and completed.stderr.count("\n") == 1
    assert (path.read_bytes() if path.exists() else None) == before


def test_unknown_article_is_one_sentence(sample_archive: Path) -> None:
    completed = run_cli("--archive", str(sample_archive), "show", "0000000000000000")
    assert completed.returncode == 2 and "No article with id" in completed.stderr


def test_malformed_query_is_one_sentence(sample_archive: Path) -> None:
    completed = run_cli("--archive", str(sample_archive), "search", "(青岛")
    assert completed.returncode == 2 and "never closed" in completed.stderr
