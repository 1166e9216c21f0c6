"""A small hand-made register for the cross-record rules: a clean part, and one offender per rule.

Dates are fixed: the register is checked on ``ON`` (30/06/2025), under the Law on Cooperatives
2023, so "the last finished year" is 2024.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from kttt_desktop.data.models import (
    Manager,
    ManagerPosition,
    Member,
    OcopProduct,
    Organisation,
    Rating,
    YearlyFigures,
)

ON = date(2025, 6, 30)
COMMUNE = "06838"  # Bình Liêu, in the office's area of the test database


class RegisterBuilder:
    """Adds organisations with their members, managers, products and ratings to a session."""

    def __init__(self, session) -> None:
        self.session = session
        self.people = 0

    def organisation(self, kind: str, name: str, *, members: int = 0, capital: int | None = None,
                     shares: list[int] | None = None, established: date = date(2015, 3, 2),
                     dissolved: date | None = None, rated_years: tuple[int, ...] = (2024,),
                     member_kind: str = "official", member_type: str = "individual",
                     left: date | None = None) -> Organisation:
        """An organisation with ``members`` members who joined when it was founded.

        Each member contributes the matching amount of ``shares`` (or an equal part of
        ``capital``); ``left`` is the day every member left.
        """
        org = Organisation(kind=kind, name=name, commune_code=COMMUNE, established_on=established,
                           dissolved_on=dissolved, sector="agriculture", charter_capital=capital)
        self.session.add(org)
        self.session.flush()
        if shares is None:
            shares = [capital // members if capital and members else None] * members
        for share in shares:
            self.member(org, share, joined=established, kind=member_kind,
                        member_type=member_type, left=left)
        for year in rated_years:
            self.session.add(Rating(organisation_id=org.id, year=year, score=70,
                                    rating_class="fair"))
        return org

    def member(self, org: Organisation, capital: int | None, *, joined: date,
               birth: date = date(1980, 5, 17), birth_year: int | None = None,
               kind: str = "official", member_type: str = "individual",
               left: date | None = None, name: str | None = None) -> Member:
        self.people += 1
        member = Member(organisation_id=org.id, full_name=name or f"Nguyễn Văn Số {self.people}",
                        birth_date=None if birth_year else birth, birth_year=birth_year,
                        member_kind=kind, member_type=member_type, joined_on=joined,
                        left_on=left, capital_contribution=capital)
        self.session.add(member)
        self.session.flush()
        return member

    def manager(self, org: Organisation, *, starts: date, ends: date | None) -> Manager:
        manager = Manager(organisation_id=org.id, full_name="Hoàng Thị Lan",
                          training_level="so_cap")
        self.session.add(manager)
        self.session.flush()
        self.session.add(ManagerPosition(manager_id=manager.id, position="director",
                                         starts_on=starts, ends_on=ends))
        return manager

    def product(self, org: Organisation, name: str, decided: date, expires: date) -> OcopProduct:
        product = OcopProduct(organisation_id=org.id, name=name, product_group="food", stars=3,
                              decision_date=decided, expires_on=expires)
        self.session.add(product)
        self.session.flush()
        return product


def build_clean(db) -> dict[str, int]:
    """A register that breaks no rule on ``ON`` (ids of its records by role)."""
    with db.session() as s:
        b = RegisterBuilder(s)
        htx = b.organisation("htx", "Hợp tác xã Nông nghiệp Đồng Tâm", members=5,
                             capital=500_000_000)
        b.member(htx, None, joined=date(2024, 9, 1), kind="associate")
        b.member(htx, None, joined=date(2025, 1, 10), birth=date(2007, 1, 10))  # 18 that day
        b.member(htx, None, joined=date(2025, 2, 1), birth_year=2007)  # maybe 18: the form asks
        b.member(htx, None, joined=date(2015, 3, 2), birth=date(2000, 1, 1),
                 left=date(2016, 1, 1))  # under age but gone long ago
        b.manager(htx, starts=date(2015, 3, 2), ends=None)
        b.product(htx, "Chè Đồng Tâm", date(2023, 5, 1), date(2026, 5, 1))
        b.product(htx, "Mật ong Đồng Tâm", date(2021, 3, 1), date(2024, 9, 1))  # renewed:
        b.product(htx, "Mật ong Đồng Tâm", date(2024, 8, 15), date(2027, 8, 15))
        b.product(htx, "Nấm Đồng Tâm", date(2020, 1, 1), date(2023, 1, 1))  # history
        members = [b.organisation("htx", f"Hợp tác xã Dịch vụ Hoành Mô {n}", members=5,
                                  capital=100_000_000) for n in (1, 2, 3)]
        union = b.organisation("lhhtx", "Liên hiệp hợp tác xã Bình Liêu", capital=900_000_000)
        for member in members:
            b.member(union, 300_000_000, joined=date(2015, 3, 2), member_type="legal_person",
                     name=member.name)
        b.organisation("tht", "Tổ hợp tác Chăn nuôi Lục Hồn", members=2, rated_years=())
        young = b.organisation("htx", "Hợp tác xã Rau an toàn Bình Liêu", members=5,
                               capital=50_000_000, established=date(2024, 3, 1), rated_years=())
        b.organisation("htx", "Hợp tác xã Vận tải Lục Hồn", established=date(2014, 1, 1),
                       dissolved=date(2023, 12, 31), members=7, capital=70_000_000,
                       left=date(2023, 12, 31), rated_years=())
        declared = b.organisation("htx", "Hợp tác xã Thủy sản Hoành Mô", capital=300_000_000)
        s.add(YearlyFigures(organisation_id=declared.id, year=2024, declared_members=12))
        return {"htx": htx.id, "union": union.id, "young": young.id, "declared": declared.id}


def add_offenders(db) -> dict[str, tuple[str, int]]:
    """One record breaking each rule on ``ON``: rule code → (table, id) of the record found."""
    with db.session() as s:
        b = RegisterBuilder(s)
        few = b.organisation("htx", "Hợp tác xã Dược liệu Bình Liêu", members=4,
                             capital=400_000_000)
        b.member(few, None, joined=date(2016, 1, 1), kind="associate")  # not official
        union = b.organisation("lhhtx", "Liên hiệp hợp tác xã Lục Hồn", capital=1_000_000_000,
                               shares=[300_000_000, 300_000_000], member_type="legal_person")
        tht = b.organisation("tht", "Tổ hợp tác Dệt thổ cẩm Hoành Mô", members=1, rated_years=())
        rich = b.organisation("htx", "Hợp tác xã Chè Bình Liêu", capital=1_000_000_000,
                              shares=[310_000_000, 200_000_000, 200_000_000, 150_000_000,
                                      140_000_000])
        rich_member = s.exec(select(Member).where(Member.organisation_id == rich.id,
                                                  Member.capital_contribution == 310_000_000)).one()
        clean = s.exec(select(Organisation).where(
            Organisation.name == "Hợp tác xã Nông nghiệp Đồng Tâm")).one()
        child = b.member(clean, None, joined=date(2025, 1, 9), birth=date(2007, 1, 10),
                         name="Lý Văn Út")
        gone = b.organisation("htx", "Hợp tác xã Xây dựng Hoành Mô", members=7,
                              capital=70_000_000, established=date(2010, 1, 1),
                              dissolved=date(2024, 3, 31), rated_years=())
        b.manager(gone, starts=date(2010, 1, 1), ends=None)
        short = b.organisation("htx", "HTX Nông sản Lục Hồn", members=5, capital=50_000_000)
        product = b.product(clean, "Miến dong Bình Liêu", date(2022, 1, 15), date(2025, 1, 15))
        unrated = b.organisation("htx", "Hợp tác xã Mây tre đan Lục Hồn", members=5,
                                 capital=50_000_000, rated_years=(2023,))
        return {
            "htx.min_members": ("organisation", few.id),
            "lhhtx.min_members": ("organisation", union.id),
            "tht.min_members": ("organisation", tht.id),
            "member.capital_cap": ("member", rich_member.id),
            "member.under_age": ("member", child.id),
            "dissolved.active_members": ("organisation", gone.id),
            "dissolved.active_managers": ("organisation", gone.id),
            "organisation.name_prefix": ("organisation", short.id),
            "ocop.expired": ("ocop_product", product.id),
            "rating.missing": ("organisation", unrated.id),
        }
