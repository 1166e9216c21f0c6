"""The office's own indicators: defined, given a value per period, refused when in use."""

from __future__ import annotations

import pytest

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.periods import Period
from kttt_desktop.services.manual_indicators import (
    ManualEntry,
    define_manual,
    delete_manual,
    list_manual,
    manual_values,
    office_catalogue,
    set_manual_value,
    slug_for,
)
from kttt_desktop.services.targets import TargetRecord, save_target

Q3 = Period.parse("2023-Q3")


def test_slug_from_a_vietnamese_name():
    assert slug_for("Tỷ trọng đóng góp vào GRDP (%)") == "ty_trong_dong_gop_vao_grdp"


def test_define_rename_and_list(db):
    define_manual(db, "ngan_sach", "Đóng góp ngân sách", "triệu đồng")
    define_manual(db, "ngan_sach", "Đóng góp vào ngân sách địa phương", "triệu đồng")
    [definition] = list_manual(db)
    assert definition.name == "Đóng góp vào ngân sách địa phương"
    assert office_catalogue(db).get("manual.ngan_sach").unit == "triệu đồng"


@pytest.mark.parametrize(("slug", "name", "message"), [
    ("Ngân sách", "Ngân sách", "không hợp lệ"), ("ngan_sach", "  ", "Hãy nhập tên"),
])
def test_a_bad_definition_is_refused(db, slug, name, message):
    with pytest.raises(InputError, match=message):
        define_manual(db, slug, name)
    assert list_manual(db) == []


def test_values_per_period_with_their_source(db):
    define_manual(db, "ngan_sach", "Đóng góp ngân sách", "triệu đồng")
    set_manual_value(db, "ngan_sach", Q3, 1250.5, "Báo cáo của Chi cục Thuế")
    set_manual_value(db, "ngan_sach", "2023-Q2", 900)
    assert manual_values(db, Q3) == {"ngan_sach": ManualEntry(1250.5, "Báo cáo của Chi cục Thuế")}
    set_manual_value(db, "ngan_sach", Q3, 1300, "Số liệu chính thức")
    assert manual_values(db, Q3)["ngan_sach"].value == 1300
    set_manual_value(db, "ngan_sach", Q3, None)
    assert manual_values(db, Q3) == {}
    assert manual_values(db, Period.parse("2023-Q2"))["ngan_sach"].value == 900


def test_a_value_for_an_unknown_indicator_is_refused(db):
    with pytest.raises(InputError, match="manual.khong_co"):
        set_manual_value(db, "khong_co", Q3, 1)


def test_an_indicator_in_use_by_a_target_cannot_be_deleted(db):
    define_manual(db, "ngan_sach", "Đóng góp ngân sách", "triệu đồng")
    set_manual_value(db, "ngan_sach", Q3, 5)
    save_target(db, TargetRecord(2023, "manual.ngan_sach", Comparator.AT_LEAST, 4))
    with pytest.raises(InputError, match="2023"):
        delete_manual(db, "ngan_sach")
    define_manual(db, "du_phong", "Dự phòng")
    set_manual_value(db, "du_phong", Q3, 1)
    delete_manual(db, "du_phong")
    assert [d.slug for d in list_manual(db)] == ["ngan_sach"]
    assert set(manual_values(db, Q3)) == {"ngan_sach"}


def test_the_history_of_an_own_indicator_lists_every_period_typed_in(db):
    from kttt_desktop.services.manual_indicators import manual_history

    define_manual(db, "grdp", "Tỷ trọng GRDP", "%")
    define_manual(db, "khac", "Chỉ tiêu khác")
    set_manual_value(db, "grdp", "2023", 5.2, "Cục Thống kê")
    set_manual_value(db, "grdp", "2024-H1", 4.8, "Ước tính")
    set_manual_value(db, "khac", "2023", 1, "x")
    assert manual_history(db, "grdp") == {
        Period.parse("2023"): ManualEntry(5.2, "Cục Thống kê"),
        Period.parse("2024-H1"): ManualEntry(4.8, "Ước tính")}
    with pytest.raises(InputError, match="manual.khong_co"):
        manual_history(db, "khong_co")
