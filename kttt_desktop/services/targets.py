"""Plan targets of the office: list, check, save, delete, copy to a new year.

A target is one indicator code for one year (the plan year, or a horizon year such as 2030) with
a comparator, a value (and a maximum for a range, a tolerance for "khoảng") and the document it
comes from. Saving checks everything first and writes nothing when something is wrong.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlmodel import select

from kttt_desktop.core.enums import Comparator
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.indicators import Catalogue, Combine, in_order
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.core.numbers import format_figure
from kttt_desktop.core.targets import Goal
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import Target
from kttt_desktop.services.manual_indicators import office_catalogue

FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class TargetRecord:
    year: int
    indicator: str
    comparator: Comparator
    value: float
    max_value: float | None = None
    tolerance_pct: float | None = None
    basis: str = ""
    note: str = ""
    id: int | None = None

    @property
    def goal(self) -> Goal:
        return Goal(self.comparator, self.value, self.max_value, self.tolerance_pct)


def _record(row: Target) -> TargetRecord:
    return TargetRecord(row.year, row.indicator, Comparator(row.comparator), row.value,
                        row.max_value, row.tolerance_pct, row.basis, row.note, row.id)


def list_targets(db: Database, year: int | None = None, *, from_year: int | None = None,
                 catalogue: Catalogue | None = None) -> list[TargetRecord]:
    """Targets of ``year`` (or of every year from ``from_year``, or all), by year then in the
    order of ``catalogue`` (default: the office's)."""
    with db.session() as s:
        query = select(Target)
        if year is not None:
            query = query.where(Target.year == year)
        if from_year is not None:
            query = query.where(Target.year >= from_year)
        records = [_record(r) for r in s.exec(query).all()]
    catalogue = catalogue or office_catalogue(db)
    order = {code: i for i, code in enumerate(in_order({r.indicator for r in records},
                                                        catalogue))}
    return sorted(records, key=lambda r: (r.year, order[r.indicator]))


def target_years(db: Database) -> list[int]:
    with db.session() as s:
        return sorted(set(s.exec(select(Target.year)).all()))


def check_target(target: TargetRecord, catalogue: Catalogue) -> list[Issue]:
    """Every problem of ``target`` on its own (field names are the record's)."""
    issues: list[Issue] = []

    def problem(field: str, text: str, **values: object) -> None:
        issues.append(error(translate("Targets", text).format(**values), field=field))

    if not FIRST_YEAR <= target.year <= LAST_YEAR:
        problem("year", "Năm {year} không hợp lệ: hãy nhập một năm từ {first} đến {last}.",
                year=target.year, first=FIRST_YEAR, last=LAST_YEAR)
    indicator = catalogue.find(target.indicator)
    if indicator is None:
        problem("indicator", "Mã chỉ tiêu “{code}” không có trong danh mục chỉ tiêu.",
                code=target.indicator)
    numbers = {"value": target.value, "max_value": target.max_value,
               "tolerance_pct": target.tolerance_pct}
    for field, number in numbers.items():
        if number is not None and not math.isfinite(number):
            problem(field, "Giá trị mục tiêu phải là một số.")
    if issues:
        return issues
    if target.comparator is Comparator.RANGE:
        if target.max_value is None:
            problem("max_value", "Chỉ tiêu dạng “từ … đến” cần cả giá trị tối đa.")
        elif target.max_value < target.value:
            problem("max_value", "Giá trị tối đa ({top}) nhỏ hơn giá trị tối thiểu ({bottom}).",
                    top=format_figure(target.max_value), bottom=format_figure(target.value))
    elif target.max_value is not None:
        problem("max_value", "Chỉ chỉ tiêu dạng “từ … đến” mới có giá trị tối đa.")
    if target.tolerance_pct is not None:
        if target.comparator is not Comparator.APPROX:
            problem("tolerance_pct", "Chỉ chỉ tiêu dạng “khoảng” mới có sai số cho phép.")
        elif not 0 < target.tolerance_pct < 100:
            problem("tolerance_pct", "Sai số cho phép phải lớn hơn 0 và nhỏ hơn 100%.")
    assert indicator is not None
    if indicator.combine is Combine.SHARE and not (
            0 <= target.value <= 100 and 0 <= (target.max_value or 0) <= 100):
        problem("value", "Chỉ tiêu {code} là một tỷ lệ: mục tiêu phải từ 0 đến 100%.",
                code=target.indicator)
    elif indicator.combine is Combine.SUM and not indicator.is_manual and target.value < 0:
        problem("value", "Mục tiêu của chỉ tiêu {code} không thể âm.", code=target.indicator)
    return issues


def _clean(target: TargetRecord) -> TargetRecord:
    return replace(target, indicator=target.indicator.strip(), basis=clean_text(target.basis),
                   note=clean_text(target.note, multiline=True))


def save_targets(db: Database, targets: Iterable[TargetRecord]) -> list[TargetRecord]:
    """Insert or update ``targets`` (by id) all together, or none when any has a problem.

    Raises :class:`InputError` listing every problem, each with its year and code.
    """
    targets = [_clean(t) for t in targets]
    catalogue = office_catalogue(db)
    messages = [f"{t.year} · {t.indicator}: {issue.message}"
                for t in targets for issue in check_target(t, catalogue)]
    with db.session() as s:
        taken = {(r.year, r.indicator): r.id for r in s.exec(select(Target)).all()}
        seen: set[tuple[int, str]] = set()
        for t in targets:
            key = (t.year, t.indicator)
            if key in seen or taken.get(key, t.id) != t.id:
                messages.append(translate(
                    "Targets", "{year} · {code}: năm này đã có mục tiêu cho chỉ tiêu này.").format(
                        year=t.year, code=t.indicator))
            seen.add(key)
        if messages:
            raise InputError("\n".join(messages))
        saved = []
        for t in targets:
            row = s.get(Target, t.id) if t.id is not None else None
            if t.id is not None and row is None:
                raise InputError(translate("Targets", "Không tìm thấy mục tiêu cần sửa (số {id})."
                                           ).format(id=t.id))
            row = row or Target(year=t.year, indicator=t.indicator, comparator="", value=0)
            row.year, row.indicator, row.comparator = t.year, t.indicator, t.comparator.value
            row.value, row.max_value, row.tolerance_pct = t.value, t.max_value, t.tolerance_pct
            row.basis, row.note = t.basis, t.note
            s.add(row)
            s.flush()
            saved.append(_record(row))
        return saved


def save_target(db: Database, target: TargetRecord) -> TargetRecord:
    return save_targets(db, [target])[0]


def delete_target(db: Database, target_id: int) -> None:
    with db.session() as s:
        row = s.get(Target, target_id)
        if row is not None:
            s.delete(row)


def copy_targets(db: Database, from_year: int, to_year: int) -> list[TargetRecord]:
    """Copy the targets of ``from_year`` into ``to_year``, leaving the ones it already has.

    Returns the targets created.
    """
    existing = {t.indicator for t in list_targets(db, to_year)}
    copies = [replace(t, year=to_year, id=None) for t in list_targets(db, from_year)
              if t.indicator not in existing]
    return save_targets(db, copies) if copies else []
