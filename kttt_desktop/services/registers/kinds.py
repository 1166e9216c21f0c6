"""What the registers know about each kind of record: the fields a form edits, the record's parent,
its personal data (all three from its description, ``core.registers``), how its values are
tidied, how it is named, and the rules it must meet."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kttt_desktop.core import record_rules
from kttt_desktop.core.dates import format_date
from kttt_desktop.core.enums import MemberKind, OrgKind
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.identity import check_cccd
from kttt_desktop.core.issues import Issue, error
from kttt_desktop.core.phone import check_phone
from kttt_desktop.core.rating import Interval
from kttt_desktop.core.record_rules import OrgContext
from kttt_desktop.core.registers import Description, description
from kttt_desktop.core.tax_code import check_tax_code
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.registers.records import table_of
from kttt_desktop.services.registers.values import display, table_label

PARENT_REQUIRED = "record.parent"
MEMBER_ORGANISATION = "member.member_organisation"


@dataclass(frozen=True)
class Context:
    """What the rules of one record need besides its values (read when its form opens).

    ``organisation``: the organisation the record belongs to (through its manager for a position);
    ``others``: the other suspensions of that organisation; ``member_organisation_kind``: the kind
    of the organisation a member of a union stands for.
    """

    organisation: OrgContext | None = None
    others: tuple[Interval, ...] = ()
    member_organisation_kind: str | None = None
    today: date | None = None


Record = Mapping[str, Any]


@dataclass(frozen=True)
class RecordKind:
    """A kind of record: its description and its rules."""

    table: str
    rules: Callable[[Record, Context], list[Issue]]

    @property
    def description(self) -> Description:
        return description(self.table)

    @property
    def parent(self) -> str | None:
        """The column naming the record this one belongs to."""
        return self.description.parent

    @property
    def fields(self) -> tuple[str, ...]:
        """What a form edits: the parent, then the described fields."""
        parent = self.description.parent
        return ((parent,) if parent else ()) + self.description.keys

    @property
    def personal(self) -> tuple[str, ...]:
        """Forgotten from the audit log when the record is deleted."""
        return self.description.personal

    @property
    def multiline(self) -> tuple[str, ...]:
        return self.description.multiline


def _member_rules(record: Record, context: Context) -> list[Issue]:
    issues = record_rules.check_member(record, organisation=context.organisation,
                                       today=context.today)
    org = context.organisation
    chosen = record.get("member_organisation_id")
    is_union = org is not None and org.kind == OrgKind.LHHTX.value
    if chosen is not None and not is_union:
        issues.append(error(translate(
            "Registers", "Chỉ thành viên của liên hiệp hợp tác xã mới là một hợp tác xã thành "
            "viên."), MEMBER_ORGANISATION, "member_organisation_id"))
    elif is_union and chosen is None and record.get("member_kind") == MemberKind.OFFICIAL.value:
        issues.append(error(translate(
            "Registers", "Thành viên chính thức của liên hiệp hợp tác xã là một hợp tác xã: hãy "
            "chọn hợp tác xã thành viên."), MEMBER_ORGANISATION, "member_organisation_id"))
    elif is_union and chosen is not None and context.member_organisation_kind != OrgKind.HTX.value:
        issues.append(error(translate(
            "Registers", "Tổ chức đã chọn không phải là hợp tác xã; thành viên của liên hiệp hợp "
            "tác xã là hợp tác xã."), MEMBER_ORGANISATION, "member_organisation_id"))
    return issues


def _with_org(check: Callable[..., list[Issue]]) -> Callable[[Record, Context], list[Issue]]:
    return lambda record, context: check(record, organisation=context.organisation,
                                         today=context.today)


def _alone(check: Callable[..., list[Issue]]) -> Callable[[Record, Context], list[Issue]]:
    return lambda record, context: check(record, today=context.today)


KINDS: dict[str, RecordKind] = {kind.table: kind for kind in (
    RecordKind("organisation", _alone(record_rules.check_organisation)),
    RecordKind("suspension", lambda record, context: record_rules.check_suspension(
        record, organisation=context.organisation, others=context.others, today=context.today)),
    RecordKind("member", _member_rules),
    RecordKind("manager", _alone(record_rules.check_manager)),
    RecordKind("manager_position", _with_org(record_rules.check_manager_position)),
    RecordKind("training_record", _alone(record_rules.check_training_record)),
    RecordKind("ocop_product", _alone(record_rules.check_ocop_product)),
    RecordKind("rating", _with_org(record_rules.check_rating)),
    RecordKind("yearly_figures", _with_org(record_rules.check_yearly_figures)),
)}


def kind_of(table: str) -> RecordKind:
    return KINDS[table]


def _tidy_code(value: str, check: Callable[[str], Any]) -> str:
    """A code in its normal form when it is valid, else as typed (so the rule can say why)."""
    checked = check(value)
    return checked.value if checked.ok and checked.value else value


def tidy(table: str, values: Record) -> dict[str, Any]:
    """The values a form gave, as they are checked and stored.

    Only the fields of the kind are kept; text is cleaned (NFC, spaces); codes take their normal
    form when valid; empty text becomes ``None`` in a column that may be empty; a birth date fills
    the birth year; a missing OCOP expiry gets the default 36 months.
    """
    kind = KINDS[table]
    columns = table_of(table).c
    tidied: dict[str, Any] = {}
    for name in kind.fields:
        if name not in values:
            continue
        value = values[name]
        if isinstance(value, str):
            value = clean_text(value, multiline=name in kind.multiline)
            if name == "code" and value:
                value = _tidy_code(value, check_tax_code)
            elif name == "cccd" and value:
                value = _tidy_code(value, check_cccd)
            elif name == "phone" and value:
                value = _tidy_code(value, check_phone)
            if value == "" and columns[name].nullable:
                value = None
        tidied[name] = value
    if tidied.get("birth_date") is not None:
        tidied["birth_year"] = tidied["birth_date"].year
    if table == "ocop_product" and tidied.get("expires_on") is None and tidied.get(
            "decision_date") is not None:
        tidied["expires_on"] = record_rules.ocop_expiry(tidied["decision_date"])
    return tidied


def check(table: str, values: Record, context: Context) -> list[Issue]:
    """Every finding of the rules on one record (values as :func:`tidy` gives them)."""
    kind = KINDS[table]
    issues: list[Issue] = []
    if kind.parent and values.get(kind.parent) is None:
        message = (translate("Registers", "Chưa chọn tổ chức.") if kind.parent == "organisation_id"
                   else translate("Registers", "Chưa chọn cán bộ."))
        issues.append(error(message, PARENT_REQUIRED, kind.parent))
    return issues + kind.rules(values, context)


def label(table: str, row: Record) -> str:
    """How a record is named in messages, the trash and the history."""
    if table in ("organisation", "ocop_product"):
        return str(row.get("name") or "")
    if table in ("member", "manager"):
        return str(row.get("full_name") or "")
    if table == "training_record":
        return str(row.get("course") or "")
    if table == "manager_position":
        return display(table, "position", row.get("position"))
    if table in ("rating", "yearly_figures"):
        return translate("Registers", "{what} năm {year}").format(
            what=table_label(table), year=row.get("year") or "")
    if table == "suspension":
        return translate("Registers", "Tạm ngừng từ {day}").format(
            day=format_date(row.get("starts_on")))
    return str(row.get("id", ""))

