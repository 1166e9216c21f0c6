"""What the officer writes into a return, kept as a draft per period: the free text ("Đánh giá
chung, kiến nghị"), the document's number and who signs it.

The draft goes into every return made for the period; a submitted return freezes what it was
sent with, and the draft stays for the next version. An empty signer field takes the office's
(Cài đặt); an empty number leaves "Số:      /BC-…" blank for the clerk to write in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kttt_desktop.core import clock
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.periods import Period
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import ReturnDraft
from kttt_desktop.reports.snapshot import Header

MAX_NUMBER_DIGITS = 6
MAX_SIGNER_LENGTH = 255
_NUMBER = re.compile(rf"\d{{1,{MAX_NUMBER_DIGITS}}}")


@dataclass(frozen=True)
class Draft:
    free_text: str = ""
    doc_number: str = ""
    signer_authority: str = ""  # "KT. TRƯỞNG PHÒNG"
    signer_title: str = ""  # "PHÓ TRƯỞNG PHÒNG"
    signer_name: str = ""


def load_draft(db: Database, period: Period) -> Draft:
    """What was last saved for ``period`` (all empty when nothing was)."""
    with db.session() as s:
        row = s.get(ReturnDraft, str(period))
        if row is None:
            return Draft()
        return Draft(row.free_text, row.doc_number, row.signer_authority, row.signer_title,
                     row.signer_name)


def checked_draft(draft: Draft) -> Draft:
    """``draft`` cleaned (NFC, no control characters, spaces trimmed); raises
    :class:`InputError` naming the field when the number is not a number or a text is too long."""
    cleaned = Draft(clean_text(draft.free_text, multiline=True),
                    *(clean_text(getattr(draft, name)).strip() for name in (
                        "doc_number", "signer_authority", "signer_title", "signer_name")))
    if cleaned.doc_number and not _NUMBER.fullmatch(cleaned.doc_number):
        raise InputError(translate(
            "Return", "Số văn bản “{number}” không hợp lệ: chỉ ghi phần số, tối đa {digits} chữ "
            "số (ví dụ 15); ký hiệu “/BC-…” lấy từ thông tin cơ quan.").format(
                number=cleaned.doc_number, digits=MAX_NUMBER_DIGITS))
    labels = {"signer_authority": translate("Return", "Thẩm quyền ký"),
              "signer_title": translate("Return", "Chức vụ người ký"),
              "signer_name": translate("Return", "Họ tên người ký")}
    for name, label in labels.items():
        if len(getattr(cleaned, name)) > MAX_SIGNER_LENGTH:
            raise InputError(translate(
                "Return", "“{field}” dài quá {limit} ký tự.").format(
                    field=label, limit=MAX_SIGNER_LENGTH))
    return cleaned


def save_draft(db: Database, period: Period, draft: Draft) -> Draft:
    """Store the draft of ``period`` (checked and cleaned by :func:`checked_draft`); returns it."""
    draft = checked_draft(draft)
    values = {"free_text": draft.free_text, "doc_number": draft.doc_number,
              "signer_authority": draft.signer_authority, "signer_title": draft.signer_title,
              "signer_name": draft.signer_name}
    with db.session() as s:
        row = s.get(ReturnDraft, str(period))
        if row is None:
            row = ReturnDraft(period=str(period), updated_at=clock.now(), **values)
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = clock.now()
        s.add(row)
    return draft


def signed_header(header: Header, draft: Draft) -> Header:
    """The office's header with the draft's number, and its signer where the draft names one."""
    return replace(header, doc_number=draft.doc_number,
                   signer_authority=draft.signer_authority or header.signer_authority,
                   signer_title=draft.signer_title or header.signer_title,
                   signer_name=draft.signer_name or header.signer_name)
