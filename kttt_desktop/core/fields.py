"""The Vietnamese names of the fields of each register (the columns of ``data.models``).

Messages of the record rules name fields with these labels; they are also the headers of the
import workbook (spec/workbook.md), so an officer reads the same words in a form, in an error
report and in a spreadsheet.
"""

from __future__ import annotations

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

_PERSON = {
    "full_name": QT_TRANSLATE_NOOP("Field", "Họ và tên"),
    "birth_date": QT_TRANSLATE_NOOP("Field", "Ngày sinh"),
    "birth_year": QT_TRANSLATE_NOOP("Field", "Năm sinh"),
    "gender": QT_TRANSLATE_NOOP("Field", "Giới tính"),
    "cccd": QT_TRANSLATE_NOOP("Field", "Số CCCD"),
    "phone": QT_TRANSLATE_NOOP("Field", "Điện thoại"),
    "note": QT_TRANSLATE_NOOP("Field", "Ghi chú"),
}
_PERIOD = {
    "starts_on": QT_TRANSLATE_NOOP("Field", "Từ ngày"),
    "ends_on": QT_TRANSLATE_NOOP("Field", "Đến ngày"),
}

LABELS: dict[str, dict[str, str]] = {
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
    "organisation": {
        "code": QT_TRANSLATE_NOOP("Field", "Mã số"),
        "kind": QT_TRANSLATE_NOOP("Field", "Loại hình"),
        "name": QT_TRANSLATE_NOOP("Field", "Tên"),
        "commune_code": QT_TRANSLATE_NOOP("Field", "Mã xã"),
        "address": QT_TRANSLATE_NOOP("Field", "Địa chỉ"),
        "established_on": QT_TRANSLATE_NOOP("Field", "Ngày thành lập"),
        "dissolved_on": QT_TRANSLATE_NOOP("Field", "Ngày giải thể"),
        "sector": QT_TRANSLATE_NOOP("Field", "Lĩnh vực"),
        "charter_capital": QT_TRANSLATE_NOOP("Field", "Vốn điều lệ"),
        "representative": QT_TRANSLATE_NOOP("Field", "Người đại diện"),
        "phone": _PERSON["phone"],
        "value_chain": QT_TRANSLATE_NOOP("Field", "Chuỗi giá trị"),
        "value_chain_year": QT_TRANSLATE_NOOP("Field", "Năm tham gia chuỗi giá trị"),
        "high_tech": QT_TRANSLATE_NOOP("Field", "Công nghệ cao"),
        "high_tech_year": QT_TRANSLATE_NOOP("Field", "Năm ứng dụng công nghệ cao"),
        "digital": QT_TRANSLATE_NOOP("Field", "Chuyển đổi số"),
        "digital_year": QT_TRANSLATE_NOOP("Field", "Năm chuyển đổi số"),
        "note": _PERSON["note"],
    },
    "suspension": {
        "starts_on": QT_TRANSLATE_NOOP("Field", "Tạm ngừng từ ngày"),
        "ends_on": QT_TRANSLATE_NOOP("Field", "Tạm ngừng đến ngày"),
        "reason": QT_TRANSLATE_NOOP("Field", "Lý do"),
    },
    "member": {
        **_PERSON,
        "member_kind": QT_TRANSLATE_NOOP("Field", "Loại thành viên"),
        "official_subtype": QT_TRANSLATE_NOOP("Field", "Hình thức thành viên chính thức"),
        "member_type": QT_TRANSLATE_NOOP("Field", "Đối tượng thành viên"),
        "member_organisation_id": QT_TRANSLATE_NOOP("Field", "Hợp tác xã thành viên"),
        "joined_on": QT_TRANSLATE_NOOP("Field", "Ngày vào"),
        "left_on": QT_TRANSLATE_NOOP("Field", "Ngày ra"),
        "capital_contribution": QT_TRANSLATE_NOOP("Field", "Vốn góp"),
        "is_worker": QT_TRANSLATE_NOOP("Field", "Lao động thường xuyên"),
        "address": QT_TRANSLATE_NOOP("Field", "Địa chỉ"),
    },
    "manager": {
        **_PERSON,
        "training_level": QT_TRANSLATE_NOOP("Field", "Trình độ"),
    },
    "manager_position": {
        "position": QT_TRANSLATE_NOOP("Field", "Chức vụ"),
        **_PERIOD,
    },
    "training_record": {
        "course": QT_TRANSLATE_NOOP("Field", "Khóa học"),
        "institution": QT_TRANSLATE_NOOP("Field", "Cơ sở đào tạo"),
        **_PERIOD,
        "level": QT_TRANSLATE_NOOP("Field", "Trình độ"),
    },
    "ocop_product": {
        "name": QT_TRANSLATE_NOOP("Field", "Tên sản phẩm"),
        "product_group": QT_TRANSLATE_NOOP("Field", "Nhóm sản phẩm"),
        "stars": QT_TRANSLATE_NOOP("Field", "Số sao"),
        "score": QT_TRANSLATE_NOOP("Field", "Điểm"),
        "decision_no": QT_TRANSLATE_NOOP("Field", "Số quyết định"),
        "decision_date": QT_TRANSLATE_NOOP("Field", "Ngày quyết định"),
        "level": QT_TRANSLATE_NOOP("Field", "Cấp công nhận"),
        "expires_on": QT_TRANSLATE_NOOP("Field", "Ngày hết hạn"),
        "note": _PERSON["note"],
    },
    "rating": {
        "year": QT_TRANSLATE_NOOP("Field", "Năm"),
        "score": QT_TRANSLATE_NOOP("Field", "Điểm"),
        "rating_class": QT_TRANSLATE_NOOP("Field", "Xếp loại"),
        "scheme": QT_TRANSLATE_NOOP("Field", "Bộ tiêu chí"),
        "note": _PERSON["note"],
    },
    "yearly_figures": {
        "year": QT_TRANSLATE_NOOP("Field", "Năm"),
        "revenue": QT_TRANSLATE_NOOP("Field", "Doanh thu"),
        "profit": QT_TRANSLATE_NOOP("Field", "Lợi nhuận"),
        "workers": QT_TRANSLATE_NOOP("Field", "Lao động thường xuyên"),
        "avg_income": QT_TRANSLATE_NOOP("Field", "Thu nhập bình quân"),
        "declared_members": QT_TRANSLATE_NOOP("Field", "Số thành viên kê khai"),
    },
    "target": {
        "year": QT_TRANSLATE_NOOP("Field", "Năm"),
        "indicator": QT_TRANSLATE_NOOP("Field", "Chỉ tiêu"),
        "comparator": QT_TRANSLATE_NOOP("Field", "So sánh"),
        "value": QT_TRANSLATE_NOOP("Field", "Giá trị"),
        "max_value": QT_TRANSLATE_NOOP("Field", "Giá trị tối đa"),
        "tolerance_pct": QT_TRANSLATE_NOOP("Field", "Sai số cho phép (%)"),
        "basis": QT_TRANSLATE_NOOP("Field", "Căn cứ"),
        "note": _PERSON["note"],
    },
}


def label(table: str, column: str) -> str:
    """The label of ``table.column`` in the interface language (the column name if unknown)."""
    raw = LABELS.get(table, {}).get(column)
    return translate("Field", raw) if raw else column


def in_sentence(text: str) -> str:
    """A label inside a sentence: "Ngày vào" → "ngày vào"; "HTX …" (an abbreviation) stays."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]
