"""FTS5's structure and averages records, read and written (the format of SQLite's fts5_index.c).

An FTS5 index is a list of segments in levels. The *structure record* (`%_data` rowid 10) names
them; the *averages record* (rowid 1) holds the row count and each column's token total. Both are
SQLite varints. A contentless-delete table writes the V2 form: after the 4-byte configuration
cookie come the bytes FF 00 00 01, and each segment also carries its range of insert origins,
its tombstone pages and its row count. `archive.fts_shards` uses this to add the segments of an
index built in another file.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

STRUCTURE_ROWID = 10
AVERAGES_ROWID = 1
_V2_MARK = b"\xff\x00\x00\x01"
#: A segment's pages are `%_data` rowids segid << 37 + (dlidx, height, page number).
SEGMENT_ROWID_SHIFT = 37
MAX_SEGMENT_ID = 0xFFFF
#: FTS5 refuses a structure record with more levels or segments than this (FTS5_MAX_SEGMENT).
MAX_SEGMENTS = 2000


class StructureError(ValueError):
    """The record is not an FTS5 structure this module understands."""


@dataclass(frozen=True)
class Segment:
    """One segment: its id, its leaf pages and (V2) its origins, tombstones and rows."""

    segid: int
    first_page: int
    last_page: int
    origin1: int = 0
    origin2: int = 0
    tombstone_pages: int = 0
    tombstone_entries: int = 0
    rows: int = 0

    @property
    def rowid_range(self) -> tuple[int, int]:
        """The `%_data` rowids of this segment's pages (leaves and doclist indexes)."""
        return self.segid << SEGMENT_ROWID_SHIFT, ((self.segid + 1) << SEGMENT_ROWID_SHIFT) - 1


@dataclass(frozen=True)
class Level:
    """The segments of one level, oldest first; `merging` of them are inputs of a merge."""

    merging: int = 0
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class Structure:
    """A whole structure record."""

    cookie: int
    v2: bool
    write_counter: int
    levels: tuple[Level, ...] = field(default=())

    @property
    def segments(self) -> list[Segment]:
        """Every segment, level by level."""
        return [segment for level in self.levels for segment in level.segments]

    @property
    def top_level(self) -> int | None:
        """The highest level holding segments (None when there are none)."""
        filled = [number for number, level in enumerate(self.levels) if level.segments]
        return filled[-1] if filled else None

    @property
    def max_origin(self) -> int:
        """The highest insert origin any segment covers (0 when none)."""
        return max((segment.origin2 for segment in self.segments), default=0)


def read_varint(data: bytes, offset: int) -> tuple[int, int]:
    """An SQLite varint at `offset`: (value, offset after it)."""
    value = 0
    for index in range(8):
        if offset + index >= len(data):
            raise StructureError("the record ends inside a number")
        byte = data[offset + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, offset + index + 1
    if offset + 8 >= len(data):
        raise StructureError("the record ends inside a number")
    return (value << 8) | data[offset + 8], offset + 9


def write_varint(value: int) -> bytes:
    """`value` (0 ≤ value < 2**64) as an SQLite varint."""
    if value < 0 or value >= 1 << 64:
        raise StructureError(f"{value} does not fit a varint")
    if value >= 1 << 56:  # eight flagged 7-bit groups, then a whole last byte
        groups = [((value >> (8 + shift)) & 0x7F) | 0x80 for shift in range(49, -1, -7)]
        return bytes([*groups, value & 0xFF])
    shifts = range(((max(1, value.bit_length()) + 6) // 7 - 1) * 7, -1, -7)
    return bytes(((value >> shift) & 0x7F) | (0x80 if shift else 0) for shift in shifts)


class _Reader:
    def __init__(self, data: bytes, offset: int) -> None:
        self.data = data
        self.offset = offset

    def next(self) -> int:
        value, self.offset = read_varint(self.data, self.offset)
        return value


def parse_structure(data: bytes) -> Structure:
    """Decode a structure record; raises StructureError when it is not one."""
    if len(data) < 4:
        raise StructureError("the structure record is too short")
    cookie = int.from_bytes(data[:4], "big")
    v2 = data[4:8] == _V2_MARK
    reader = _Reader(data, 8 if v2 else 4)
    level_count, segment_count, write_counter = reader.next(), reader.next(), reader.next()
    if level_count > MAX_SEGMENTS or segment_count > MAX_SEGMENTS:
        raise StructureError("the structure record names too many levels or segments")
    levels = tuple(_parse_level(reader, v2) for _ in range(level_count))
    if sum(len(level.segments) for level in levels) != segment_count:
        raise StructureError("the structure record's segment count is wrong")
    if reader.offset != len(data):
        raise StructureError("the structure record has bytes left over")
    return Structure(cookie, v2, write_counter, levels)


def _parse_level(reader: _Reader, v2: bool) -> Level:
    merging, count = reader.next(), reader.next()
    segments = []
    for _ in range(count):
        numbers = [reader.next() for _ in range(8 if v2 else 3)]
        segments.append(Segment(*numbers))
    return Level(merging, tuple(segments))


def write_structure(structure: Structure) -> bytes:
    """Encode a structure record (the inverse of `parse_structure`)."""
    out = bytearray(structure.cookie.to_bytes(4, "big"))
    if structure.v2:
        out += _V2_MARK
    out += write_varint(len(structure.levels))
    out += write_varint(len(structure.segments))
    out += write_varint(structure.write_counter)
    for level in structure.levels:
        out += write_varint(level.merging) + write_varint(len(level.segments))
        for segment in level.segments:
            numbers = [segment.segid, segment.first_page, segment.last_page]
            if structure.v2:
                numbers += [
                    segment.origin1,
                    segment.origin2,
                    segment.tombstone_pages,
                    segment.tombstone_entries,
                    segment.rows,
                ]
            out += b"".join(map(write_varint, numbers))
    return bytes(out)


def parse_averages(data: bytes) -> list[int]:
    """The averages record: the row count, then each column's token total ([] when empty)."""
    reader = _Reader(data, 0)
    values = []
    while reader.offset < len(data):
        values.append(reader.next())
    return values


def add_averages(first: list[int], second: list[int]) -> list[int]:
    """The averages record of two indexes of the same table together."""
    if first and second and len(first) != len(second):
        raise StructureError("the averages records name different columns")
    return [a + b for a, b in itertools.zip_longest(first, second, fillvalue=0)]


def write_averages(values: list[int]) -> bytes:
    """Encode an averages record."""
    return b"".join(map(write_varint, values))


def level_for_added(structure: Structure, *, when_empty: int) -> int:
    """The level that segments added from elsewhere join: the highest level holding segments
    (as the newest there), or the one above it when that level is the output of a merge in
    progress (FTS5 goes on writing into its newest segment); `when_empty` if there are none."""
    top = structure.top_level
    if top is None:
        return when_empty
    return top + 1 if top > 0 and structure.levels[top - 1].merging else top


def with_segments_added(
    structure: Structure, added: list[Segment], *, level: int, write_counter: int
) -> Structure:
    """`structure` with `added` as the newest segments of `level` (levels added as needed)."""
    levels = list(structure.levels)
    while len(levels) <= level:
        levels.append(Level())
    levels[level] = replace(levels[level], segments=levels[level].segments + tuple(added))
    if len(levels) > MAX_SEGMENTS:
        raise StructureError("the index would have too many levels")
    return replace(
        structure, levels=tuple(levels), write_counter=structure.write_counter + write_counter
    )
