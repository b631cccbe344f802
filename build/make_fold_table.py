"""Generate resources/fold/characters.tsv: the per-character script folding table, from OpenCC.

The table is committed so that the index and the queries of every installed copy fold with
exactly the same rules, whatever OpenCC version is installed; regenerate it deliberately
(and bump nothing by hand: the fold version is the table's hash).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import opencc

HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
CONFIGS = ("hk2s", "tw2s", "t2s")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "resources" / "fold" / "characters.tsv"


def fold_character(character: str, converters: list[opencc.OpenCC]) -> str:
    """Apply the regional-variant and traditional-to-simplified character rules until stable."""
    current = character
    for _ in range(4):
        folded = current
        for converter in converters:
            folded = converter.convert(folded)
        if folded == current or len(folded) != 1:
            break
        current = folded
    return current


def build_table() -> dict[str, str]:
    """Every Han character whose folded form differs from itself, mapped to that form."""
    converters = [opencc.OpenCC(name) for name in CONFIGS]
    table: dict[str, str] = {}
    for first, last in HAN_RANGES:
        for code_point in range(first, last + 1):
            character = chr(code_point)
            folded = fold_character(character, converters)
            if folded != character and len(folded) == 1:
                table[character] = folded
    return table


def main() -> None:
    """Write the table as `character<TAB>folded` lines, sorted by code point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    out = parser.parse_args().out
    table = build_table()
    lines = [f"{source}\t{target}" for source, target in sorted(table.items())]
    header = (
        f"# Wenyuan script folding table from OpenCC {opencc.__version__} ({' '.join(CONFIGS)})"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} mappings to {out}")


if __name__ == "__main__":
    main()
