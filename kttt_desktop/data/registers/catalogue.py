"""Every list of the registers by name (the name is the table the list shows)."""

from __future__ import annotations

from kttt_desktop.data.registers.lists import ListSpec
from kttt_desktop.data.registers.organisation_lists import (
    FIGURES,
    OCOP_PRODUCTS,
    ORGANISATIONS,
    RATINGS,
    SUSPENSIONS,
)
from kttt_desktop.data.registers.people_lists import MANAGERS, MEMBERS, POSITIONS, TRAININGS

LISTS: dict[str, ListSpec] = {
    spec.name: spec
    for spec in (ORGANISATIONS, SUSPENSIONS, MEMBERS, MANAGERS, POSITIONS, TRAININGS,
                 OCOP_PRODUCTS, RATINGS, FIGURES)
}
