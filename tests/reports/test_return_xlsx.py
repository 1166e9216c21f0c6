"""The Excel return read back with independent readers: python-calamine and LibreOffice."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kttt_desktop.core.errors import InputError
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.reports.xlsx import write_xlsx
from tests.return_office import (
    FORMULA_NAME,
    TAX_CODE,
)


@pytest.fixture(scope="module")
def workbook_path(return_snapshot, tmp_path_factory) -> Path:
    return write_xlsx(return_snapshot, tmp_path_factory.mktemp("xlsx") / "bao-cao.xlsx")


@pytest.fixture(scope="module")
def calamine(workbook_path):
    return CalamineWorkbook.from_path(str(workbook_path))


def _expected(column, value):
    """A table cell as calamine reads it back (a spreadsheet keeps 15 significant digits)."""
    if value == "":
        return ""
    if value is None:
        return "" if column.kind in ("text", "code", "date") else "–"
    if isinstance(value, float):
        return pytest.approx(value, rel=1e-14, abs=1e-12)
    return value


def _sheet_rows(calamine, name):
    return calamine.get_sheet_by_name(name).to_python(skip_empty_area=False)


def test_sheets_in_order_and_named_within_31_characters(return_snapshot, calamine):
    names = calamine.sheet_names
    sections = [s.sheet for s in return_snapshot.sections]
    assert names[:8] == sections[:8]
    assert names[8:] == ["Đánh giá, kiến nghị", sections[8], "_data"]
    assert all(len(n) <= 31 for n in names)
    visible = {s.name: s.visible for s in calamine.sheets_metadata}
    assert str(visible["_data"]).endswith("Hidden")


def test_every_number_of_the_visible_sheets_is_the_snapshots(return_snapshot, calamine):
    for section in return_snapshot.sections:
        rows = _sheet_rows(calamine, section.sheet)
        matched: set[int] = set()
        for table in section.tables:
            width = len(table.columns)
            for row in table.rows:
                wanted = [_expected(c, v) for c, v in zip(table.columns, row.cells, strict=True)]
                found = [i for i, cells in enumerate(rows)
                         if wanted == list(cells[:width]) and i not in matched]
                assert found, (section.sheet, wanted)
                matched.add(found[0])
        numbers = {i for i, cells in enumerate(rows)
                   if any(isinstance(c, (int, float)) for c in cells)}
        assert numbers <= matched, section.sheet  # no number that is not the snapshot's


def test_codes_dates_and_formula_like_names(calamine):
    rows = _sheet_rows(calamine, "9. Danh sách tổ chức")
    htx1 = next(r for r in rows if r[2] == "HTX số 1")
    assert htx1[1] == TAX_CODE  # text, leading zero kept
    assert any(r[2] == FORMULA_NAME for r in rows)  # a name, not a formula
    ocop = _sheet_rows(calamine, "7. OCOP")
    assert any(date(2023, 12, 29) in r for r in ocop)  # a real date


def test_formula_like_text_is_stored_as_text(workbook_path):
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook["9. Danh sách tổ chức"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == FORMULA_NAME)
    assert cell.data_type == "s"


def test_header_block_and_number_formats(workbook_path, return_snapshot):
    workbook = openpyxl.load_workbook(workbook_path)
    first = workbook.worksheets[0]
    texts = [c.value for row in first.iter_rows(max_row=8) for c in row if c.value]
    assert texts[:6] == ["UBND XÃ BÌNH LIÊU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "PHÒNG KINH TẾ XÃ BÌNH LIÊU", "Độc lập - Tự do - Hạnh phúc",
                         "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-PKT",
                         "Bình Liêu, ngày 05 tháng 02 năm 2026"]
    assert "Tình hình phát triển kinh tế tập thể, hợp tác xã quý III năm 2023" in texts
    formats = {c.number_format for ws in workbook.worksheets[:-1] for row in ws.iter_rows()
               for c in row if isinstance(c.value, (int, float))}
    assert formats <= {"#,##0", "#,##0.0", "0"}
    assert workbook.properties.creator == "Phòng Kinh tế xã Bình Liêu"


def test_print_setup_on_every_sheet(workbook_path):
    workbook = openpyxl.load_workbook(workbook_path)
    for sheet in workbook.worksheets[:-1]:
        setup = sheet.page_setup
        assert (int(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == (9, 1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_margins.left == pytest.approx(30 / 25.4)
    assert workbook["9. Danh sách tổ chức"].page_setup.orientation == "landscape"
    assert workbook["2. Thành viên, lao động"].page_setup.orientation == "portrait"
    assert workbook["9. Danh sách tổ chức"].print_title_rows  # the header on every page
    data = workbook["_data"]
    assert data.sheet_state == "hidden" and data.protection.sheet


def test_the_data_sheet_verifies_and_holds_the_snapshot(workbook_path, return_snapshot):
    data = read_return_data(workbook_path)
    assert (data.period, data.office, data.province_code) == (
        "2023-Q3", "Phòng Kinh tế xã Bình Liêu", "22")
    assert data.area == ("06838", "06841", "06856")
    assert data.reference_date == date(2023, 9, 30)
    assert data.created_at == return_snapshot.created_at
    for figures in return_snapshot.indicators:
        read = data.indicators[figures.code]
        assert (read.value, read.numerator, read.denominator, read.ytd, read.year_earlier,
                read.parts) == (figures.value, figures.numerator, figures.denominator,
                                figures.ytd, figures.year_earlier, figures.parts), figures.code
    assert data.counts == return_snapshot.counts
    organisations = data.lists["organisation"]
    assert len(organisations) == len(return_snapshot.organisations)
    assert next(o for o in organisations if o["name"] == "HTX số 1")["code"] == TAX_CODE


def test_an_edited_value_fails_the_hash(workbook_path, tmp_path):
    edited = tmp_path / "edited.xlsx"
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook["_data"]
    row = next(r for r in sheet.iter_rows() if r[0].value == "indicator"
               and r[1].value == "htx.count" and r[2].value == "value")
    row[3].value = "7"  # one HTX more than the registers have
    workbook.save(edited)
    with pytest.raises(InputError, match="SHA-256 không khớp"):
        read_return_data(edited)


def test_a_value_typed_as_a_number_in_place_of_the_same_text_still_verifies(workbook_path,
                                                                            tmp_path):
    retyped = tmp_path / "retyped.xlsx"
    workbook = openpyxl.load_workbook(workbook_path)
    row = next(r for r in workbook["_data"].iter_rows() if r[0].value == "indicator"
               and r[1].value == "htx.count" and r[2].value == "value")
    row[3].value = int(row[3].value)  # the same value, now a number cell
    workbook.save(retyped)
    assert read_return_data(retyped).indicators["htx.count"].value == 6


# --- LibreOffice ------------------------------------------------------------------------------

def _shown(column, row, value) -> str:
    """A cell as LibreOffice shows it in the en-US locale (what the CSV "as shown" holds)."""
    if value == "":
        return ""
    if value is None:
        return "" if column.kind in ("text", "code", "date") else "–"
    if column.kind == "date":
        return value.strftime("%d/%m/%Y")
    if column.kind in ("text", "code"):
        return str(value)
    if column.kind == "index":
        return str(value)
    decimals = row.decimals if row.decimals is not None else int(column.kind == "decimal")
    return f"{value:,.{decimals}f}"


def test_libreoffice_opens_the_workbook_and_shows_the_snapshots_numbers(workbook_path,
                                                                          return_snapshot,
                                                                          tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed: scripts/setup.sh --tests installs it"
    out = tmp_path / "csv"
    filters = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
    environment = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", filters, "--outdir", str(out),
                    str(workbook_path)], check=True, capture_output=True, timeout=120,
                   env=environment)
    for section in return_snapshot.sections:
        path = out / f"{workbook_path.stem}-{section.sheet}.csv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        for table in section.tables:
            width = len(table.columns)
            for row in table.rows:
                wanted = [_shown(c, row, v) for c, v in zip(table.columns, row.cells,
                                                            strict=True)]
                assert any(r[:width] == wanted for r in rows), (section.sheet, wanted)
    with open(out / f"{workbook_path.stem}-9. Danh sách tổ chức.csv", encoding="utf-8") as f:
        text = f.read()
    assert TAX_CODE in text and "HYPERLINK" in text
