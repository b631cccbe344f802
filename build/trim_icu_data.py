"""Build a smaller ICU data library for the frozen app: only the parts Qt uses, in our languages.

PySide6's Qt links ICU, whose data library (libicudata.so.NN) holds 31 MB of Unicode data for
every language. Qt calls ICU only for collation (QCollator: sorting, file dialogs), time-zone
names, locale-aware upper/lower case and legacy text codecs; it has its own CLDR tables for
everything else. This script copies the data package (ICU's "common data", format ToCP) keeping
collation, zone and region data for the root, English and Chinese locales plus the core tables,
and links it as a library exporting the same `icudtNN_dat` symbol, as ICU's own pkgdata does
(an assembly file with .incbin). Dropped: other languages, break iteration, transliteration,
currency, language, unit and number-spelling names, character names, legacy codecs.

    python build/trim_icu_data.py LIBICUDATA OUT_DIR   # prints the new library's path

Needs a C compiler (`cc`); without one it says so and exits with 3 (the caller keeps ICU whole).
"""

from __future__ import annotations

import argparse
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

#: Subtrees (item name's first folder) we keep, filtered to KEPT_LANGUAGES; the rest go.
KEPT_TREES = {"coll", "zone", "region"}
KEPT_LANGUAGES = {"root", "en", "zh", "yue"}
#: Top-level items that are not needed: character names (u_charName) and every codec table.
DROPPED_ITEM = re.compile(r"^(unames\.icu|.*\.cnv)$")
LOCALE_FILE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]+)*\.res$")
ALIGNMENT = 16


def package_bytes(library: Path) -> tuple[bytes, str]:
    """The data package inside an ICU data library, and the name of the symbol holding it."""
    image = library.read_bytes()
    for name, offset, size in _dynamic_symbols(image):
        if re.fullmatch(r"icudt\d+_dat", name) and size:
            return image[offset : offset + size], name
    raise SystemExit(f"{library} exports no icudtNN_dat symbol; is it ICU's data library?")


def _dynamic_symbols(image: bytes) -> list[tuple[str, int, int]]:
    """(name, file offset, size) of each defined symbol of a 64-bit little-endian ELF file."""
    if image[:4] != b"\x7fELF" or image[4] != 2 or image[5] != 1:
        raise SystemExit("only 64-bit little-endian ELF libraries are supported")
    (section_offset,) = struct.unpack_from("<Q", image, 0x28)
    entry_size, count = struct.unpack_from("<HH", image, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", image, section_offset + index * entry_size)
        for index in range(count)
    ]
    symbols = []
    for _name, kind, _flags, _address, offset, size, link, _info, _align, item in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for start in range(offset, offset + size, item):
            name_at, _info2, _other, index, value, length = struct.unpack_from(
                "<IBBHQQ", image, start
            )
            if index == 0 or index >= len(sections):
                continue
            name = image[strings + name_at : image.index(b"\0", strings + name_at)].decode()
            holder = sections[index]
            symbols.append((name, value - holder[3] + holder[4], length))
    return symbols


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, data) items, in their stored (sorted) order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise SystemExit("the data is not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    table = [
        struct.unpack_from("<II", package, header_size + 4 + 8 * index) for index in range(count)
    ]
    base = header_size
    found = []
    for index, (name_at, data_at) in enumerate(table):
        end = table[index + 1][1] if index + 1 < count else len(package) - base
        name = package[base + name_at : package.index(b"\0", base + name_at)].decode("ascii")
        found.append((name, package[base + data_at : base + end]))
    return package[:header_size], found


def wanted(name: str) -> bool:
    """Whether an item (e.g. 'icudt73l/coll/zh.res') stays in the trimmed package."""
    parts = name.split("/")[1:]
    if len(parts) == 2 and parts[0] not in KEPT_TREES:
        return False
    leaf = parts[-1]
    if DROPPED_ITEM.match(leaf):
        return False
    locale = LOCALE_FILE.match(leaf)
    return locale is None or locale.group(1) in KEPT_LANGUAGES


def pack(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common data package of these items (names sorted, as ICU's binary search needs)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in kept)
    table_size = 4 + 8 * len(kept)
    data_at = _aligned(table_size + len(names))
    table, name_at, body = [struct.pack("<I", len(kept))], table_size, b""
    for name, data in kept:
        table.append(struct.pack("<II", name_at, data_at + len(body)))
        name_at += len(name) + 1
        body += data + b"\0" * (_aligned(len(data)) - len(data))
    toc = b"".join(table) + names
    return header + toc + b"\0" * (data_at - len(toc)) + body


def _aligned(size: int) -> int:
    return (size + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


def link(package: bytes, symbol: str, soname: str, out_dir: Path) -> Path:
    """A shared library named `soname` exporting `package` as `symbol`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "icudata.dat").write_bytes(package)
    (out_dir / "icudata.S").write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
        f'\t.balign 16\n{symbol}:\n\t.incbin "icudata.dat"\n'
        f'\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    command = ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", soname, "icudata.S"]
    subprocess.run(command, cwd=out_dir, check=True)
    return out_dir / soname


def main(arguments: list[str] | None = None) -> int:
    """Write the trimmed library into OUT_DIR and print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path, help="ICU's libicudata.so.NN")
    parser.add_argument("out_dir", type=Path, help="where to write the trimmed library")
    options = parser.parse_args(arguments)
    if shutil.which("cc") is None:
        print("no C compiler (cc): ICU's data stays whole", file=sys.stderr)
        return 3
    package, symbol = package_bytes(options.library)
    header, found = items(package)
    kept = [(name, data) for name, data in found if wanted(name)]
    trimmed = link(pack(header, kept), symbol, options.library.name, options.out_dir)
    print(trimmed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
