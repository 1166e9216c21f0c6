"""What the forms and lists of records kept per organisation share (managers, OCOP products,
ratings, yearly figures): the organisation picked by name, and the filters on organisations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QEvent

from kttt_desktop.core.enums import OrgKind
from kttt_desktop.services.office import area_communes
from kttt_desktop.services.registers.lists import organisation_choices
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.screen import RegisterScreen


class OrganisationRecordForm(RecordForm):
    """A form whose record belongs to an organisation chosen in its ``organisation_id`` field
    (a SearchCombo, "name – commune"). Inside the organisation's own tab the host fixes the
    organisation and the field is hidden."""

    organisation_kinds: ClassVar[Sequence[str] | None] = None  # None: every kind

    def prepare(self) -> None:
        self._fill_organisations()
        self.shown.connect(self._lock_organisation)

    def _fill_organisations(self) -> None:
        communes = {unit.code: unit.name for unit in area_communes(self.database)}
        self.ui.organisation_id.set_choices([
            (c.id, f"{c.name} – {communes.get(c.commune_code, c.commune_code)}")
            for c in organisation_choices(self.database, self.organisation_kinds)])

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.is_dirty():
            self._fill_organisations()  # organisations added elsewhere meanwhile

    def default_values(self) -> dict[str, Any]:
        return {"organisation_id": self.fixed.get("organisation_id")}

    def _lock_organisation(self) -> None:
        """Inside the organisation's own tab the field is the host's: hidden, not chosen here."""
        chosen_here = self.fixed.get("organisation_id") is None
        for name in ("organisation_id", "organisation_id_label", "organisation_id_error"):
            getattr(self.ui, name).setVisible(chosen_here)


def add_organisation_filters(screen: RegisterScreen) -> None:
    """The kind and the commune of the organisation, as every such list offers them."""
    screen.add_filter("org_kind", screen.tr("Loại hình"), OrgKind.choices())
    screen.add_filter("commune_code", screen.tr("Xã, phường"), screen.commune_choices())
