"""Driving the register screens of managers, OCOP products, ratings and yearly figures in tests:
a small register to show, and how an officer fills each form."""

from __future__ import annotations

from datetime import date, timedelta

from kttt_desktop.core import clock
from kttt_desktop.services.registers.records import save_record
from tests.registers_helpers import BINH_LIEU, HOANH_MO, LUC_HON, TAX_CODES, organisation

# Listed in Vietnamese order; in code-point order "Á" and "Đ" would come after "D".
ORGANISATIONS = ("Hợp tác xã Ánh Dương", "Hợp tác xã Bình Minh", "Hợp tác xã Dương Liễu",
                 "Hợp tác xã Đồng Tâm")


def seed_organisations(db) -> dict[str, int]:
    communes = (BINH_LIEU, HOANH_MO, LUC_HON, BINH_LIEU)
    return {name: organisation(db, name, code=code, commune=commune)
            for name, code, commune in zip(ORGANISATIONS, TAX_CODES, communes, strict=False)}


def store(db, table: str, **values) -> int:
    """Save a record through the service, accepting its warnings."""
    return save_record(db, table, values, reason="dữ liệu thử").record_id


def seed_managers(db, orgs: dict[str, int]) -> dict[str, int]:
    """Four managers; "Trần Văn Bình" left his post in 2020."""
    people = {}
    for name, org, level, position, ended in (
            ("Nguyễn Thị Ánh", ORGANISATIONS[0], "untrained", "chair", None),
            ("Trần Văn Bình", ORGANISATIONS[1], "so_cap", "director", date(2020, 1, 1)),
            ("Lê Văn Đức", ORGANISATIONS[3], "dai_hoc", "supervisor_head", None),
            ("Phạm Thị Dung", ORGANISATIONS[2], "trung_cap", "chief_accountant", None)):
        manager = store(db, "manager", organisation_id=orgs[org], full_name=name,
                       training_level=level, birth_year=1975)
        store(db, "manager_position", manager_id=manager, position=position,
             starts_on=date(2016, 1, 4), ends_on=ended)
        people[name] = manager
    return people


def seed_products(db, orgs: dict[str, int]) -> dict[str, int]:
    """Five products: one expired, one expiring within 90 days, one of 5 stars."""
    today = clock.today()
    products = {}
    for name, org, stars, level, decided, expires in (
            ("Cá khô Bình Liêu", ORGANISATIONS[0], 3, "province", date(2020, 1, 6), None),
            ("Chè Hoành Mô", ORGANISATIONS[1], 4, "province", today - timedelta(days=200), None),
            ("Dưa hấu Lục Hồn", ORGANISATIONS[2], 3, "province", today - timedelta(days=1000),
             today + timedelta(days=30)),
            ("Đậu phụ Đồng Tâm", ORGANISATIONS[3], 5, "central", today - timedelta(days=100),
             None),
            ("Ốc đá Lục Hồn", ORGANISATIONS[2], 3, "province", today - timedelta(days=10), None)):
        products[name] = store(db, "ocop_product", organisation_id=orgs[org], name=name,
                              product_group="food", stars=stars, level=level,
                              decision_date=decided, expires_on=expires)
    return products


def seed_ratings(db, orgs: dict[str, int]) -> None:
    for org, year, score, rating in ((ORGANISATIONS[3], 2024, 40, "weak"),
                                     (ORGANISATIONS[1], 2024, 85, "good"),
                                     (ORGANISATIONS[0], 2024, 70, "fair"),
                                     (ORGANISATIONS[2], 2023, 55, "average")):
        store(db, "rating", organisation_id=orgs[org], year=year, score=score,
             rating_class=rating, scheme="TT01/2020")


def seed_figures(db, orgs: dict[str, int]) -> None:
    for org, year, revenue in ((ORGANISATIONS[3], 2024, 900_000_000),
                               (ORGANISATIONS[1], 2024, 1_500_000_000),
                               (ORGANISATIONS[0], 2024, 2_000_000_000),
                               (ORGANISATIONS[2], 2023, 750_000_000)):
        store(db, "yearly_figures", organisation_id=orgs[org], year=year, revenue=revenue,
             profit=revenue // 10, workers=12, avg_income=60_000_000)
