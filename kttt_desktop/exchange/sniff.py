"""What kind of file an officer chose, judged by its bytes, and the files the import refuses.

The extension is only a hint: a workbook saved under the wrong name is still read, while a web
page saved as ".xls", a Word document, a password-protected workbook, a damaged or oversized file
and an archive that would expand beyond reason (a "zip bomb") are refused before any spreadsheet
library opens them, each with a message that says what to do.
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

import defusedxml.ElementTree as DefusedET

from kttt_desktop.core.errors import FileUnreadable, InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.exchange import ole

XLSX, XLSB, XLS, ODS, CSV = "xlsx", "xlsb", "xls", "ods", "csv"

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_EXPANDED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # an xlsx sheet compresses 5-30 times; zip bombs a thousand times and more
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress far better and do no harm
MAX_ENTRIES = 10_000
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_TEXT_EXTENSIONS = (".csv", ".txt")
_PROLOG_BYTES = 64 * 1024
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ROOT = re.compile(r"<[A-Za-z_]")


class WorkbookRefused(InputError):
    """The file cannot be imported as it is; nothing was read or written."""


@dataclass(frozen=True)
class Limits:
    """The sizes beyond which a file is refused (tests lower them)."""

    file_bytes: int = MAX_FILE_BYTES
    expanded_bytes: int = MAX_EXPANDED_BYTES
    ratio: int = MAX_RATIO
    rows: int = 1_000_000
    columns: int = 1_000
    cells: int = 20_000_000  # the rectangle of a sheet, empty cells included
    text: int = 100_000_000  # characters of text in all cells, shared strings expanded


DEFAULT_LIMITS = Limits()


def _refuse(path: Path, reason: str) -> WorkbookRefused:
    return WorkbookRefused(translate(
        "Workbook", "Không nhập được tệp {name}: {reason} Không có gì được ghi.").format(
            name=path.name, reason=reason))


def _not_a_workbook(path: Path) -> WorkbookRefused:
    return _refuse(path, translate(
        "Workbook", "tệp này không phải là bảng tính. Hãy chọn tệp Excel (.xlsx, .xls, .xlsb), "
        "LibreOffice (.ods) hoặc .csv."))


def password_protected(path: Path) -> WorkbookRefused:
    """The refusal of an encrypted workbook (also raised when the reader finds one)."""
    return _refuse(path, translate(
        "Workbook", "bảng tính được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu "
        "(Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi "
        "nhập lại."))


def _damaged(path: Path) -> WorkbookRefused:
    return _refuse(path, translate(
        "Workbook", "tệp bị hỏng (không giải nén được). Hãy mở tệp trong Excel, lưu lại thành "
        ".xlsx rồi nhập lại."))


def too_many_rows(path: Path, limit: int) -> WorkbookRefused:
    return _refuse(path, translate(
        "Workbook", "bảng tính có hơn {limit} dòng, quá lớn để nhập một lần. Hãy tách thành "
        "nhiều tệp nhỏ hơn.").format(limit=f"{limit:,}".replace(",", ".")))


def too_big(path: Path, what: str) -> WorkbookRefused:
    """The refusal of a workbook that would take more memory to read than the program allows."""
    return _refuse(path, translate(
        "Workbook", "{what}, vượt giới hạn chương trình đọc được một lần (có thể là tệp độc hại "
        "hoặc có một ô ở rất xa vùng dữ liệu). Hãy xóa các ô thừa, hoặc tách thành nhiều tệp "
        "nhỏ hơn.").format(what=what))


def _zip_kind(path: Path, limits: Limits) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise _bomb(path)
            total = 0
            for entry in entries:
                total += entry.file_size
                if (entry.file_size > RATIO_FLOOR_BYTES
                        and entry.file_size > limits.ratio * max(entry.compress_size, 1)):
                    raise _bomb(path)
            if total > limits.expanded_bytes:
                raise _bomb(path)
            names = {e.filename for e in entries}
            kind = None
            if "xl/workbook.xml" in names:
                kind = XLSX
            elif "xl/workbook.bin" in names:
                kind = XLSB
            elif "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
                kind = ODS
            if kind is not None:
                _refuse_dtd(path, archive, entries)
                _refuse_external_links(path, archive, names)
                return kind
            if "word/document.xml" in names or "mimetype" in names:
                raise _refuse(path, translate(
                    "Workbook", "đây là tệp văn bản (Word, Writer), không phải bảng tính."))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, zlib.error,
            ElementTree.ParseError):
        raise _damaged(path) from None
    raise _not_a_workbook(path)


def _declares_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """Whether the XML part ``entry`` has a document type declaration before its root element
    (read only up to the root element, at most ``_PROLOG_BYTES``)."""
    head = b""
    with archive.open(entry) as member:
        while len(head) < _PROLOG_BYTES:
            chunk = member.read(4096)
            if not chunk:
                break
            head += chunk
            text = head.decode("utf-16", "ignore") if head[:2] in (
                codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else head.decode("utf-8", "ignore")
            prolog = _COMMENT.sub("", text)
            if "<!DOCTYPE" in prolog or "<!ENTITY" in prolog:
                return True
            if _ROOT.search(prolog):
                return False
    return len(head) >= _PROLOG_BYTES  # a prolog this long is no workbook's


def _refuse_dtd(path: Path, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> None:
    """Office programs never write a DTD: one in a workbook's XML can only be there to make a
    reader fetch a file or a web address ("XXE") or expand entities without end. Refused."""
    for entry in entries:
        if entry.filename.lower().endswith((".xml", ".rels")) and _declares_dtd(archive, entry):
            raise _refuse(path, translate(
                "Workbook", "phần {part} của tệp có khai báo DTD mà Excel và LibreOffice không bao "
                "giờ ghi (có thể là tệp độc hại tìm cách đọc tệp khác trên máy). Chương trình "
                "không đọc tệp này; hãy kiểm tra nguồn gốc của tệp.").format(part=entry.filename))


def _refuse_external_links(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    """A workbook that takes values from other files: the values saved in it may be out of
    date, and the program never opens the other files. Refused with the way out."""
    links = sorted(n for n in names if n.startswith("xl/externalLinks/") and n.endswith(".xml"))
    if not links:
        return
    targets = []
    for link in links:
        folder, _, name = link.rpartition("/")
        relations = f"{folder}/_rels/{name}.rels"
        if relations in names:
            for relation in DefusedET.fromstring(archive.read(relations)):
                target = relation.get("Target")
                if target:
                    targets.append(unquote(target).replace("\\", "/").rsplit("/", 1)[-1])
    raise _refuse(path, translate(
        "Workbook", "bảng tính có liên kết lấy số liệu từ tệp khác ({files}). Chương trình không "
        "mở các tệp đó, và giá trị đã lưu qua liên kết có thể đã cũ. Trong Excel hãy chọn Dữ "
        "liệu → Sửa liên kết → Ngắt liên kết (các giá trị được giữ lại), lưu tệp rồi nhập "
        "lại.").format(files=", ".join(targets) or translate("Workbook", "không rõ tên")))


def _bomb(path: Path) -> WorkbookRefused:
    return _refuse(path, translate(
        "Workbook", "tệp nén bên trong bảng tính giải nén ra quá lớn so với kích thước tệp (có thể "
        "là tệp độc hại). Hãy kiểm tra nguồn gốc của tệp."))


def _ole_kind(path: Path) -> str:
    try:
        with path.open("rb") as f:
            names = {n.lower() for n in ole.stream_names(f)}
    except ole.NotCompoundFile:
        raise _damaged(path) from None
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise password_protected(path)
    if "workbook" in names or "book" in names:
        return XLS
    if "worddocument" in names:
        raise _refuse(path, translate(
            "Workbook", "đây là tệp văn bản Word, không phải bảng tính."))
    raise _not_a_workbook(path)


def not_utf8(path: Path, line: int | None = None) -> WorkbookRefused:
    """The refusal of a text file in another encoding than UTF-8 (``line``: the first line
    that is not UTF-8)."""
    where = "" if line is None else translate("Workbook", " (từ dòng {line})").format(line=line)
    return _refuse(path, translate(
        "Workbook", "tệp CSV không dùng bảng mã UTF-8{where}. Trong Excel hãy chọn Lưu thành “CSV "
        "UTF-8 (phân cách bằng dấu phẩy)”, hoặc lưu thành .xlsx.").format(where=where))


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 text without its byte order mark: one of each pair of bytes is mostly zero."""
    pairs = len(head) // 2
    if pairs < 4:
        return False
    zeros = max(head[0::2].count(0), head[1::2].count(0))
    return zeros >= pairs * 0.6


def _text_kind(path: Path, head: bytes) -> str:
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))  # Excel's Unicode Text
    if utf16:
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    if b"\x00" in head:
        if path.suffix.lower() in _TEXT_EXTENSIONS and _looks_utf16(head):
            raise not_utf8(path)
        raise _not_a_workbook(path)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta")):
        raise _refuse(path, translate(
            "Workbook", "đây là trang web (HTML/XML) được lưu với tên bảng tính, thường do phần "
            "mềm khác xuất ra. Hãy mở tệp trong Excel rồi chọn Lưu thành “Sổ làm việc Excel "
            "(.xlsx)” và nhập tệp mới."))
    if path.suffix.lower() not in _TEXT_EXTENSIONS:
        raise _not_a_workbook(path)
    return CSV


def sniff(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The kind of workbook at ``path`` (``xlsx``, ``xlsb``, ``xls``, ``ods`` or ``csv``).

    Raises :class:`WorkbookRefused` (exit status 1) for a file the import does not take, and
    :class:`~kttt_desktop.core.errors.FileUnreadable` (exit status 3) when it cannot be read.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _not_a_workbook(path)
        if size > limits.file_bytes:
            raise _refuse(path, translate(
                "Workbook", "tệp lớn {size} MB, vượt giới hạn {limit} MB. Hãy xóa các trang, "
                "hình ảnh không cần thiết hoặc tách thành nhiều tệp.").format(
                    size=size // (1024 * 1024), limit=limits.file_bytes // (1024 * 1024)))
        with path.open("rb") as f:
            head = f.read(65536)
        if not head:
            raise _refuse(path, translate("Workbook", "tệp rỗng."))
        if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
            return _zip_kind(path, limits)
        if head.startswith(ole.MAGIC):
            return _ole_kind(path)
        return _text_kind(path, head)
    except FileNotFoundError:
        raise FileUnreadable(translate("Workbook", "Không tìm thấy tệp {path}.").format(
            path=path)) from None
    except OSError as exc:
        raise FileUnreadable(translate(
            "Workbook", "Không đọc được tệp {path} ({error}). Nếu tệp đang mở trong Excel, hãy "
            "đóng lại rồi thử lại.").format(path=path, error=exc.strerror or exc)) from None
