"""A write reports the registers it changed (data.changes), once its unit of work commits."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.data import changes
from kttt_desktop.data.models import Member
from kttt_desktop.services.registers.trash import delete_record
from tests.registers_helpers import TAX_CODES, member, organisation


def test_a_save_reports_the_tables_it_wrote(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    with changes.collected() as tables:
        member(db, htx, "Nguyễn Văn An")
    assert tables == {"member"}
    with changes.collected() as tables:
        delete_record(db, "member", 1)
    assert "member" in tables


def test_a_write_rolled_back_reports_nothing(db):
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    with changes.collected() as tables, pytest.raises(RuntimeError), db.session() as s:
        s.add(Member(organisation_id=htx, full_name="Lò Văn Mới", joined_on=date(2020, 1, 2)))
        s.flush()
        raise RuntimeError("stop")
    assert tables == set()


def test_a_read_reports_nothing_and_nested_collectors_both_see_a_write(db):
    with changes.collected() as outer:
        with db.reading() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM member")
        with changes.collected() as inner:
            organisation(db, "Hợp tác xã Tiến Bộ", code=TAX_CODES[1])
    assert inner == {"organisation"}
    assert outer == {"organisation"}


def test_an_import_reports_every_register_it_filled(db, tmp_path):
    from kttt_desktop.services.importing import import_workbook
    from tests.workbooks import office_sheets, write_xlsx

    path = write_xlsx(tmp_path / "so.xlsx", office_sheets())
    with changes.collected() as tables:
        import_workbook(db, path, dry_run=True)
    assert tables == set()  # a dry run writes nothing
    with changes.collected() as tables:
        import_workbook(db, path)
    assert {"organisation", "member"} <= tables
