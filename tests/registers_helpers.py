"""Records for the register tests, made through the services as a form would make them."""

from __future__ import annotations

from datetime import date
from typing import Any

from kttt_desktop.services.registers.records import save_record

BINH_LIEU, HOANH_MO, LUC_HON = "06838", "06841", "06856"
# Tax codes whose tenth digit is right.
TAX_CODES = ["5701000014", "5701000021", "5701000039", "5701000046", "5701000053", "5701000060"]


def organisation(db, name: str, *, kind: str = "htx", commune: str = BINH_LIEU,
                 code: str | None = None, reason: str = "", **values: Any) -> int:
    record = {"kind": kind, "name": name, "commune_code": commune, "code": code,
              "sector": "agriculture", "established_on": date(2015, 3, 2), **values}
    return save_record(db, "organisation", record, reason=reason).record_id


def member(db, organisation_id: int, full_name: str, *, reason: str = "",
           **values: Any) -> int:
    record = {"organisation_id": organisation_id, "full_name": full_name,
              "member_kind": "official", "member_type": "individual",
              "joined_on": date(2016, 1, 4), "birth_year": 1980, **values}
    return save_record(db, "member", record, reason=reason).record_id
