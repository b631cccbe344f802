"""Encodings from the bytes: every file of the shared encodings corpus, lying labels, short text."""

from __future__ import annotations

import codecs
import json
import random

import pytest

from archive.errors import ImportFileError
from archive.importer.encoding import decode_bytes
from tests.conftest import require_corpora

FAMILY = {"big5": ("big5hkscs", "cp950"), "gb2312": ("gb18030",)}
TEXT = "青岛港今年吞吐量增长，朱镕基曾到访。"
TRADITIONAL = "臺灣的軟體產業蓬勃發展，記者報導。"


@pytest.mark.parametrize(
    ("data", "encoding", "uncertain"),
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", False),
        (TEXT.encode("utf-16"), "utf-16", False),
        ("ASCII heavy text 文字".encode("utf-16-le"), "utf-16", True),
        (TEXT.encode("gbk"), "gb18030", False),
        (TEXT.encode("gb18030"), "gb18030", False),
        (TRADITIONAL.encode("big5"), "big5hkscs", False),
        ("香港的巴士站".encode("big5hkscs"), "big5hkscs", False),
        (b"plain ASCII", "utf-8", False),
    ],
)
def test_decodes(data: bytes, encoding: str, uncertain: bool) -> None:
    decoded = decode_bytes(data, name="x.txt")
    assert (decoded.encoding, decoded.uncertain) == (encoding, uncertain)
    assert decoded.text.lstrip("\ufeff") in (TEXT, TRADITIONAL, "香港的巴士站", "plain ASCII") or (
        decoded.text == "ASCII heavy text 文字"
    )


def test_a_lying_meta_charset_is_not_trusted() -> None:
    utf8_labelled_gb2312 = f'<meta charset="gb2312"><p>{TEXT}</p>'.encode()
    assert decode_bytes(utf8_labelled_gb2312, name="p.html").encoding == "utf-8"
    gbk_labelled_big5 = f'<meta charset="big5"><p>{TEXT}</p>'.encode("gbk")
    assert decode_bytes(gbk_labelled_big5, name="p.html").text.endswith(f"{TEXT}</p>")


def test_a_gb2312_label_on_gbk_only_characters_decodes_as_gb18030() -> None:
    data = '<meta charset="gb2312"><p>朱镕基</p>'.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")
    assert "朱镕基" in decode_bytes(data, name="p.html").text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "byte-order mark"),
        (bytes(range(0x80, 0x100)) * 4, "cannot be decoded"),
    ],
)
def test_undecodable_files_name_the_file_and_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFileError, match=rf"^bad\.txt .*{reason}"):
        decode_bytes(data, name="bad.txt")


def test_every_file_of_the_encodings_corpus() -> None:
    folder = require_corpora() / "encodings"
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    wrong = []
    for entry in manifest:
        data = (folder / entry["file"]).read_bytes()
        expected = entry["expected_encoding"]
        if expected == "euc-tw":
            with pytest.raises(ImportFileError, match="EUC-TW"):
                decode_bytes(data, name=entry["file"])
            continue
        decoded = decode_bytes(data, name=entry["file"])
        if decoded.encoding not in FAMILY[expected] or decoded.uncertain:
            wrong.append((entry["file"], decoded.encoding, decoded.note))
        elif "\ufffd" in decoded.text:
            wrong.append((entry["file"], "replacement characters", ""))
    assert wrong == []
    assert len(manifest) == 47


@pytest.mark.parametrize(
    ("corpus", "codec"),
    [("cctv_2022_2023.jsonl", "gbk"), ("tw_news_2017_udn_ltn.jsonl", "big5")],
)
def test_eight_character_fragments_are_never_silently_wrong(corpus: str, codec: str) -> None:
    path = require_corpora() / corpus
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    chooser = random.Random(8)
    right = silently_wrong = tried = 0
    while tried < 200:
        text = chooser.choice(texts)
        if len(text) < 20:
            continue
        start = chooser.randrange(len(text) - 8)
        fragment = text[start : start + 8]
        try:
            data = fragment.encode(codec)
        except UnicodeEncodeError:
            continue
        tried += 1
        try:
            decoded = decode_bytes(data, name="fragment")
        except ImportFileError:
            continue
        right += decoded.text == fragment
        silently_wrong += decoded.text != fragment and not decoded.uncertain
    assert silently_wrong == 0
    assert right >= 190
