"""An export without personal data leaves out every field its register's description marks
personal — a person's birth, CCCD and phone, a member's home address, an organisation's phone —
and an export with it holds them. Both are read back with python-calamine."""

from __future__ import annotations

from datetime import date

import python_calamine

from kttt_desktop.exchange import layout
from kttt_desktop.services.dump import dump_registers
from kttt_desktop.services.registers.records import save_record
from tests.registers_helpers import TAX_CODES, member, organisation

SECRETS = {
    "address": "Thôn Nà Làng, nhà số 17",
    "cccd": "022080123456",
    "member_phone": "0912345678",
    "org_phone": "02033888999",
    "manager_cccd": "022075001111",
    "manager_phone": "0987654321",
}


def _office(db) -> None:
    htx = organisation(db, "Hợp tác xã Nông nghiệp Đồng Tâm", code=TAX_CODES[0],
                       phone=SECRETS["org_phone"])
    member(db, htx, "Nguyễn Văn An", cccd=SECRETS["cccd"], phone=SECRETS["member_phone"],
           birth_date=date(1980, 4, 2), address=SECRETS["address"])
    manager = save_record(db, "manager", {
        "organisation_id": htx, "full_name": "Lê Thị Bình", "birth_date": date(1975, 3, 1),
        "birth_year": 1975, "cccd": SECRETS["manager_cccd"], "phone": SECRETS["manager_phone"],
        "training_level": "so_cap"}).record_id
    save_record(db, "manager_position", {"manager_id": manager, "position": "director",
                                         "starts_on": date(2016, 1, 4)})
    save_record(db, "training_record", {"manager_id": manager, "course": "Quản trị HTX",
                                        "starts_on": date(2019, 5, 6)})


def _sheets(path) -> dict[str, list[list[object]]]:
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}


def _texts(sheets) -> set[str]:
    return {str(cell) for rows in sheets.values() for row in rows for cell in row}


def test_every_personal_field_is_left_out_without_personal_data(db, tmp_path):
    _office(db)
    without = _sheets(dump_registers(db, tmp_path / "danh-sach.xlsx").path)
    with_personal = _sheets(dump_registers(db, tmp_path / "day-du.xlsx",
                                           with_personal_data=True).path)
    for register in layout.REGISTERS:
        if register.sheet not in with_personal:
            continue
        personal = {c.header for c in register.columns if c.personal}
        assert personal.isdisjoint(without[register.sheet][0]), register.sheet
        assert personal <= set(with_personal[register.sheet][0]), register.sheet
    assert {"Địa chỉ", "Ngày sinh", "Số CCCD", "Điện thoại"}.isdisjoint(without["ThanhVien"][0])
    assert "Địa chỉ" in with_personal["ThanhVien"][0]
    assert "Địa chỉ" in without["ToChuc"][0]  # an organisation's seat is not personal
    for secret in SECRETS.values():
        assert secret not in _texts(without), secret
        assert secret in _texts(with_personal), secret
