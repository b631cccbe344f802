"""Script-blind folding: one length-preserving character table applied to text and queries alike."""

from __future__ import annotations

import functools
import hashlib

from archive.paths import resources_dir

#: Bump when the rules below change (the OpenCC-derived table versions itself by hash).
FOLD_RULES_REVISION = 1

_FULLWIDTH_OFFSET = 0xFF01 - 0x21
_IDEOGRAPHIC_SPACE = "\u3000"


def _table_path() -> str:
    return str(resources_dir() / "fold" / "characters.tsv")


@functools.cache
def _table_bytes() -> bytes:
    with open(_table_path(), "rb") as handle:
        return handle.read()


@functools.cache
def _translation() -> dict[int, str]:
    """Han variants and traditional forms → simplified; full-width ASCII → ASCII; A-Z → a-z."""
    table: dict[int, str] = {}
    for line in _table_bytes().decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            source, target = line.split("\t")
            table[ord(source)] = target
    for code_point in range(0x21, 0x7F):
        table[code_point + _FULLWIDTH_OFFSET] = chr(code_point).lower()
    for code_point in range(ord("A"), ord("Z") + 1):
        table[code_point] = chr(code_point).lower()
    table[ord(_IDEOGRAPHIC_SPACE)] = " "
    return table


@functools.cache
def _sources() -> dict[str, str]:
    groups: dict[str, list[str]] = {}
    for source, target in _translation().items():
        groups.setdefault(target, [target]).append(chr(source))
    return {target: "".join(characters) for target, characters in groups.items()}


def variants(character: str) -> str:
    """Every character that folds to `character`, itself first (青 → 青; 岛 → 岛島; a → aAａＡ)."""
    return _sources().get(character, character)


@functools.cache
def _translation_list() -> list[int | str]:
    """`_translation` as a list indexed by code point (characters past its end stay as they
    are): `str.translate` looks a list up about twice as fast as a dict, and every article
    passes through here when it is indexed."""
    table: list[int | str] = list(range(max(_translation()) + 1))
    for code_point, target in _translation().items():
        table[code_point] = target
    return table


def fold(text: str) -> str:
    """Fold `text` for matching; the result always has the same length as the input."""
    return text.translate(_translation_list())


@functools.cache
def fold_version() -> str:
    """Identifies the folding rules; an index built with other rules must be rebuilt."""
    digest = hashlib.sha256(_table_bytes()).hexdigest()[:12]
    return f"{FOLD_RULES_REVISION}-{digest}"
