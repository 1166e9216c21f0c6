"""Every new row takes its id from the database (SQLite's next rowid, PostgreSQL's sequence), the
demo's and an import's rows too: a record the officer adds afterwards gets a free id instead of
colliding with one written by the bulk writers (on PostgreSQL a sequence never advanced by ids
written by hand would give 1 again)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from kttt_desktop.data.models import AreaCommune, Manager, Member, Organisation
from kttt_desktop.services.importing import import_workbook
from tests.demo_registers import build_demo_on
from tests.registers_helpers import member, organisation
from tests.workbooks import office_sheets, write_xlsx


def _largest(db, model) -> int:
    with db.engine.connect() as connection:
        return connection.execute(select(func.max(model.id))).scalar_one() or 0


def _a_new_cooperative_and_member(db) -> tuple[int, int]:
    before = _largest(db, Organisation), _largest(db, Member)
    with db.engine.connect() as connection:
        commune = connection.execute(select(func.min(AreaCommune.commune_code))).scalar_one()
    htx = organisation(db, "Tổ hợp tác Mới Thêm", kind="tht", commune=commune, reason="thêm sau")
    person = member(db, htx, "Nguyễn Văn Mới", reason="thêm sau")
    assert htx > before[0] and person > before[1]
    return htx, person


def test_a_record_added_after_an_import_gets_a_free_id(db, tmp_path):
    assert import_workbook(db, write_xlsx(tmp_path / "don-vi.xlsx", office_sheets())).written
    imported = _largest(db, Organisation), _largest(db, Member)
    assert imported[0] >= 3 and imported[1] >= 5
    htx, person = _a_new_cooperative_and_member(db)
    with db.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Member).where(
            Member.organisation_id == htx)).scalar_one() == 1
    assert (htx, person) == (imported[0] + 1, imported[1] + 1)


def test_a_record_added_after_the_demo_gets_a_free_id(engine, tmp_path, request):
    from kttt_desktop.data.database import open_database

    address: Path | str = tmp_path / "demo.db"
    if engine == "postgresql":
        address = request.getfixturevalue("server_database")()
    build_demo_on(address, scale="district", seed=1)  # type: ignore[arg-type]
    db = open_database(address)
    try:
        with db.engine.connect() as connection:  # managers point at the cooperatives written
            orphans = connection.execute(select(func.count()).select_from(Manager).where(
                Manager.organisation_id.not_in(select(Organisation.id)))).scalar_one()
        assert orphans == 0 and _largest(db, Organisation) > 100
        _a_new_cooperative_and_member(db)
    finally:
        db.close()

