"""Generate resources/fold/t2s_changeable.txt: every character OpenCC's t2s can change, anywhere.

`convert.detect_script` counts the characters that t2s changes in a text. t2s changes a
character only where a dictionary entry it matched (a phrase, a character, or a compatibility
ideograph in its normalisation) has another character at that place; so a text that holds no
character of this set comes out of t2s unchanged and is simplified without converting it. The
set is read from the very dictionaries t2s uses, written out as text by OpenCC's own
`opencc_dict` (shipped in the opencc wheel), and the file records the OpenCC version: another
version disables the shortcut until the file is generated again.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import opencc

CONFIG = "t2s"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "resources" / "fold" / "t2s_changeable.txt"


def opencc_root() -> Path:
    """The folder of the installed opencc package's library (its bin/ and share/opencc/)."""
    return Path(opencc.__file__).resolve().parent / "clib"


def dictionary_files(config: str = CONFIG) -> list[str]:
    """The .ocd2 files the configuration converts with (normalisation and conversion chain)."""
    data = json.loads((opencc_root() / "share" / "opencc" / f"{config}.json").read_text("utf-8"))
    steps = [*data.get("normalization", []), *data["conversion_chain"]]
    return sorted({name for step in steps for name in _files(step["dict"])})


def _files(node: dict[str, object]) -> Iterator[str]:
    if node.get("type") == "group":
        for child in node["dicts"]:  # type: ignore[attr-defined]
            yield from _files(child)
    else:
        yield str(node["file"])


def entries(name: str) -> Iterator[tuple[str, str]]:
    """(key, first value) of every entry of one dictionary, via `opencc_dict -t text`."""
    root = opencc_root()
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "dictionary.txt"
        subprocess.run(
            [
                str(root / "bin" / "opencc_dict"),
                *("-i", str(root / "share" / "opencc" / name), "-o", str(text)),
                *("-f", "ocd2", "-t", "text"),
            ],
            check=True,
            capture_output=True,
        )
        for line in text.read_text(encoding="utf-8").splitlines():
            key, values = line.split("\t")
            yield key, values.split(" ")[0]


def changeable_characters(config: str = CONFIG) -> set[str]:
    """Every character some entry of the configuration's dictionaries changes in place (a
    key whose value has another length counts whole)."""
    characters: set[str] = set()
    for name in dictionary_files(config):
        for key, value in entries(name):
            if len(key) != len(value):
                characters.update(key)
            else:
                characters.update(k for k, v in zip(key, value, strict=True) if k != v)
    return characters


def table_text(characters: set[str]) -> str:
    """The file: a header naming the OpenCC version and the dictionaries, a character a line."""
    header = (
        f"# Characters OpenCC {opencc.__version__} {CONFIG} can change "
        f"(from {' '.join(dictionary_files())})"
    )
    return header + "\n" + "\n".join(sorted(characters)) + "\n"


def main() -> None:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    out = parser.parse_args().out
    characters = changeable_characters()
    out.write_text(table_text(characters), encoding="utf-8")
    print(f"wrote {len(characters)} characters to {out}")


if __name__ == "__main__":
    main()
