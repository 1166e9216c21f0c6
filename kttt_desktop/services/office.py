"""The office profile: who keeps this database, its area, and what its returns are signed with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from sqlmodel import select

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.core.text import clean_text
from kttt_desktop.core.unit_resolver import Resolution
from kttt_desktop.data.admin_units import catalogue, resolver
from kttt_desktop.data.database import Database
from kttt_desktop.data.engines import after_explicit_ids
from kttt_desktop.data.models import AreaCommune, Commune, Office, Province


@dataclass
class OfficeProfile:
    name: str
    province_code: str
    area: list[str] = field(default_factory=list)
    superior_body: str = ""
    place_name: str = ""
    doc_symbol: str = "BC-UBND"
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    preparer_name: str = ""
    recipients: str = ""


@dataclass(frozen=True)
class Unit:
    """A province or a commune as lists and pickers show it."""

    code: str
    name: str
    kind: str = ""
    province_code: str = ""


def provinces(db: Database) -> list[Unit]:
    with db.reading() as connection:
        rows = connection.execute(select(Province.code, Province.name, Province.kind)
                                  .order_by(Province.code))
        return [Unit(*row) for row in rows]


_COMMUNE = (Commune.code, Commune.name, Commune.kind, Commune.province_code)


def communes(db: Database, province_code: str | None = None) -> list[Unit]:
    """Communes of a province (all when ``None``) in Vietnamese alphabetical order."""
    query = select(*_COMMUNE).order_by(Commune.name_sort)
    if province_code:
        query = query.where(Commune.province_code == province_code)
    with db.reading() as connection:
        return [Unit(*row) for row in connection.execute(query)]


def area_communes(db: Database) -> list[Unit]:
    """The communes of the office's area, in Vietnamese alphabetical order."""
    query = (select(*_COMMUNE).join(AreaCommune, AreaCommune.commune_code == Commune.code)
             .order_by(Commune.name_sort))
    with db.reading() as connection:
        return [Unit(*row) for row in connection.execute(query)]


def commune_pasts(codes: Iterable[str]) -> dict[str, str]:
    """What each commune was before (its pre-reform communes, its earlier names since), for
    search and tooltips: typing an old name finds the commune it is part of today."""
    return catalogue().pasts(codes)


def resolve_commune(text: str, province_code: str | None) -> Resolution:
    """Which commune of the province ``text`` names, by today's name or one from before the
    2025 reform (:mod:`kttt_desktop.core.unit_resolver`)."""
    return resolver().resolve(text, province_code or None)


def load_profile(db: Database) -> OfficeProfile | None:
    with db.session() as s:
        office = s.get(Office, 1)
        if office is None:
            return None
        area = sorted(s.exec(select(AreaCommune.commune_code)).all())
        values = {f.name: getattr(office, f.name) for f in fields(OfficeProfile) if f.name != "area"}
        return OfficeProfile(area=list(area), **values)


def check_profile(db: Database, profile: OfficeProfile) -> list[Issue]:
    issues: list[Issue] = []
    if not clean_text(profile.name):
        issues.append(error(translate("Office", "Hãy nhập tên cơ quan."), field="name"))
    known = {u.code for u in provinces(db)}
    if profile.province_code not in known:
        issues.append(error(translate("Office", "Mã tỉnh “{code}” không có trong danh mục 34 "
                                      "tỉnh, thành phố.").format(code=profile.province_code),
                            field="province_code"))
        return issues
    if not profile.area:
        issues.append(error(translate("Office", "Hãy chọn ít nhất một xã, phường trong địa bàn."),
                            field="area"))
    of_province = {u.code for u in communes(db, profile.province_code)}
    unknown = [c for c in profile.area if c not in of_province]
    if unknown:
        issues.append(error(translate(
            "Office", "Các mã xã sau không thuộc tỉnh đã chọn: {codes}.").format(
                codes=", ".join(unknown)), field="area"))
    return issues


def save_profile(db: Database, profile: OfficeProfile) -> None:
    """Store the profile; raises :class:`InputError` listing every problem, writing nothing."""
    profile.area = sorted({c.strip().zfill(5) for c in profile.area if c.strip()})
    issues = check_profile(db, profile)
    if issues:
        raise InputError("\n".join(i.message for i in issues), issues=issues)
    with db.session() as s:
        office = s.get(Office, 1) or Office(id=1, name="", province_code=profile.province_code)
        for f in fields(OfficeProfile):
            if f.name != "area":
                value = getattr(profile, f.name)
                setattr(office, f.name, clean_text(value, multiline=f.name == "recipients"))
        s.add(office)
        wanted = set(profile.area)
        current = set()
        for row in s.exec(select(AreaCommune)).all():
            if row.commune_code in wanted:
                current.add(row.commune_code)
            else:
                s.delete(row)  # through the session, so that the audit log sees it
        for code in sorted(wanted - current):
            s.add(AreaCommune(commune_code=code))
        s.flush()
        after_explicit_ids(s.connection(), Office.__table__)  # the one office is id 1
