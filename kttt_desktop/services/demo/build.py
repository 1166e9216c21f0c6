"""Putting a demo register together: the office, the organisations one by one, the targets."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import fields

from sqlalchemy import Connection, func, insert, select

from kttt_desktop.core import clock
from kttt_desktop.core.dates import format_date
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.text import clean_text
from kttt_desktop.data import audit, name_index
from kttt_desktop.data.database import Database
from kttt_desktop.data.engines import after_explicit_ids
from kttt_desktop.data.models import (
    AreaCommune,
    Office,
    Organisation,
    Province,
    Target,
)
from kttt_desktop.data.models import Commune as CommuneRow
from kttt_desktop.services.demo import business, dates
from kttt_desktop.services.demo.identifiers import PersonalIds, phone_number
from kttt_desktop.services.demo.lists import DemoLists, demo_lists
from kttt_desktop.services.demo.managers import ManagerMaker
from kttt_desktop.services.demo.members import MemberMaker
from kttt_desktop.services.demo.ocop import OcopMaker
from kttt_desktop.services.demo.organisations import Commune, OrgPlan, Planner
from kttt_desktop.services.demo.people import People
from kttt_desktop.services.demo.scales import SCALES
from kttt_desktop.services.demo.targets import target_rows
from kttt_desktop.services.demo.writer import BulkWriter
from kttt_desktop.services.office import OfficeProfile

DECLARED_NOTE = ("Chưa nhập danh sách thành viên; số thành viên lấy theo số liệu hợp tác xã "
                 "báo cáo hằng năm")


def build_demo(db: Database, *, scale: str = "district", seed: int = 1) -> dict[str, int]:
    """Fill a new database with the demo register of ``scale``; return the rows written per table.

    The history runs up to today, the program's clock (``core.clock.today``). The same
    ``scale``, ``seed`` and day always give the same data: everything random comes from one
    ``random.Random(seed)`` and every date from the calendar of that day (only the
    created/updated timestamps take the time of the build). Everything is written in one
    transaction.
    """
    spec = SCALES.get(scale)
    if spec is None:
        raise InputError(translate("Demo", "Quy mô “{scale}” không có; hãy chọn {choices}.").format(
            scale=scale, choices=", ".join(SCALES)))
    calendar = dates.Calendar(clock.today())
    if calendar.today < dates.EARLIEST_TODAY:
        raise InputError(translate(
            "Demo", "Ngày hôm nay của máy tính là {day}: dữ liệu mẫu cần ngày từ {earliest} trở "
            "đi. Hãy chỉnh lại ngày giờ của máy.").format(
                day=format_date(calendar.today), earliest=format_date(dates.EARLIEST_TODAY)))
    rng = random.Random(seed)
    lists = demo_lists()
    with db.session(reason=f"kttt demo --scale {scale} --seed {seed}") as session:
        connection = session.connection()
        if connection.execute(select(func.count()).select_from(Organisation)).scalar_one():
            raise InputError(translate(
                "Demo", "Cơ sở dữ liệu {path} đã có dữ liệu; dữ liệu mẫu chỉ được tạo trong một "
                "cơ sở dữ liệu mới.").format(path=db.name))
        communes = _area(connection, spec.office)
        _write_office(connection, spec.office, communes)
        writer = BulkWriter(connection, clock.now())
        registers = _Registers(rng, lists, writer, calendar)
        with name_index.adding_many(connection):
            for org in sorted(Planner(rng, spec, communes, lists, calendar).plan(),
                              key=lambda o: (o.kind == "lhhtx", o.id)):  # unions after members
                registers.write(org)
            writer.flush()
        targets = target_rows(spec, lists.plan_targets, calendar.today.year)
        connection.execute(insert(Target), targets)
        counts = {**writer.counts, "target": len(targets)}
        audit.write_entries(connection, [{
            "action": "insert", "record_label": translate("Demo", "Dữ liệu mẫu"),
            "new_value": json.dumps(counts, sort_keys=True),
            "reason": f"kttt demo --scale {scale} --seed {seed}"}])
    return counts


def _area(connection: Connection, office: OfficeProfile) -> list[Commune]:
    """The communes of the office's area (all of its province when the profile names none)."""
    province = connection.execute(
        select(Province.name, Province.kind).where(Province.code == office.province_code)).one()
    label = province.name if province.name.lower().startswith(province.kind) else (
        f"{province.kind} {province.name}")
    query = (select(CommuneRow.code, CommuneRow.name, CommuneRow.kind)
             .where(CommuneRow.province_code == office.province_code).order_by(CommuneRow.code))
    if office.area:
        query = query.where(CommuneRow.code.in_(office.area))
    return [Commune(code, name, kind, province.name, label)
            for code, name, kind in connection.execute(query)]


def _write_office(connection: Connection, office: OfficeProfile,
                  communes: Sequence[Commune]) -> None:
    row = {f.name: clean_text(getattr(office, f.name), multiline=f.name == "recipients")
           for f in fields(OfficeProfile) if f.name != "area"}
    connection.execute(insert(Office), [{"id": 1, **row}])  # the one office
    after_explicit_ids(connection, Office.__table__)
    connection.execute(insert(AreaCommune), [{"commune_code": c.code} for c in communes])


class _Registers:
    """Writes every row of one organisation: its record, members, managers, products, years."""

    def __init__(self, rng: random.Random, lists: DemoLists, writer: BulkWriter,
                 calendar: dates.Calendar) -> None:
        self.rng = rng
        self.writer = writer
        self.years = calendar.finished_years
        people = People(rng, lists, PersonalIds(rng))
        self.members = MemberMaker(rng, people, lists.villages, calendar)
        self.managers = ManagerMaker(rng, people, lists, writer.next_id, calendar)
        self.ocop = OcopMaker(rng, lists, calendar.last_day)

    def write(self, org: OrgPlan) -> None:
        rng, writer = self.rng, self.writer
        members = self.members.members(org)
        staff = self.managers.staff(org, members.stayers)
        representative = staff.representative
        writer.add("organisation", {
            "id": org.id, "code": org.code, "kind": org.kind, "name": org.name,
            "commune_code": org.commune.code, "address": org.address,
            "established_on": org.established, "dissolved_on": org.dissolved,
            "sector": org.sector, "charter_capital": org.charter_capital,
            "representative": representative.full_name if representative else "",
            "phone": (representative.phone if representative else "") or phone_number(rng),
            "value_chain": org.value_chain_year is not None,
            "value_chain_year": org.value_chain_year,
            "high_tech": org.high_tech_year is not None, "high_tech_year": org.high_tech_year,
            "digital": org.digital_year is not None, "digital_year": org.digital_year,
            "note": DECLARED_NOTE if org.declared is not None else "",
        })
        writer.extend("suspension", [
            {"organisation_id": org.id, "starts_on": starts, "ends_on": ends, "reason": reason}
            for starts, ends, reason in org.suspensions])
        writer.extend("member", members.rows)
        writer.extend("manager", staff.managers)
        writer.extend("manager_position", staff.positions)
        writer.extend("training_record", staff.training)
        writer.extend("ocop_product", self.ocop.certificates(org))
        writer.extend("rating", business.ratings(rng, org, self.years))
        writer.extend("yearly_figures", business.figures(rng, org, self.years))
