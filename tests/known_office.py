"""A small office whose indicators are worked out by hand (tests of the indicator computation).

The reference period is 2023-Q3: D = 30/09/2023, window 01/07–30/09/2023, year to date
01/01–30/09/2023; a year earlier D' = 30/09/2022. Yearly measures (figures, ratings) are of the
reporting year 2022, and a year earlier of 2021; a few figures of 2023 are there to be left out.
Every record sits on a boundary the specification draws (established / dissolved / left /
suspended on D, a day after D…).
Organisation OUT is outside the office's area and has records of every kind: nothing of it
may ever be counted. The expected values are in the tests, each with its reasoning.
"""

from __future__ import annotations

from datetime import date

from kttt_desktop.data import models as m
from kttt_desktop.data.database import Database

D = date(2023, 9, 30)
OUTSIDE_COMMUNE = "07090"  # Phường An Sinh, Quảng Ninh: not in the test office's area

# Organisation ids
H1, H2, H3, H4, H5, H6, H8, H9, OUT = 1, 2, 3, 4, 5, 6, 8, 9, 7
T1, T2, L1 = 11, 12, 21
MILLION = 1_000_000


def _org(id_: int, kind: str, established: date, *, commune: str = "06838",
         dissolved: date | None = None, **flags: object) -> m.Organisation:
    return m.Organisation(id=id_, kind=kind, name=f"{kind.upper()} số {id_}", commune_code=commune,
                          established_on=established, dissolved_on=dissolved,
                          sector="agriculture", **flags)


def _member(id_: int, org: int, joined: date, left: date | None = None, *,
            kind: str = "official", member_of: int | None = None) -> m.Member:
    return m.Member(id=id_, organisation_id=org, full_name=f"Thành viên {id_}", joined_on=joined,
                    left_on=left, member_kind=kind,
                    member_type="legal_person" if member_of else "individual",
                    member_organisation_id=member_of)


def yearly_figures(org: int, year: int, *, revenue: float | None = None, profit: float | None = None,
             workers: int | None = None, income: float | None = None,
             declared: int | None = None) -> m.YearlyFigures:
    def vnd(millions: float | None) -> int | None:
        return None if millions is None else int(millions * MILLION)

    return m.YearlyFigures(organisation_id=org, year=year, revenue=vnd(revenue),
                           profit=vnd(profit), workers=workers, avg_income=vnd(income),
                           declared_members=declared)


def _manager(id_: int, org: int, level: str, *positions: tuple[str, date, date | None],
             trainings: tuple[date, ...] = ()) -> list[object]:
    rows: list[object] = [m.Manager(id=id_, organisation_id=org, full_name=f"Cán bộ {id_}",
                                    training_level=level)]
    rows += [m.ManagerPosition(manager_id=id_, position=p, starts_on=s, ends_on=e)
             for p, s, e in positions]
    rows += [m.TrainingRecord(manager_id=id_, course="Bồi dưỡng quản lý HTX", starts_on=t)
             for t in trainings]
    return rows


def _ocop(id_: int, org: int, stars: int, decided: date, expires: date) -> m.OcopProduct:
    return m.OcopProduct(id=id_, organisation_id=org, name=f"Sản phẩm {id_}",
                         product_group="food", stars=stars, decision_date=decided,
                         expires_on=expires)


def records() -> list[object]:
    d = date
    rows: list[object] = [
        # HTX
        _org(H1, "htx", d(2010, 1, 1), value_chain=True, high_tech=True, high_tech_year=2023,
             digital=True, digital_year=2024),
        _org(H2, "htx", D),  # established on D
        _org(H3, "htx", d(2015, 5, 5), dissolved=D),  # dissolved on D
        _org(H4, "htx", d(2012, 1, 1), commune="06841", value_chain=True,
             value_chain_year=2024),
        _org(H5, "htx", d(2012, 1, 1), commune="06856", digital=True, digital_year=2020),
        _org(H6, "htx", d(2018, 3, 3)),
        _org(H8, "htx", d(2023, 10, 1)),  # established the day after D
        _org(H9, "htx", d(2023, 3, 15), commune="06856"),
        _org(OUT, "htx", d(2010, 1, 1), commune=OUTSIDE_COMMUNE, value_chain=True),
        # THT and LHHTX
        _org(T1, "tht", d(2020, 2, 2)),
        _org(T2, "tht", d(2021, 1, 1)),
        _org(L1, "lhhtx", d(2019, 1, 1)),
        # suspensions
        m.Suspension(organisation_id=H4, starts_on=d(2023, 9, 1), ends_on=D),  # covers D
        m.Suspension(organisation_id=H5, starts_on=d(2023, 1, 1), ends_on=d(2023, 9, 29)),
        m.Suspension(organisation_id=H6, starts_on=d(2023, 6, 1)),  # open
        # members of H1
        _member(1, H1, d(2015, 1, 1)),
        _member(2, H1, d(2023, 8, 15)),  # joined in the window
        _member(3, H1, d(2020, 1, 1), D),  # left on D
        _member(4, H1, d(2020, 1, 1), d(2023, 10, 1)),  # left the day after D
        _member(5, H1, d(2023, 2, 1), kind="associate"),  # joined in the year, before the window
        _member(6, H1, d(2023, 10, 1)),  # joined the day after D
        _member(7, H1, d(2021, 5, 5), d(2022, 3, 3)),  # left in the year before
        _member(8, H3, d(2016, 1, 1)),  # of H3, dissolved on D
        _member(9, H4, d(2013, 1, 1)),
        _member(10, OUT, d(2023, 8, 1)),
        _member(11, T2, d(2021, 1, 1)),
        _member(12, T2, d(2022, 6, 1), kind="associate"),
        _member(13, L1, d(2019, 1, 1), member_of=H1),
        _member(14, L1, d(2020, 1, 1), member_of=H4),
        _member(15, L1, d(2019, 6, 1), D, member_of=H5),
        # ratings of 2022, the reporting year of 2023-Q3, and of 2021, the reporting year a
        # year earlier; a rating of 2023 is not counted before the year ends
        m.Rating(organisation_id=H1, year=2022, rating_class="good"),
        m.Rating(organisation_id=H2, year=2022, rating_class="not_rated"),
        m.Rating(organisation_id=H3, year=2022, rating_class="good"),
        m.Rating(organisation_id=H4, year=2022, rating_class="fair"),
        m.Rating(organisation_id=H5, year=2022, rating_class="weak"),
        m.Rating(organisation_id=H6, year=2022, rating_class="average"),
        m.Rating(organisation_id=OUT, year=2022, rating_class="good"),
        m.Rating(organisation_id=H1, year=2021, rating_class="fair"),
        m.Rating(organisation_id=H3, year=2021, rating_class="good"),
        m.Rating(organisation_id=H4, year=2021, rating_class="not_rated"),
        m.Rating(organisation_id=H6, year=2023, rating_class="good"),
        # figures (millions of VND) of the reporting years 2022 and 2021; declared member
        # counts, a stock, of 2023 and 2022
        yearly_figures(H1, 2022, revenue=2000, profit=100, workers=10, income=60),
        yearly_figures(H1, 2023, declared=999),
        yearly_figures(H2, 2022, workers=5),
        yearly_figures(H2, 2023, declared=7),
        yearly_figures(H3, 2022, revenue=9999, workers=50, income=90),
        yearly_figures(H4, 2022, revenue=1000, profit=-20, workers=20, income=45),
        yearly_figures(H4, 2023, revenue=8888, workers=88, income=88),  # not over at D: not counted
        yearly_figures(H5, 2022, revenue=3000, income=50, declared=25),
        yearly_figures(H5, 2023, declared=30),
        yearly_figures(OUT, 2022, revenue=5000, profit=500, workers=100, income=80),
        yearly_figures(OUT, 2023, declared=40),
        yearly_figures(H1, 2021, revenue=1500, workers=10, income=50),
        yearly_figures(H3, 2021, revenue=500, workers=10, income=40),
        yearly_figures(T1, 2022, revenue=100, declared=10),
        yearly_figures(T1, 2023, declared=12),
        # managers, their positions and training
        *_manager(1, H1, "dai_hoc", ("director", d(2018, 1, 1), None),
                  ("chair", d(2018, 1, 1), None),
                  trainings=(d(2023, 8, 1), d(2023, 2, 1), d(2022, 8, 1))),
        *_manager(2, H1, "so_cap", ("chief_accountant", d(2019, 1, 1), D)),  # ends on D
        *_manager(3, H1, "trung_cap", ("controller", D, None)),  # starts on D
        *_manager(4, H1, "untrained", ("deputy_director", d(2023, 10, 1), None),
                  trainings=(D, d(2023, 10, 1))),
        *_manager(5, H3, "cao_dang", ("director", d(2015, 5, 5), None),
                  trainings=(d(2023, 7, 15),)),
        *_manager(6, H4, "tren_dai_hoc", ("chair", d(2012, 1, 1), None)),
        *_manager(7, OUT, "dai_hoc", ("director", d(2010, 1, 1), None),
                  trainings=(d(2023, 8, 1),)),
        # OCOP products
        _ocop(1, H1, 4, d(2021, 1, 1), d(2024, 1, 1)),
        _ocop(2, H1, 3, D, d(2026, 9, 30)),  # certified on D
        _ocop(3, H1, 5, d(2020, 10, 1), D),  # expires on D
        _ocop(4, H1, 3, d(2020, 12, 1), d(2023, 12, 29)),  # expires D + 90 days
        _ocop(5, H1, 2, d(2023, 8, 1), d(2026, 8, 1)),  # 2 stars: not an OCOP product
        _ocop(6, H1, 4, d(2023, 10, 1), d(2026, 10, 1)),  # certified the day after D
        _ocop(7, H3, 3, d(2019, 5, 5), d(2025, 5, 5)),
        _ocop(8, OUT, 4, d(2023, 8, 1), d(2026, 8, 1)),
        _ocop(9, H1, 4, d(2023, 3, 1), d(2026, 3, 1)),
    ]
    return rows


def build_known_office(db: Database) -> None:
    from kttt_desktop.data.engines import after_explicit_ids

    with db.session() as s:
        for row in records():
            s.add(row)
            s.flush()  # in list order: parents before the rows that refer to them
        for model in (m.Organisation, m.Member, m.Manager, m.OcopProduct):  # numbered here
            after_explicit_ids(s.connection(), model.__table__)
