"""The import workbook (spec/workbook.md): its sheets, their columns, and what each column holds.

One description serves the blank template, the reading of an officer's workbook and the export of
the registers, so the three never disagree. A *register* is one kind of sheet (organisations,
members...); a *column* names the field it fills, the header written in the template, the other
headers officers use for it, and the kind of value it holds.

The columns of the registers' fields come from their descriptions (``core.registers``): a field
added there appears in its sheet. What is the workbook's own is here: the row number, the columns
that name an organisation, the commune by name, the suspension written on an organisation's row,
and the columns of officers' own lists that fill other fields.

Headers are the Vietnamese words of the contract whatever the interface language: files travel
between offices. The notes are explanations for the officer and go through translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from kttt_desktop.core.enums import LabelledEnum
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from kttt_desktop.core.registers import (
    BIRTH,
    CCCD,
    CHOICE,
    CODE_KINDS,
    COMMUNE,
    COMMUNE_CODE,
    DATE,
    FLAG_YEAR,
    INDICATOR,
    INTEGER,
    MONEY,
    NUMBER,
    ORGANISATION,
    PHONE,
    ROW_NUMBER,
    TAX_CODE,
    TEXT,
    YEAR,
    YES_NO,
    Field,
    description,
)

__all__ = [
    "BIRTH", "CCCD", "CHOICE", "CODE_KINDS", "COMMUNE", "COMMUNE_CODE", "DATE", "FLAG_YEAR",
    "INDICATOR", "INTEGER", "MONEY", "NUMBER", "ORGANISATION", "PHONE", "ROW_NUMBER", "TAX_CODE",
    "TEXT", "YEAR", "YES_NO",
]

EXAMPLE_MARK = "Ví dụ"
"""What the STT cell of the template's example rows says; the import skips those rows."""


@dataclass(frozen=True)
class Column:
    key: str  # the field it fills (a column of data.models where there is one)
    header: str
    kind: str = TEXT
    required: bool = False
    synonyms: tuple[str, ...] = ()
    choices: type[LabelledEnum] | None = None
    note: str = ""
    personal: bool = False  # left out of an export without personal data
    width: int = 16
    example: object = None

    @property
    def is_code(self) -> bool:
        return self.kind in CODE_KINDS

    @classmethod
    def of(cls, item: Field) -> Column:
        """The column of a described field."""
        return cls(item.column_key, item.header, item.kind, item.required, item.synonyms,
                   item.choices, item.note, item.personal, item.width, item.example)


def described(table: str, keys: Iterable[str] | None = None,
              after: Mapping[str, tuple[Column, ...]] | None = None) -> tuple[Column, ...]:
    """The columns of the fields of ``table`` that the workbook holds, in the description's order
    (only ``keys`` when given), each followed by the workbook's own columns ``after`` it."""
    register = description(table)
    chosen = register.workbook_fields if keys is None else tuple(register.field(k) for k in keys)
    columns: list[Column] = []
    for item in chosen:
        columns.append(Column.of(item))
        columns += (after or {}).get(item.key, ())
    return tuple(columns)


@dataclass(frozen=True)
class Register:
    """One kind of sheet of the workbook."""

    key: str
    sheet: str  # the sheet name written in the template
    title: str
    columns: tuple[Column, ...]
    synonyms: tuple[str, ...] = ()
    signature: frozenset[str] = field(default_factory=frozenset)
    """Keys of which at least one must be found among the headers of a sheet of this register
    whose name does not say what it is (they tell the registers apart)."""
    optional_sheet: bool = False  # not written in the template (an export adds it when needed)
    either: tuple[tuple[str, ...], ...] = ()
    """Groups of columns of which a sheet needs at least one."""
    understood: tuple[Column, ...] = ()
    """Columns of officers' own lists that the import reads but the template and the export do
    not write: they have no field of their own and fill others (:mod:`kttt_desktop.services.
    importing.inferred`)."""
    inferred_from: tuple[tuple[str, str], ...] = ()
    """(column, the column it is read from) when a sheet lacks the first: the kind from the name,
    the commune from the address, the representative from the head's column."""

    @property
    def required_keys(self) -> frozenset[str]:
        return frozenset(c.key for c in self.columns if c.required)

    @property
    def readable_columns(self) -> tuple[Column, ...]:
        """Every column the import reads: the template's, then the understood ones."""
        return self.columns + self.understood

    def column(self, key: str) -> Column:
        for column in self.readable_columns:
            if column.key == key:
                return column
        raise KeyError(key)


_STT = Column(
    "row_number", "STT", ROW_NUMBER, width=6, example=EXAMPLE_MARK,
    synonyms=("Số thứ tự", "TT", "Số TT"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Số thứ tự, không bắt buộc. Dòng có STT là “Ví dụ” là dòng mẫu và được bỏ "
        "qua khi nhập."))
_ORG_CODE = Column(
    "organisation_code", "Mã số tổ chức", ORGANISATION, width=14, example="0100109106",
    synonyms=("Mã số HTX", "Mã số thuế tổ chức", "Mã tổ chức", "Mã số thuế HTX", "MST tổ chức",
              "Mã số hợp tác xã"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Mã số của tổ chức (hợp tác xã, liên hiệp) như ở trang ToChuc. Tổ chức chưa "
        "có mã số (tổ hợp tác) thì ghi tên ở cột Tên tổ chức."))
_ORG_NAME = Column(
    "organisation_name", "Tên tổ chức", ORGANISATION, width=32,
    example="Hợp tác xã Nông nghiệp Đồng Tâm",
    synonyms=("Tên HTX", "Tên hợp tác xã", "Tên THT", "Tên tổ hợp tác", "Thuộc tổ chức",
              "Tổ chức", "Đơn vị", "Tên đơn vị"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Tên đúng như ở trang ToChuc; chỉ dùng khi không có mã số tổ chức."))
_ORG_COMMUNE = Column(
    "organisation_commune", "Mã xã của tổ chức", COMMUNE, width=10,
    synonyms=("Xã của tổ chức", "Mã xã tổ chức"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Không bắt buộc: chỉ cần khi hai tổ chức chưa có mã số trùng tên (mã xã 5 "
        "chữ số hoặc tên xã, phường)."))
_ORG_REFERENCE = (_ORG_CODE, _ORG_NAME, _ORG_COMMUNE)
_BY_ORGANISATION = (("organisation_code", "organisation_name"),)

_PERSON = ("full_name", "birth_date", "gender", "cccd", "phone")

ORGANISATION_REGISTER = Register(
    "organisation", "ToChuc",
    QT_TRANSLATE_NOOP("Workbook", "Tổ chức kinh tế tập thể (tổ hợp tác, hợp tác xã, liên hiệp)"),
    (
        _STT,
        *described("organisation", after={
            "commune_code": (Column(
                "commune_name", "Xã/Phường", COMMUNE, width=18, example="Xã Bình Liêu",
                synonyms=("Xã", "Phường", "Xã phường", "Tên xã", "Xã, phường", "Địa bàn",
                          "Xã/Phường/Đặc khu"),
                note=QT_TRANSLATE_NOOP(
                    "Workbook", "Tên xã, phường (dùng khi không có cột Mã xã).")),),
            "phone": (
                Column("suspension_from", "Tạm ngừng từ ngày", DATE, width=13,
                       synonyms=("Ngày tạm ngừng", "Tạm ngừng hoạt động từ ngày"),
                       note=QT_TRANSLATE_NOOP(
                           "Workbook", "Ngày bắt đầu tạm ngừng hoạt động (nếu có).")),
                Column("suspension_to", "Tạm ngừng đến ngày", DATE, width=13,
                       synonyms=("Tạm ngừng hoạt động đến ngày",),
                       note=QT_TRANSLATE_NOOP(
                           "Workbook", "Ngày hết tạm ngừng; để trống nếu vẫn đang tạm ngừng.")),
                Column("suspension_reason", "Lý do tạm ngừng", width=24),
            ),
        }),
    ),
    synonyms=("Tổ chức", "Danh sách HTX", "Danh sách tổ chức", "HTX", "THT", "Hợp tác xã",
              "Danh sách hợp tác xã", "DS HTX"),
    signature=frozenset({"kind", "sector", "established_on", "commune_code", "commune_name",
                         "code", "head", "declared_members"}),
    either=(("commune_code", "commune_name"),),
    understood=(
        Column("head", "Giám đốc / Tổ trưởng", width=22,
               synonyms=("Giám đốc", "Tổ trưởng", "Chủ tịch HĐQT kiêm giám đốc",
                         "Chủ tịch HĐQT kiêm Giám đốc HTX", "Giám đốc HTX", "Tổ trưởng THT",
                         "Họ tên giám đốc", "Họ và tên giám đốc", "Chủ nhiệm",
                         "Chủ nhiệm HTX"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Người đứng đầu tổ chức: ghi vào Người đại diện (khi không có cột "
                   "đó) và vào Cán bộ với chức vụ giám đốc (tổ trưởng với tổ hợp tác) từ ngày "
                   "thành lập, khi tệp không có trang Cán bộ.")),
        Column("declared_members", "Số thành viên", INTEGER, width=11,
               synonyms=("Số TV", "Số lượng thành viên", "Tổng số thành viên",
                         "Số thành viên kê khai"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Số thành viên kê khai của năm của danh sách (cột Năm, hoặc năm "
                   "ghi ở tiêu đề), khi tệp không có trang Số liệu.")),
        Column("year", "Năm", YEAR, width=7, synonyms=("Năm số liệu", "Năm báo cáo"),
               note=QT_TRANSLATE_NOOP("Workbook", "Năm của số thành viên kê khai.")),
    ),
    inferred_from=(("kind", "name"), ("commune_name", "address"), ("representative", "head")),
)

SUSPENSION_REGISTER = Register(
    "suspension", "TamNgung",
    QT_TRANSLATE_NOOP("Workbook", "Các lần tạm ngừng hoạt động (khi một tổ chức có nhiều lần)"),
    (_STT, *_ORG_REFERENCE, *described("suspension")),
    synonyms=("Tạm ngừng", "Tạm ngừng hoạt động"),
    signature=frozenset({"reason"}),
    optional_sheet=True,
    either=_BY_ORGANISATION,
)

MEMBER_REGISTER = Register(
    "member", "ThanhVien",
    QT_TRANSLATE_NOOP("Workbook", "Thành viên của tổ hợp tác, hợp tác xã, liên hiệp"),
    (_STT, *_ORG_REFERENCE, *described("member")),
    synonyms=("Thành viên", "Danh sách thành viên", "DS thành viên", "TV"),
    signature=frozenset({"member_kind", "joined_on"}),
    either=_BY_ORGANISATION,
)

MANAGER_REGISTER = Register(
    "manager", "CanBo", QT_TRANSLATE_NOOP("Workbook", "Cán bộ quản lý, mỗi dòng một chức vụ"),
    (
        _STT, *_ORG_REFERENCE, *described("manager", _PERSON), *described("manager_position"),
        *described("manager", ("training_level", "note")),
    ),
    synonyms=("Cán bộ", "Cán bộ quản lý", "Quản lý", "Ban quản lý", "CBQL"),
    signature=frozenset({"position"}),
    either=_BY_ORGANISATION,
)

_NAME, _BIRTH, _CCCD = described("manager", ("full_name", "birth_date", "cccd"))

TRAINING_REGISTER = Register(
    "training", "DaoTao",
    QT_TRANSLATE_NOOP("Workbook", "Các khóa đào tạo, bồi dưỡng của cán bộ quản lý"),
    (
        _STT, *_ORG_REFERENCE, replace(_NAME, required=False), _BIRTH, _CCCD,
        *described("training_record"),
    ),
    synonyms=("Đào tạo", "Đào tạo bồi dưỡng", "Bồi dưỡng"),
    signature=frozenset({"course"}),
    either=(("cccd", "full_name"),),
)

OCOP_REGISTER = Register(
    "ocop", "OCOP", QT_TRANSLATE_NOOP("Workbook", "Sản phẩm OCOP được công nhận"),
    (_STT, *_ORG_REFERENCE, *described("ocop_product")),
    synonyms=("Sản phẩm OCOP", "OCOP"),
    signature=frozenset({"product_group", "stars", "decision_date"}),
    either=_BY_ORGANISATION,
)

RATING_REGISTER = Register(
    "rating", "XepLoai", QT_TRANSLATE_NOOP("Workbook", "Kết quả đánh giá, xếp loại hằng năm"),
    (_STT, *_ORG_REFERENCE, *described("rating")),
    synonyms=("Xếp loại", "Đánh giá", "Phân loại", "Đánh giá xếp loại"),
    signature=frozenset({"rating_class"}),
    either=_BY_ORGANISATION,
)

FIGURES_REGISTER = Register(
    "figures", "SoLieu", QT_TRANSLATE_NOOP("Workbook", "Số liệu sản xuất, kinh doanh hằng năm"),
    (_STT, *_ORG_REFERENCE, *described("yearly_figures")),
    synonyms=("Số liệu", "Kết quả SXKD", "Kết quả sản xuất kinh doanh", "Doanh thu"),
    signature=frozenset({"revenue", "profit", "avg_income", "declared_members", "workers"}),
    either=_BY_ORGANISATION,
)

TARGET_REGISTER = Register(
    "target", "ChiTieu", QT_TRANSLATE_NOOP("Workbook", "Chỉ tiêu kế hoạch"),
    (_STT, *described("target")),
    synonyms=("Chỉ tiêu", "Chỉ tiêu kế hoạch", "Kế hoạch"),
    signature=frozenset({"indicator", "comparator"}),
)

REGISTERS: tuple[Register, ...] = (
    ORGANISATION_REGISTER, SUSPENSION_REGISTER, MEMBER_REGISTER, MANAGER_REGISTER,
    TRAINING_REGISTER, OCOP_REGISTER, RATING_REGISTER, FIGURES_REGISTER, TARGET_REGISTER,
)
"""Every register, in the order a workbook is read and written (an organisation before the
records that refer to it, a manager before the training)."""

BY_KEY = {r.key: r for r in REGISTERS}

NOTES_SHEET = "Hướng dẫn"
LISTS_SHEET = "DanhMuc"
OWN_SHEETS = (NOTES_SHEET, LISTS_SHEET)
"""Sheets of the template that hold no register."""


def register_title(register: Register) -> str:
    return translate("Workbook", register.title)


def column_note(column: Column) -> str:
    return translate("Workbook", column.note) if column.note else ""
