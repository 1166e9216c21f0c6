"""One description per register: every field of its records, once.

A :class:`Field` says what a column of ``data.models`` holds and everything the program derives
from it: the label a form and a message use, the kind of value (how a cell is read and written,
which SQL type stores it), the unit, whether it is personal data, whether it must be filled in,
the choices, the header of the import workbook with the other headers officers use for it, and
the column of the register's list. From these descriptions come:

- the workbook's sheets (``exchange.layout``): the template, the reading of an officer's file and
  the export (``services.dump``), which leaves out every personal field unless asked;
- the personal data: masked in the lists until shown, forgotten from the audit log when a person
  is deleted (``services.registers.trash``), left out of an export without personal data;
- the fields a form binds (``services.registers.kinds``; a widget named after the field in the
  form's .ui is bound), and the columns of the lists of people;
- the columns a field has in the database when ``data.models`` does not name it
  (``data.models.described_columns``); a test holds models.py and the migrations to these
  descriptions.

Adding a field to a register: a :class:`Field` here, a migration, a widget in the form's .ui.

Headers are the Vietnamese words of the workbook contract (spec/workbook.md) whatever the
interface language: files travel between offices. Labels, notes and list titles go through
translation ("Field", "Workbook" and "Columns" contexts).

Why it is long: it is a catalogue, one entry per field of every register, and splitting it
would only scatter the registers that share fields (a person's name, birth, CCCD).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kttt_desktop.core.enums import (
    Comparator,
    Gender,
    LabelledEnum,
    MemberKind,
    MemberType,
    OcopGroup,
    OcopLevel,
    OcopStars,
    OfficialSubtype,
    OrgKind,
    Position,
    RatingClass,
    Sector,
    TrainingLevel,
)
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP

# What a field holds: how a cell is read and written, how it is stored, shown and masked.
TEXT = "text"
ROW_NUMBER = "row_number"  # "STT" of a workbook: ignored, except that "Ví dụ" marks an example
TAX_CODE = "tax_code"
CCCD = "cccd"
PHONE = "phone"
COMMUNE_CODE = "commune_code"
COMMUNE = "commune"  # a commune's code or name
DATE = "date"
BIRTH = "birth"  # a date, or a bare year
YEAR = "year"
INTEGER = "integer"
NUMBER = "number"
MONEY = "money"  # million VND in the workbook and the forms, whole VND in the database
YES_NO = "yes_no"
FLAG_YEAR = "flag_year"  # yes/no, or the year from which it holds
CHOICE = "choice"
ORGANISATION = "organisation"  # an organisation's Mã số, or its name
INDICATOR = "indicator"

CODE_KINDS = frozenset({TAX_CODE, CCCD, PHONE, COMMUNE_CODE})
"""Codes: formatted as text in the template (leading zeros kept), masked as codes."""
RESOLVED_KINDS = frozenset({COMMUNE_CODE, COMMUNE, BIRTH, FLAG_YEAR, ORGANISATION})
"""Workbook columns the import resolves into one or more fields (a commune, a birth date or year,
a flag and its year, an organisation's id) instead of copying the value."""

MILLION_DONG = "triệu đồng"

# How personal data is masked in a list until shown.
MASK_CODE = "code"  # "********0123"
MASK_DATE = "date"  # "**/**/1985"
MASK_TEXT = "text"  # "***"


@dataclass(frozen=True)
class ListColumn:
    """How a field shows as a column of a list: its title (``QT_TRANSLATE_NOOP("Columns", …)``),
    its starting width in characters, right-aligned when numeric; ``main``: in the register's own
    list, ``tab``: in the list of a tab of the record it belongs to."""

    title: str
    width: int = 0
    numeric: bool = False
    main: bool = True
    tab: bool = True


@dataclass(frozen=True)
class Field:
    """One field of a register (see the module's note).

    ``header``: the column's header in the workbook (empty: the field has no column of its own,
    as a birth year read with the birth date); ``workbook_key`` names that column when it is not
    the field (``birth`` fills ``birth_date`` and ``birth_year``). ``width`` and ``example`` are the
    template's; ``note`` explains the column to the officer (``QT_TRANSLATE_NOOP("Workbook", …)``).
    """

    key: str
    label: str  # QT_TRANSLATE_NOOP("Field", …)
    kind: str = TEXT
    unit: str = ""
    personal: bool = False
    required: bool = False
    choices: type[LabelledEnum] | None = None
    header: str = ""
    synonyms: tuple[str, ...] = ()
    note: str = ""
    width: int = 16
    example: object = None
    workbook_key: str = ""
    listed: ListColumn | None = None
    multiline: bool = False

    @property
    def column_key(self) -> str:
        """The key of its column in the workbook."""
        return self.workbook_key or self.key

    @property
    def in_workbook(self) -> bool:
        return bool(self.header)

    @property
    def mask(self) -> str:
        """How a list masks it ("" when it is not personal)."""
        if not self.personal:
            return ""
        if self.kind in (DATE, BIRTH):
            return MASK_DATE
        return MASK_CODE if self.kind in CODE_KINDS else MASK_TEXT


@dataclass(frozen=True)
class Description:
    """A register: its table, its name, its fields in the order of its form and its workbook
    sheet, and the column naming the record it belongs to."""

    table: str
    label: str  # QT_TRANSLATE_NOOP("Registers", …)
    fields: tuple[Field, ...]
    parent: str | None = None

    def field(self, key: str) -> Field:
        for item in self.fields:
            if item.key == key:
                return item
        raise KeyError(f"{self.table} has no field {key}")

    def has(self, key: str) -> bool:
        return any(item.key == key for item in self.fields)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.fields)

    @property
    def personal(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.fields if item.personal)

    @property
    def multiline(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.fields if item.multiline)

    @property
    def workbook_fields(self) -> tuple[Field, ...]:
        """The fields with a column of their own in the workbook, in the sheet's order."""
        return tuple(item for item in self.fields if item.in_workbook)

    @property
    def copied_keys(self) -> tuple[str, ...]:
        """The fields an import copies from the workbook column of the same key (the others
        are resolved: communes, births, flags with their year, organisations)."""
        return tuple(item.key for item in self.workbook_fields
                     if item.column_key == item.key and item.kind not in RESOLVED_KINDS)

    @property
    def listed(self) -> tuple[Field, ...]:
        return tuple(item for item in self.fields if item.listed is not None)


_MILLION_NOTE = QT_TRANSLATE_NOOP("Workbook", "Đơn vị: triệu đồng, được ghi số lẻ (ví dụ 1.250,5).")
_YES_NO_NOTE = QT_TRANSLATE_NOOP("Workbook", "Có / Không (hoặc x / để trống, 1 / 0).")
_FLAG_NOTE = QT_TRANSLATE_NOOP(
    "Workbook", "Có / Không (hoặc x / để trống, 1 / 0), hoặc ghi năm bắt đầu (ví dụ 2021).")
_UNTIL_NOW = QT_TRANSLATE_NOOP("Workbook", "Để trống nếu chưa kết thúc.")

# The fields of a person (a member, a manager).
FULL_NAME = Field(
    "full_name", QT_TRANSLATE_NOOP("Field", "Họ và tên"), required=True, header="Họ và tên",
    width=24, example="Nguyễn Văn An",
    synonyms=("Họ tên", "Họ và tên thành viên", "Tên thành viên", "Họ tên thành viên",
              "Họ và tên cán bộ", "Họ tên cán bộ", "Họ tên chủ hộ", "Họ và tên chủ hộ",
              "Tên chủ hộ", "Chủ hộ"),
    note=QT_TRANSLATE_NOOP("Workbook", "Họ và tên người (hoặc tên hộ, tên pháp nhân)."),
    listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Họ và tên"), 22))
BIRTH_DATE = Field(
    "birth_date", QT_TRANSLATE_NOOP("Field", "Ngày sinh"), BIRTH, personal=True,
    header="Ngày sinh", workbook_key="birth", width=12, example="05/02/1980",
    synonyms=("Năm sinh", "Ngày tháng năm sinh", "Sinh ngày", "Ngày/tháng/năm sinh"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Ngày sinh dạng ngày/tháng/năm (ví dụ 05/02/1980), hoặc chỉ năm sinh."),
    listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Ngày sinh"), 10))
BIRTH_YEAR = Field("birth_year", QT_TRANSLATE_NOOP("Field", "Năm sinh"), YEAR, personal=True)
GENDER = Field(
    "gender", QT_TRANSLATE_NOOP("Field", "Giới tính"), CHOICE, choices=Gender, header="Giới tính",
    width=9, example="Nam", synonyms=("Giới", "Nam/Nữ", "Nam, nữ"),
    listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Giới tính"), 5))
ETHNICITY = Field(
    "ethnicity", QT_TRANSLATE_NOOP("Field", "Dân tộc"), personal=True, header="Dân tộc", width=10,
    example="Kinh", synonyms=("Thành phần dân tộc", "Dân tộc (thành phần)"),
    note=QT_TRANSLATE_NOOP("Workbook", "Không bắt buộc: tên dân tộc, ví dụ Kinh, Tày, Nùng."),
    listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Dân tộc"), 8))
PERSON_CCCD = Field(
    "cccd", QT_TRANSLATE_NOOP("Field", "Số CCCD"), CCCD, personal=True, header="Số CCCD",
    width=15, example="001080012345",
    synonyms=("CCCD", "Số CMND/CCCD", "CMND/CCCD", "Số CMND", "CMND", "Số định danh",
              "Số định danh cá nhân", "Căn cước", "Số căn cước", "Số căn cước công dân",
              "Số CCCD/CMND"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Số định danh cá nhân 12 chữ số (số chứng minh nhân dân cũ 9 chữ số vẫn được "
        "nhận nhưng sẽ được nhắc thay)."),
    listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Số CCCD"), 13))
PERSON_PHONE = Field(
    "phone", QT_TRANSLATE_NOOP("Field", "Điện thoại"), PHONE, personal=True, header="Điện thoại",
    width=13, example="0912345678", synonyms=("Số điện thoại", "SĐT", "ĐT", "Điện thoại liên hệ"),
    note=QT_TRANSLATE_NOOP("Workbook", "Số di động 10 chữ số hoặc số cố định 11 chữ số."),
    listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Điện thoại"), 11))
NOTE = Field("note", QT_TRANSLATE_NOOP("Field", "Ghi chú"), header="Ghi chú", width=30)
_PERSON = (FULL_NAME, BIRTH_DATE, BIRTH_YEAR, GENDER, PERSON_CCCD, PERSON_PHONE)


def _flag(key: str, label: str, year_label: str, header: str,
          synonyms: tuple[str, ...]) -> tuple[Field, Field]:
    """A yes/no of an organisation with the year from which it holds (one workbook column)."""
    return (Field(key, label, FLAG_YEAR, header=header, synonyms=synonyms, width=12,
                  note=_FLAG_NOTE),
            Field(f"{key}_year", year_label, YEAR))


ORGANISATION_FIELDS = Description(
    "organisation", QT_TRANSLATE_NOOP("Registers", "Tổ chức"), (
        Field("code", QT_TRANSLATE_NOOP("Field", "Mã số"), TAX_CODE, header="Mã số", width=14,
              example="0100109106",
              synonyms=("Mã số thuế", "MST", "Mã số HTX", "Mã HTX", "Mã số doanh nghiệp",
                        "Mã số hợp tác xã", "Mã số thuế/Mã số HTX"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Bắt buộc với hợp tác xã và liên hiệp: mã số thuế 10 chữ số (chữ số "
                  "cuối là chữ số kiểm tra), đơn vị phụ thuộc thêm “-” và 3 chữ số. Tổ hợp tác "
                  "chưa có mã số thì để trống.")),
        Field("kind", QT_TRANSLATE_NOOP("Field", "Loại hình"), CHOICE, required=True,
              choices=OrgKind, header="Loại hình", width=20, example="Hợp tác xã",
              synonyms=("Loại hình tổ chức", "Loại", "Loại hình KTTT"),
              note=QT_TRANSLATE_NOOP("Workbook", "THT, HTX, LHHTX hoặc tên đầy đủ.")),
        Field("name", QT_TRANSLATE_NOOP("Field", "Tên"), required=True, header="Tên", width=36,
              example="Hợp tác xã Nông nghiệp Đồng Tâm",
              synonyms=("Tên tổ chức", "Tên HTX", "Tên hợp tác xã", "Tên THT", "Tên tổ hợp tác",
                        "Tên đơn vị", "Tên HTX/THT"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Tên đầy đủ, ví dụ “Hợp tác xã Nông nghiệp Đồng Tâm”.")),
        Field("commune_code", QT_TRANSLATE_NOOP("Field", "Mã xã"), COMMUNE_CODE, header="Mã xã",
              width=8,
              synonyms=("Mã xã/phường", "Mã ĐVHC", "Mã đơn vị hành chính", "Mã xã phường"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Bắt buộc (hoặc điền cột Xã/Phường): mã xã, phường 5 chữ số theo "
                  "danh mục đơn vị hành chính, trong địa bàn của cơ quan.")),
        Field("address", QT_TRANSLATE_NOOP("Field", "Địa chỉ"), header="Địa chỉ", width=30,
              example="Thôn Đồng Tâm", synonyms=("Trụ sở", "Địa chỉ trụ sở")),
        Field("established_on", QT_TRANSLATE_NOOP("Field", "Ngày thành lập"), DATE,
              required=True, header="Ngày thành lập", width=13, example="15/03/2015",
              synonyms=("Ngày đăng ký", "Ngày đăng ký thành lập", "Ngày thành lập/đăng ký")),
        Field("dissolved_on", QT_TRANSLATE_NOOP("Field", "Ngày giải thể"), DATE,
              header="Ngày giải thể", width=13, synonyms=("Ngày giải thể/chấm dứt",),
              note=QT_TRANSLATE_NOOP("Workbook", "Để trống nếu còn hoạt động.")),
        Field("sector", QT_TRANSLATE_NOOP("Field", "Lĩnh vực"), CHOICE, required=True,
              choices=Sector, header="Lĩnh vực", width=26, example="Nông nghiệp",
              synonyms=("Lĩnh vực hoạt động", "Ngành nghề", "Ngành nghề chính")),
        Field("charter_capital", QT_TRANSLATE_NOOP("Field", "Vốn điều lệ"), MONEY,
              unit=MILLION_DONG, header="Vốn điều lệ (triệu đồng)", width=12, example=1500,
              synonyms=("Vốn điều lệ",), note=_MILLION_NOTE),
        Field("representative", QT_TRANSLATE_NOOP("Field", "Người đại diện"),
              header="Người đại diện", width=22, example="Nguyễn Văn An",
              synonyms=("Người đại diện theo pháp luật", "Đại diện")),
        # often the representative's own number
        replace(PERSON_PHONE, synonyms=("Số điện thoại", "SĐT", "ĐT"), note="", listed=None),
        *_flag("value_chain", QT_TRANSLATE_NOOP("Field", "Chuỗi giá trị"),
               QT_TRANSLATE_NOOP("Field", "Năm tham gia chuỗi giá trị"), "Chuỗi giá trị",
               ("Tham gia chuỗi giá trị", "Liên kết chuỗi giá trị", "Liên kết chuỗi")),
        *_flag("high_tech", QT_TRANSLATE_NOOP("Field", "Công nghệ cao"),
               QT_TRANSLATE_NOOP("Field", "Năm ứng dụng công nghệ cao"), "Công nghệ cao",
               ("Ứng dụng công nghệ cao", "Ứng dụng CNC")),
        *_flag("digital", QT_TRANSLATE_NOOP("Field", "Chuyển đổi số"),
               QT_TRANSLATE_NOOP("Field", "Năm chuyển đổi số"), "Chuyển đổi số",
               ("Ứng dụng chuyển đổi số", "Ứng dụng công nghệ số")),
        replace(NOTE, multiline=True),
    ))

SUSPENSION_FIELDS = Description(
    "suspension", QT_TRANSLATE_NOOP("Registers", "Tạm ngừng hoạt động"), (
        Field("starts_on", QT_TRANSLATE_NOOP("Field", "Tạm ngừng từ ngày"), DATE, required=True,
              header="Từ ngày", width=12, example="01/01/2021", synonyms=("Ngày bắt đầu",),
              listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Từ ngày"), 10)),
        Field("ends_on", QT_TRANSLATE_NOOP("Field", "Tạm ngừng đến ngày"), DATE, header="Đến ngày",
              width=12, synonyms=("Ngày kết thúc",), note=_UNTIL_NOW,
              listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Đến ngày"), 10)),
        Field("reason", QT_TRANSLATE_NOOP("Field", "Lý do"), header="Lý do", width=30,
              listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Lý do"))),
    ), parent="organisation_id")

MEMBER_FIELDS = Description(
    "member", QT_TRANSLATE_NOOP("Registers", "Thành viên"), (
        *_PERSON[:4], ETHNICITY, *_PERSON[4:],
        Field("member_kind", QT_TRANSLATE_NOOP("Field", "Loại thành viên"), CHOICE,
              required=True, choices=MemberKind, header="Loại thành viên", width=20,
              example="Chính thức", synonyms=("Loại TV", "Thành viên chính thức/liên kết"),
              listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Loại thành viên"), 16, main=False)),
        Field("official_subtype", QT_TRANSLATE_NOOP("Field", "Hình thức thành viên chính thức"),
              CHOICE, choices=OfficialSubtype, header="Hình thức thành viên chính thức",
              width=26, synonyms=("Hình thức góp",)),
        Field("member_type", QT_TRANSLATE_NOOP("Field", "Đối tượng thành viên"), CHOICE,
              choices=MemberType, header="Đối tượng thành viên", width=16, example="Cá nhân",
              synonyms=("Đối tượng", "Cá nhân/Hộ/Pháp nhân"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Cá nhân (mặc định), Hộ gia đình, Pháp nhân hoặc Tổ chức khác.")),
        Field("member_organisation_id", QT_TRANSLATE_NOOP("Field", "Hợp tác xã thành viên"),
              ORGANISATION, header="Hợp tác xã thành viên", workbook_key="member_organisation",
              width=16, synonyms=("Mã số HTX thành viên",),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Với thành viên của liên hiệp: mã số (hoặc tên) của hợp tác xã "
                  "thành viên.")),
        Field("joined_on", QT_TRANSLATE_NOOP("Field", "Ngày vào"), DATE, required=True,
              header="Ngày vào", width=12, example="15/03/2015",
              synonyms=("Ngày gia nhập", "Ngày kết nạp", "Ngày tham gia", "Ngày vào HTX"),
              listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Ngày vào"), 10)),
        Field("left_on", QT_TRANSLATE_NOOP("Field", "Ngày ra"), DATE, header="Ngày ra", width=12,
              synonyms=("Ngày ra khỏi", "Ngày rút", "Ngày chấm dứt", "Ngày thôi", "Ngày ra HTX"),
              note=QT_TRANSLATE_NOOP("Workbook", "Để trống nếu vẫn là thành viên."),
              listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Ngày ra"), 10)),
        Field("capital_contribution", QT_TRANSLATE_NOOP("Field", "Vốn góp"), MONEY,
              unit=MILLION_DONG, header="Vốn góp (triệu đồng)", width=11, example=20,
              synonyms=("Vốn góp", "Số vốn góp"), note=_MILLION_NOTE,
              listed=ListColumn(QT_TRANSLATE_NOOP("Columns", "Vốn góp (triệu đồng)"),
                                numeric=True, main=False)),
        Field("is_worker", QT_TRANSLATE_NOOP("Field", "Lao động thường xuyên"), YES_NO,
              header="Lao động thường xuyên", width=11, example="Có",
              synonyms=("LĐ thường xuyên", "Làm việc thường xuyên", "Lao động TX"),
              note=_YES_NO_NOTE),
        Field("address", QT_TRANSLATE_NOOP("Field", "Địa chỉ"), personal=True, header="Địa chỉ",
              width=26, synonyms=("Nơi ở", "Địa chỉ thường trú", "Thôn")),
        NOTE,
    ), parent="organisation_id")

MANAGER_FIELDS = Description(
    "manager", QT_TRANSLATE_NOOP("Registers", "Cán bộ"), (
        *_PERSON,
        Field("training_level", QT_TRANSLATE_NOOP("Field", "Trình độ"), CHOICE, required=True,
              choices=TrainingLevel, header="Trình độ", width=16, example="Sơ cấp",
              synonyms=("Trình độ chuyên môn", "Trình độ đào tạo", "Trình độ CM"),
              note=QT_TRANSLATE_NOOP("Workbook", "Trình độ cao nhất đã được đào tạo.")),
        NOTE,
    ), parent="organisation_id")

POSITION_FIELDS = Description(
    "manager_position", QT_TRANSLATE_NOOP("Registers", "Chức vụ"), (
        Field("position", QT_TRANSLATE_NOOP("Field", "Chức vụ"), CHOICE, required=True,
              choices=Position, header="Chức vụ", width=20, example="Giám đốc",
              synonyms=("Chức danh", "Chức vụ quản lý")),
        Field("starts_on", QT_TRANSLATE_NOOP("Field", "Từ ngày"), DATE, required=True,
              header="Từ ngày", width=12, example="01/01/2021",
              synonyms=("Ngày bổ nhiệm", "Ngày bắt đầu", "Ngày giữ chức vụ")),
        Field("ends_on", QT_TRANSLATE_NOOP("Field", "Đến ngày"), DATE, header="Đến ngày",
              width=12, synonyms=("Ngày thôi giữ chức vụ", "Ngày kết thúc", "Ngày thôi"),
              note=QT_TRANSLATE_NOOP("Workbook", "Để trống nếu vẫn giữ chức vụ.")),
    ), parent="manager_id")

TRAINING_FIELDS = Description(
    "training_record", QT_TRANSLATE_NOOP("Registers", "Đào tạo"), (
        Field("course", QT_TRANSLATE_NOOP("Field", "Khóa học"), required=True, header="Khóa học",
              width=32, example="Bồi dưỡng quản trị hợp tác xã",
              synonyms=("Tên khóa học", "Khóa đào tạo", "Nội dung đào tạo", "Tên lớp")),
        Field("institution", QT_TRANSLATE_NOOP("Field", "Cơ sở đào tạo"), header="Cơ sở đào tạo",
              width=26, synonyms=("Đơn vị đào tạo", "Nơi đào tạo", "Cơ sở bồi dưỡng")),
        Field("starts_on", QT_TRANSLATE_NOOP("Field", "Từ ngày"), DATE, required=True,
              header="Từ ngày", width=12, example="01/01/2021", synonyms=("Ngày bắt đầu",)),
        Field("ends_on", QT_TRANSLATE_NOOP("Field", "Đến ngày"), DATE, header="Đến ngày",
              width=12, synonyms=("Ngày kết thúc",), note=_UNTIL_NOW),
        Field("level", QT_TRANSLATE_NOOP("Field", "Trình độ"), CHOICE, choices=TrainingLevel,
              header="Trình độ", width=16,
              synonyms=("Trình độ đạt được", "Văn bằng", "Bằng cấp"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Trình độ mà khóa học cấp (để trống với khóa bồi dưỡng ngắn "
                  "hạn).")),
    ), parent="manager_id")

OCOP_FIELDS = Description(
    "ocop_product", QT_TRANSLATE_NOOP("Registers", "Sản phẩm OCOP"), (
        Field("name", QT_TRANSLATE_NOOP("Field", "Tên sản phẩm"), required=True,
              header="Tên sản phẩm", width=30, example="Gạo nếp Đồng Tâm",
              synonyms=("Sản phẩm",)),
        Field("product_group", QT_TRANSLATE_NOOP("Field", "Nhóm sản phẩm"), CHOICE,
              required=True, choices=OcopGroup, header="Nhóm sản phẩm", width=22,
              example="Thực phẩm", synonyms=("Nhóm", "Nhóm ngành")),
        Field("stars", QT_TRANSLATE_NOOP("Field", "Số sao"), CHOICE, required=True,
              choices=OcopStars, header="Số sao", width=8, example=3,
              synonyms=("Hạng sao", "Xếp hạng", "Hạng"),
              note=QT_TRANSLATE_NOOP("Workbook", "3, 4 hoặc 5.")),
        Field("score", QT_TRANSLATE_NOOP("Field", "Điểm"), NUMBER, header="Điểm", width=8,
              example=62, synonyms=("Điểm đánh giá",)),
        Field("decision_no", QT_TRANSLATE_NOOP("Field", "Số quyết định"), header="Số quyết định",
              width=18, example="1234/QĐ-UBND", synonyms=("Số QĐ", "Quyết định")),
        Field("decision_date", QT_TRANSLATE_NOOP("Field", "Ngày quyết định"), DATE,
              required=True, header="Ngày quyết định", width=13, example="20/10/2023",
              synonyms=("Ngày QĐ", "Ngày công nhận", "Ngày cấp")),
        Field("level", QT_TRANSLATE_NOOP("Field", "Cấp công nhận"), CHOICE, choices=OcopLevel,
              header="Cấp công nhận", width=12, example="Tỉnh",
              synonyms=("Cấp", "Cấp ra quyết định")),
        Field("expires_on", QT_TRANSLATE_NOOP("Field", "Ngày hết hạn"), DATE,
              header="Ngày hết hạn", width=13,
              synonyms=("Hết hạn", "Hiệu lực đến", "Ngày hết hiệu lực"),
              note=QT_TRANSLATE_NOOP("Workbook", "Để trống: 36 tháng sau ngày quyết định.")),
        NOTE,
    ), parent="organisation_id")

_YEAR = Field("year", QT_TRANSLATE_NOOP("Field", "Năm"), YEAR, required=True, header="Năm",
              width=7, example=2023)

RATING_FIELDS = Description(
    "rating", QT_TRANSLATE_NOOP("Registers", "Xếp loại"), (
        replace(_YEAR, synonyms=("Năm đánh giá",)),
        Field("score", QT_TRANSLATE_NOOP("Field", "Điểm"), NUMBER, header="Điểm", width=8,
              example=82, synonyms=("Tổng điểm", "Điểm đánh giá")),
        Field("rating_class", QT_TRANSLATE_NOOP("Field", "Xếp loại"), CHOICE, required=True,
              choices=RatingClass, header="Xếp loại", width=14, example="Tốt",
              synonyms=("Kết quả xếp loại", "Phân loại", "Kết quả đánh giá", "Loại")),
        Field("scheme", QT_TRANSLATE_NOOP("Field", "Bộ tiêu chí"), header="Bộ tiêu chí",
              width=12, synonyms=("Tiêu chí", "Căn cứ đánh giá"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Để trống: theo Thông tư 01/2020/TT-BKHĐT (TT01/2020).")),
        NOTE,
    ), parent="organisation_id")

FIGURES_FIELDS = Description(
    "yearly_figures", QT_TRANSLATE_NOOP("Registers", "Số liệu"), (
        _YEAR,
        Field("revenue", QT_TRANSLATE_NOOP("Field", "Doanh thu"), MONEY, unit=MILLION_DONG,
              header="Doanh thu (triệu đồng)", width=12, example=1250.5,
              synonyms=("Doanh thu",), note=_MILLION_NOTE),
        Field("profit", QT_TRANSLATE_NOOP("Field", "Lợi nhuận"), MONEY, unit=MILLION_DONG,
              header="Lợi nhuận (triệu đồng)", width=12, example=85,
              synonyms=("Lợi nhuận", "Lãi", "Lợi nhuận trước thuế", "Lãi (lỗ)"),
              note=QT_TRANSLATE_NOOP("Workbook", "Triệu đồng; số âm nếu lỗ.")),
        Field("workers", QT_TRANSLATE_NOOP("Field", "Lao động thường xuyên"), INTEGER,
              header="Lao động thường xuyên", width=11, example=12,
              synonyms=("Số lao động", "Lao động", "Số lao động thường xuyên")),
        Field("avg_income", QT_TRANSLATE_NOOP("Field", "Thu nhập bình quân"), MONEY,
              unit=MILLION_DONG, header="Thu nhập bình quân (triệu đồng/người/năm)", width=14,
              example=62.4,
              synonyms=("Thu nhập bình quân", "Thu nhập BQ", "Thu nhập bình quân năm"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Thu nhập của một lao động thường xuyên trong cả năm, triệu "
                  "đồng.")),
        Field("declared_members", QT_TRANSLATE_NOOP("Field", "Số thành viên kê khai"), INTEGER,
              header="Số thành viên kê khai", width=11, synonyms=("Số thành viên",),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Chỉ dùng cho tổ chức chưa nhập danh sách thành viên.")),
    ), parent="organisation_id")

TARGET_FIELDS = Description(
    "target", QT_TRANSLATE_NOOP("Registers", "Chỉ tiêu"), (
        replace(_YEAR, synonyms=("Năm kế hoạch",)),
        Field("indicator", QT_TRANSLATE_NOOP("Field", "Chỉ tiêu"), INDICATOR, required=True,
              header="Chỉ tiêu", width=28, example="htx.count",
              synonyms=("Mã chỉ tiêu", "Tên chỉ tiêu"),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Mã chỉ tiêu (ví dụ htx.count) hoặc tên chỉ tiêu.")),
        Field("comparator", QT_TRANSLATE_NOOP("Field", "So sánh"), CHOICE, required=True,
              choices=Comparator, header="So sánh", width=12, example="ít nhất",
              synonyms=("Cách so sánh",),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", ">=, >, <=, range, approx hoặc “ít nhất”, “trên”, “không quá”, "
                  "“từ … đến”, “khoảng”.")),
        Field("value", QT_TRANSLATE_NOOP("Field", "Giá trị"), NUMBER, required=True,
              header="Giá trị", width=10, example=700,
              synonyms=("Giá trị chỉ tiêu", "Giá trị tối thiểu", "Kế hoạch", "Mục tiêu")),
        Field("max_value", QT_TRANSLATE_NOOP("Field", "Giá trị tối đa"), NUMBER,
              header="Giá trị tối đa", width=10,
              note=QT_TRANSLATE_NOOP("Workbook", "Chỉ dùng khi so sánh “từ … đến”.")),
        Field("tolerance_pct", QT_TRANSLATE_NOOP("Field", "Sai số cho phép (%)"), NUMBER,
              unit="%", header="Sai số cho phép (%)", width=10, synonyms=("Sai số cho phép",),
              note=QT_TRANSLATE_NOOP(
                  "Workbook", "Với so sánh “khoảng”: sai lệch cho phép, tính bằng %.")),
        Field("basis", QT_TRANSLATE_NOOP("Field", "Căn cứ"), header="Căn cứ", width=30,
              example="KH 248/KH-UBND", synonyms=("Văn bản", "Căn cứ văn bản")),
        NOTE,
    ))

DESCRIPTIONS: dict[str, Description] = {d.table: d for d in (
    ORGANISATION_FIELDS, SUSPENSION_FIELDS, MEMBER_FIELDS, MANAGER_FIELDS, POSITION_FIELDS,
    TRAINING_FIELDS, OCOP_FIELDS, RATING_FIELDS, FIGURES_FIELDS, TARGET_FIELDS,
)}
"""Every register by table name."""


def description(table: str) -> Description:
    return DESCRIPTIONS[table]
