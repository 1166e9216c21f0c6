"""Nhật ký: the audit log screen lists, filters, opens records and exports."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from python_calamine import CalamineWorkbook

from kttt_desktop.data.audit import write_entries
from kttt_desktop.services.audit_log import log_query
from kttt_desktop.services.registers.records import load_record, save_record
from kttt_desktop.services.registers.trash import delete_record
from kttt_desktop.ui.audit_page import AuditModel, AuditSource, audit_columns
from tests.registers_helpers import TAX_CODES, member, organisation


def column(page, title: str) -> list[str]:
    number = [c.title for c in page.model.columns].index(title)
    return [page.model.index(r, number).data() for r in range(page.model.rowCount())]


@pytest.fixture
def records(main_window):
    db = main_window.database
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    other = organisation(db, "Hợp tác xã Tiến Bộ", code=TAX_CODES[1])
    an = member(db, htx, "Nguyễn Văn An")
    save_record(db, "organisation", {**load_record(db, "organisation", other),
                                     "note": "Đổi trụ sở"}, other, reason="Công văn 15")
    with db.session() as s:
        write_entries(s.connection(), [{
            "at": datetime.now(UTC) - timedelta(days=40), "user_name": "lan", "action": "update",
            "table_name": "organisation", "record_id": htx, "record_label": "Hợp tác xã Đồng Tâm",
            "field": "address", "old_value": "Thôn 1", "new_value": "Thôn 2"}])
    return {"htx": htx, "other": other, "an": an}


@pytest.fixture
def page(main_window, records):
    return main_window.show_section("audit")


def test_the_log_is_listed_newest_first_in_words(page, main_window):
    assert column(page, "Thao tác")[:2] == ["Sửa", "Thêm"]
    first = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert first[1:] == [main_window.database.user, "Sửa", "Tổ chức", "Hợp tác xã Tiến Bộ",
                         "Ghi chú", "∅ → Đổi trụ sở", "Công văn 15"]
    assert datetime.strptime(first[0], "%d/%m/%Y %H:%M")  # local time, dd/mm/yyyy HH:MM
    assert column(page, "Bản ghi")[-1] == "Hợp tác xã Đồng Tâm"  # 40 days ago: last
    assert page.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "∅ → Đổi trụ sở"
    assert page.count_label.text() == f"{page.model.rowCount()} dòng"


def test_the_model_passes_the_model_checks(qtmodeltester, main_window, records):
    model = AuditModel(AuditSource(main_window.show_section("audit")), audit_columns(),
                       page_size=2)
    model.set_query(log_query())
    assert model.rowCount() > 4
    qtmodeltester.check(model)


def test_filters_narrow_the_log(qtbot, page, records, type_text):
    total = page.model.rowCount()
    page.table.setCurrentIndex(page.table.findText("Thành viên"))
    assert column(page, "Bản ghi") == ["Nguyễn Văn An (Hợp tác xã Đồng Tâm)"]
    page.table.setCurrentIndex(0)
    page.user.setCurrentIndex(page.user.findData("lan"))
    assert column(page, "Thông tin") == ["Địa chỉ"]
    assert column(page, "Giá trị cũ → mới") == ["Thôn 1 → Thôn 2"]
    page.user.setCurrentIndex(0)
    assert page.model.rowCount() == total
    page.record.setFocus()
    type_text(page.record, "dong tam")
    qtbot.waitUntil(lambda: page.model.query.filters.get("record") == "dong tam")
    assert set(column(page, "Bản ghi")) == {"Hợp tác xã Đồng Tâm",
                                           "Nguyễn Văn An (Hợp tác xã Đồng Tâm)"}
    page.record.clear()
    today = datetime.now().strftime("%d/%m/%Y")
    page.since.setText(today)
    page.since.edited.emit()
    qtbot.waitUntil(lambda: page.model.query.filters.get("since") is not None)
    assert page.model.rowCount() == total - 1  # the entry of 40 days ago is out
    page.until.setText((datetime.now() - timedelta(days=1)).strftime("%d/%m/%Y"))
    page.until.edited.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count_label.text() == "0 dòng" and not page.export_button.isEnabled()


def test_a_double_click_opens_the_record_while_it_exists(qtbot, page, main_window, records):
    row = column(page, "Bản ghi").index("Nguyễn Văn An (Hợp tác xã Đồng Tâm)")
    index = page.model.index(row, 0)
    page.view.scrollTo(index)
    where = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert main_window.current_section().key == "members"
    assert main_window.page("members").form.record_id == records["an"]
    delete_record(main_window.database, "member", records["an"])
    page = main_window.show_section("audit")
    row = column(page, "Thao tác").index("Xóa")
    assert page.open_row(row) is False
    assert main_window.current_section().key == "audit"
    assert "bản ghi không còn" in page.status.text()


def test_the_filtered_log_is_exported_and_the_export_is_logged(qtbot, page, msgbox_answers,
                                                               tmp_path):
    page.table.setCurrentIndex(page.table.findText("Tổ chức"))
    organisations = page.model.rowCount()
    target = tmp_path / "nhat-ky"
    msgbox_answers.answer(target)
    with qtbot.waitSignal(page.exported, timeout=10_000) as exported:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert exported.args[0].path == tmp_path / "nhat-ky.xlsx"
    rows = CalamineWorkbook.from_path(str(tmp_path / "nhat-ky.xlsx")).get_sheet_by_index(0)\
        .to_python()
    assert len(rows) == 3 + organisations
    assert {row[3] for row in rows[3:]} == {"Tổ chức"}
    assert "Xuất" not in column(page, "Thao tác")  # the register chosen is still Tổ chức
    page.table.setCurrentIndex(0)
    assert column(page, "Thao tác")[0] == "Xuất"
    assert column(page, "Bản ghi")[0] == "nhat-ky.xlsx"
    assert page.context.settings.value("audit/export_folder", "") == str(tmp_path)


def test_a_long_log_opens_at_once(qtbot, main_window):
    db = main_window.database
    moment = datetime.now(UTC)
    with db.session() as s:
        write_entries(s.connection(), [{
            "at": moment - timedelta(seconds=n), "user_name": "lan", "action": "update",
            "table_name": "member", "record_id": n, "record_label": f"Thành viên {n}",
            "field": "phone", "old_value": "0912", "new_value": "0913"}
            for n in range(200_000)])
    started = time.perf_counter()
    page = main_window.show_section("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 200_000)
    for row in range(30):
        page.model.index(row, 4).data()
    assert time.perf_counter() - started < 2.0
    assert page.model.index(0, 4).data() == "Thành viên 0"


def test_ids_and_codes_read_as_names_and_a_submission_is_logged(qtbot, main_window, records,
                                                               tmp_path):
    """Nhật ký once showed "organisation_id: 57" and "06862" and nothing of a return sent."""
    from kttt_desktop.core.periods import Period
    from kttt_desktop.services.office import load_profile, save_profile
    from kttt_desktop.services.returns import submit_return

    db = main_window.database
    save_record(db, "organisation", {**load_record(db, "organisation", records["htx"]),
                                     "commune_code": "06841"}, records["htx"])
    profile = load_profile(db)
    profile.area = ["06838", "06841"]  # Lục Hồn leaves the area
    save_profile(db, profile)
    sent = submit_return(db, Period.parse("2025-Q3"), xlsx=tmp_path / "q3.xlsx",
                         pdf=tmp_path / "q3.pdf")
    member(db, records["other"], "Trần Thị Bình")
    delete_record(db, "organisation", records["other"])
    page = main_window.show_section("audit")
    rows = [[page.model.index(r, c).data() for c in range(page.model.columnCount())]
            for r in range(page.model.rowCount())]
    texts = "\n".join(" | ".join(str(v) for v in row) for row in rows)
    assert "organisation_id" not in texts and "06862" not in texts and "06841" not in texts
    submitted = next(row for row in rows if row[2] == "Gửi")
    assert submitted[3:5] == ["Báo cáo đã gửi", "Báo cáo quý III năm 2025, phiên bản 1"]
    assert f"tệp Excel {tmp_path / 'q3.xlsx'} (SHA-256 {sent.xlsx_sha256})" in submitted[6]
    assert submitted[7] == "Gửi báo cáo quý III năm 2025"
    moved = next(row for row in rows if row[5] == "Xã, phường" and row[3] == "Tổ chức")
    assert moved[4:7] == ["Hợp tác xã Đồng Tâm", "Xã, phường", "Xã Bình Liêu → Xã Hoành Mô"]
    left = next(row for row in rows if row[2] == "Xóa" and row[3] == "Địa bàn")
    assert left[4] == "Xã Lục Hồn"
    joined = next(row for row in rows if row[2] == "Thêm" and "Nguyễn Văn An" in row[6])
    assert joined[6].startswith("Tổ chức: Hợp tác xã Đồng Tâm; Họ và tên: Nguyễn Văn An")
    # A member of an organisation deleted since still names the organisation.
    orphan = next(row for row in rows if row[2] == "Thêm" and "Trần Thị Bình" in row[6])
    assert orphan[6].startswith("Tổ chức: Hợp tác xã Tiến Bộ; Họ và tên: Trần Thị Bình")
