"""References between the sheets and to the database: communes and organisations.

A commune is written by its code or its name, today's or one from before the 2025 reform (with
its old district and province if need be): :mod:`kttt_desktop.core.unit_resolver` says which
commune that is. A name that means several communes (an old commune split between new ones, a
name several share) waits for the officer's choice, made once for every row that writes it so.

An organisation is referred to by its Mã số when it has one, otherwise by its exact name (case
aside), narrowed by its commune when two organisations without a Mã số share a name; a name
written in the Mã số column is read as a name. The file's organisations and the database's are
one list: a row of ToChuc that matches an organisation of the database is that organisation. An
organisation left out of the import (outside the office's area) takes its rows with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kttt_desktop.core.codes import compact, is_digits
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.rating import Interval
from kttt_desktop.core.record_rules import OrgContext
from kttt_desktop.core.tax_code import check_tax_code
from kttt_desktop.core.text import spelling_key
from kttt_desktop.core.unit_resolver import Outcome, Resolution
from kttt_desktop.data.admin_units import resolver
from kttt_desktop.services.importing.existing import Existing
from kttt_desktop.services.importing.plan import name_key
from kttt_desktop.services.importing.result import CommuneChoice


class Unresolved(Exception):
    """A reference that matches nothing, or more than one thing; the message says which."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class OutsideArea(Unresolved):
    """A commune outside the office's area; ``where`` names it in a few words."""

    def __init__(self, message: str, where: str) -> None:
        super().__init__(message)
        self.where = where


class LeftOutReference(Unresolved):
    """A reference to an organisation left out of the import (outside the office's area)."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


def choice_key(text: str) -> str:
    """Rows that write a commune the same way share the officer's choice for it."""
    return spelling_key(text)


@dataclass(frozen=True)
class Placed:
    """The commune a cell names, and how: ``resolution`` tells of a pre-reform name or of the
    officer's choice (``chosen``); ``None`` for today's name or code."""

    code: str
    resolution: Resolution | None = None
    chosen: bool = False


class Communes:
    """Communes by code and by name (today's, or from before the 2025 reform) within the office's
    province, and the choices the officer made for names that mean several communes."""

    def __init__(self, existing: Existing, choices: Mapping[str, str] | None = None) -> None:
        self.existing = existing
        self.choices = {choice_key(text): code for text, code in (choices or {}).items()}
        self.pending: dict[str, CommuneChoice] = {}  # names to choose for, by choice_key
        self._found: dict[str, Resolution] = {}

    def _in_area(self, code: str) -> str:
        unit = self.existing.communes.get(code)
        if unit is None or code not in self.existing.area:
            name = unit.name if unit is not None else code
            raise OutsideArea(translate(
                "Import", "{name} (mã {code}) không thuộc địa bàn của cơ quan; chỉ nhập được tổ "
                "chức ở các xã, phường trong địa bàn.").format(name=name, code=code), translate(
                "Import", "{name} (mã {code}), ngoài địa bàn").format(name=name, code=code))
        return code

    def lookup(self, text: str) -> Resolution:
        """What ``text`` (a name, or a 5-digit code) means in the office's province."""
        found = self._found.get(text)
        if found is None:
            digits = compact(text)
            province = self.existing.province_code or None
            if digits.isascii() and digits.isdigit():
                found = resolver().resolve_code(digits.zfill(5), province)
            else:
                found = resolver().resolve(text, province)
            self._found[text] = found
        return found

    def place(self, text: str, row: tuple[str, int] | None = None) -> Placed:
        """The commune of the office's area ``text`` names; :class:`Unresolved` when it names
        none or several (those wait in :attr:`pending` for the officer's choice)."""
        digits = compact(text).zfill(5)
        if digits in self.existing.communes:  # today's code: the shipped units are not needed
            return Placed(self._in_area(digits))
        found = self.lookup(text)
        if found.outcome is Outcome.UNIQUE:
            return Placed(self._in_area(found.candidates[0].code),
                          found if found.renamed else None)
        if found.outcome is Outcome.NONE:
            raise Unresolved(found.reason)
        if not any(u.code in self.existing.area for u in found.candidates):
            names = ", ".join(translate("Import", "{name} (mã {code})").format(
                name=u.name, code=u.code) for u in found.candidates)
            raise OutsideArea(translate(
                "Import", "“{text}” nay là {names}: không xã, phường nào trong số đó thuộc địa "
                "bàn của cơ quan; chỉ nhập được tổ chức ở các xã, phường trong địa bàn.").format(
                    text=text, names=translate("Import", " hoặc ").join(
                        translate("Import", "{name} (mã {code})").format(name=u.name, code=u.code)
                        for u in found.candidates)),
                translate("Import", "{names}, ngoài địa bàn").format(names=names))
        chosen = self.choices.get(choice_key(text))
        if chosen in {u.code for u in found.candidates}:
            return Placed(self._in_area(chosen), found, chosen=True)
        key = choice_key(text)
        waiting = self.pending.setdefault(key, CommuneChoice(
            key, text, tuple((u.code, u.name, u.code in self.existing.area)
                             for u in found.candidates), found.reason))
        if row is not None:
            waiting.rows.append(row)
        raise Unresolved(found.reason + " " + translate(
            "Import", "Chọn ở bước kiểm tra của trình nhập (một lần cho mọi dòng ghi tên này), "
            "hoặc ghi mã xã mới vào tệp."))

    def resolve(self, text: str) -> str:
        """The code of the commune ``text`` names in the office's area."""
        return self.place(text).code


@dataclass
class OrgEntity:
    """An organisation as the rest of the file sees it (new from the file, or in the database)."""

    id: int
    code: str | None
    name: str
    commune_code: str
    kind: str
    established_on: date | None
    dissolved_on: date | None
    suspensions: list[Interval] = field(default_factory=list)
    row: int | None = None  # its row on the organisation sheet, when the file has it
    _context: tuple[tuple[Any, ...], OrgContext] | None = field(default=None, repr=False,
                                                                compare=False)

    def context(self) -> OrgContext:
        """What the rules of its records need to know (the same object while it is unchanged)."""
        state = (self.kind, self.established_on, self.dissolved_on, tuple(self.suspensions))
        if self._context is None or self._context[0] != state:
            self._context = (state, OrgContext(*state))
        return self._context[1]

    def describe(self) -> str:
        if self.code:
            return translate("Import", "mã số {code}").format(code=self.code)
        return translate("Import", "xã {commune}").format(commune=self.commune_code)


class Organisations:
    """Every organisation of the database and of the file, by Mã số and by name."""

    def __init__(self, communes: Communes) -> None:
        self.communes = communes
        self.by_id: dict[int, OrgEntity] = {}
        self.by_code: dict[str, OrgEntity] = {}
        self.by_name: dict[str, list[OrgEntity]] = {}
        self._cache: dict[tuple[Any, ...], OrgEntity] = {}
        self.left_out: dict[str, str] = {}  # Mã số or name key → the reason it was left out

    def leave_out(self, code: str | None, name: str | None, reason: str) -> None:
        """Remember an organisation of the file left out of the import, so that its rows in the
        other sheets are left out too."""
        for key in (code, name_key(name)):
            if key:
                self.left_out.setdefault(key, reason)

    def add(self, entity: OrgEntity) -> None:
        old = self.by_id.get(entity.id)
        if old is not None:
            self.by_name[name_key(old.name)].remove(old)
            if old.code:
                self.by_code.pop(old.code, None)
        self.by_id[entity.id] = entity
        if entity.code:
            self.by_code[entity.code] = entity
        self.by_name.setdefault(name_key(entity.name), []).append(entity)

    def resolve(self, code: str | None, name: str | None, commune: str | None) -> OrgEntity:
        """The organisation a row refers to; :class:`Unresolved` when none or several match."""
        key = (code, name, commune)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._resolve(code, name, commune)
        return found

    def _resolve(self, code: str | None, name: str | None, commune: str | None) -> OrgEntity:
        if code and not name and not is_digits(compact(code)):
            name, code = code, None  # a name in the Mã số column
        if code:
            normalised = check_tax_code(code).value or compact(code, " .")
            entity = self.by_code.get(normalised)
            if entity is not None:
                return entity
            if not name:
                self._left_out(normalised, code)
                raise Unresolved(translate(
                    "Import", "Không có tổ chức nào mã số {code}, ở trang tổ chức của tệp cũng "
                    "như trong cơ sở dữ liệu.").format(code=code))
        if not name:
            raise Unresolved(translate("Import", "Chưa ghi mã số hoặc tên tổ chức."))
        candidates = self.by_name.get(name_key(name), [])
        if commune and candidates:
            commune_code = self.communes.resolve(commune)
            candidates = [c for c in candidates if c.commune_code == commune_code]
        if not candidates:
            self._left_out(name_key(name), name)
            raise Unresolved(translate(
                "Import", "Không có tổ chức nào tên “{name}”, ở trang tổ chức của tệp cũng như "
                "trong cơ sở dữ liệu.").format(name=name))
        if len(candidates) > 1:
            raise Unresolved(translate(
                "Import", "Có {count} tổ chức cùng tên “{name}” ({which}): hãy ghi mã số tổ chức "
                "hoặc mã xã của tổ chức.").format(
                    count=len(candidates), name=name,
                    which="; ".join(c.describe() for c in candidates)))
        return candidates[0]

    def _left_out(self, key: str, written: str) -> None:
        reason = self.left_out.get(key)
        if reason is not None:
            raise LeftOutReference(reason, written)
