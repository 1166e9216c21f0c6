"""OCOP products, ratings, yearly figures and plan targets.

Natural keys: an OCOP certificate is its organisation, product name and decision date (a product
certified again has a new decision); a rating and the figures are their organisation and year; a
target is its year and indicator.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue
from kttt_desktop.core.record_rules import (
    check_ocop_product,
    check_rating,
    check_target,
    check_yearly_figures,
    ocop_expiry,
)
from kttt_desktop.core.registers import description
from kttt_desktop.core.text import fold
from kttt_desktop.services.importing.lines import SheetLines
from kttt_desktop.services.importing.organisations import Declared, resolve_organisation
from kttt_desktop.services.importing.plan import Plan, count, first_seen, name_key, take
from kttt_desktop.services.importing.refs import Organisations, OrgEntity
from kttt_desktop.services.importing.result import REJECTED

OCOP_COLUMNS = description("ocop_product").copied_keys
RATING_COLUMNS = description("rating").copied_keys
FIGURES_COLUMNS = description("yearly_figures").copied_keys
TARGET_COLUMNS = description("target").copied_keys


class YearlyPlanner:
    def __init__(self, plan: Plan, orgs: Organisations) -> None:
        self.plan = plan
        self.orgs = orgs

    def _per_organisation(
            self, sheet: SheetLines, table: str, columns: tuple[str, ...],
            key: Callable[[int, dict[str, Any]], tuple[Any, ...]],
            check: Callable[[dict[str, Any], OrgEntity | None], list[Issue]],
            duplicate: tuple[str, str], label: Callable[[dict[str, Any], OrgEntity], str],
            complete: Callable[[dict[str, Any]], None] | None = None) -> None:
        """The rows of a sheet whose records belong to an organisation, one record per row."""
        stored = {key(row["organisation_id"], row): row for row in self.plan.existing.rows(table)}
        seen: dict[Any, int] = {}
        for line in sheet.lines:
            self.plan.tick()
            org = resolve_organisation(sheet, line, self.orgs)
            record = take(line.values, table, columns, sheet.register.required_keys)
            if complete is not None:
                complete(record)
            existing = stored.get(key(org.id, record)) if org else None
            sheet.issues(line, check({**(existing or {}), **record}, org), {})
            if org is None:
                count(sheet, line, REJECTED)
                continue
            before = first_seen(seen, key(org.id, record), line)
            if before is not None:
                sheet.problem(line, duplicate[0], duplicate[1].format(row=before))
            _, outcome = self.plan.settle(table, record, existing, label(record, org),
                                          {"organisation_id": org.id})
            count(sheet, line, outcome)

    def ocop_sheet(self, sheet: SheetLines) -> None:
        def complete(record: dict[str, Any]) -> None:
            if record.get("expires_on") is None and record.get("decision_date") is not None:
                record["expires_on"] = ocop_expiry(record["decision_date"])

        self._per_organisation(
            sheet, "ocop_product", OCOP_COLUMNS,
            lambda org, r: (org, name_key(r.get("name")), r.get("decision_date")),
            lambda r, org: check_ocop_product(r, today=self.plan.today),
            ("name", translate("Import", "Sản phẩm này, với cùng ngày quyết định, đã có ở dòng "
                               "{row}.")),
            lambda r, org: r.get("name") or "", complete)

    def rating_sheet(self, sheet: SheetLines) -> None:
        self._per_organisation(
            sheet, "rating", RATING_COLUMNS, lambda org, r: (org, r.get("year")),
            lambda r, org: check_rating(r, organisation=org.context() if org else None,
                                        today=self.plan.today),
            ("year", translate("Import", "Xếp loại của tổ chức trong năm này đã có ở dòng {row}.")),
            lambda r, org: f"{org.name} ({r.get('year')})")

    def figures_sheet(self, sheet: SheetLines) -> None:
        self._per_organisation(
            sheet, "yearly_figures", FIGURES_COLUMNS, lambda org, r: (org, r.get("year")),
            lambda r, org: check_yearly_figures(
                r, organisation=org.context() if org else None, today=self.plan.today),
            ("year", translate("Import", "Số liệu của tổ chức trong năm này đã có ở dòng {row}.")),
            lambda r, org: f"{org.name} ({r.get('year')})")

    def declared(self, entries: list[Declared]) -> dict[int, list[str]]:
        """Plan the member counts an officer's list of organisations declares, as the yearly
        figures of the list's year; the outcomes by ``id()`` of the organisation's line."""
        outcomes: dict[int, list[str]] = defaultdict(list)
        stored = {(row["organisation_id"], row["year"]): row
                  for row in self.plan.existing.rows("yearly_figures")}
        for entry in entries:
            org, sheet, line = entry.organisation, entry.sheet, entry.line
            record = {"year": entry.year, "declared_members": entry.count}
            existing = stored.get((org.id, entry.year))
            sheet.issues(line, check_yearly_figures(
                {**(existing or {}), **record}, organisation=org.context(),
                today=self.plan.today), {})
            _, outcome = self.plan.settle("yearly_figures", record, existing,
                                          f"{org.name} ({entry.year})",
                                          {"organisation_id": org.id})
            outcomes[id(line)].append(outcome)
            sheet.inferred([line], "declared_members", "", translate(
                "Import", "số thành viên kê khai năm {year} (Số liệu)").format(year=entry.year),
                source=translate("Import", "cột “{column}”").format(
                    column=sheet.mapping.header_of("declared_members")))
        return outcomes

    def target_sheet(self, sheet: SheetLines) -> None:
        stored = {(t["year"], t["indicator"]): t for t in self.plan.existing.rows("target")}
        catalogue = self.plan.catalogue
        by_label = {fold(i.label): i.code for i in catalogue}
        known = frozenset(catalogue.codes())
        seen: dict[Any, int] = {}
        for line in sheet.lines:
            self.plan.tick()
            record = take(line.values, "target", TARGET_COLUMNS, sheet.register.required_keys)
            typed = record.get("indicator")
            if typed and catalogue.find(typed) is None:
                # A label instead of the code ("Số hợp tác xã"); an unknown one stays as typed
                # for the rule to name it.
                record["indicator"] = by_label.get(fold(typed), typed)
            indicator = record.get("indicator")
            key = (record.get("year"), indicator)
            existing = stored.get(key)
            sheet.issues(line, check_target({**(existing or {}), **record},
                                            known_indicators=known,
                                            today=self.plan.today), {})
            before = first_seen(seen, key, line)
            if before is not None:
                sheet.problem(line, "indicator", translate(
                    "Import", "Chỉ tiêu này của cùng năm đã có ở dòng {row}.").format(row=before))
            _, outcome = self.plan.settle("target", record, existing, indicator or "")
            count(sheet, line, outcome)

