"""The names of the streams of an OLE compound file (the container of .xls files, and of any
Office file protected by a password).

Only the directory is read, which is all it takes to tell an old Excel workbook ("Workbook" or
"Book" stream) from a password-protected Office file ("EncryptedPackage" stream) or a Word
document. Layout: [MS-CFB] (a 512-byte header, a FAT of sector chains, a directory of 128-byte
entries).
"""

from __future__ import annotations

import struct
from typing import BinaryIO

MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_HEADER = 512
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTORS = 1 << 20  # a guard against looping chains in a damaged file


class NotCompoundFile(ValueError):
    """The bytes are not a readable compound file."""


def _sector(f: BinaryIO, number: int, size: int) -> bytes:
    f.seek(_HEADER + number * size)
    data = f.read(size)
    if len(data) != size:
        raise NotCompoundFile(f"sector {number} lies beyond the end of the file")
    return data


def stream_names(f: BinaryIO) -> list[str]:
    """The names of every entry of the directory (storages and streams)."""
    f.seek(0)
    header = f.read(_HEADER)
    if len(header) < _HEADER or header[:8] != MAGIC:
        raise NotCompoundFile("no compound file signature")
    shift = struct.unpack_from("<H", header, 30)[0]
    if shift not in (9, 12):
        raise NotCompoundFile(f"sector shift {shift}")
    size = 1 << shift
    fat_count, directory_start = struct.unpack_from("<I", header, 44)[0], struct.unpack_from(
        "<I", header, 48)[0]
    difat_start, difat_count = struct.unpack_from("<II", header, 68)
    fat_sectors = [s for s in struct.unpack_from("<109I", header, 76) if s not in (_FREE,)]
    per_sector = size // 4
    next_difat, seen = difat_start, 0
    while next_difat not in (_END_OF_CHAIN, _FREE) and seen < difat_count:
        entries = struct.unpack(f"<{per_sector}I", _sector(f, next_difat, size))
        fat_sectors += [s for s in entries[:-1] if s != _FREE]
        next_difat, seen = entries[-1], seen + 1
    fat: list[int] = []
    for number in fat_sectors[:fat_count]:
        fat += struct.unpack(f"<{per_sector}I", _sector(f, number, size))
    names: list[str] = []
    current, steps = directory_start, 0
    while current not in (_END_OF_CHAIN, _FREE):
        if current >= len(fat) or steps > _MAX_SECTORS:
            raise NotCompoundFile("broken directory chain")
        block = _sector(f, current, size)
        for offset in range(0, size, 128):
            length = struct.unpack_from("<H", block, offset + 64)[0]
            if 2 <= length <= 64 and block[offset + 66] in (1, 2, 5):  # storage, stream, root
                names.append(block[offset:offset + length - 2].decode("utf-16-le", "replace"))
        current, steps = fat[current], steps + 1
    return names
