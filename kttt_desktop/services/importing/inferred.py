"""Values of the columns a sheet lacks (:attr:`~kttt_desktop.exchange.mapping.SheetMapping.
inferred` and ``constants``): one value the officer chose for every row, or what another column
of the row says (:mod:`kttt_desktop.core.inference`): the kind from the name, the commune's part
of the address (resolved later, with the other communes), the representative from the head's
column, the year of the member counts from the title, households as members.

Every value filled so is listed in the dry run; a row whose value cannot be read gets an error at
the cell it is read from. Nothing here runs for a sheet that has all its columns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from kttt_desktop.core.enums import MemberType, OrgKind
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.inference import address_commune, kind_from_name
from kttt_desktop.exchange import values
from kttt_desktop.exchange.layout import CHOICE
from kttt_desktop.exchange.mapping import TITLE
from kttt_desktop.services.importing.lines import Line, SheetLines


def fill(sheet: SheetLines) -> None:
    """Give every line of ``sheet`` the values of the columns the sheet lacks."""
    mapping = sheet.mapping
    for key, text in mapping.constants.items():
        _constant(sheet, key, text)
    for key, source in mapping.inferred.items():
        if key == "kind":
            _kinds(sheet)
        elif key == "commune_name":
            _communes(sheet)
        elif key == "year" and source == TITLE:
            _title_year(sheet)
        elif key == "member_type":
            _households(sheet)
        else:  # the same value in another field: the head of the organisation represents it
            for line in sheet.lines:
                line.values[key] = line.values.get(source)
    if "declared_members" in sheet.mapped and "year" not in sheet.mapped:
        sheet.missing.add("year")
        sheet.problem(None, "declared_members", translate(
            "Import", "Không biết số thành viên ở cột “{column}” là của năm nào: tiêu đề phía "
            "trên không ghi năm (ví dụ “Danh sách hợp tác xã năm 2024”). Hãy ghi năm vào tiêu "
            "đề, thêm cột Năm, hoặc chọn năm cho mọi dòng (với lệnh kttt import: --set "
            "\"Năm=2024\").").format(column=mapping.header_of("declared_members")))


def _constant(sheet: SheetLines, key: str, text: str) -> None:
    column = sheet.register.column(key)
    read = values.read_column(column, [text])
    value = read.values[0]
    problems = [issue.message for issue in read.issues.get(0, ())]
    if column.kind == CHOICE and column.choices is not None and column.choices.parse(text) is None:
        problems.append(translate("Import", "hãy chọn một trong: {values}").format(
            values="; ".join(m.label for m in column.choices)))
    if problems:
        sheet.missing.add(key)
        sheet.problem(None, "", translate(
            "Import", "Giá trị “{text}” chọn cho cột “{column}” của mọi dòng không đọc được: "
            "{problem}").format(text=text, column=column.header, problem=" ".join(problems)))
        for line in sheet.lines:
            line.unreadable.add(key)
        return
    for line in sheet.lines:
        line.values[key] = value
    shown = column.choices.parse(text).label if column.choices is not None else text
    sheet.inferred(sheet.lines, key, "", shown, source=translate(
        "Import", "giá trị chọn cho mọi dòng"))


def _read_each(sheet: SheetLines, key: str, source: str, read: Callable[[str], Any],
               unreadable: str) -> Iterator[tuple[Line, Any]]:
    """Each line with what ``read`` finds in its ``source`` cell for ``key``; where it finds
    nothing, an error ``unreadable`` (formatted with the ``text`` of the cell) at that cell."""
    for line in sheet.lines:
        text = line.values.get(source)
        if not text:
            continue
        found = read(text)
        if found is None:
            line.unreadable.add(key)
            sheet.problem(line, key, unreadable.format(text=text))
            continue
        yield line, found


def _kinds(sheet: SheetLines) -> None:
    """The kind of each organisation from the words its name starts with."""
    found: dict[tuple[OrgKind, str], list[Line]] = defaultdict(list)
    for line, kind in _read_each(sheet, "kind", "name", kind_from_name, translate(
            "Import", "Không biết loại hình của “{text}”: tên không bắt đầu bằng “Hợp tác xã”, "
            "“HTX”, “Tổ hợp tác”, “THT” hay “Liên hiệp hợp tác xã”. Hãy thêm cột Loại hình, "
            "hoặc chọn một loại hình cho mọi dòng.")):
        line.values["kind"] = kind[0].value
        found[kind].append(line)
    for (kind, words), lines in found.items():
        sheet.inferred(lines, "kind", words, kind.label)


def _communes(sheet: SheetLines) -> None:
    """The part of each address that names the commune (resolved with the other communes)."""
    for line, part in _read_each(sheet, "commune_name", "address", address_commune, translate(
            "Import", "Không thấy tên xã, phường trong địa chỉ “{text}”: hãy ghi thêm “xã …”, "
            "“phường …” (hoặc “thị trấn …” trước năm 2025) vào địa chỉ, thêm cột Xã/Phường, "
            "hoặc chọn một xã, phường cho mọi dòng.")):
        line.values["commune_name"] = part


def _title_year(sheet: SheetLines) -> None:
    year = sheet.mapping.title_year(sheet.data)
    for line in sheet.lines:
        line.values["year"] = year
    lines = [line for line in sheet.lines if line.values.get("declared_members") is not None]
    if lines:
        sheet.inferred(lines, "year", "", str(year), source=translate(
            "Import", "theo tiêu đề phía trên các cột"))


def _households(sheet: SheetLines) -> None:
    """Members listed by the head of their household are households."""
    for line in sheet.lines:
        line.values["member_type"] = MemberType.HOUSEHOLD.value
    sheet.inferred(sheet.lines, "member_type", "", MemberType.HOUSEHOLD.label,
                   source=translate("Import", "theo tên cột “{column}”").format(
                       column=sheet.mapping.header_of("full_name")))
