"""A member's ethnicity (Dân tộc), added by its description, a migration and the member form's .ui
only: the template has its column, an officer's file fills it, the form saves it, the export
writes it only with personal data, the list shows it masked until personal data is shown."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from sqlalchemy import select

from kttt_desktop.data.models import Member
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.exchange.template import write_template
from kttt_desktop.services.dump import dump_registers
from kttt_desktop.services.importing import import_workbook
from kttt_desktop.services.registers import lists
from kttt_desktop.services.registers.records import load_record
from tests.registers_helpers import TAX_CODES, member, organisation
from tests.workbooks import calamine_rows


def test_the_template_has_a_column_for_it_among_the_members(tmp_path):
    path = write_template(tmp_path / "mau.xlsx")
    header = calamine_rows(path, "ThanhVien")[0]
    assert header.index("Dân tộc") == header.index("Giới tính") + 1


def test_a_form_saves_it_and_the_export_writes_it_only_with_personal_data(db, tmp_path):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    an = member(db, htx, "Nguyễn Văn An", birth_date=date(1980, 4, 2), ethnicity="  Tày ")
    assert load_record(db, "member", an)["ethnicity"] == "Tày"  # tidied as any text
    with_personal = dump_registers(db, tmp_path / "day-du.xlsx", with_personal_data=True).path
    header, row = calamine_rows(with_personal, "ThanhVien")[:2]
    assert row[header.index("Dân tộc")] == "Tày"
    without = dump_registers(db, tmp_path / "danh-sach.xlsx").path
    assert "Dân tộc" not in calamine_rows(without, "ThanhVien")[0]


def test_an_officers_file_fills_it_and_the_list_reads_it(db, tmp_path):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    member(db, htx, "Nguyễn Văn An", birth_date=date(1980, 4, 2))
    export = dump_registers(db, tmp_path / "so.xlsx", with_personal_data=True).path
    book = load_workbook(export)
    sheet = book["ThanhVien"]
    column = [c.value for c in sheet[1]].index("Dân tộc") + 1
    sheet.cell(2, column, "Nùng")
    book.save(export)
    result = import_workbook(db, export)
    assert result.written
    with db.engine.connect() as connection:
        assert connection.execute(select(Member.__table__.c.ethnicity)).scalar_one() == "Nùng"
    page = lists.page(db, "member", ListQuery(), 0, 10)
    assert page[0]["ethnicity"] == "Nùng"
