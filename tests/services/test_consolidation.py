"""Consolidation of three offices' returns equals the return of the office of their union.

The offices (tests/consolidation_offices.py) are copies of one province demo with disjoint areas;
the union office keeps the three areas together. Whatever the consolidation reads (the data
sheets) and writes (both renderings) is compared with the union office's own export, read back
with python-calamine and pdftotext.
"""

from __future__ import annotations

import math
import shutil

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import open_database
from kttt_desktop.exchange.return_data import ReturnData, read_return_data
from kttt_desktop.services.returns import (
    check_files,
    consolidate,
    consolidate_files,
    read_office_file,
    read_office_files,
)
from kttt_desktop.services.returns.consolidation import plain_header
from tests.consolidation_offices import CREATED, NAMES, PERIOD, write_office_return
from tests.pdf_tools import pdf_text

pytestmark = pytest.mark.slow
BREAKDOWN = "Theo đơn vị"


def _close(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def _number(text: str):
    try:
        return float(text)
    except ValueError:
        return text


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("consolidation")


@pytest.fixture(scope="module")
def consolidated(province_offices, folder):
    """The three offices consolidated by the union office (its database gives the header)."""
    files = read_office_files([province_offices[k].xlsx for k in "abc"])
    db = open_database(province_offices["union"].database, read_only=True)
    try:
        return consolidate_files(files, PERIOD, xlsx=folder / "tong-hop.xlsx",
                                 pdf=folder / "tong-hop.pdf", db=db, created_at=CREATED)
    finally:
        db.close()


def _data_rows(path):
    """The rows of the data sheet, without the sealed visible cells (the consolidated return
    has a sheet more), the hash and the signature."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("_data").to_python()
    return [[_number(str(c)) for c in row if c != ""] for row in rows
            if row[0] not in ("sheet", "cells", "sha256", "signature")]


def _assert_same_rows(ours, theirs, what):
    assert len(ours) == len(theirs), what
    for number, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        assert len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True)), (
            f"{what}, row {number + 1}: {a} != {b}")


def test_the_offices_are_disjoint_parts_of_the_union(province_offices):
    counts = [read_return_data(province_offices[k].xlsx).indicators["htx.count"].value
              for k in "abc"]
    union = read_return_data(province_offices["union"].xlsx)
    assert all(count > 0 for count in counts)
    assert sum(counts) == union.indicators["htx.count"].value
    assert len(union.area) == 40  # not the whole province (54 communes)


def test_the_data_sheet_equals_the_union_offices_own(consolidated, province_offices):
    """Every indicator (value, numerator, denominator, flows, a year earlier, parts), every
    count, both lists and the header data: row by row, the hash row aside (the sums of money
    may differ from the database's in the last bit of a float)."""
    ours = _data_rows(consolidated.xlsx)
    theirs = _data_rows(province_offices["union"].xlsx)
    _assert_same_rows(ours, theirs, "_data")
    data = read_return_data(consolidated.xlsx)  # and it verifies: a return of its own
    assert data.area == tuple(province_offices["union"].area)
    assert data.office == "Sở Tài chính tỉnh Quảng Ninh"


def test_ratios_are_made_from_the_summed_parts_not_averaged(consolidated, province_offices):
    offices = [read_return_data(province_offices[k].xlsx) for k in "abc"]
    ours = read_return_data(consolidated.xlsx).indicators

    def total(code, field="value"):
        return sum(getattr(o.indicators[code], field) for o in offices)

    good_fair = ours["htx.good_fair_pct"]
    rated = total("htx.rated")
    assert good_fair.denominator == rated
    assert good_fair.value == pytest.approx(
        (total("htx.rated.good") + total("htx.rated.fair")) / rated * 100)
    average = sum(o.indicators["htx.good_fair_pct"].value for o in offices) / 3
    assert not math.isclose(good_fair.value, average, rel_tol=1e-6)
    growth = ours["kttt.members.growth_pct"]
    assert growth.value == pytest.approx(
        (total("kttt.members") / total("kttt.members", "year_earlier") - 1) * 100)
    income = ours["htx.income.avg"]
    assert income.value == pytest.approx(total("htx.income.total") / total("htx.income.workers"))


def _sheets(path):
    workbook = CalamineWorkbook.from_path(str(path))
    return {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}


def test_every_visible_cell_equals_the_union_export(consolidated, province_offices):
    ours, theirs = _sheets(consolidated.xlsx), _sheets(province_offices["union"].xlsx)
    visible = [name for name in theirs if name != "_data"]
    assert list(ours) == [*visible, BREAKDOWN, "_data"]
    for name in visible:
        _assert_same_rows(ours[name], theirs[name], name)


def _breakdown_rows(path):
    return _sheets(path)[BREAKDOWN]


def test_the_breakdown_has_a_column_per_office_and_the_total(consolidated, province_offices):
    rows = _breakdown_rows(consolidated.xlsx)
    offices = [read_return_data(province_offices[k].xlsx).indicators for k in "abc"]
    union = read_return_data(province_offices["union"].xlsx).indicators
    header = next(r for r in rows if r[:2] == ["Chỉ tiêu", "Chi tiết"])
    assert [h for h in header[2:] if h != ""] == [NAMES[k] for k in "abc"] + ["Tổng cộng"]
    by_cell = {(r[0], r[1]): r[2:6] for r in rows}  # the files table is wider
    count = by_cell[("Hợp tác xã", "Tại ngày 30/09/2025: Tổng số")]
    assert count == [o["htx.count"].value for o in offices] + [union["htx.count"].value]
    share = by_cell[("Hợp tác xã", "Tỷ lệ tốt, khá trên số được xếp loại (%)")]
    expected = [o["htx.good_fair_pct"].value for o in offices] + [union["htx.good_fair_pct"].value]
    assert all(_close(a, b) for a, b in zip(share, expected, strict=True))
    members = by_cell[("Tổng cộng", "Thành viên")]  # the total row of the list, by office
    assert members == [o["kttt.members"].value for o in offices] + [union["kttt.members"].value]
    listed = {r[0]: r[3] for r in rows[:12] if isinstance(r[3], float)}  # the files table
    assert listed == {**{NAMES[k]: len(province_offices[k].area) for k in "abc"},
                      "Tổng cộng": 40}


def test_on_paper_the_offices_come_in_groups_each_beside_the_total(province_offices):
    paths = [province_offices[k].xlsx for k in "abc"]
    consolidation = consolidate(read_office_files(paths), PERIOD, accepted=paths)
    files, first, second = consolidation.breakdown.section(group=2).tables
    assert [r.cells[0] for r in files.rows] == [NAMES[k] for k in "abc"] + ["Tổng cộng"]
    assert first.title == "Đơn vị 1 đến 2 (trong 3 đơn vị) và tổng cộng"
    assert [c.title for c in first.columns[2:]] == [NAMES["a"], NAMES["b"], "Tổng cộng"]
    assert second.title == "Đơn vị 3 (trong 3 đơn vị) và tổng cộng"
    assert [c.title for c in second.columns[2:]] == [NAMES["c"], "Tổng cộng"]
    assert [r.cells[-1] for r in first.rows] == [r.cells[-1] for r in second.rows]
    whole = consolidation.snapshot.sections[-1].tables
    assert len(whole) == 2 and len(whole[1].columns) == 2 + 4


def test_the_pdf_is_the_union_return_with_an_annex_by_office(consolidated, province_offices):
    ours = pdf_text(consolidated.pdf)
    theirs = pdf_text(province_offices["union"].written.pdf)
    assert ours.startswith(theirs)
    annex = ours[len(theirs):]
    assert "PHỤ LỤC" in annex and "SỐ LIỆU THEO TỪNG ĐƠN VỊ BÁO CÁO" in annex
    assert all(NAMES[k] in annex for k in "abc")


# --- refusals -----------------------------------------------------------------------------------

def _refusal(paths, period=PERIOD):
    """Why ``paths`` are refused, their signatures aside (no database: no key registered)."""
    with pytest.raises(InputError) as raised:
        consolidate(read_office_files(paths), period, accepted=paths)
    return raised.value.message


def test_a_tampered_file_is_refused_and_nothing_is_written(province_offices, folder):
    tampered = folder / "b-sua.xlsx"
    workbook = openpyxl.load_workbook(province_offices["b"].xlsx)
    sheet = workbook["_data"]
    row = next(r for r in sheet.iter_rows()
               if [c.value for c in r[:3]] == ["indicator", "htx.count", "value"])
    row[3].value = str(int(row[3].value) + 5)
    workbook.save(tampered)
    files = read_office_files([province_offices["a"].xlsx, tampered, province_offices["c"].xlsx])
    target = folder / "khong-ghi.xlsx"
    with pytest.raises(InputError) as raised:
        consolidate_files(files, PERIOD, xlsx=target, pdf=folder / "khong-ghi.pdf",
                          accepted=[province_offices[k].xlsx for k in "ac"])
    message = raised.value.message
    assert "1 trong 3 tệp" in message and "chưa ghi tệp nào" in message
    assert str(tampered) in message and "đã bị sửa sau khi xuất" in message
    assert not target.exists() and not (folder / "khong-ghi.pdf").exists()


def test_overlapping_areas_are_refused_naming_both_files_and_the_communes(province_offices):
    a, union = province_offices["a"], province_offices["union"]
    message = _refusal([a.xlsx, union.xlsx])
    assert "2 trong 2 tệp" in message
    assert f"{a.xlsx} ({NAMES['a']}) và báo cáo {union.xlsx}" in message
    assert "trùng nhau ở 10 xã, phường" in message and f"({a.area[-1]})" in message
    assert "Phường Hà Tu (06652)" in message  # communes by name, as the officer knows them


def test_the_same_file_twice_is_an_overlap(province_offices):
    a = province_offices["a"].xlsx
    message = _refusal([a, province_offices["b"].xlsx, a])
    assert "2 trong 3 tệp" in message and f"Tệp {a} được chọn hai lần" in message


def test_another_period_is_refused(province_offices, folder):
    earlier = write_office_return(province_offices["a"].database, folder, "a-quy-2",
                                  Period.parse("2025-Q2")).xlsx
    message = _refusal([earlier, province_offices["b"].xlsx])
    assert f"Báo cáo {earlier} ({NAMES['a']}) là báo cáo quý II năm 2025, không phải quý III " \
           f"năm 2025" in message


def test_a_file_refused_for_its_period_does_not_make_its_neighbour_overlap(province_offices,
                                                                          folder):
    earlier = write_office_return(province_offices["a"].database, folder, "a-quy-2-lan-2",
                                  Period.parse("2025-Q2")).xlsx
    statuses = check_files(read_office_files([province_offices["a"].xlsx, earlier]), PERIOD,
                           accepted=[province_offices["a"].xlsx, earlier])
    assert [s.valid for s in statuses] == [True, False]
    assert [p.message for p in statuses[1].problems if "trùng" in p.message] == []


def test_files_that_are_not_returns_or_of_a_newer_format_are_refused(province_offices, folder):
    plain, newer, text = folder / "bang-tinh.xlsx", folder / "moi-hon.xlsx", folder / "chu.xlsx"
    openpyxl.Workbook().save(plain)
    workbook = openpyxl.load_workbook(province_offices["c"].xlsx)
    workbook["_data"]["B1"] = "3"
    workbook.save(newer)
    text.write_text("không phải bảng tính", encoding="utf-8")
    statuses = check_files(read_office_files([province_offices["a"].xlsx, plain, newer, text]),
                           PERIOD, accepted=[province_offices["a"].xlsx])
    assert [s.valid for s in statuses] == [True, False, False, False]
    assert "không có trang dữ liệu “_data”" in statuses[1].problems[0].message
    assert "phiên bản mới hơn" in statuses[2].problems[0].message
    assert "không phải là bảng tính" in statuses[3].problems[0].message


def test_a_plain_header_names_the_province_or_counts_the_provinces(tmp_path):
    def sent(code, name):
        meta = {"province_code": code, "province": name}
        return ReturnData(tmp_path / f"{code}.xlsx", 1, meta, {}, {})

    assert plain_header([sent("22", "Quảng Ninh")] * 2, ()).office == "Tỉnh Quảng Ninh"
    assert plain_header([sent("01", "Thành phố Hà Nội")], ()).office == "Thành phố Hà Nội"
    several = plain_header([sent("22", "Quảng Ninh"), sent("01", "Thành phố Hà Nội")], ("00004",))
    assert (several.office, several.province_code, several.area) == ("2 tỉnh, thành phố", "",
                                                                     ("00004",))


def test_nothing_to_consolidate():
    with pytest.raises(InputError, match="Chưa có báo cáo nào"):
        consolidate([], PERIOD)


# --- one level up -------------------------------------------------------------------------------

def test_a_consolidated_return_consolidates_again(province_offices, folder):
    """A and B consolidated without a database (a plain header naming the province), then
    consolidated with C: the same figures as the union office's return."""
    paths = [province_offices[k].xlsx for k in "ab"]
    first = consolidate_files(read_office_files(paths), PERIOD, xlsx=folder / "a-b.xlsx",
                              created_at=CREATED, accepted=paths)
    data = read_return_data(first.xlsx)
    assert data.office == "Tỉnh Quảng Ninh" and data.province_code == "22"
    assert not data.meta["superior_body"]
    assert len(data.area) == len(province_offices["a"].area) + len(province_offices["b"].area)
    files = [read_office_file(first.xlsx), read_office_file(province_offices["c"].xlsx)]
    again = consolidate(files, PERIOD, created_at=CREATED,
                        accepted=[first.xlsx, province_offices["c"].xlsx]).snapshot
    union = read_return_data(province_offices["union"].xlsx)
    for code, expected in union.indicators.items():
        got = again.indicator(code)
        assert all(_close(getattr(got, f), getattr(expected, f))
                   for f in ("value", "numerator", "denominator", "ytd", "year_earlier")), code
    targets = next(s for s in again.sections if s.key == "targets").tables[0]
    assert targets.rows == () and targets.notes == ("Chưa có mục tiêu kế hoạch nào cho năm 2025.",)


def test_the_result_never_overwrites_a_file_being_consolidated(province_offices, folder):
    source = folder / "ban-sao.xlsx"
    shutil.copyfile(province_offices["a"].xlsx, source)
    with pytest.raises(InputError, match="trùng với tệp đang đọc"):
        consolidate_files(read_office_files([source]), PERIOD, xlsx=source)
