"""Files the import refuses before any spreadsheet library reads them, with a message that says
what to do, and files it reads whatever their name says."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kttt_desktop.core.errors import FileUnreadable
from kttt_desktop.exchange.reader import read_workbook
from kttt_desktop.exchange.sniff import Limits, WorkbookRefused
from tests.workbooks import office_sheets, write_xlsx

SAMPLES = Path(__file__).with_name("samples")


def refusal(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(WorkbookRefused) as caught:
        read_workbook(path, limits or Limits())
    assert caught.value.exit_status == 1
    assert path.name in caught.value.message and "Không có gì được ghi" in caught.value.message
    return caught.value.message


def test_a_file_that_is_not_a_workbook_is_refused_whatever_its_extension(tmp_path):
    photo = tmp_path / "danh sach.xlsx"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert "không phải là bảng tính" in refusal(photo)


def test_a_web_page_saved_as_xls_is_refused_with_the_way_out(tmp_path):
    page = tmp_path / "export.xls"
    page.write_text("<html><body><table><tr><td>Họ tên</td></tr></table></body></html>",
                    encoding="utf-8")
    message = refusal(page)
    assert "trang web" in message and ".xlsx" in message


def test_a_word_document_is_refused(tmp_path):
    document = tmp_path / "bao cao.xlsx"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "Word" in refusal(document)


def test_a_password_protected_xlsx_is_refused(tmp_path):
    # A real Excel 2007 encryption (AES-128) made by samples/make_encrypted_xlsx.py; LibreOffice
    # opens it with the password "matkhau".
    message = refusal(SAMPLES / "encrypted.xlsx")
    assert "mật khẩu" in message and "bỏ mật khẩu" in message


def test_a_password_protected_xls_is_refused(tmp_path):
    # Saved by LibreOffice as "MS Excel 97" with a password (RC4 encryption inside the BIFF).
    assert "mật khẩu" in refusal(SAMPLES / "encrypted.xls")


def test_a_damaged_zip_is_refused(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", office_sheets()).read_bytes()
    damaged = tmp_path / "hong.xlsx"
    damaged.write_bytes(good[: len(good) // 2])
    assert "bị hỏng" in refusal(damaged)


def _bomb(path: Path, expanded: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(expanded // len(chunk)):
                member.write(chunk)
    return path


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path):
    bomb = _bomb(tmp_path / "bom.xlsx", 64 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024  # 64 MB of zeros compress a thousand times
    assert "giải nén ra quá lớn" in refusal(bomb)


def test_an_archive_that_expands_beyond_the_limit_is_refused(tmp_path):
    archive = _bomb(tmp_path / "lon.xlsx", 8 * 1024 * 1024)
    limits = Limits(expanded_bytes=4 * 1024 * 1024, ratio=10_000)
    assert "giải nén ra quá lớn" in refusal(archive, limits)


def test_a_file_above_the_size_limit_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "lon.xlsx", office_sheets())
    message = refusal(path, Limits(file_bytes=1024))
    assert "vượt giới hạn" in message


def test_more_rows_than_the_limit_are_refused(tmp_path):
    path = write_xlsx(tmp_path / "nhieu.xlsx", office_sheets())
    assert "quá lớn để nhập một lần" in refusal(path, Limits(rows=10))
    csv = tmp_path / "nhieu.csv"
    csv.write_text("Họ và tên\n" + "Nguyễn Văn An\n" * 20, encoding="utf-8")
    assert "quá lớn để nhập một lần" in refusal(csv, Limits(rows=10))


def test_a_csv_not_in_utf8_is_refused_with_the_way_to_save_it(tmp_path):
    csv = tmp_path / "thanh vien.csv"
    csv.write_bytes(b"H\xf2 v\xe0 t\xean;Gi\xf5i t\xednh\nNguy\xean V\xe3n An;Nam\n")  # a code page
    assert "UTF-8" in refusal(csv)


def test_an_empty_file_is_refused(tmp_path):
    empty = tmp_path / "rong.xlsx"
    empty.write_bytes(b"")
    assert "tệp rỗng" in refusal(empty)


def test_a_missing_file_is_an_environment_problem(tmp_path):
    with pytest.raises(FileUnreadable) as caught:
        read_workbook(tmp_path / "khong co.xlsx")
    assert caught.value.exit_status == 3


def test_a_workbook_saved_under_the_wrong_extension_is_read(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", office_sheets())
    renamed = path.rename(tmp_path / "danh sach.xls")
    data = read_workbook(renamed)
    assert data.kind == "xlsx" and data.sheets[0].rows[1][3] == "Hợp tác xã Nông nghiệp Đồng Tâm"


def test_a_csv_with_a_byte_order_mark_and_semicolons_is_one_sheet(tmp_path):
    csv = tmp_path / "thanh_vien.csv"
    buffer = io.StringIO()
    buffer.write("Mã số tổ chức;Họ và tên;Số CCCD;Vốn góp\n5700100256;Nguyễn Văn An;"
                 "022080001234;1.325,5\n")
    csv.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    [sheet] = read_workbook(csv).sheets
    assert sheet.name == "thanh_vien"
    assert sheet.rows[0][0] == "Mã số tổ chức"  # the byte order mark is not part of the header
    assert sheet.rows[1] == ["5700100256", "Nguyễn Văn An", "022080001234", "1.325,5"]


def test_unicode_text_saved_by_excel_is_read_as_one_sheet(tmp_path):
    text = tmp_path / "thanh vien.txt"
    text.write_bytes("Họ và tên\tGiới tính\r\nNguyễn Văn An\tNam\r\n".encode("utf-16"))
    [sheet] = read_workbook(text).sheets
    assert sheet.rows == [["Họ và tên", "Giới tính"], ["Nguyễn Văn An", "Nam"]]
