"""Records that may already hold what is being typed.

- the same personal ID (CCCD) on any member or manager: a warning (one person may be a member of
  two organisations, or a member and a manager), with the record to open;
- the same tax code on another organisation: an error (the code names one organisation);
- a member of the same organisation with the same name and birth date: a warning;
- an organisation of the same commune whose name is the same or nearly the same once the kind
  ("Hợp tác xã", "HTX", "Tổ hợp tác"…) is left out: a warning;
- a second rating or second figures of an organisation for the same year: an error.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from kttt_desktop.core.i18n import translate
from kttt_desktop.core.issues import Issue, error, warning
from kttt_desktop.core.text import clean_text, fold
from kttt_desktop.data.registers import duplicates as queries
from kttt_desktop.data.registers.records import table_of
from kttt_desktop.services.registers.values import table_noun

SAME_CCCD = "duplicate.cccd"
SAME_TAX_CODE = "duplicate.tax_code"
SAME_PERSON = "duplicate.person"
SIMILAR_NAME = "duplicate.name"
SAME_YEAR = "duplicate.year"

SIMILARITY = 0.88  # SequenceMatcher ratio of two names without their kind, from which they clash
_KIND_WORDS = ("lien hiep hop tac xa", "hop tac xa", "to hop tac", "lhhtx", "htx", "tht")


@dataclass(frozen=True)
class Duplicate:
    """A finding about an existing record, and that record (to open it)."""

    issue: Issue
    table: str
    record_id: int
    label: str

    @property
    def key(self) -> tuple[str, str, int]:
        """Identifies the finding: the same clash with the same record is accepted once."""
        return (self.issue.code, self.issue.field, self.record_id)


def _where(candidate: queries.Candidate) -> str:
    if candidate.table == "organisation" or not candidate.organisation:
        return table_noun(candidate.table)
    return translate("Registers", "{what} của {organisation}").format(
        what=table_noun(candidate.table), organisation=candidate.organisation)


def _bare_name(folded: str) -> str:
    for words in _KIND_WORDS:
        if folded == words or folded.startswith(words + " "):
            return folded[len(words):].strip()
    return folded


def similar_names(name: str, others: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """The (id, name) of ``others`` whose name clashes with ``name`` (see the module's note)."""
    bare = _bare_name(fold(name))
    if not bare:
        return []
    found = []
    for other_id, other_name, other_folded in others:
        other = _bare_name(other_folded)
        if other == bare or difflib.SequenceMatcher(None, bare, other).ratio() >= SIMILARITY:
            found.append((other_id, other_name))
    return found


def _people(connection: Connection, table: str, values: Mapping[str, Any],
            record_id: int | None) -> list[Duplicate]:
    found: list[Duplicate] = []
    cccd = values.get("cccd")
    if cccd:
        for c in queries.same_personal_id(connection, cccd, table=table, record_id=record_id):
            found.append(Duplicate(warning(translate(
                "Registers", "Số CCCD {cccd} đã có ở {where}: {name}.").format(
                    cccd=cccd, where=_where(c), name=c.label), SAME_CCCD, "cccd"),
                c.table, c.record_id, c.label))
    organisation_id, name = values.get("organisation_id"), values.get("full_name")
    if table == "member" and organisation_id is not None and name:
        for c in queries.same_person_in_organisation(
                connection, organisation_id, fold(clean_text(name)), values.get("birth_date"),
                values.get("birth_year"), record_id=record_id):
            found.append(Duplicate(warning(translate(
                "Registers", "Tổ chức này đã có thành viên {name} cùng ngày sinh; có thể đây là "
                "cùng một người.").format(name=c.label), SAME_PERSON, "full_name"),
                c.table, c.record_id, c.label))
    return found


def _organisations(connection: Connection, values: Mapping[str, Any],
                   record_id: int | None) -> list[Duplicate]:
    found: list[Duplicate] = []
    code = values.get("code")
    if code:
        for c in queries.same_tax_code(connection, code, record_id=record_id):
            found.append(Duplicate(error(translate(
                "Registers", "Mã số {code} đã là mã số của {name}; mỗi tổ chức có một mã số "
                "riêng.").format(code=code, name=c.label), SAME_TAX_CODE, "code"),
                c.table, c.record_id, c.label))
    name, commune = values.get("name"), values.get("commune_code")
    if name and commune:
        others = queries.organisation_names_in_commune(connection, commune, record_id=record_id)
        for other_id, other_name in similar_names(name, others):
            found.append(Duplicate(warning(translate(
                "Registers", "Cùng xã đã có tổ chức tên rất giống: {name}.").format(
                    name=other_name), SIMILAR_NAME, "name"),
                "organisation", other_id, other_name))
    return found


def _same_year(connection: Connection, table: str, values: Mapping[str, Any],
               record_id: int | None) -> list[Duplicate]:
    organisation_id, year = values.get("organisation_id"), values.get("year")
    if organisation_id is None or year is None:
        return []
    source = table_of(table)
    query = select(source.c.id).where(source.c.organisation_id == organisation_id,
                                      source.c.year == year)
    if record_id is not None:
        query = query.where(source.c.id != record_id)
    other = connection.execute(query).scalar()
    if other is None:
        return []
    return [Duplicate(error(translate(
        "Registers", "Tổ chức này đã có {what} năm {year}; hãy sửa bản ghi đã có.").format(
            what=table_noun(table), year=year), SAME_YEAR, "year"),
        table, other, str(year))]


def find_duplicates(connection: Connection, table: str, values: Mapping[str, Any],
                    record_id: int | None = None) -> list[Duplicate]:
    """Existing records that clash with ``values`` (tidied) of a record of ``table``."""
    if table in ("member", "manager"):
        return _people(connection, table, values, record_id)
    if table == "organisation":
        return _organisations(connection, values, record_id)
    if table in ("rating", "yearly_figures"):
        return _same_year(connection, table, values, record_id)
    return []
