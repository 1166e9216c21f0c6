"""Make the corpus of bad inputs of the import (the files next to this script).

Run from the project root: ``python -m tests.bad_inputs.make_corpus``. Each file is the small
valid workbook of the test office (tests/workbooks.py) with one thing wrong, or a file that is
not a workbook the import can take. The .xls and .ods variants are converted by LibreOffice
(``soffice``); the password-protected samples are copied from tests/exchange/samples. What each
file must give is the table of tests/bad_inputs/README.md and of test_corpus.py.

Why it is long: one short builder per bad input of the corpus (tests/bad_inputs/README.md lists
them), with the zip and XML helpers they share.
"""

from __future__ import annotations

import codecs
import io
import re
import shutil
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from tests import workbooks
from tests.workbooks import HTX_A, THT_C, convert, office_sheets

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "exchange" / "samples"
XXE_MARKER_PATH = "/tmp/kttt-xxe-marker.txt"  # the tests write a unique marker there
XXE_URL = "http://127.0.0.1:9/kttt-xxe-probe"
LONG = 100_000
FORMULA_LIKE = ("=1+1", "+84912345678", "@SUM(A1)", "=cmd|' /C calc'!A0", "-2+3")
SQL_LIKE = "'; DROP TABLE member;--"

Sheets = dict[str, list[list[Any]]]


def _set(sheets: Sheets, sheet: str, row: int, header: str, value: Any) -> Sheets:
    rows = sheets[sheet]
    rows[row - 1][rows[0].index(header)] = value
    return sheets


def one_cell(sheet: str, row: int, header: str, value: Any) -> Sheets:
    """The valid workbook with the cell (``row``, ``header``) of ``sheet`` replaced."""
    return _set(office_sheets(), sheet, row, header, value)


def write_xlsx(path: Path, sheets: Sheets,
               edit: Callable[[openpyxl.Workbook], None] | None = None) -> Path:
    """The sheets as an .xlsx file, text always text (never a formula)."""
    return workbooks.write_xlsx(path, sheets, as_text=True, edit=edit)


def patch_zip(path: Path, edits: dict[str, Callable[[bytes | None], bytes | None]]) -> Path:
    """Rewrite members of the archive at ``path`` (an edit of ``None`` adds a member; an edit
    returning ``None`` removes it)."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    for name, edit in edits.items():
        result = edit(members.get(name))
        if result is None:
            members.pop(name, None)
        else:
            members[name] = result
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)
    return path


def _sheet_part(path: Path, title: str) -> str:
    workbook = openpyxl.load_workbook(path)
    return f"xl/worksheets/sheet{workbook.sheetnames.index(title) + 1}.xml"


def _replace_cell(xml: bytes, ref: str, cell: str) -> bytes:
    """The sheet XML with the cell ``ref`` replaced by the raw ``cell`` element."""
    pattern = re.compile(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)'.encode())
    assert pattern.search(xml), ref
    return pattern.sub(cell.encode(), xml, count=1)


def _inline(ref: str, escaped: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escaped}</t></is></c>'


# Wrong types, odd values -----------------------------------------------------------------------

ONE_CELL_CASES: dict[str, tuple[str, int, str, Any]] = {
    "type_text_in_money.xlsx": ("ThanhVien", 3, "Vốn góp (triệu đồng)", "hai mươi triệu"),
    "type_text_in_date.xlsx": ("ThanhVien", 4, "Ngày vào", "hôm qua"),
    "type_number_in_yes_no.xlsx": ("ThanhVien", 2, "Lao động thường xuyên", 7),
    "type_number_in_flag_year.xlsx": ("ToChuc", 2, "Chuỗi giá trị", 3.5),
    "type_text_in_year.xlsx": ("XepLoai", 2, "Năm", "hai không hai ba"),
    "type_date_in_money.xlsx": ("SoLieu", 2, "Doanh thu (triệu đồng)", date(2023, 5, 1)),
    "type_bool_in_date.xlsx": ("ToChuc", 3, "Ngày thành lập", True),
    "type_error_cell_in_number.xlsx": ("SoLieu", 3, "Lợi nhuận (triệu đồng)", "#DIV/0!"),
    "date_31_02_2025.xlsx": ("ThanhVien", 2, "Ngày vào", "31/02/2025"),
    "date_birth_2090.xlsx": ("ThanhVien", 3, "Ngày sinh", date(2090, 6, 1)),
    "date_birth_1800.xlsx": ("ThanhVien", 5, "Ngày sinh", "12/03/1800"),
    "date_established_future.xlsx": ("ToChuc", 3, "Ngày thành lập", date(2099, 1, 1)),
    "money_negative.xlsx": ("ThanhVien", 2, "Vốn góp (triệu đồng)", -5),
    "money_1e20.xlsx": ("ToChuc", 2, "Vốn điều lệ (triệu đồng)", 10**20),
    "money_1e20_text.xlsx": ("SoLieu", 2, "Doanh thu (triệu đồng)", "100.000.000.000.000.000.000"),
    "text_sql_like.xlsx": ("ThanhVien", 4, "Họ và tên", SQL_LIKE),
    "text_bidi_override.xlsx": ("ThanhVien", 2, "Họ và tên", "\u202eNguyễn Văn An\u202c"),
}


def renamed(old: str, new: str) -> Sheets:
    """The valid workbook with every cell ``old`` (a name) written ``new``."""
    sheets = office_sheets()
    for rows in sheets.values():
        for row in rows:
            for i, value in enumerate(row):
                if value == old:
                    row[i] = new
    return sheets


NFD_NAME = unicodedata.normalize("NFD", HTX_A)
EMOJI_NAME = THT_C + " 🌾👩‍🌾"


def _formula_sheets() -> Sheets:
    sheets = office_sheets()
    names = ["=1+1", "+84912345678", "@SUM(A1)", "-2+3"]
    for row, name in zip(range(2, 6), names, strict=True):
        _set(sheets, "ThanhVien", row, "Họ và tên", name)
    _set(sheets, "ThanhVien", 2, "Số CCCD", None)  # the CCCD would name the person's gender
    _set(sheets, "ToChuc", 2, "Tên", "=cmd|' /C calc'!A0")
    _set(sheets, "ToChuc", 3, "Địa chỉ", "@SUM(A1)")
    return sheets


def _control_characters(path: Path) -> Path:
    """Control characters as Excel escapes them in a cell (``_x0007_``)."""
    write_xlsx(path, office_sheets())
    part = _sheet_part(path, "ThanhVien")
    return patch_zip(path, {part: lambda xml: _replace_cell(
        _replace_cell(xml, "D2", _inline("D2", "Nguyễn_x0007_ Văn_x001B_ An")),
        "D3", _inline("D3", "Trần\tThị\u0085Bình"))})


def _long_cell(path: Path, sheet: str, ref: str, text: str) -> Path:
    """A cell of ``text`` (longer than openpyxl writes: Excel keeps 32,767 characters)."""
    write_xlsx(path, office_sheets())
    return patch_zip(path, {_sheet_part(path, sheet): lambda xml: _replace_cell(
        xml, ref, _inline(ref, text))})


def _real_formulas(path: Path) -> Path:
    """Real formula cells with the values Excel saved: read as values, never evaluated."""
    write_xlsx(path, office_sheets())
    part = _sheet_part(path, "SoLieu")
    return patch_zip(path, {part: lambda xml: _replace_cell(
        xml, "D2", '<c r="D2"><f>1000+250.5</f><v>1250.5</v></c>')})


def _duplicated_headers(path: Path) -> Path:
    sheets = office_sheets()
    rows = sheets["ThanhVien"]
    rows[0].append("Họ và tên")
    for row in rows[1:]:
        row.append(row[3].upper())
    return write_xlsx(path, sheets)


def _merged_headers(path: Path) -> Path:
    """A title merged over the columns, and a header merged over two columns (the second column,
    Giới tính, loses its header)."""
    sheets = office_sheets()
    rows = sheets["ThanhVien"]
    rows[0][rows[0].index("Giới tính")] = None
    rows.insert(0, ["DANH SÁCH THÀNH VIÊN"] + [None] * (len(rows[0]) - 1))

    def merge(workbook: openpyxl.Workbook) -> None:
        sheet = workbook["ThanhVien"]
        sheet.merge_cells("A1:K1")
        sheet.merge_cells("E2:F2")

    return write_xlsx(path, sheets, edit=merge)


def _hidden_sheet(path: Path, state: str) -> Path:
    def hide(workbook: openpyxl.Workbook) -> None:
        workbook["ThanhVien"].sheet_state = state

    return write_xlsx(path, office_sheets(), edit=hide)


# Files that are not what they claim ----------------------------------------------------------

def _corrupt_truncated(path: Path) -> Path:
    good = write_xlsx(path, office_sheets()).read_bytes()
    path.write_bytes(good[: len(good) * 2 // 3])
    return path


def _corrupt_crc(path: Path) -> Path:
    """Whole archive, but the compressed bytes of a sheet damaged (its CRC fails)."""
    write_xlsx(path, office_sheets())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(_sheet_part(path, "ThanhVien"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 20, start + 60):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _zip_bomb(path: Path) -> Path:
    """A workbook whose sheet expands from about 100 KB to 100 MB."""
    write_xlsx(path, office_sheets())
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open(
            "xl/worksheets/sheet99.xml", "w") as member:
        chunk = b"<row/>" * (1024 * 1024 // 6)
        for _ in range(100):
            member.write(chunk)
    return path


def _lying_zip_bomb(path: Path) -> Path:
    """A sheet that expands to 50 MB while the archive's directory says 2 KB."""
    sheet_xml = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                 b'spreadsheetml/2006/main"><sheetData>' + b" " * (50 * 1024 * 1024)
                 + b"</sheetData></worksheet>")
    write_xlsx(path, office_sheets())
    part = _sheet_part(path, "ThanhVien")
    patch_zip(path, {part: lambda _: sheet_xml})
    data = bytearray(path.read_bytes())
    # Rewrite the uncompressed size of the part in its local header and in the directory.
    real = len(sheet_xml).to_bytes(4, "little")
    fake = (2048).to_bytes(4, "little")
    name = part.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        position = 0
        while (position := data.find(signature, position)) >= 0:
            if data[position + name_offset:position + name_offset + len(name)] == name:
                assert data[position + size_offset:position + size_offset + 4] == real
                data[position + size_offset:position + size_offset + 4] = fake
            position += 4
    path.write_bytes(bytes(data))
    return path


XXE_DOCTYPE = (f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{XXE_MARKER_PATH}">'
               f'<!ENTITY web SYSTEM "{XXE_URL}">'
               '<!ENTITY lol "lollollollollollollollollollol">'
               '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')


def _xxe(path: Path) -> Path:
    """A sheet with a DTD whose entities name a local file and a URL; the names of two members
    are those entities."""
    sheets = office_sheets()
    _set(sheets, "ThanhVien", 2, "Họ và tên", "XXE_FILE")
    _set(sheets, "ThanhVien", 3, "Họ và tên", "XXE_WEB")
    write_xlsx(path, sheets)

    def sheet(xml: bytes | None) -> bytes:
        assert xml is not None
        body = xml.decode().replace("XXE_FILE", "&xxe;").replace("XXE_WEB", "&web;&lol2;")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n' + XXE_DOCTYPE + body).encode()

    return patch_zip(path, {_sheet_part(path, "ThanhVien"): sheet})


def _xxe_ods(path: Path) -> Path:
    """An .ods whose content.xml declares an external entity used in a cell."""
    source = write_xlsx(path.with_suffix(".xlsx"), {"ThanhVien": office_sheets()["ThanhVien"]})
    with tempfile.TemporaryDirectory() as folder:
        ods = convert(source, "ods", Path(folder))
        shutil.move(ods, path)
    source.unlink()
    doctype = (f'<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM '
               f'"file://{XXE_MARKER_PATH}">]>')

    def content(xml: bytes | None) -> bytes:
        assert xml is not None
        text = xml.decode()
        head, _, body = text.partition("?>")
        return (head + "?>" + doctype + body.replace("Trần Thị Bình", "&xxe;", 1)).encode()

    _rezip_ods(path, {"content.xml": content})
    return path


def _rezip_ods(path: Path, edits: dict[str, Callable[[bytes | None], bytes | None]]) -> None:
    """Like :func:`patch_zip`, keeping "mimetype" first and stored, as ODF requires."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    for name, edit in edits.items():
        members[name] = edit(members.get(name))  # type: ignore[assignment]
    with zipfile.ZipFile(path, "w") as target:
        target.writestr("mimetype", members.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in members.items():
            target.writestr(name, data, zipfile.ZIP_DEFLATED)


_EXTERNAL_LINK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<externalBook r:id="rId1"><sheetNames><sheetName val="Luong"/></sheetNames>'
    '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>25</v></cell></row>'
    '</sheetData></sheetDataSet></externalBook></externalLink>')
_EXTERNAL_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/externalLinkPath" Target="file:///C:/Users/ketoan/Desktop/bang-luong.xlsx" '
    'TargetMode="External"/></Relationships>')


def _external_links(path: Path) -> Path:
    """A member's capital taken from another workbook (an external link, with its saved value)."""
    write_xlsx(path, office_sheets())
    part = _sheet_part(path, "ThanhVien")

    def workbook(xml: bytes | None) -> bytes:
        assert xml is not None
        return xml.replace(b"</sheets>", b'</sheets><externalReferences>'
                           b'<externalReference r:id="rIdLink1"/></externalReferences>', 1)

    def relations(xml: bytes | None) -> bytes:
        assert xml is not None
        return xml.replace(b"</Relationships>", (
            b'<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/externalLink" '
            b'Target="externalLinks/externalLink1.xml"/></Relationships>'), 1)

    def types(xml: bytes | None) -> bytes:
        assert xml is not None
        return xml.replace(b"</Types>", (
            b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'), 1)

    return patch_zip(path, {
        "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": relations,
        "[Content_Types].xml": types,
        "xl/externalLinks/externalLink1.xml": lambda _: _EXTERNAL_LINK.encode(),
        "xl/externalLinks/_rels/externalLink1.xml.rels": lambda _: _EXTERNAL_RELS.encode(),
        part: lambda xml: _replace_cell(xml, "J2", '<c r="J2"><f>[1]Luong!$A$1</f><v>25</v></c>'),
    })


def _word_as_xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


# Text files ---------------------------------------------------------------------------------

ORGANISATIONS_CSV = [
    ["Mã số", "Loại hình", "Tên", "Mã xã", "Ngày thành lập", "Lĩnh vực"],
    ["5700100256", "Hợp tác xã", "Hợp tác xã Nông nghiệp Đồng Tâm", "06838", "15/03/2015",
     "Nông nghiệp"],
    ["5700100263", "Hợp tác xã", "Hợp tác xã Chè Hoành Mô", "06841", "02/05/2018", "Nông nghiệp"],
]


def _csv_text(rows: list[list[str]], separator: str = ",") -> str:
    out = io.StringIO()
    import csv

    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _csv(path: Path, rows: list[list[str]], data: Callable[[str], bytes]) -> Path:
    path.write_bytes(data(_csv_text(rows)))
    return path


def windows_1258(text: str) -> bytes:
    """``text`` in the Vietnamese code page of Windows (a letter, then its tone mark)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    composed = "".join(
        unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", ch)
                                             if c not in tones))
        + "".join(c for c in unicodedata.normalize("NFD", ch) if c in tones)
        for ch in text)
    return composed.encode("cp1258")


def _csv_bad_byte_late(path: Path) -> Path:
    rows = [ORGANISATIONS_CSV[0]] + [[
        "", "Tổ hợp tác", f"Tổ hợp tác Số {n}", "06838", "15/03/2015", "Nông nghiệp"]
        for n in range(60)]
    raw = _csv_text(rows).encode("utf-8")
    line = raw.split(b"\r\n")
    line[41] = line[41].replace("Số".encode(), b"S\xf4")  # row 42 typed in a code page
    path.write_bytes(b"\r\n".join(line))
    return path


def _csv_with_rows(rows_edit: Callable[[list[list[str]]], None]) -> list[list[str]]:
    rows = [list(r) for r in ORGANISATIONS_CSV]
    rows_edit(rows)
    return rows


def _name(row: int, value: str) -> Callable[[list[list[str]]], None]:
    def edit(rows: list[list[str]]) -> None:
        rows[row - 1][2] = value
    return edit


# Old and other formats (through LibreOffice) --------------------------------------------------

def _converted(path: Path, sheets: Sheets) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        source = write_xlsx(Path(folder) / f"{path.stem}.xlsx", sheets)
        converted = convert(source, path.suffix.lstrip("."), Path(folder))
        shutil.move(converted, path)
    return path


# The corpus -----------------------------------------------------------------------------------

def builders() -> dict[str, Callable[[Path], Path]]:
    """File name → the function that writes it."""
    made: dict[str, Callable[[Path], Path]] = {}
    for name, (sheet, row, header, value) in ONE_CELL_CASES.items():
        made[name] = (lambda p, s=sheet, r=row, h=header, v=value:
                      write_xlsx(p, one_cell(s, r, h, v)))
    made["text_nfd.xlsx"] = lambda p: write_xlsx(p, renamed(HTX_A, NFD_NAME))
    made["text_emoji.xlsx"] = lambda p: write_xlsx(p, renamed(THT_C, EMOJI_NAME))
    made.update({
        "text_formula_like.xlsx": lambda p: write_xlsx(p, _formula_sheets()),
        "text_control_characters.xlsx": _control_characters,
        "long_name_100k.xlsx": lambda p: _long_cell(
            p, "ThanhVien", "D3", "Nguyễn " * (LONG // 7) + "An"),
        "long_address_100k.xlsx": lambda p: _long_cell(
            p, "ToChuc", "F2", "Thôn Đồng Tâm " + "x" * LONG),
        "csv_long_name_100k.csv": lambda p: _csv(
            p, _csv_with_rows(_name(2, "Hợp tác xã " * (LONG // 10))), lambda t: t.encode()),
        "formula_cells_saved_values.xlsx": _real_formulas,
        "headers_duplicated.xlsx": _duplicated_headers,
        "headers_merged.xlsx": _merged_headers,
        "sheet_hidden.xlsx": lambda p: _hidden_sheet(p, "hidden"),
        "sheet_very_hidden.xlsx": lambda p: _hidden_sheet(p, "veryHidden"),
        "password.xlsx": lambda p: Path(shutil.copyfile(SAMPLES / "encrypted.xlsx", p)),
        "password.xls": lambda p: Path(shutil.copyfile(SAMPLES / "encrypted.xls", p)),
        "corrupt_truncated.xlsx": _corrupt_truncated,
        "corrupt_crc.xlsx": _corrupt_crc,
        "zip_bomb.xlsx": _zip_bomb,
        "zip_bomb_lying_sizes.xlsx": _lying_zip_bomb,
        "xxe_sheet.xlsx": _xxe,
        "xxe_content.ods": _xxe_ods,
        "external_links.xlsx": _external_links,
        "word_named_xlsx.xlsx": _word_as_xlsx,
        "web_page_named.xls": lambda p: (p.write_text(
            "<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>",
            encoding="utf-8"), p)[1],
        "empty.xlsx": lambda p: (p.write_bytes(b""), p)[1],
        "csv_windows_1258.csv": lambda p: _csv(p, ORGANISATIONS_CSV, windows_1258),
        "csv_utf16_without_bom.csv": lambda p: _csv(p, ORGANISATIONS_CSV,
                                                    lambda t: t.encode("utf-16-le")),
        "csv_bad_byte_row_42.csv": _csv_bad_byte_late,
        "csv_control_characters.csv": lambda p: _csv(
            p, _csv_with_rows(_name(2, "Hợp tác xã\x07 Nông\x1b nghiệp\x85 Đồng\x7f Tâm")),
            lambda t: t.encode()),
        "csv_formula_like.csv": lambda p: _csv(
            p, _csv_with_rows(_name(2, "=cmd|' /C calc'!A0")),
            lambda t: codecs.BOM_UTF8 + t.encode()),
        "ods_wrong_types.ods": lambda p: _converted(p, one_cell(
            "ThanhVien", 3, "Vốn góp (triệu đồng)", "hai mươi triệu")),
        "ods_bidi_and_nfd.ods": lambda p: _converted(p, _set(one_cell(
            "ThanhVien", 2, "Họ và tên", "\u202eNguyễn Văn An"), "ThanhVien", 3, "Họ và tên",
            unicodedata.normalize("NFD", "Trần Thị Bình"))),
        "xls_date_31_02.xls": lambda p: _converted(p, one_cell(
            "ThanhVien", 2, "Ngày vào", "31/02/2025")),
        "xls_money_negative.xls": lambda p: _converted(p, one_cell(
            "ThanhVien", 2, "Vốn góp (triệu đồng)", -5)),
    })
    return made


# Made by the tests themselves (pure Python, cheap): never committed ------------------------------

FORMAT_CHARACTERS_NAME = "Ng\u180euy\u206aễn\u206f V\ufff9ă\ufffbn \U000e0041A\U000e007fn\u2066"
SHARED_STRING = "Hợp tác xã " * 2800  # 30,800 characters
SHARED_STRING_CELLS = 100_000


def _append_cell(path: Path, sheet: str, row: int, cell: str) -> Path:
    """The valid workbook with a row holding ``cell`` added at the end of ``sheet``."""
    write_xlsx(path, office_sheets())
    return patch_zip(path, {_sheet_part(path, sheet): lambda xml: xml.replace(
        b"</sheetData>", f'<row r="{row}">{cell}</row></sheetData>'.encode(), 1)})


def _shared_strings_bomb(path: Path) -> Path:
    """One 30,800-character shared string referenced by 100,000 cells (a 200 KB file that
    expands to 3 billion characters)."""
    write_xlsx(path, {"ThanhVien": office_sheets()["ThanhVien"][:1]})
    rows = "".join(f'<row r="{n}"><c r="D{n}" t="s"><v>0</v></c></row>'
                   for n in range(2, SHARED_STRING_CELLS + 2))
    strings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
               'schemas.openxmlformats.org/spreadsheetml/2006/main" count="100000" uniqueCount="1">'
               f"<si><t>{SHARED_STRING}</t></si></sst>")
    part = _sheet_part(path, "ThanhVien")

    def types(xml: bytes | None) -> bytes:
        assert xml is not None
        return xml.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                           b'"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                           b'sharedStrings+xml"/></Types>', 1)

    def relations(xml: bytes | None) -> bytes:
        assert xml is not None
        return xml.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://'
                           b'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                           b'sharedStrings" Target="sharedStrings.xml"/></Relationships>', 1)

    return patch_zip(path, {
        part: lambda xml: xml.replace(b"</sheetData>", rows.encode() + b"</sheetData>", 1),
        "xl/sharedStrings.xml": lambda _: strings.encode(), "[Content_Types].xml": types,
        "xl/_rels/workbook.xml.rels": relations})


def _formula_without_value(path: Path) -> Path:
    """A formula cell as a library writes it: no value saved with it."""
    write_xlsx(path, office_sheets())
    return patch_zip(path, {_sheet_part(path, "SoLieu"): lambda xml: _replace_cell(
        xml, "D2", '<c r="D2"><f>1000+250.5</f></c>')})


def _one_cccd_two_people() -> Sheets:
    """Nguyễn Văn An (Đồng Tâm, born 03/03/1970) given the CCCD of Hoàng Văn Dũng (another
    organisation, born 01/09/1970): each row is valid alone."""
    sheets = one_cell("ThanhVien", 2, "Ngày sinh", date(1970, 3, 3))
    return _set(sheets, "ThanhVien", 2, "Số CCCD", "022070004567")


def made_by_tests() -> dict[str, Callable[[Path], Path]]:
    """File name → the function that writes it, for the files the tests make in a temporary
    folder when they need them (a script makes them in no time; nothing to keep)."""
    return {
        "cell_at_xfd1048576.xlsx": lambda p: _append_cell(
            p, "ThanhVien", 1048576, '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'),
        "cell_at_xfd7.xlsx": lambda p: _append_cell(
            p, "ThanhVien", 7, '<c r="XFD7" t="inlineStr"><is><t>x</t></is></c>'),
        "cell_far_below.xlsx": lambda p: _append_cell(
            p, "ThanhVien", 7, '<c t="inlineStr" r="ZZ999999"><is><t>x</t></is></c>'),
        "shared_strings_bomb.xlsx": _shared_strings_bomb,
        "formula_without_value.xlsx": _formula_without_value,
        "text_format_characters.xlsx": lambda p: write_xlsx(p, one_cell(
            "ThanhVien", 2, "Họ và tên", FORMAT_CHARACTERS_NAME)),
        "xlsx_named.xls": lambda p: write_xlsx(p, one_cell(
            "ThanhVien", 2, "Vốn góp (triệu đồng)", -5)),
        "xlsx_named.csv": lambda p: write_xlsx(p, one_cell(
            "ThanhVien", 2, "Vốn góp (triệu đồng)", -5)),
        "cccd_two_people.xlsx": lambda p: write_xlsx(p, _one_cccd_two_people()),
    }


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for name, build in builders().items():
        if wanted and name not in wanted:
            continue
        path = HERE / name
        path.unlink(missing_ok=True)
        build(path)
        print(f"{path.stat().st_size:>9}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
