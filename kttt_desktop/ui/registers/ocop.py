"""OCOP: the certified products of the organisations, with the state of each certificate.

A certificate is valid until its expiry date (36 months after the decision unless typed); the
list says whether it is still valid, expires within 90 days, or has expired, and filters by it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from kttt_desktop.core import clock
from kttt_desktop.core.dates import format_date
from kttt_desktop.core.enums import OcopGroup, OcopLevel, OcopStars
from kttt_desktop.core.numbers import format_number
from kttt_desktop.core.record_rules import ocop_expiry
from kttt_desktop.data.indicators.pieces import EXPIRY_NOTICE_DAYS
from kttt_desktop.data.registers.organisation_lists import EXPIRED, EXPIRING, VALID
from kttt_desktop.ui.forms.ui_ocop_product_form import Ui_OcopProductForm
from kttt_desktop.ui.registers.catalogue import column
from kttt_desktop.ui.registers.organisation_records import (
    OrganisationRecordForm,
    OrganisationRecordsScreen,
)
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.table_model import ColumnDef, Row


def validity_text(row: Row, today: date | None = None) -> str:
    """"Còn hiệu lực", "Còn 12 ngày" (expiring within 90 days) or "Đã hết hạn" on ``today``."""
    expires = row.get("expires_on")
    if expires is None:
        return ""
    left = (expires - (today or clock.today())).days
    if left <= 0:
        return QCoreApplication.translate("OcopScreen", "Đã hết hạn")
    if left <= EXPIRY_NOTICE_DAYS:
        return QCoreApplication.translate("OcopScreen", "Còn {days} ngày").format(days=left)
    return QCoreApplication.translate("OcopScreen", "Còn hiệu lực")


class OcopForm(OrganisationRecordForm):
    table = "ocop_product"
    form_class = Ui_OcopProductForm
    last_field = "note"

    def prepare(self) -> None:
        super().prepare()
        self.ui.product_group.set_enum(OcopGroup)
        self.ui.stars.set_enum(OcopStars)
        self.ui.level.set_enum(OcopLevel)
        self.ui.decision_date.edited.connect(self._show_default_expiry)
        self.shown.connect(self._show_default_expiry)

    def default_values(self) -> dict[str, Any]:
        return {"level": OcopLevel.PROVINCE.value}

    def from_record(self, record: Mapping[str, Any]) -> dict[str, Any]:
        stars = record.get("stars")
        values = {**record, "stars": None if stars is None else str(stars)}
        return values

    def to_record(self, values: dict[str, Any]) -> dict[str, Any]:
        stars = values.get("stars")
        return {**values, "stars": None if stars is None else int(stars)}

    def _show_default_expiry(self) -> None:
        """Say which expiry an empty field will get: 36 months after the decision."""
        decided = self.ui.decision_date.value()
        self.ui.expires_on.setPlaceholderText(
            self.tr("tự động: {day}").format(day=format_date(ocop_expiry(decided)))
            if isinstance(decided, date) else self.tr("ngày/tháng/năm"))


class OcopScreen(OrganisationRecordsScreen):
    """The register of OCOP products (see the module's note)."""

    table = "ocop_product"
    heading = QT_TRANSLATE_NOOP("Sections", "OCOP")

    def columns(self) -> list[ColumnDef]:
        return [
            column("name", QT_TRANSLATE_NOOP("Columns", "Sản phẩm"), width=20),
            column("organisation", QT_TRANSLATE_NOOP("Columns", "Tổ chức"), width=24),
            column("stars", QT_TRANSLATE_NOOP("Columns", "Số sao"), numeric=True, width=6),
            column("expires_on", QT_TRANSLATE_NOOP("Columns", "Hết hạn"), width=11),
            column("expires_on", QT_TRANSLATE_NOOP("Columns", "Tình trạng"),
                   text=validity_text, width=13),
            column("product_group", QT_TRANSLATE_NOOP("Columns", "Nhóm"), width=14),
            column("decision_no", QT_TRANSLATE_NOOP("Columns", "Số quyết định"), width=14),
            column("decision_date", QT_TRANSLATE_NOOP("Columns", "Ngày quyết định"), width=11),
            column("level", QT_TRANSLATE_NOOP("Columns", "Cấp"), width=8),
        ]

    def create_form(self) -> RecordForm:
        return OcopForm(self.database)

    def add_filters(self) -> None:
        self.add_filter("stars", self.tr("Số sao"), OcopStars.choices())
        self.add_filter("product_group", self.tr("Nhóm sản phẩm"), OcopGroup.choices())
        validity = self.add_filter("validity", self.tr("Tình trạng"), [
            (VALID, self.tr("Còn hiệu lực")), (EXPIRING, self.tr("Sắp hết hạn")),
            (EXPIRED, self.tr("Đã hết hạn"))])
        validity.setItemData(validity.findData(EXPIRING), self.tr(
            "Còn hiệu lực, hết hạn trong {days} ngày tới").format(days=EXPIRY_NOTICE_DAYS),
            Qt.ItemDataRole.ToolTipRole)
        self.add_filter("commune_code", self.tr("Xã, phường"), self.commune_choices())

    def count_text(self, count: int) -> str:
        return self.tr("{count} sản phẩm").format(count=format_number(count))

    def search_hint(self) -> str:
        return self.tr("Tìm theo tên sản phẩm hoặc tổ chức (không cần dấu)… (Ctrl+F)")
