"""The mapping step's list of the columns a sheet lacks: for each, where its value comes from
(another column, the title above the headers) or the value the officer chooses or types once for
every row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from kttt_desktop.exchange.layout import CHOICE, Register
from kttt_desktop.exchange.mapping import TITLE, SheetMapping
from kttt_desktop.exchange.reader import SheetData

INFERRED = "inferred"  # the item data of "read from another column"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def missing_keys(mapping: SheetMapping, register: Register) -> list[str]:
    """The fields the sheet has no column for that it needs, or that are read from another
    column: its required columns, one of each group of columns it needs one of, the year of a
    member count."""
    keys = [c.key for c in register.columns if c.required]
    keys += [group[-1] for group in register.either]  # Xã/Phường, Tên tổ chức: a name or a code
    if "declared_members" in mapping.columns.values():
        keys.append("year")
    keys += [k for k in mapping.inferred if k not in keys]
    given = set(mapping.columns.values())
    return [k for k in keys if k not in given and not any(
        k in group and given & set(group) for group in register.either)]


class MissingColumns:
    """Fills ``table`` with the fields a sheet lacks and applies the officer's choices to its
    mapping."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.mapping: SheetMapping | None = None
        self.sheet: SheetData | None = None
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([_tr("Trường tệp không có"),
                                         _tr("Giá trị cho mọi dòng")])

    def show(self, mapping: SheetMapping | None, sheet: SheetData | None) -> int:
        """List the missing fields of ``mapping``; how many there are."""
        self.mapping, self.sheet = mapping, sheet
        register = mapping.layout if mapping is not None else None
        keys = missing_keys(mapping, register) if mapping is not None and register else []
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            assert register is not None and mapping is not None
            column = register.column(key)
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            self.table.setCellWidget(row, 1, self._chooser(mapping, key))
        self.table.resizeRowsToContents()
        return len(keys)

    def _chooser(self, mapping: SheetMapping, key: str) -> QComboBox:
        assert mapping.layout is not None
        column = mapping.layout.column(key)
        box = QComboBox(self.table)
        box.setObjectName(f"constant_{key}")
        source = mapping.inferred.get(key) or self._inferable(mapping, key)
        if source == TITLE and self.sheet is not None:
            box.addItem(_tr("Theo tiêu đề phía trên các cột: {year}").format(
                year=mapping.title_year(self.sheet)), INFERRED)
        elif source is not None:
            box.addItem(_tr("Đọc từ cột “{column}”").format(
                column=mapping.header_of(source)), INFERRED)
        else:
            box.addItem(_tr("— chưa có —"), None)
        if column.kind == CHOICE and column.choices is not None:
            for member in column.choices:
                box.addItem(member.label, member.source_label)
        else:
            box.setEditable(True)
        constant = mapping.constants.get(key)
        if constant is None:
            box.setCurrentIndex(0)
        elif column.choices is not None:
            member = column.choices.parse(constant)
            box.setCurrentIndex(max(box.findData(member.source_label if member else None), 0))
        else:
            box.setEditText(constant)
        box.currentIndexChanged.connect(lambda _: self._chosen(key, box))
        if box.isEditable():
            box.lineEdit().textEdited.connect(lambda text: self._typed(key, text))
        return box

    def _inferable(self, mapping: SheetMapping, key: str) -> str | None:
        """The column ``key`` would be read from, were its constant dropped."""
        register = mapping.layout
        if register is None:
            return None
        if key == "year" and self.sheet is not None and mapping.title_year(self.sheet):
            return TITLE
        return next((source for target, source in register.inferred_from
                     if target == key and source in mapping.columns.values()), None)

    def _chosen(self, key: str, box: QComboBox) -> None:
        if self.mapping is None:
            return
        data = box.currentData()
        self.mapping.set_constant(key, None if data in (None, INFERRED) else str(data))
        self.mapping.infer(self.sheet)

    def _typed(self, key: str, text: str) -> None:
        if self.mapping is None:
            return
        self.mapping.set_constant(key, text)
        self.mapping.infer(self.sheet)
