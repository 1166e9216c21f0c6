"""Make ``encrypted.xlsx``: an Excel workbook protected by a password, as Excel 2007 writes it.

Run once by hand (``python tests/exchange/samples/make_encrypted_xlsx.py``; it needs the
``openssl`` command for AES); the tests use the file it wrote. The workbook (one sheet
ThanhVien) is encrypted with the password "matkhau" by ECMA-376 Standard Encryption
([MS-OFFCRYPTO] 2.3.4.5: AES-128, SHA-1 key derivation with 50,000 rounds) and stored, with its
EncryptionInfo, in an OLE compound file ([MS-CFB], version 3, with a mini stream). LibreOffice
opens the result with the password.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import subprocess
from pathlib import Path

import openpyxl

PASSWORD = "matkhau"
SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def aes_ecb(key: bytes, data: bytes) -> bytes:
    return subprocess.run(
        ["openssl", "enc", "-aes-128-ecb", "-nopad", "-K", key.hex()], input=data,
        capture_output=True, check=True).stdout


def derive_key(password: str, salt: bytes) -> bytes:
    digest = hashlib.sha1(salt + password.encode("utf-16-le")).digest()
    for i in range(50_000):
        digest = hashlib.sha1(struct.pack("<I", i) + digest).digest()
    final = hashlib.sha1(digest + struct.pack("<I", 0)).digest()
    x1 = hashlib.sha1(bytes(b ^ 0x36 for b in final.ljust(64, b"\0")[:20]) + b"\x36" * 44)
    x2 = hashlib.sha1(bytes(b ^ 0x5C for b in final.ljust(64, b"\0")[:20]) + b"\x5c" * 44)
    return (x1.digest() + x2.digest())[:16]


def encryption(plain: bytes) -> tuple[bytes, bytes]:
    """The EncryptionInfo and EncryptedPackage streams of ``plain`` (the .xlsx bytes)."""
    salt, verifier = os.urandom(16), os.urandom(16)
    key = derive_key(PASSWORD, salt)
    csp = "Microsoft Enhanced RSA and AES Cryptographic Provider\0".encode("utf-16-le")
    header = struct.pack("<8I", 0x24, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + csp
    verifier_hash = hashlib.sha1(verifier).digest().ljust(32, b"\0")
    info = (struct.pack("<HHII", 3, 2, 0x24, len(header)) + header
            + struct.pack("<I", 16) + salt + aes_ecb(key, verifier)
            + struct.pack("<I", 20) + aes_ecb(key, verifier_hash))
    padded = plain + b"\0" * (-len(plain) % 16)
    return info, struct.pack("<Q", len(plain)) + aes_ecb(key, padded)


def entry(name: str, kind: int, colour: int, right: int, child: int, start: int,
          size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB3I", len(encoded), kind, colour, FREE,
                                                   right, child)
            + b"\0" * 36 + struct.pack("<IQ", start, size))


def compound_file(info: bytes, package: bytes) -> bytes:
    """An OLE file holding the two streams: sector 0 the FAT, 1 the directory, 2 the mini FAT,
    then the mini stream (EncryptionInfo) and the EncryptedPackage."""
    assert len(info) < MINI_CUTOFF <= len(package)
    mini_count = -(-len(info) // MINI_SECTOR)
    mini_stream = info.ljust(mini_count * MINI_SECTOR, b"\0")
    mini_sectors = -(-len(mini_stream) // SECTOR)
    package_sectors = -(-len(package) // SECTOR)
    first_mini, first_package = 3, 3 + mini_sectors
    fat = [FAT_SECTOR, END, END]
    for start, count in ((first_mini, mini_sectors), (first_package, package_sectors)):
        fat += [start + i + 1 for i in range(count - 1)] + [END]
    assert len(fat) <= SECTOR // 4
    mini_fat = [i + 1 for i in range(mini_count - 1)] + [END]
    directory = (entry("Root Entry", 5, 1, FREE, 1, first_mini, len(mini_stream))
                 + entry("EncryptionInfo", 2, 1, 2, FREE, 0, len(info))
                 + entry("EncryptedPackage", 2, 0, FREE, FREE, first_package, len(package)))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<9I", 0, 1, 1, 0, MINI_CUTOFF, 2, 1, END, 0)
              + struct.pack("<109I", 0, *[FREE] * 108))
    body = [struct.pack(f"<{len(fat)}I", *fat).ljust(SECTOR, b"\xff"),
            directory.ljust(SECTOR, b"\0"),
            struct.pack(f"<{len(mini_fat)}I", *mini_fat).ljust(SECTOR, b"\xff"),
            mini_stream.ljust(mini_sectors * SECTOR, b"\0"),
            package.ljust(package_sectors * SECTOR, b"\0")]
    return header + b"".join(body)


def main() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "ThanhVien"
    sheet.append(["Mã số tổ chức", "Họ và tên", "Loại thành viên", "Ngày vào"])
    for n in range(200):  # enough rows for a package above the mini stream cutoff
        sheet.append(["5700100256", f"Thành viên số {n}", "Chính thức", "01/02/2020"])
    plain = io.BytesIO()
    workbook.save(plain)
    target = Path(__file__).with_name("encrypted.xlsx")
    target.write_bytes(compound_file(*encryption(plain.getvalue())))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
