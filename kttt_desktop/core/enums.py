"""Enumerations of the domain with their Vietnamese labels.

Each member stores a stable ASCII code (what the database and the files hold) and a Vietnamese
label marked for translation; ``member.label`` gives the label in the current language and
:meth:`LabelledEnum.parse` accepts the code, the label or the label without diacritics.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# Hyphens, dashes and the ellipsis only separate words in a label ("Công nghiệp – Tiểu thủ công
# nghiệp", "từ … đến" typed as "từ - đến").
_SEPARATORS = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2212\u2026"})


def _fold(text: str) -> str:
    # A local copy of the folding rule: core.text imports this module's enums.
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return " ".join(text.lower().translate(_SEPARATORS).split())


class LabelledEnum(str, Enum):
    """A string enumeration whose members carry a Vietnamese label."""

    _raw_label: str

    def __new__(cls, value: str, label: str = "") -> LabelledEnum:  # a member by value: Cls(value)
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj._raw_label = label
        return obj

    def __str__(self) -> str:
        return str.__str__(self)

    @property
    def label(self) -> str:
        return translate(type(self).__name__, self._raw_label)

    @property
    def source_label(self) -> str:
        """The Vietnamese label whatever the interface language (files sent up use it)."""
        return self._raw_label

    @classmethod
    def parse(cls, text: str) -> LabelledEnum | None:
        """The member whose code or label matches ``text`` (case and diacritics ignored)."""
        key = _fold(str(text))
        if not key:
            return None
        for member in cls:
            if key in (_fold(member.value), _fold(member._raw_label), _fold(member.label)):
                return member
        return None

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class OrgKind(LabelledEnum):
    THT = "tht", QT_TRANSLATE_NOOP("OrgKind", "Tổ hợp tác")
    HTX = "htx", QT_TRANSLATE_NOOP("OrgKind", "Hợp tác xã")
    LHHTX = "lhhtx", QT_TRANSLATE_NOOP("OrgKind", "Liên hiệp hợp tác xã")

    @property
    def abbreviation(self) -> str:
        return str.upper(self)

    @classmethod
    def parse(cls, text: str) -> OrgKind | None:
        found = super().parse(text)
        if found is None:
            key = _fold(str(text)).replace(" ", "")
            found = next((m for m in cls if key == m.value), None)
        return found  # type: ignore[return-value]


class Sector(LabelledEnum):
    AGRICULTURE = "agriculture", QT_TRANSLATE_NOOP("Sector", "Nông nghiệp")
    INDUSTRY = "industry", QT_TRANSLATE_NOOP("Sector", "Công nghiệp - Tiểu thủ công nghiệp")
    CONSTRUCTION = "construction", QT_TRANSLATE_NOOP("Sector", "Xây dựng")
    TRADE = "trade", QT_TRANSLATE_NOOP("Sector", "Thương mại - Dịch vụ")
    TRANSPORT = "transport", QT_TRANSLATE_NOOP("Sector", "Vận tải")
    CREDIT = "credit", QT_TRANSLATE_NOOP("Sector", "Tín dụng")
    ENVIRONMENT = "environment", QT_TRANSLATE_NOOP("Sector", "Môi trường")
    HOUSING = "housing", QT_TRANSLATE_NOOP("Sector", "Nhà ở")
    OTHER = "other", QT_TRANSLATE_NOOP("Sector", "Khác")


class MemberKind(LabelledEnum):
    OFFICIAL = "official", QT_TRANSLATE_NOOP("MemberKind", "Chính thức")
    ASSOCIATE_CAPITAL = "associate_capital", QT_TRANSLATE_NOOP("MemberKind", "Liên kết góp vốn")
    ASSOCIATE = "associate", QT_TRANSLATE_NOOP("MemberKind", "Liên kết không góp vốn")


class OfficialSubtype(LabelledEnum):
    """The three kinds of official member (Law on Cooperatives 2023, art. 4.17)."""

    CAPITAL_USE = "capital_use", QT_TRANSLATE_NOOP(
        "OfficialSubtype", "Góp vốn và sử dụng sản phẩm, dịch vụ")
    CAPITAL_LABOUR = "capital_labour", QT_TRANSLATE_NOOP(
        "OfficialSubtype", "Góp vốn và góp sức lao động")
    CAPITAL_USE_LABOUR = "capital_use_labour", QT_TRANSLATE_NOOP(
        "OfficialSubtype", "Góp vốn, sử dụng sản phẩm, dịch vụ và góp sức lao động")


class MemberType(LabelledEnum):
    INDIVIDUAL = "individual", QT_TRANSLATE_NOOP("MemberType", "Cá nhân")
    HOUSEHOLD = "household", QT_TRANSLATE_NOOP("MemberType", "Hộ gia đình")
    LEGAL_PERSON = "legal_person", QT_TRANSLATE_NOOP("MemberType", "Pháp nhân")
    OTHER_ORG = "other_org", QT_TRANSLATE_NOOP("MemberType", "Tổ chức khác")


class Gender(LabelledEnum):
    MALE = "male", QT_TRANSLATE_NOOP("Gender", "Nam")
    FEMALE = "female", QT_TRANSLATE_NOOP("Gender", "Nữ")


class Position(LabelledEnum):
    """Managing positions (spec/indicators.md: who is a manager in post)."""

    CHAIR = "chair", QT_TRANSLATE_NOOP("Position", "Chủ tịch HĐQT")
    DIRECTOR = "director", QT_TRANSLATE_NOOP("Position", "Giám đốc")
    DEPUTY_DIRECTOR = "deputy_director", QT_TRANSLATE_NOOP("Position", "Phó giám đốc")
    SUPERVISOR_HEAD = "supervisor_head", QT_TRANSLATE_NOOP("Position", "Trưởng ban kiểm soát")
    CONTROLLER = "controller", QT_TRANSLATE_NOOP("Position", "Kiểm soát viên")
    CHIEF_ACCOUNTANT = "chief_accountant", QT_TRANSLATE_NOOP("Position", "Kế toán trưởng")
    THT_LEADER = "tht_leader", QT_TRANSLATE_NOOP("Position", "Tổ trưởng")


class TrainingLevel(LabelledEnum):
    """Highest training level, in increasing order (the order is used by the matrix of the return)."""

    UNTRAINED = "untrained", QT_TRANSLATE_NOOP("TrainingLevel", "Chưa qua đào tạo")
    SO_CAP = "so_cap", QT_TRANSLATE_NOOP("TrainingLevel", "Sơ cấp")
    TRUNG_CAP = "trung_cap", QT_TRANSLATE_NOOP("TrainingLevel", "Trung cấp")
    CAO_DANG = "cao_dang", QT_TRANSLATE_NOOP("TrainingLevel", "Cao đẳng")
    DAI_HOC = "dai_hoc", QT_TRANSLATE_NOOP("TrainingLevel", "Đại học")
    TREN_DAI_HOC = "tren_dai_hoc", QT_TRANSLATE_NOOP("TrainingLevel", "Trên đại học")


class RatingClass(LabelledEnum):
    GOOD = "good", QT_TRANSLATE_NOOP("RatingClass", "Tốt")
    FAIR = "fair", QT_TRANSLATE_NOOP("RatingClass", "Khá")
    AVERAGE = "average", QT_TRANSLATE_NOOP("RatingClass", "Trung bình")
    WEAK = "weak", QT_TRANSLATE_NOOP("RatingClass", "Yếu")
    NOT_RATED = "not_rated", QT_TRANSLATE_NOOP("RatingClass", "Không đánh giá")


class OcopGroup(LabelledEnum):
    """The six product groups of QĐ 148/QĐ-TTg (2023)."""

    FOOD = "food", QT_TRANSLATE_NOOP("OcopGroup", "Thực phẩm")
    DRINKS = "drinks", QT_TRANSLATE_NOOP("OcopGroup", "Đồ uống")
    HERBAL = "herbal", QT_TRANSLATE_NOOP("OcopGroup", "Dược liệu và sản phẩm từ dược liệu")
    HANDICRAFT = "handicraft", QT_TRANSLATE_NOOP("OcopGroup", "Hàng thủ công mỹ nghệ")
    ORNAMENTAL = "ornamental", QT_TRANSLATE_NOOP("OcopGroup", "Sinh vật cảnh")
    TOURISM = "tourism", QT_TRANSLATE_NOOP(
        "OcopGroup", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch")


class OcopStars(LabelledEnum):
    """Star classes that make a certified OCOP product (3 stars or more)."""

    THREE = "3", QT_TRANSLATE_NOOP("OcopStars", "3 sao")
    FOUR = "4", QT_TRANSLATE_NOOP("OcopStars", "4 sao")
    FIVE = "5", QT_TRANSLATE_NOOP("OcopStars", "5 sao")

    @property
    def count(self) -> int:  # type: ignore[override]  # the stars, not str.count
        return int(self.value)


class OcopLevel(LabelledEnum):
    """Who certified the product (district level ended on 01/7/2025)."""

    DISTRICT = "district", QT_TRANSLATE_NOOP("OcopLevel", "Huyện")
    PROVINCE = "province", QT_TRANSLATE_NOOP("OcopLevel", "Tỉnh")
    CENTRAL = "central", QT_TRANSLATE_NOOP("OcopLevel", "Trung ương")


class OrgStatus(LabelledEnum):
    """The state of an organisation at a date, derived from its dates and suspensions."""

    NOT_YET = "not_yet", QT_TRANSLATE_NOOP("OrgStatus", "Chưa thành lập")
    OPERATING = "operating", QT_TRANSLATE_NOOP("OrgStatus", "Đang hoạt động")
    SUSPENDED = "suspended", QT_TRANSLATE_NOOP("OrgStatus", "Tạm ngừng hoạt động")
    DISSOLVED = "dissolved", QT_TRANSLATE_NOOP("OrgStatus", "Đã giải thể")


class Severity(LabelledEnum):
    ERROR = "error", QT_TRANSLATE_NOOP("Severity", "Lỗi")
    WARNING = "warning", QT_TRANSLATE_NOOP("Severity", "Cảnh báo")
    INFO = "info", QT_TRANSLATE_NOOP("Severity", "Thông tin")


class Comparator(LabelledEnum):
    """How a target is compared with the actual value (spec/indicators.md §Targets)."""

    AT_LEAST = ">=", QT_TRANSLATE_NOOP("Comparator", "ít nhất")
    ABOVE = ">", QT_TRANSLATE_NOOP("Comparator", "trên")
    AT_MOST = "<=", QT_TRANSLATE_NOOP("Comparator", "không quá")
    RANGE = "range", QT_TRANSLATE_NOOP("Comparator", "từ … đến")
    APPROX = "approx", QT_TRANSLATE_NOOP("Comparator", "khoảng")
