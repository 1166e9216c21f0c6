"""The return of 2026-Q3 of an office without figures of 2026 (tests/current_year_office.py):
Excel, PDF and the data sheet read back with python-calamine and pdftotext; then consolidated.

The yearly measures are those of 2025 and every rendering says so; declared member counts carry
forward; the number and the signer typed into the draft are printed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from python_calamine import CalamineWorkbook

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import open_database
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.services.returns import (
    Draft,
    build_snapshot,
    consolidate,
    read_office_file,
    save_draft,
    write_return,
)
from tests.current_year_office import Q3
from tests.pdf_tools import pdf_text

CREATED = datetime(2026, 10, 12, 3, 0, tzinfo=UTC)
NOTE = "Lao động, doanh thu, lợi nhuận, thu nhập và xếp loại theo số liệu năm 2025."


@pytest.fixture(scope="module")
def written(current_year_db_path, tmp_path_factory):
    db = open_database(current_year_db_path)
    try:
        save_draft(db, Q3, Draft("Các hợp tác xã hoạt động ổn định.", doc_number="127",
                                 signer_title="Trưởng phòng", signer_name="Nông Thị Lan"))
        snapshot = build_snapshot(db, Q3, created_at=CREATED)
    finally:
        db.close()
    folder = tmp_path_factory.mktemp("q3-2026")
    return write_return(snapshot, xlsx=folder / "bao-cao.xlsx", pdf=folder / "bao-cao.pdf")


def _rows(path, sheet):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def _row(rows, label):
    return next(r for r in rows if r and r[0] == label)


def test_the_excel_return_reads_2025_and_says_so(written):
    first = _rows(written.xlsx, "1. Tổ chức")
    texts = [c for r in first[:12] for c in r if isinstance(c, str) and c]
    assert f"({NOTE})" in texts
    assert "Số: 127/BC-PKT" in texts
    members = _rows(written.xlsx, "2. Thành viên, lao động")
    assert _row(members, "Số thành viên tại ngày 30/09/2026")[2:6] == [15, 277, 0, 292]
    assert _row(members, "Số thành viên cùng kỳ năm trước")[2:6] == [15, 270, 0, 285]
    assert _row(members, "Lao động thường xuyên")[2:6] == [0, 32, 0, 32]
    assert any("Số lao động thường xuyên theo số liệu năm 2025" in str(r[0]) for r in members)
    business = _rows(written.xlsx, "3. Kết quả kinh doanh")
    assert business[0][0] == "3. Kết quả sản xuất, kinh doanh năm 2025"
    assert _row(business, "Doanh thu bình quân một tổ chức")[3] == 2100
    assert _row(business, "Tốc độ tăng doanh thu bình quân so với năm trước")[3] == \
        pytest.approx(2100 / 1700 * 100 - 100)
    ratings = _rows(written.xlsx, "5. Xếp loại")
    assert ratings[0][0] == "5. Kết quả đánh giá, xếp loại năm 2025"
    htx = _row(ratings, "Hợp tác xã")
    assert htx[1:6] == [4, 1, 1, 1, 0] and htx[-1] == pytest.approx(200 / 3)
    listed = _rows(written.xlsx, "9. Danh sách tổ chức")
    tea = next(r for r in listed if r[2] == "Hợp tác xã Chè Lục Hồn")
    assert tea[6:10] == [200, 20, 3000, "Khá"]  # declared in 2024; figures and rating of 2025
    signature = [c for r in _rows(written.xlsx, "Đánh giá, kiến nghị") for c in r]
    assert "TRƯỞNG PHÒNG" in signature and "Nông Thị Lan" in signature


def test_the_pdf_reads_2025_and_prints_the_number_and_signer(written):
    text = pdf_text(written.pdf)
    first = text.split("\f")[0]
    assert "Số: 127/BC-PKT" in first
    assert " ".join(NOTE.split()) in " ".join(first.split())
    flat = " ".join(text.split())
    for expected in ("3. Kết quả sản xuất, kinh doanh năm 2025",
                     "5. Kết quả đánh giá, xếp loại năm 2025", "2.100,0", "66,7",
                     "Nông Thị Lan", "TRƯỞNG PHÒNG", "Báo cáo số 127/BC-PKT"):
        assert expected in flat, expected
    assert "ước tính" not in flat


def test_the_data_sheet_names_the_reporting_year(written):
    data = read_return_data(written.xlsx)
    assert data.reporting_year == 2025 and data.meta["reporting_year"] == "2025"
    assert data.indicators["htx.members"].value == 277
    assert data.indicators["htx.members.declared"].value == 260
    assert data.indicators["htx.workers"].value == 32
    good_fair = data.indicators["htx.good_fair_pct"]
    assert (good_fair.numerator, good_fair.denominator) == (2, 3)


def test_a_consolidation_keeps_the_year_and_refuses_a_return_made_by_the_old_rule(
        written, tmp_path):
    # Unsigned (no keys are registered here): taken by the officer's explicit choice.
    consolidated = consolidate([read_office_file(written.xlsx)], Q3, created_at=CREATED,
                               accepted=[written.xlsx]).snapshot
    assert consolidated.reporting_year == 2025
    assert consolidated.indicator("htx.members").value == 277
    assert consolidated.indicator("htx.good_fair_pct").value == pytest.approx(200 / 3)
    business = next(s for s in consolidated.sections if s.key == "business")
    assert business.title == "3. Kết quả sản xuất, kinh doanh năm 2025"
    # A return written before the reporting year was a rule: no reporting_year in its data
    # sheet, so its yearly indicators are of 2026 and do not add up with the others.
    old = write_return(replace(written.snapshot, reporting_year=0), xlsx=tmp_path / "cu.xlsx")
    assert read_return_data(old.xlsx).reporting_year is None
    with pytest.raises(InputError) as refused:
        consolidate([read_office_file(old.xlsx)], Q3, created_at=CREATED, accepted=[old.xlsx])
    assert "theo số liệu năm 2026, không phải năm 2025" in refused.value.message
    year = Period.parse("2026")  # at 31/12 the reporting year is the year itself
    assert year.reporting_year == 2026
