"""References between the sheets and to the database: communes and organisations.

An organisation is referred to by its Mã số when it has one, otherwise by its exact name (case
aside), narrowed by its commune when two organisations without a Mã số share a name. The file's
organisations and the database's are one list: a row of ToChuc that matches an organisation of
the database is that organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kttt_desktop.core.codes import compact
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.rating import Interval
from kttt_desktop.core.record_rules import OrgContext
from kttt_desktop.core.tax_code import check_tax_code
from kttt_desktop.core.text import fold
from kttt_desktop.services.importing.existing import CommuneUnit, Existing
from kttt_desktop.services.importing.plan import name_key


class Unresolved(Exception):
    """A reference that matches nothing, or more than one thing; the message says which."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _commune_words(name: str) -> set[str]:
    folded = fold(name)
    words = {folded}
    for kind in ("xa ", "phuong ", "dac khu ", "thi tran "):
        if folded.startswith(kind):
            words.add(folded[len(kind):])
    return words


class Communes:
    """Communes by code, and by name within the office's province."""

    def __init__(self, existing: Existing) -> None:
        self.existing = existing
        self.by_name: dict[str, list[CommuneUnit]] = {}
        for unit in existing.communes.values():
            if unit.province_code == existing.province_code:
                for word in _commune_words(unit.name):
                    self.by_name.setdefault(word, []).append(unit)

    def _in_area(self, unit: CommuneUnit) -> str:
        if unit.code not in self.existing.area:
            raise Unresolved(translate(
                "Import", "{name} (mã {code}) không thuộc địa bàn của cơ quan; chỉ nhập được tổ "
                "chức ở các xã, phường trong địa bàn.").format(name=unit.name, code=unit.code))
        return unit.code

    def by_code(self, code: str) -> str:
        unit = self.existing.communes.get(code)
        if unit is None:
            raise Unresolved(translate(
                "Import", "Mã xã “{code}” không có trong danh mục đơn vị hành chính (mã xã gồm 5 "
                "chữ số).").format(code=code))
        return self._in_area(unit)

    def resolve(self, text: str) -> str:
        """The code of the commune named or numbered ``text``, in the office's area."""
        digits = compact(text)
        if digits.isascii() and digits.isdigit():
            return self.by_code(digits.zfill(5) if len(digits) < 5 else digits)
        found = self.by_name.get(fold(text), [])
        if not found:
            raise Unresolved(translate(
                "Import", "Không có xã, phường nào tên “{name}” trong tỉnh của cơ quan.").format(
                    name=text))
        if len(found) > 1:
            raise Unresolved(translate(
                "Import", "Có {count} xã, phường tên “{name}”: hãy ghi mã xã.").format(
                    count=len(found), name=text))
        return self._in_area(found[0])


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
        if code:
            normalised = check_tax_code(code).value or compact(code, " .")
            entity = self.by_code.get(normalised)
            if entity is not None:
                return entity
            if not name:
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
