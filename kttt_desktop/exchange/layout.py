"""The import workbook (spec/workbook.md): its sheets, their columns, and what each column holds.

One description serves the blank template, the reading of an officer's workbook and the export of
the registers, so the three never disagree. A *register* is one kind of sheet (organisations,
members...); a *column* names the field it fills, the header written in the template, the other
headers officers use for it, and the kind of value it holds.

Headers are the Vietnamese words of the contract whatever the interface language: files travel
between offices. The notes are explanations for the officer and go through translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# What a column holds (how a cell is read and written).
TEXT = "text"
ROW_NUMBER = "row_number"  # "STT": ignored, except that "Ví dụ" marks the template's example row
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
MONEY = "money"  # million VND in the workbook, whole VND in the database
YES_NO = "yes_no"
FLAG_YEAR = "flag_year"  # yes/no, or the year from which it holds
CHOICE = "choice"
ORGANISATION = "organisation"  # an organisation's Mã số, or its name
INDICATOR = "indicator"

CODE_KINDS = frozenset({TAX_CODE, CCCD, PHONE, COMMUNE_CODE})
"""Columns formatted as text in the template, so that the spreadsheet keeps leading zeros."""

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

_NAME = Column(
    "full_name", "Họ và tên", required=True, width=24, example="Nguyễn Văn An",
    synonyms=("Họ tên", "Họ và tên thành viên", "Tên thành viên", "Họ tên thành viên",
              "Họ và tên cán bộ", "Họ tên cán bộ", "Họ tên chủ hộ", "Họ và tên chủ hộ",
              "Tên chủ hộ", "Chủ hộ"),
    note=QT_TRANSLATE_NOOP("Workbook", "Họ và tên người (hoặc tên hộ, tên pháp nhân)."))
_BIRTH = Column(
    "birth", "Ngày sinh", BIRTH, personal=True, width=12, example="05/02/1980",
    synonyms=("Năm sinh", "Ngày tháng năm sinh", "Sinh ngày", "Ngày/tháng/năm sinh"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Ngày sinh dạng ngày/tháng/năm (ví dụ 05/02/1980), hoặc chỉ năm sinh."))
_GENDER = Column("gender", "Giới tính", CHOICE, choices=Gender, width=9, example="Nam",
                 synonyms=("Giới", "Nam/Nữ", "Nam, nữ"))
_CCCD = Column(
    "cccd", "Số CCCD", CCCD, personal=True, width=15, example="001080012345",
    synonyms=("CCCD", "Số CMND/CCCD", "CMND/CCCD", "Số CMND", "CMND", "Số định danh",
              "Số định danh cá nhân", "Căn cước", "Số căn cước", "Số căn cước công dân",
              "Số CCCD/CMND"),
    note=QT_TRANSLATE_NOOP(
        "Workbook", "Số định danh cá nhân 12 chữ số (số chứng minh nhân dân cũ 9 chữ số vẫn được "
        "nhận nhưng sẽ được nhắc thay)."))
_PHONE = Column(
    "phone", "Điện thoại", PHONE, personal=True, width=13, example="0912345678",
    synonyms=("Số điện thoại", "SĐT", "ĐT", "Điện thoại liên hệ"),
    note=QT_TRANSLATE_NOOP("Workbook", "Số di động 10 chữ số hoặc số cố định 11 chữ số."))
_NOTE = Column("note", "Ghi chú", width=30)
_STARTS = Column("starts_on", "Từ ngày", DATE, required=True, width=12, example="01/01/2021",
                 synonyms=("Ngày bắt đầu",))
_ENDS = Column("ends_on", "Đến ngày", DATE, width=12, synonyms=("Ngày kết thúc",),
               note=QT_TRANSLATE_NOOP("Workbook", "Để trống nếu chưa kết thúc."))
_MILLION_NOTE = QT_TRANSLATE_NOOP(
    "Workbook", "Đơn vị: triệu đồng, được ghi số lẻ (ví dụ 1.250,5).")
_YES_NO_NOTE = QT_TRANSLATE_NOOP("Workbook", "Có / Không (hoặc x / để trống, 1 / 0).")
_FLAG_NOTE = QT_TRANSLATE_NOOP(
    "Workbook", "Có / Không (hoặc x / để trống, 1 / 0), hoặc ghi năm bắt đầu (ví dụ 2021).")


def _flag(key: str, header: str, synonyms: tuple[str, ...]) -> Column:
    return Column(key, header, FLAG_YEAR, synonyms=synonyms, width=12, note=_FLAG_NOTE)


ORGANISATION_REGISTER = Register(
    "organisation", "ToChuc",
    QT_TRANSLATE_NOOP("Workbook", "Tổ chức kinh tế tập thể (tổ hợp tác, hợp tác xã, liên hiệp)"),
    (
        _STT,
        Column(
            "code", "Mã số", TAX_CODE, width=14, example="0100109106",
            synonyms=("Mã số thuế", "MST", "Mã số HTX", "Mã HTX", "Mã số doanh nghiệp",
                      "Mã số hợp tác xã", "Mã số thuế/Mã số HTX"),
            note=QT_TRANSLATE_NOOP(
                "Workbook", "Bắt buộc với hợp tác xã và liên hiệp: mã số thuế 10 chữ số (chữ số "
                "cuối là chữ số kiểm tra), đơn vị phụ thuộc thêm “-” và 3 chữ số. Tổ hợp tác "
                "chưa có mã số thì để trống.")),
        Column(
            "kind", "Loại hình", CHOICE, required=True, choices=OrgKind, width=20,
            example="Hợp tác xã", synonyms=("Loại hình tổ chức", "Loại", "Loại hình KTTT"),
            note=QT_TRANSLATE_NOOP("Workbook", "THT, HTX, LHHTX hoặc tên đầy đủ.")),
        Column(
            "name", "Tên", required=True, width=36, example="Hợp tác xã Nông nghiệp Đồng Tâm",
            synonyms=("Tên tổ chức", "Tên HTX", "Tên hợp tác xã", "Tên THT", "Tên tổ hợp tác",
                      "Tên đơn vị", "Tên HTX/THT"),
            note=QT_TRANSLATE_NOOP(
                "Workbook", "Tên đầy đủ, ví dụ “Hợp tác xã Nông nghiệp Đồng Tâm”.")),
        Column(
            "commune_code", "Mã xã", COMMUNE_CODE, width=8,
            synonyms=("Mã xã/phường", "Mã ĐVHC", "Mã đơn vị hành chính", "Mã xã phường"),
            note=QT_TRANSLATE_NOOP(
                "Workbook", "Bắt buộc (hoặc điền cột Xã/Phường): mã xã, phường 5 chữ số theo "
                "danh mục đơn vị hành chính, trong địa bàn của cơ quan.")),
        Column(
            "commune_name", "Xã/Phường", COMMUNE, width=18, example="Xã Bình Liêu",
            synonyms=("Xã", "Phường", "Xã phường", "Tên xã", "Xã, phường", "Địa bàn",
                      "Xã/Phường/Đặc khu"),
            note=QT_TRANSLATE_NOOP("Workbook", "Tên xã, phường (dùng khi không có cột Mã xã).")),
        Column("address", "Địa chỉ", width=30, example="Thôn Đồng Tâm",
               synonyms=("Trụ sở", "Địa chỉ trụ sở")),
        Column("established_on", "Ngày thành lập", DATE, required=True, width=13,
               example="15/03/2015",
               synonyms=("Ngày đăng ký", "Ngày đăng ký thành lập", "Ngày thành lập/đăng ký")),
        Column("dissolved_on", "Ngày giải thể", DATE, width=13,
               synonyms=("Ngày giải thể/chấm dứt",),
               note=QT_TRANSLATE_NOOP("Workbook", "Để trống nếu còn hoạt động.")),
        Column("sector", "Lĩnh vực", CHOICE, required=True, choices=Sector, width=26,
               example="Nông nghiệp",
               synonyms=("Lĩnh vực hoạt động", "Ngành nghề", "Ngành nghề chính")),
        Column("charter_capital", "Vốn điều lệ (triệu đồng)", MONEY, width=12, example=1500,
               synonyms=("Vốn điều lệ",), note=_MILLION_NOTE),
        Column("representative", "Người đại diện", width=22, example="Nguyễn Văn An",
               synonyms=("Người đại diện theo pháp luật", "Đại diện")),
        Column("phone", "Điện thoại", PHONE, personal=True, width=13, example="0912345678",
               synonyms=("Số điện thoại", "SĐT", "ĐT")),
        Column("suspension_from", "Tạm ngừng từ ngày", DATE, width=13,
               synonyms=("Ngày tạm ngừng", "Tạm ngừng hoạt động từ ngày"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Ngày bắt đầu tạm ngừng hoạt động (nếu có).")),
        Column("suspension_to", "Tạm ngừng đến ngày", DATE, width=13,
               synonyms=("Tạm ngừng hoạt động đến ngày",),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Ngày hết tạm ngừng; để trống nếu vẫn đang tạm ngừng.")),
        Column("suspension_reason", "Lý do tạm ngừng", width=24),
        _flag("value_chain", "Chuỗi giá trị",
              ("Tham gia chuỗi giá trị", "Liên kết chuỗi giá trị", "Liên kết chuỗi")),
        _flag("high_tech", "Công nghệ cao", ("Ứng dụng công nghệ cao", "Ứng dụng CNC")),
        _flag("digital", "Chuyển đổi số", ("Ứng dụng chuyển đổi số", "Ứng dụng công nghệ số")),
        _NOTE,
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
    (_STT, *_ORG_REFERENCE, _STARTS, _ENDS, Column("reason", "Lý do", width=30)),
    synonyms=("Tạm ngừng", "Tạm ngừng hoạt động"),
    signature=frozenset({"reason"}),
    optional_sheet=True,
    either=_BY_ORGANISATION,
)

MEMBER_REGISTER = Register(
    "member", "ThanhVien",
    QT_TRANSLATE_NOOP("Workbook", "Thành viên của tổ hợp tác, hợp tác xã, liên hiệp"),
    (
        _STT, *_ORG_REFERENCE, _NAME, _BIRTH, _GENDER, _CCCD, _PHONE,
        Column("member_kind", "Loại thành viên", CHOICE, required=True, choices=MemberKind,
               width=20, example="Chính thức",
               synonyms=("Loại TV", "Thành viên chính thức/liên kết")),
        Column("official_subtype", "Hình thức thành viên chính thức", CHOICE,
               choices=OfficialSubtype, width=26, synonyms=("Hình thức góp",)),
        Column("member_type", "Đối tượng thành viên", CHOICE, choices=MemberType, width=16,
               example="Cá nhân", synonyms=("Đối tượng", "Cá nhân/Hộ/Pháp nhân"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Cá nhân (mặc định), Hộ gia đình, Pháp nhân hoặc Tổ chức khác.")),
        Column("member_organisation", "Hợp tác xã thành viên", ORGANISATION, width=16,
               synonyms=("Mã số HTX thành viên",),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Với thành viên của liên hiệp: mã số (hoặc tên) của hợp tác xã "
                   "thành viên.")),
        Column("joined_on", "Ngày vào", DATE, required=True, width=12, example="15/03/2015",
               synonyms=("Ngày gia nhập", "Ngày kết nạp", "Ngày tham gia", "Ngày vào HTX")),
        Column("left_on", "Ngày ra", DATE, width=12,
               synonyms=("Ngày ra khỏi", "Ngày rút", "Ngày chấm dứt", "Ngày thôi", "Ngày ra HTX"),
               note=QT_TRANSLATE_NOOP("Workbook", "Để trống nếu vẫn là thành viên.")),
        Column("capital_contribution", "Vốn góp (triệu đồng)", MONEY, width=11, example=20,
               synonyms=("Vốn góp", "Số vốn góp"), note=_MILLION_NOTE),
        Column("is_worker", "Lao động thường xuyên", YES_NO, width=11, example="Có",
               synonyms=("LĐ thường xuyên", "Làm việc thường xuyên", "Lao động TX"),
               note=_YES_NO_NOTE),
        Column("address", "Địa chỉ", width=26, synonyms=("Nơi ở", "Địa chỉ thường trú", "Thôn")),
        _NOTE,
    ),
    synonyms=("Thành viên", "Danh sách thành viên", "DS thành viên", "TV"),
    signature=frozenset({"member_kind", "joined_on"}),
    either=_BY_ORGANISATION,
)

MANAGER_REGISTER = Register(
    "manager", "CanBo", QT_TRANSLATE_NOOP("Workbook", "Cán bộ quản lý, mỗi dòng một chức vụ"),
    (
        _STT, *_ORG_REFERENCE, _NAME, _BIRTH, _GENDER, _CCCD, _PHONE,
        Column("position", "Chức vụ", CHOICE, required=True, choices=Position, width=20,
               example="Giám đốc", synonyms=("Chức danh", "Chức vụ quản lý")),
        Column("starts_on", "Từ ngày", DATE, required=True, width=12, example="01/01/2021",
               synonyms=("Ngày bổ nhiệm", "Ngày bắt đầu", "Ngày giữ chức vụ")),
        Column("ends_on", "Đến ngày", DATE, width=12,
               synonyms=("Ngày thôi giữ chức vụ", "Ngày kết thúc", "Ngày thôi"),
               note=QT_TRANSLATE_NOOP("Workbook", "Để trống nếu vẫn giữ chức vụ.")),
        Column("training_level", "Trình độ", CHOICE, required=True, choices=TrainingLevel,
               width=16, example="Sơ cấp",
               synonyms=("Trình độ chuyên môn", "Trình độ đào tạo", "Trình độ CM"),
               note=QT_TRANSLATE_NOOP("Workbook", "Trình độ cao nhất đã được đào tạo.")),
        _NOTE,
    ),
    synonyms=("Cán bộ", "Cán bộ quản lý", "Quản lý", "Ban quản lý", "CBQL"),
    signature=frozenset({"position"}),
    either=_BY_ORGANISATION,
)

TRAINING_REGISTER = Register(
    "training", "DaoTao",
    QT_TRANSLATE_NOOP("Workbook", "Các khóa đào tạo, bồi dưỡng của cán bộ quản lý"),
    (
        _STT, *_ORG_REFERENCE, replace(_NAME, required=False), _BIRTH, _CCCD,
        Column("course", "Khóa học", required=True, width=32,
               example="Bồi dưỡng quản trị hợp tác xã",
               synonyms=("Tên khóa học", "Khóa đào tạo", "Nội dung đào tạo", "Tên lớp")),
        Column("institution", "Cơ sở đào tạo", width=26,
               synonyms=("Đơn vị đào tạo", "Nơi đào tạo", "Cơ sở bồi dưỡng")),
        _STARTS, _ENDS,
        Column("level", "Trình độ", CHOICE, choices=TrainingLevel, width=16,
               synonyms=("Trình độ đạt được", "Văn bằng", "Bằng cấp"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Trình độ mà khóa học cấp (để trống với khóa bồi dưỡng ngắn "
                   "hạn).")),
    ),
    synonyms=("Đào tạo", "Đào tạo bồi dưỡng", "Bồi dưỡng"),
    signature=frozenset({"course"}),
    either=(("cccd", "full_name"),),
)

OCOP_REGISTER = Register(
    "ocop", "OCOP", QT_TRANSLATE_NOOP("Workbook", "Sản phẩm OCOP được công nhận"),
    (
        _STT, *_ORG_REFERENCE,
        Column("name", "Tên sản phẩm", required=True, width=30, example="Gạo nếp Đồng Tâm",
               synonyms=("Sản phẩm",)),
        Column("product_group", "Nhóm sản phẩm", CHOICE, required=True, choices=OcopGroup,
               width=22, example="Thực phẩm", synonyms=("Nhóm", "Nhóm ngành")),
        Column("stars", "Số sao", CHOICE, required=True, choices=OcopStars, width=8, example=3,
               synonyms=("Hạng sao", "Xếp hạng", "Hạng"),
               note=QT_TRANSLATE_NOOP("Workbook", "3, 4 hoặc 5.")),
        Column("score", "Điểm", NUMBER, width=8, example=62, synonyms=("Điểm đánh giá",)),
        Column("decision_no", "Số quyết định", width=18, example="1234/QĐ-UBND",
               synonyms=("Số QĐ", "Quyết định")),
        Column("decision_date", "Ngày quyết định", DATE, required=True, width=13,
               example="20/10/2023", synonyms=("Ngày QĐ", "Ngày công nhận", "Ngày cấp")),
        Column("level", "Cấp công nhận", CHOICE, choices=OcopLevel, width=12, example="Tỉnh",
               synonyms=("Cấp", "Cấp ra quyết định")),
        Column("expires_on", "Ngày hết hạn", DATE, width=13,
               synonyms=("Hết hạn", "Hiệu lực đến", "Ngày hết hiệu lực"),
               note=QT_TRANSLATE_NOOP("Workbook", "Để trống: 36 tháng sau ngày quyết định.")),
        _NOTE,
    ),
    synonyms=("Sản phẩm OCOP", "OCOP"),
    signature=frozenset({"product_group", "stars", "decision_date"}),
    either=_BY_ORGANISATION,
)

_YEAR = Column("year", "Năm", YEAR, required=True, width=7, example=2023)

RATING_REGISTER = Register(
    "rating", "XepLoai", QT_TRANSLATE_NOOP("Workbook", "Kết quả đánh giá, xếp loại hằng năm"),
    (
        _STT, *_ORG_REFERENCE, replace(_YEAR, synonyms=("Năm đánh giá",)),
        Column("score", "Điểm", NUMBER, width=8, example=82,
               synonyms=("Tổng điểm", "Điểm đánh giá")),
        Column("rating_class", "Xếp loại", CHOICE, required=True, choices=RatingClass, width=14,
               example="Tốt",
               synonyms=("Kết quả xếp loại", "Phân loại", "Kết quả đánh giá", "Loại")),
        Column("scheme", "Bộ tiêu chí", width=12, synonyms=("Tiêu chí", "Căn cứ đánh giá"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Để trống: theo Thông tư 01/2020/TT-BKHĐT (TT01/2020).")),
        _NOTE,
    ),
    synonyms=("Xếp loại", "Đánh giá", "Phân loại", "Đánh giá xếp loại"),
    signature=frozenset({"rating_class"}),
    either=_BY_ORGANISATION,
)

FIGURES_REGISTER = Register(
    "figures", "SoLieu", QT_TRANSLATE_NOOP("Workbook", "Số liệu sản xuất, kinh doanh hằng năm"),
    (
        _STT, *_ORG_REFERENCE, _YEAR,
        Column("revenue", "Doanh thu (triệu đồng)", MONEY, width=12, example=1250.5,
               synonyms=("Doanh thu",), note=_MILLION_NOTE),
        Column("profit", "Lợi nhuận (triệu đồng)", MONEY, width=12, example=85,
               synonyms=("Lợi nhuận", "Lãi", "Lợi nhuận trước thuế", "Lãi (lỗ)"),
               note=QT_TRANSLATE_NOOP("Workbook", "Triệu đồng; số âm nếu lỗ.")),
        Column("workers", "Lao động thường xuyên", INTEGER, width=11, example=12,
               synonyms=("Số lao động", "Lao động", "Số lao động thường xuyên")),
        Column("avg_income", "Thu nhập bình quân (triệu đồng/người/năm)", MONEY, width=14,
               example=62.4,
               synonyms=("Thu nhập bình quân", "Thu nhập BQ", "Thu nhập bình quân năm"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Thu nhập của một lao động thường xuyên trong cả năm, triệu "
                   "đồng.")),
        Column("declared_members", "Số thành viên kê khai", INTEGER, width=11,
               synonyms=("Số thành viên",),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Chỉ dùng cho tổ chức chưa nhập danh sách thành viên.")),
    ),
    synonyms=("Số liệu", "Kết quả SXKD", "Kết quả sản xuất kinh doanh", "Doanh thu"),
    signature=frozenset({"revenue", "profit", "avg_income", "declared_members", "workers"}),
    either=_BY_ORGANISATION,
)

TARGET_REGISTER = Register(
    "target", "ChiTieu", QT_TRANSLATE_NOOP("Workbook", "Chỉ tiêu kế hoạch"),
    (
        _STT, replace(_YEAR, synonyms=("Năm kế hoạch",)),
        Column("indicator", "Chỉ tiêu", INDICATOR, required=True, width=28, example="htx.count",
               synonyms=("Mã chỉ tiêu", "Tên chỉ tiêu"),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Mã chỉ tiêu (ví dụ htx.count) hoặc tên chỉ tiêu.")),
        Column("comparator", "So sánh", CHOICE, required=True, choices=Comparator, width=12,
               example="ít nhất", synonyms=("Cách so sánh",),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", ">=, >, <=, range, approx hoặc “ít nhất”, “trên”, “không quá”, "
                   "“từ … đến”, “khoảng”.")),
        Column("value", "Giá trị", NUMBER, required=True, width=10, example=700,
               synonyms=("Giá trị chỉ tiêu", "Giá trị tối thiểu", "Kế hoạch", "Mục tiêu")),
        Column("max_value", "Giá trị tối đa", NUMBER, width=10,
               note=QT_TRANSLATE_NOOP("Workbook", "Chỉ dùng khi so sánh “từ … đến”.")),
        Column("tolerance_pct", "Sai số cho phép (%)", NUMBER, width=10,
               synonyms=("Sai số cho phép",),
               note=QT_TRANSLATE_NOOP(
                   "Workbook", "Với so sánh “khoảng”: sai lệch cho phép, tính bằng %.")),
        Column("basis", "Căn cứ", width=30, example="KH 248/KH-UBND",
               synonyms=("Văn bản", "Căn cứ văn bản")),
        _NOTE,
    ),
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
