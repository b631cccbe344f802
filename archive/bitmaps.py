"""Sets of rowids as integer bitmaps: bit r is set when rowid r is in the set."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def bitmap_bytes(rowids: Sequence[int]) -> bytes:
    """The little-endian bytes of the bitmap of rowids (0 or more, in any order)."""
    bits = bytearray((max(rowids) >> 3) + 1 if rowids else 0)
    for rowid in rowids:
        bits[rowid >> 3] |= 1 << (rowid & 7)
    return bytes(bits)


def bitmap_of(rowids: Iterable[int]) -> int:
    """The rowids as one integer bitmap."""
    listed = rowids if isinstance(rowids, Sequence) else list(rowids)
    return int.from_bytes(bitmap_bytes(listed), "little")


def rowids_of(bitmap: int) -> list[int]:
    """The set bits of `bitmap`, ascending (a Python step per 64-bit word and per row)."""
    size = (bitmap.bit_length() + 63) // 64
    words = memoryview(bitmap.to_bytes(size * 8, "little")).cast("Q")
    found: list[int] = []
    for index, word in enumerate(words):
        base = index * 64
        while word:
            lowest = word & -word
            found.append(base + lowest.bit_length() - 1)
            word ^= lowest
    return found


class BitTest:
    """Constant-time membership tests on a bitmap (shifting a large int costs its length)."""

    def __init__(self, bitmap: int) -> None:
        self._bytes = bitmap.to_bytes((bitmap.bit_length() + 7) // 8, "little")

    def __call__(self, rowid: int) -> bool:
        """True when `rowid` is in the set."""
        index = rowid >> 3
        return index < len(self._bytes) and bool(self._bytes[index] >> (rowid & 7) & 1)
