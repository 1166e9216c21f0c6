"""What the forms and lists of records kept per organisation share (managers, OCOP products,
ratings, yearly figures): the organisation picked by name, and the filters on organisations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QEvent

from kttt_desktop.core.enums import OrgKind
from kttt_desktop.services.registers.lists import organisation_choices
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.screen import RegisterScreen


class OrganisationRecordForm(RecordForm):
    """A form whose record belongs to an organisation chosen in its ``organisation_id`` field
    (a SearchCombo). Inside the organisation's own tab the host fixes the organisation: the
    field then shows it and cannot be changed."""

    organisation_kinds: ClassVar[Sequence[str] | None] = None  # None: every kind

    def prepare(self) -> None:
        self._fill_organisations()
        self.shown.connect(self._lock_organisation)

    def _fill_organisations(self) -> None:
        choices = organisation_choices(self.database, self.organisation_kinds)
        self.ui.organisation_id.set_choices([(c.id, c.name) for c in choices])

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.is_dirty():
            self._fill_organisations()  # organisations added elsewhere meanwhile

    def default_values(self) -> dict[str, Any]:
        return {"organisation_id": self.fixed.get("organisation_id")}

    def _lock_organisation(self) -> None:
        self.ui.organisation_id.setEnabled(self.fixed.get("organisation_id") is None)


def add_organisation_filters(screen: RegisterScreen) -> None:
    """The kind and the commune of the organisation, as every such list offers them."""
    screen.add_filter("org_kind", screen.tr("Loại hình"), OrgKind.choices())
    screen.add_filter("commune_code", screen.tr("Xã, phường"), screen.commune_choices())
