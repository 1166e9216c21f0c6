"""An office in the autumn of 2026 whose figures of 2026 nobody has entered yet.

The period is 2026-Q3: D = 30/09/2026, whose reporting year is 2025; a year earlier D' =
30/09/2025, reporting year 2024. Figures and ratings exist for 2024 and 2025 only, as in a real
office before the year ends. Declared member counts are a stock and carry forward from the
latest year that has one. Expected values, each worked out by hand, are in ``EXPECTED``.

- HTX A (id 1): a member list of 10 members since 2016 and 2 who joined in August 2026.
- HTX B (id 2): no member list; declared 200 members in its figures of 2024 only.
- HTX C (id 3): no member list; declared 50 in 2023 and 60 in 2025.
- HTX N (id 4): set up on 01/08/2026 with 5 founders; no figures, no rating yet.
- THT T (id 11): no member list; declared 15 in 2024.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.periods import Period
from kttt_desktop.data import models as m
from kttt_desktop.data.database import Database, open_database
from kttt_desktop.services.targets import TargetRecord, save_targets
from tests.known_office import yearly_figures

Q3 = Period.parse("2026-Q3")
TODAY = date(2026, 11, 20)  # the program's clock in the tests of this office
A, B, C, N, T = 1, 2, 3, 4, 11

# code -> (value at D, value a year earlier); ratios to one decimal as printed
EXPECTED = {
    "htx.members": (277, 270),  # A 12 + B 200 + C 60 + N 5; a year earlier A 10 + 200 + 60
    "htx.members.declared": (260, 260),
    "tht.members": (15, 15),
    "htx.workers": (32, 24),  # 2025: A 8, B 20, C 4; 2024: A 6, B 18
    "htx.revenue.avg": (2100, 1700),  # (1 200 + 3 000) ÷ 2; (1 000 + 2 400) ÷ 2
    "htx.revenue.growth_pct": (23.5, None),  # 2 100 ÷ 1 700 − 1
    "htx.profit.avg": (135, None),  # (120 + 150) ÷ 2
    "htx.income.avg": (67.1, 62.5),  # (60×8 + 70×20) ÷ 28; (55×6 + 65×18) ÷ 24
    "htx.rated": (3, 3),
    "htx.good_fair_pct": (66.7, 33.3),  # 2025: A good, B fair, C average; 2024: A fair only
}


def records() -> list[object]:
    d = date
    rows: list[object] = [
        m.Organisation(id=A, kind="htx", name="Hợp tác xã Nông nghiệp Đồng Văn",
                       commune_code="06838", established_on=d(2015, 3, 1), sector="agriculture"),
        m.Organisation(id=B, kind="htx", name="Hợp tác xã Chè Lục Hồn", commune_code="06856",
                       established_on=d(2012, 1, 1), sector="agriculture"),
        m.Organisation(id=C, kind="htx", name="Hợp tác xã Dịch vụ Hoành Mô",
                       commune_code="06841", established_on=d(2018, 5, 5), sector="trade"),
        m.Organisation(id=N, kind="htx", name="Hợp tác xã Dược liệu Bình Liêu",
                       commune_code="06838", established_on=d(2026, 8, 1), sector="agriculture"),
        m.Organisation(id=T, kind="tht", name="Tổ hợp tác Trồng rừng Khe Và",
                       commune_code="06856", established_on=d(2020, 2, 2), sector="agriculture"),
    ]
    rows += [m.Member(organisation_id=A, full_name=f"Thành viên {i}", joined_on=d(2016, 1, 1))
             for i in range(1, 11)]
    rows += [m.Member(organisation_id=A, full_name=f"Thành viên mới {i}",
                      joined_on=d(2026, 8, 15)) for i in (1, 2)]
    rows += [m.Member(organisation_id=N, full_name=f"Sáng lập viên {i}",
                      joined_on=d(2026, 8, 1)) for i in range(1, 6)]
    rows += [
        yearly_figures(A, 2024, revenue=1000, workers=6, income=55),
        yearly_figures(A, 2025, revenue=1200, profit=120, workers=8, income=60),
        yearly_figures(B, 2024, revenue=2400, workers=18, income=65, declared=200),
        yearly_figures(B, 2025, revenue=3000, profit=150, workers=20, income=70),
        yearly_figures(C, 2023, declared=50),
        yearly_figures(C, 2025, workers=4, declared=60),
        yearly_figures(T, 2024, declared=15),
        m.Rating(organisation_id=A, year=2024, rating_class="fair"),
        m.Rating(organisation_id=B, year=2024, rating_class="weak"),
        m.Rating(organisation_id=C, year=2024, rating_class="weak"),
        m.Rating(organisation_id=A, year=2025, rating_class="good"),
        m.Rating(organisation_id=B, year=2025, rating_class="fair"),
        m.Rating(organisation_id=C, year=2025, rating_class="average"),
    ]
    return rows


def build_current_year_office(db: Database) -> None:
    with db.session() as s:
        for row in records():
            s.add(row)
            s.flush()
    save_targets(db, [
        TargetRecord(2026, "htx.good_fair_pct", Comparator.ABOVE, 35, basis="KH 12/KH-UBND"),
        TargetRecord(2026, "htx.members", Comparator.APPROX, 280, basis="KH 12/KH-UBND"),
    ])


@pytest.fixture(scope="module")
def current_year_db_path(_template_database: Path,
                         tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding this office, built once per test module (copy it to change it)."""
    path = tmp_path_factory.mktemp("current-year") / "office.db"
    shutil.copyfile(_template_database, path)
    db = open_database(path)
    try:
        build_current_year_office(db)
    finally:
        db.close()
    return path
