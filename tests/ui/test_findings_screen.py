"""The "Kiểm tra dữ liệu" screen: counts per severity, filters, and each finding opens its record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kttt_desktop.data.database import open_database
from kttt_desktop.services.findings import run_rules
from kttt_desktop.services.registers.records import load_record, save_record
from kttt_desktop.ui.findings_model import FINDING_ROLE, FindingsFilter, FindingsModel
from tests.validate_register import ON, add_offenders, build_clean


@pytest.fixture
def offenders(db_path):
    database = open_database(db_path)
    try:
        build_clean(database)
        return add_offenders(database)
    finally:
        database.close()


def checked_on(qtbot, page, text: str) -> None:
    qtbot.waitUntil(lambda: page.task is not None and page.task.is_finished, timeout=10_000)
    page.ui.on.setText(text)
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.ui.run.click()


def shown(page) -> list:
    proxy = page.proxy
    return [proxy.index(row, 0).data(FINDING_ROLE) for row in range(proxy.rowCount())]


def test_the_screen_counts_filters_and_searches_the_findings(offenders, main_window, qtbot):
    page = main_window.show_section("checks")
    checked_on(qtbot, page, "30/06/2025")
    assert page.ui.summary.text() == "Kiểm tra ngày 30/06/2025: 5 lỗi, 4 cảnh báo, 1 thông tin."
    assert [page.ui.show_all.text(), page.ui.show_errors.text(), page.ui.show_warnings.text(),
            page.ui.show_infos.text()] == ["Tất cả (10)", "Lỗi (5)", "Cảnh báo (4)",
                                           "Thông tin (1)"]
    assert {f.rule for f in shown(page)} == set(offenders)

    page.ui.show_warnings.click()
    assert {f.severity.value for f in shown(page)} == {"warning"} and len(shown(page)) == 4
    page.ui.show_all.click()
    page.ui.rule.setCurrentIndex(page.ui.rule.findData("member.under_age"))
    assert [(f.table, f.record_id) for f in shown(page)] == [offenders["member.under_age"]]
    assert page.ui.rule.currentText() == "Thành viên chưa đủ 18 tuổi khi vào (1)"
    page.ui.rule.setCurrentIndex(0)
    page.ui.search.setText("mien dong")  # "Miến dong Bình Liêu", typed without accents
    assert [f.rule for f in shown(page)] == ["ocop.expired"]
    page.ui.search.setText("khong co gi nhu the")
    assert shown(page) == [] and page.ui.detail.text() == "Không có phát hiện nào khớp với bộ lọc."


def test_the_selected_finding_is_shown_in_full_and_opens_with_enter(offenders, main_window, qtbot):
    page = main_window.show_section("checks")
    checked_on(qtbot, page, "30/06/2025")
    page.ui.rule.setCurrentIndex(page.ui.rule.findData("tht.min_members"))
    page.ui.table.selectRow(0)
    assert page.ui.detail.text().startswith("Luật Hợp tác xã 2023, khoản 21 Điều 4")
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert opened.args == list(offenders["tht.min_members"])


def test_a_later_date_brings_the_findings_of_that_day(offenders, main_window, qtbot):
    page = main_window.show_section("checks")
    checked_on(qtbot, page, "30/06/2024")  # the 2012 law: 7 members, 20% of the capital
    rules = {f.rule for f in shown(page)}
    assert "member.capital_cap" in rules and "htx.min_members" in rules
    assert len([f for f in shown(page) if f.rule == "htx.min_members"]) > 1


def test_the_findings_models_pass_the_model_checks(qtmodeltester, db):
    build_clean(db)
    add_offenders(db)
    model = FindingsModel()
    model.set_findings(run_rules(db, on=ON).findings)
    qtmodeltester.check(model)
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    proxy.set_text("binh lieu")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()


def test_a_finding_opens_its_record_in_its_register(offenders, main_window, qtbot):
    page = main_window.show_section("checks")
    checked_on(qtbot, page, "30/06/2025")
    page.ui.rule.setCurrentIndex(page.ui.rule.findData("ocop.expired"))
    page.ui.table.selectRow(0)
    page.ui.open_record.click()
    assert main_window.current_section().key == "ocop"
    products = main_window.page("ocop")
    table, product = offenders["ocop.expired"]
    assert table == "ocop_product"
    assert products.form.record_id == product
    qtbot.waitUntil(lambda: products.current_id() == product)  # once its list is read
    assert products.form.ui.name.text() == "Miến dong Bình Liêu"


def test_coming_back_after_a_fix_checks_again_and_keeps_the_place(offenders, main_window,
                                                                    qtbot):
    page = main_window.show_section("checks")
    checked_on(qtbot, page, "30/06/2025")
    page.ui.rule.setCurrentIndex(page.ui.rule.findData("organisation.name_prefix"))
    page.ui.table.selectRow(0)
    page.ui.open_record.click()
    assert main_window.current_section().key == "organisations"
    hub = main_window.page("organisations")
    assert hub.form.record_id == offenders["organisation.name_prefix"][1]
    record = load_record(main_window.database, "organisation", hub.form.record_id)
    record.update(name="Hợp tác xã Nông sản Lục Hồn", code="5701000014")  # the fix
    save_record(main_window.database, "organisation", record, hub.form.record_id,
                reason="sửa tên theo giấy chứng nhận")
    page.ui.rule.setCurrentIndex(0)
    page.ui.table.selectRow(3)
    kept = page.ui.table.currentIndex().data(FINDING_ROLE)
    with qtbot.waitSignal(page.checked, timeout=10_000):
        main_window.show_section("checks")
    assert "organisation.name_prefix" not in {f.rule for f in shown(page)}
    assert page.ui.table.currentIndex().data(FINDING_ROLE) == kept


def _select(page, rule: str) -> None:
    page.ui.rule.setCurrentIndex(page.ui.rule.findData(rule))
    page.ui.table.selectRow(0)


def test_a_known_exception_is_accepted_with_a_reason_and_reopened_when_its_record_changes(
        offenders, main_window, qtbot, type_text):
    page = main_window.show_section("checks")
    checked_on(qtbot, page, "30/06/2025")
    _select(page, "organisation.name_prefix")
    finding = page.selected()
    assert not page.ui.accept.isEnabled()  # no reason yet
    type_text(page.ui.accept_reason, "Tên đăng ký đúng như trên giấy chứng nhận")
    assert page.ui.accept.isEnabled() and not page.ui.withdraw.isEnabled()
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.ui.accept.click()
    # Still listed, marked, greyed, and no longer counted as open.
    assert page.ui.summary.text() == ("Kiểm tra ngày 30/06/2025: 5 lỗi, 3 cảnh báo, 1 thông tin. "
                                      "1 phát hiện đã được chấp nhận.")
    assert page.ui.show_warnings.text() == "Cảnh báo (3)"
    assert page.ui.hide_accepted.text() == "Ẩn phát hiện đã &chấp nhận (1)"
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(FINDING_ROLE).rule == "organisation.name_prefix")
    assert page.proxy.index(row, FindingsModel.STATUS).data() == "Đã chấp nhận"
    assert page.proxy.index(row, FindingsModel.STATUS).data(Qt.ItemDataRole.ToolTipRole) == \
        "Lý do chấp nhận: Tên đăng ký đúng như trên giấy chứng nhận"
    assert page.proxy.index(row, FindingsModel.MESSAGE).data(
        Qt.ItemDataRole.ForegroundRole).color().name() == "#7a7a7a"
    assert page.selected().rule == "organisation.name_prefix"  # the same finding stays chosen
    assert "Tên đăng ký đúng như trên giấy chứng nhận" in page.ui.detail.text()
    assert not page.ui.accept.isEnabled() and page.ui.withdraw.isEnabled()
    page.ui.hide_accepted.setChecked(True)
    assert "organisation.name_prefix" not in {f.rule for f in shown(page)}
    page.ui.hide_accepted.setChecked(False)
    # Audited, on the record's own history.
    from kttt_desktop.services.registers.history import history

    changes = history(main_window.database, finding.table, finding.record_id)
    assert (changes[0].action_label, changes[0].reason) == (
        "Chấp nhận", "Tên đăng ký đúng như trên giấy chứng nhận")
    assert changes[0].new.startswith("Phát hiện “Tên không bắt đầu bằng “Hợp tác xã””")
    # The record changes: the finding comes back, and says why.
    with main_window.database.session() as s:
        from kttt_desktop.data.models import Organisation

        s.get(Organisation, finding.record_id).address = "Thôn Khe Mọi, xã Lục Hồn"
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.ui.run.click()
    _select(page, "organisation.name_prefix")
    assert page.selected().status.value == "reopened"
    assert page.ui.show_warnings.text() == "Cảnh báo (4)"
    assert "nhưng hồ sơ hoặc nội dung đã thay đổi" in page.ui.detail.text()
    assert page.proxy.index(0, FindingsModel.STATUS).data() == "Mở lại (hồ sơ đã thay đổi)"
    assert page.ui.accept.isEnabled() and page.ui.withdraw.isEnabled()
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.ui.withdraw.click()
    _select(page, "organisation.name_prefix")
    assert page.selected().acceptance is None and page.ui.accept_reason.text() == ""
    assert history(main_window.database, finding.table, finding.record_id)[0].action_label == \
        "Bỏ chấp nhận"


def test_a_reason_is_required_and_stored_as_cleaned_text(offenders, db_path):
    from kttt_desktop.core.errors import InputError
    from kttt_desktop.services.findings.accepted import accept_finding

    database = open_database(db_path)
    try:
        finding = next(f for f in run_rules(database, on=ON).findings
                       if f.rule == "ocop.expired")
        with pytest.raises(InputError) as refused:
            accept_finding(database, finding, "   ")
        assert "Hãy ghi lý do chấp nhận phát hiện về “Miến dong Bình Liêu" in \
            refused.value.message
        assert run_rules(database, on=ON).accepted_count() == 0
        accept_finding(database, finding, " Sản pha\u0302\u0309m đã ngừng sản xuất ")  # NFD
        again = next(f for f in run_rules(database, on=ON).findings if f.rule == "ocop.expired")
        assert again.accepted and again.acceptance.reason == "Sản phẩm đã ngừng sản xuất"
    finally:
        database.close()
