"""Fuzzing the importers: every reader, given random bytes or a valid file with random edits,
returns articles or one-sentence failures, never an exception (through the same per-task path
the import uses: read, decode, extract, normalise, prepare). Crashes found are kept as
@example cases. `make test` runs a few hundred inputs, `make stress` thousands.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.importer.normalise import Failure
from archive.importer.tasks import Ready, Task, plan_tasks, run_task
from tests.reliability.corpus import Writer, page_html, write_warc
from tests.reliability.stress import STRESS, stress_count

_writer = Writer(5)
VALID = {
    ".txt": f"标题：青岛港\n日期：2021年1月14日\n来源：信网\n\n{_writer.words(120)}。\n".encode(),
    ".md": f"---\ntitle: 笔记\ndate: 2021-01-14\n---\n\n# 笔记\n\n{_writer.words(100)}".encode(),
    ".html": page_html("新闻标题", _writer.paragraphs(4)).encode(),
    ".jsonl": (
        json.dumps({"id": "a", "title": "标题", "text": _writer.words(80)}, ensure_ascii=False)
        + "\n"
        + json.dumps({"title": "二", "body": _writer.words(60), "date": "2021/01/14"})
        + "\n"
    ).encode(),
    ".json": json.dumps([{"title": "一", "content": _writer.words(50)}]).encode(),
}


def _warc_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pages.warc"
        write_warc(path, [("https://example.com/a", page_html("存档", _writer.paragraphs(3)))])
        return path.read_bytes()


VALID[".warc"] = _warc_bytes()
VALID[".warc.gz"] = gzip.compress(VALID[".warc"])
SUFFIXES = sorted(VALID)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """(suffix, a valid file of that kind with random edits, or random bytes)."""
    suffix = draw(st.sampled_from(SUFFIXES))
    if draw(st.integers(0, 4)) == 0:
        return suffix, draw(st.binary(max_size=3000))
    data = bytearray(VALID[suffix])
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "splice"]))
        position = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "delete":
            del data[position : position + draw(st.integers(1, 200))]
        elif kind == "truncate":
            del data[position:]
        else:
            other = VALID[draw(st.sampled_from(SUFFIXES))]
            data[position:position] = other[: draw(st.integers(0, len(other)))]
    return suffix, bytes(data)


def import_one(suffix: str, data: bytes) -> list[object]:
    """Every result of importing `data` as a file with this suffix, task by task."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        results: list[object] = []
        for task in plan_tasks([(path, path.name)]):
            results += run_task(task) if isinstance(task, Task) else [task]
        return results


@settings(
    max_examples=stress_count(fast=300, stress=4000),
    deadline=None,
    derandomize=not STRESS,  # make test: the same examples each run; make stress: new ones
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
@example((".warc.gz", gzip.compress(b"WARC/1.0\r\n")))
@example((".warc", VALID[".warc"].replace(b"https://example", b"https://[example", 1)))  # found
@example((".jsonl", b'{"title": "t", "text": "\xe6\xad\xa3\xe6\x96\x87", "url": "http://h:x/"}\n'))
@example((".html", b"\x00" * 4000))  # NUL-filled bytes were taken for UTF-16 text
@example((".jsonl", b'{"text": "\xff\xfe"}\n{"text": "ok"}\n'))
def test_every_reader_survives_damaged_input(case: tuple[str, bytes]) -> None:
    suffix, data = case
    for result in import_one(suffix, data):
        if isinstance(result, Failure):
            assert result.reason.endswith((".", ")")) and "\n" not in result.reason
            assert "Traceback" not in result.reason
        else:
            assert isinstance(result, Ready), result
            assert result.prepared.text is not None and result.prepared.content_hash


def test_the_valid_samples_import() -> None:
    """The seeds the mutations start from are themselves good articles."""
    for suffix in SUFFIXES:
        results = import_one(suffix, VALID[suffix])
        assert results and all(isinstance(result, Ready) for result in results), suffix
