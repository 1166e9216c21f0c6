"""How the values of the registers read to an officer: labels of codes, dates, money, flags.

Shared by the lists, the forms' headers and the history, so a value reads the same everywhere.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from kttt_desktop.core import fields, registers
from kttt_desktop.core.dates import format_date
from kttt_desktop.core.enums import (
    Gender,
    LabelledEnum,
    MemberKind,
    MemberType,
    OcopGroup,
    OcopLevel,
    OfficialSubtype,
    OrgKind,
    OrgStatus,
    Position,
    RatingClass,
    Sector,
    TrainingLevel,
)
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.numbers import format_million, format_number
from kttt_desktop.core.registers import DESCRIPTIONS
from kttt_desktop.data.registers.records import MODELS

TABLE_LABELS = {table: DESCRIPTIONS[table].label for table in MODELS}
"""The names of the registers that have forms (their records are saved, deleted, restored)."""

# The enumeration whose codes a column holds (any table, unless the table is named).
ENUMS: dict[str, type[LabelledEnum]] = {
    "kind": OrgKind, "org_kind": OrgKind, "sector": Sector, "status": OrgStatus,
    "member_kind": MemberKind, "official_subtype": OfficialSubtype, "member_type": MemberType,
    "gender": Gender, "position": Position, "training_level": TrainingLevel,
    "product_group": OcopGroup, "rating_class": RatingClass,
}
TABLE_ENUMS: dict[tuple[str, str], type[LabelledEnum]] = {
    ("training_record", "level"): TrainingLevel,
    ("ocop_product", "level"): OcopLevel,
}
MONEY = frozenset(f.key for d in DESCRIPTIONS.values() for f in d.fields if f.kind == registers.MONEY)
FLAGS = frozenset(f.key for d in DESCRIPTIONS.values() for f in d.fields
                  if f.kind in (registers.YES_NO, registers.FLAG_YEAR))


def table_label(table: str) -> str:
    raw = TABLE_LABELS.get(table)
    return translate("Registers", raw) if raw else table


def table_noun(table: str) -> str:
    """The register's name inside a sentence: in lower case but for its abbreviations
    ("Thêm sản phẩm OCOP mới")."""
    return " ".join(word if word.isupper() and len(word) > 1 else word.lower()
                    for word in table_label(table).split())


def enum_of(table: str, column: str) -> type[LabelledEnum] | None:
    return TABLE_ENUMS.get((table, column)) or ENUMS.get(column)


def code_label(enum: type[LabelledEnum], code: Any) -> str:
    """The label of a code (the code itself when unknown, empty for none)."""
    if code is None or code == "":
        return ""
    member = enum._value2member_map_.get(str(code))
    return member.label if member is not None else str(code)


def display(table: str, column: str, value: Any) -> str:
    """``value`` of ``table.column`` as a form or a list shows it."""
    if value is None or value == "":
        return ""
    enum = enum_of(table, column)
    if enum is not None:
        return code_label(enum, value)
    if column in FLAGS or isinstance(value, bool):
        return translate("Registers", "Có") if value else translate("Registers", "Không")
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return format_date(value)
    if column in MONEY and isinstance(value, int):
        return format_million(value, None)  # in million đồng, as the forms and workbooks
    if isinstance(value, float):
        return format_number(value, None)
    if isinstance(value, int) and not column.endswith("year") and column != "year":
        return format_number(value)
    return str(value)


def display_text(table: str, column: str, text: str | None) -> str:
    """A value as the audit log stores it (text) shown like :func:`display` shows it."""
    if text is None or text == "":
        return ""
    if column in FLAGS:
        return display(table, column, text == "1")
    if column.endswith("_on") or column in ("birth_date", "decision_date"):
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            return text
    if column in MONEY:
        try:
            return translate("Registers", "{amount} triệu đồng").format(
                amount=format_million(int(text), None))
        except ValueError:
            return text
    return display(table, column, text)


def field_label(table: str, column: str) -> str:
    return fields.label(table, column)
