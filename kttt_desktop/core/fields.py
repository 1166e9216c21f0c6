"""The Vietnamese names of the fields of every table (the columns of ``data.models``).

Messages of the record rules name fields with these labels, so an officer reads the same words
in a form and in an error message. The registers' labels are in their descriptions
(``core.registers``); the office's are here.
"""

from __future__ import annotations

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.core.registers import DESCRIPTIONS

OTHER_LABELS: dict[str, dict[str, str]] = {
    "office": {
        "name": QT_TRANSLATE_NOOP("Field", "Tên cơ quan"),
        "superior_body": QT_TRANSLATE_NOOP("Field", "Cơ quan cấp trên"),
        "province_code": QT_TRANSLATE_NOOP("Field", "Tỉnh, thành phố"),
        "place_name": QT_TRANSLATE_NOOP("Field", "Địa danh"),
        "doc_symbol": QT_TRANSLATE_NOOP("Field", "Ký hiệu văn bản"),
        "signer_authority": QT_TRANSLATE_NOOP("Field", "Thẩm quyền ký"),
        "signer_title": QT_TRANSLATE_NOOP("Field", "Chức vụ người ký"),
        "signer_name": QT_TRANSLATE_NOOP("Field", "Người ký"),
        "preparer_name": QT_TRANSLATE_NOOP("Field", "Người lập biểu"),
        "recipients": QT_TRANSLATE_NOOP("Field", "Nơi nhận"),
    },
    "office_area": {"commune_code": QT_TRANSLATE_NOOP("Field", "Xã, phường")},
}
"""Labels of the tables that are not registers (the registers' are in their descriptions)."""

LABELS: dict[str, dict[str, str]] = {
    **{table: {f.key: f.label for f in register.fields}
       for table, register in DESCRIPTIONS.items()},
    **OTHER_LABELS,
}


def label(table: str, column: str) -> str:
    """The label of ``table.column`` in the interface language (the column name if unknown)."""
    raw = LABELS.get(table, {}).get(column)
    return translate("Field", raw) if raw else column


def in_sentence(text: str) -> str:
    """A label inside a sentence: "Ngày vào" → "ngày vào"; "HTX …" (an abbreviation) stays."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]
