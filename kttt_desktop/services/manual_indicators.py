"""The office's own indicators (``manual.<slug>``): defined once, a value typed in per period.

They cover plan items the registers cannot compute (the collective sector's share of the local
budget, for instance); targets refer to them like to any other indicator.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from sqlmodel import select

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.indicators import MANUAL_PREFIX, Catalogue, ManualDefinition
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.core.periods import Period
from kttt_desktop.core.text import clean_text, fold
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import ManualIndicator, ManualValue, Target

_SLUG = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class ManualEntry:
    """The value typed in for one period, with where it came from."""

    value: float | None
    source: str = ""


def slug_for(name: str) -> str:
    """A slug made from a name ("Tỷ trọng đóng góp GRDP" → "ty_trong_dong_gop_grdp")."""
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:40]


def list_manual(db: Database) -> list[ManualDefinition]:
    with db.session() as s:
        rows = s.exec(select(ManualIndicator).order_by(ManualIndicator.slug)).all()
        return [ManualDefinition(r.slug, r.name, r.unit) for r in rows]


def office_catalogue(db: Database) -> Catalogue:
    """The catalogue with the office's own indicators after the computed ones."""
    return Catalogue(tuple(list_manual(db)))


def check_definition(definition: ManualDefinition) -> list[Issue]:
    issues = []
    if not _SLUG.match(definition.slug):
        issues.append(error(translate(
            "ManualIndicators", "Mã “{slug}” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số "
            "và dấu gạch dưới, tối đa 40 ký tự.").format(slug=definition.slug), field="slug"))
    if not clean_text(definition.name):
        issues.append(error(translate("ManualIndicators", "Hãy nhập tên chỉ tiêu."),
                            field="name"))
    return issues


def define_manual(db: Database, slug: str, name: str, unit: str = "") -> ManualDefinition:
    """Create the indicator ``manual.<slug>``, or rename it / change its unit if it exists."""
    definition = ManualDefinition(slug.strip(), clean_text(name), clean_text(unit))
    _raise_if(check_definition(definition))
    with db.session() as s:
        row = s.exec(select(ManualIndicator).where(ManualIndicator.slug == definition.slug)).first()
        row = row or ManualIndicator(slug=definition.slug, name="")
        row.name, row.unit = definition.name, definition.unit
        s.add(row)
    return definition


def delete_manual(db: Database, slug: str) -> None:
    """Delete an indicator and its values; refused while a target refers to it."""
    code = MANUAL_PREFIX + slug
    with db.session() as s:
        years = s.exec(select(Target.year).where(Target.indicator == code)).all()
        if years:
            raise InputError(translate(
                "ManualIndicators", "Chưa xóa được chỉ tiêu {code}: còn chỉ tiêu kế hoạch các năm "
                "{years} dùng đến nó.").format(code=code, years=", ".join(map(str, sorted(years)))))
        row = _row(s, slug)
        s.delete(row)


def set_manual_value(db: Database, slug: str, period: Period | str, value: float | None,
                     source: str = "") -> None:
    """Record the value of ``manual.<slug>`` for ``period`` (``None`` clears it)."""
    period = Period.parse(str(period))
    if value is not None and not math.isfinite(value):
        raise InputError(translate("ManualIndicators", "Giá trị của chỉ tiêu phải là một số."))
    with db.session() as s:
        indicator = _row(s, slug)
        row = s.exec(select(ManualValue).where(
            ManualValue.manual_indicator_id == indicator.id,
            ManualValue.period == str(period))).first()
        if value is None:
            if row is not None:
                s.delete(row)
            return
        row = row or ManualValue(manual_indicator_id=indicator.id, period=str(period))
        row.value, row.source = float(value), clean_text(source)
        s.add(row)


def manual_values(db: Database, period: Period) -> dict[str, ManualEntry]:
    """The values typed in for ``period``, by slug."""
    with db.session() as s:
        rows = s.exec(select(ManualIndicator.slug, ManualValue.value, ManualValue.source)
                      .join(ManualValue, ManualValue.manual_indicator_id == ManualIndicator.id)
                      .where(ManualValue.period == str(period))).all()
        return {slug: ManualEntry(value, source) for slug, value, source in rows}


def manual_history(db: Database, slug: str) -> dict[Period, ManualEntry]:
    """Every value typed in for ``manual.<slug>``, by period."""
    with db.session() as s:
        indicator = _row(s, slug)
        rows = s.exec(select(ManualValue.period, ManualValue.value, ManualValue.source)
                      .where(ManualValue.manual_indicator_id == indicator.id)).all()
        return {Period.parse(period): ManualEntry(value, source) for period, value, source in rows}


def _row(session, slug: str) -> ManualIndicator:  # noqa: ANN001 - a sqlmodel Session
    row = session.exec(select(ManualIndicator).where(ManualIndicator.slug == slug)).first()
    if row is None:
        raise InputError(translate(
            "ManualIndicators", "Không có chỉ tiêu tự theo dõi {code}.").format(
                code=MANUAL_PREFIX + slug))
    return row


def _raise_if(issues: list[Issue]) -> None:
    if any(i.is_error for i in issues):
        raise InputError("\n".join(i.message for i in issues if i.is_error))
