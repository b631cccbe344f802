"""The script detector's shortcut: characters t2s can change, from OpenCC's own dictionaries.

A text holding none of them must come out of t2s unchanged (so it is simplified without
converting it): the committed table must be what OpenCC's dictionaries give today, texts built
from every other character must survive t2s, and on real articles the shortcut must give the
full count's answer while sparing most simplified texts the conversion.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from archive import convert
from archive.models import Script
from archive.paths import resources_dir
from tests.conftest import require_corpora

ROOT = Path(__file__).resolve().parents[2]
TABLE = resources_dir() / "fold" / "t2s_changeable.txt"


def changeable() -> frozenset[str]:
    table = convert.t2s_changeable()
    assert table is not None, "the table was made from another OpenCC version"
    return table


def test_the_committed_table_is_what_opencc_s_dictionaries_give(tmp_path: Path) -> None:
    out = tmp_path / "t2s_changeable.txt"
    subprocess.run(
        [sys.executable, str(ROOT / "build" / "make_t2s_table.py"), "--out", str(out)],
        cwd=ROOT, capture_output=True, check=True,
    )  # fmt: skip
    assert out.read_bytes() == TABLE.read_bytes()
    assert {"藉", "瞭", "沈", "後", "臺"} <= changeable()  # phrase-only changes included
    assert not {"后", "台", "的", "青"} & changeable()


def _unchangeable_characters() -> list[str]:
    """Every seventh Han character of the main block that the table leaves out."""
    table = changeable()
    pool = [chr(code) for code in range(0x4E00, 0x9FFF) if chr(code) not in table]
    return pool[::7]


UNCHANGEABLE = _unchangeable_characters()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*UNCHANGEABLE, "，", "。", " ", "5G", "\n"]), max_size=60))
def test_text_without_those_characters_survives_t2s(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert opencc.OpenCC("t2s").convert(text) == text


def test_every_neighbour_of_a_phrase_character_survives_t2s() -> None:
    """Each character of every t2s phrase that the table leaves out, beside every other such
    character of that phrase: the contexts in which a phrase rule could fire."""
    phrases = subprocess.run(
        [sys.executable, "-c", _DUMP_PHRASES], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    converter = opencc.OpenCC("t2s")
    kept = ["".join(c for c in phrase if c not in changeable()) for phrase in phrases]
    texts = [text for text in kept if len(text) >= 2]
    assert len(texts) > 20
    assert all(converter.convert(text) == text for text in texts)


_DUMP_PHRASES = (
    "import sys; sys.path.insert(0, 'build'); import make_t2s_table as m; "
    "print('\\n'.join(key for key, _ in m.entries('TSPhrases.ocd2')))"
)


def test_another_opencc_version_turns_the_shortcut_off() -> None:
    lines = TABLE.read_text("utf-8").splitlines()
    assert convert.read_changeable(lines, opencc.__version__) == changeable()
    assert convert.read_changeable(lines, "0.0.1") is None
    assert convert.read_changeable([], opencc.__version__) is None


def test_on_real_articles_the_shortcut_agrees_and_spares_most_simplified_texts() -> None:
    folder = require_corpora()
    spared = simplified = 0
    for name in ("cctv_2022_2023.jsonl", "tw_news_2017_udn_ltn.jsonl", "hk_sbs_500.jsonl"):
        with (folder / name).open(encoding="utf-8") as handle:
            for line in itertools.islice(handle, 400):
                record = json.loads(line)
                text = f"{record.get('title') or ''}\n{record.get('text') or ''}"
                full = convert.detect_script_fully(text)
                assert convert.detect_script(text) is full, text[:60]
                simplified += full is Script.SIMPLIFIED
                spared += changeable().isdisjoint(text)
    assert simplified > 300 and spared > 0.7 * simplified
