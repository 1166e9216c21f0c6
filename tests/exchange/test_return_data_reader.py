"""Reading a return's data sheet: what is refused, and why, in words an officer understands."""

from __future__ import annotations

import openpyxl
import pytest

from kttt_desktop.core.errors import FileUnreadable, InputError
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.reports.xlsx import write_xlsx


@pytest.fixture(scope="module")
def sent(return_snapshot, tmp_path_factory):
    return write_xlsx(return_snapshot, tmp_path_factory.mktemp("sent") / "sent.xlsx")


def _edit(source, target, change):
    workbook = openpyxl.load_workbook(source)
    change(workbook["_data"])
    workbook.save(target)
    return target


def test_a_file_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "return.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(InputError, match="không phải là bảng tính"):  # refused by its bytes
        read_return_data(path)
    with pytest.raises(FileUnreadable, match="Không tìm thấy"):
        read_return_data(tmp_path / "missing.xlsx")


def test_a_workbook_without_a_data_sheet(tmp_path):
    path = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(InputError, match="không có trang dữ liệu “_data”"):
        read_return_data(path)


def test_a_newer_format_is_refused(sent, tmp_path):
    path = _edit(sent, tmp_path / "newer.xlsx", lambda sheet: setattr(sheet["B1"], "value", "9"))
    with pytest.raises(InputError, match="phiên bản mới hơn"):
        read_return_data(path)


def test_a_removed_hash_is_refused(sent, tmp_path):
    def drop_hash(sheet):
        sheet.delete_rows(sheet.max_row)

    with pytest.raises(InputError, match="thiếu mã kiểm tra"):
        read_return_data(_edit(sent, tmp_path / "nohash.xlsx", drop_hash))


def test_a_deleted_row_fails_the_hash(sent, tmp_path):
    def drop_row(sheet):
        row = next(r[0].row for r in sheet.iter_rows() if r[0].value == "organisation")
        sheet.delete_rows(row)

    with pytest.raises(InputError, match="đã bị sửa sau khi xuất"):
        read_return_data(_edit(sent, tmp_path / "fewer.xlsx", drop_row))


def test_a_visible_cell_edited_does_not_matter(sent, tmp_path):
    workbook = openpyxl.load_workbook(sent)
    workbook.worksheets[0]["B14"] = 999
    workbook.save(tmp_path / "visible.xlsx")
    assert read_return_data(tmp_path / "visible.xlsx").indicators["htx.count"].value == 6
