"""The office of tests/known_office.py made ready for a return of 2023-Q3.

On top of the known office: HTX 1 has a tax code with a leading zero, THT 11 a name that a
spreadsheet would take for a formula, the office has targets for 2023 and a horizon target, and
a draft free text. ``return_db_path`` (module scope) is a database holding all of it, built once
per test module; tests that change it copy it first.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.periods import Period
from kttt_desktop.data.database import Database, open_database
from kttt_desktop.data.models import Manager, Member, Organisation
from kttt_desktop.services.returns import Draft, build_snapshot, save_draft
from kttt_desktop.services.targets import TargetRecord, save_targets
from tests.known_office import H1, T1, build_known_office

Q3 = Period.parse("2023-Q3")
CREATED = datetime(2026, 2, 5, 5, 0, tzinfo=UTC)  # 05/02/2026 in every time zone from −5 to +18
TAX_CODE = "0100109106"
FORMULA_NAME = '=HYPERLINK("http://example.vn","Bấm vào đây")'
PRIVATE_NAME, PRIVATE_ID, PRIVATE_PHONE = "Nguyễn Thị Riêng Tư", "001180000123", "0912345678"
FREE_TEXT = ("Kinh tế tập thể trên địa bàn tiếp tục phát triển; các hợp tác xã hoạt động ổn định.\n"
             "Kiến nghị: hỗ trợ đào tạo cán bộ quản lý hợp tác xã.")


def build_return_office(db: Database) -> None:
    build_known_office(db)
    with db.session() as s:
        s.get(Organisation, H1).code = TAX_CODE
        s.get(Organisation, T1).name = FORMULA_NAME
        # personal data that must never reach a return: a member who left long ago, a manager
        # without a position
        for model in (Member, Manager):
            extra = {"joined_on": date(2000, 1, 1), "left_on": date(2001, 1, 1)} \
                if model is Member else {}
            s.add(model(organisation_id=H1, full_name=PRIVATE_NAME, cccd=PRIVATE_ID,
                        phone=PRIVATE_PHONE, birth_date=date(1980, 4, 5), **extra))
    save_targets(db, [
        TargetRecord(2023, "htx.count", Comparator.APPROX, 6, basis="KH 248/KH-UBND"),
        TargetRecord(2023, "htx.new", Comparator.AT_LEAST, 4, basis="KH 248/KH-UBND"),
        TargetRecord(2023, "htx.good_fair_pct", Comparator.ABOVE, 60, basis="KH 248/KH-UBND"),
        TargetRecord(2030, "htx.count", Comparator.AT_LEAST, 10, basis="Chiến lược 2030"),
    ])
    save_draft(db, Q3, Draft(FREE_TEXT))


@pytest.fixture(scope="module")
def return_db_path(_template_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("return") / "office.db"
    shutil.copyfile(_template_database, path)
    db = open_database(path)
    try:
        build_return_office(db)
    finally:
        db.close()
    return path


@pytest.fixture(scope="module")
def return_snapshot(return_db_path: Path):
    """The return of 2023-Q3, made on 05/02/2026."""
    db = open_database(return_db_path, read_only=True)
    try:
        return build_snapshot(db, Q3, created_at=CREATED)
    finally:
        db.close()
