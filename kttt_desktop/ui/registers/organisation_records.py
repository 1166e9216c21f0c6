"""What the forms and lists of records kept per organisation share (managers, OCOP products,
ratings, yearly figures): the organisation picked by name, and the filters on organisations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kttt_desktop.core.enums import OrgKind
from kttt_desktop.services.registers.lists import organisation_picks
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.screen import RegisterScreen
from kttt_desktop.ui.sections import SectionContext
from kttt_desktop.ui.tasks import run_task


class OrganisationRecordForm(RecordForm):
    """A form whose record belongs to an organisation chosen in its ``organisation_id`` field
    (a SearchCombo, "name – commune"). Inside the organisation's own tab the host fixes the
    organisation and hides the field (``RecordForm.embed``)."""

    organisation_kinds: ClassVar[Sequence[str] | None] = None  # None: every kind

    def refresh_choices(self) -> None:
        """The organisations to choose from, read in the background each time the form is
        shown (none when the host fixed the organisation and hid the field)."""
        if self.ui.organisation_id.isHidden():
            return
        picker = self.ui.organisation_id
        run_task(organisation_picks, self.database, self.organisation_kinds, owner=picker,
                 on_done=lambda picks: picker.set_choices(
                     [(p.id, p.text, p.folded) for p in picks]))

    def title_for(self, record: Mapping[str, Any]) -> str:
        """"Xếp loại năm 2024 — Hợp tác xã Đồng Tâm": the record and whose it is."""
        title = super().title_for(record)
        if self.fixed.get("organisation_id") is not None:
            return title  # the hub names the organisation above its tabs
        organisation = self.ui.organisation_id.currentText().split(" – ")[0]
        return f"{title} — {organisation}" if organisation else title


def add_organisation_filters(screen: RegisterScreen) -> None:
    """The kind and the commune of the organisation, as every such list offers them."""
    screen.add_filter("org_kind", screen.tr("Loại hình"), OrgKind.choices())
    screen.add_filter("commune_code", screen.tr("Xã, phường"), screen.commune_choices())


class OrganisationRecordsScreen(RegisterScreen):
    """A register of records kept per organisation: its filters on a row of their own."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        arrange_filters(self)


def arrange_filters(screen: RegisterScreen) -> None:
    """Put the filter drop-downs on a row of their own under the search box (five filters and
    the search box on one row would not fit a small screen beside the navigation)."""
    row = QHBoxLayout()
    row.setObjectName("filter_row")
    for box in screen.filter_boxes.values():
        screen.filter_bar.removeWidget(box)
        row.addWidget(box)
    row.addStretch(1)
    layout = screen.layout()
    layout.insertLayout(layout.indexOf(screen.filter_bar) + 1, row)
