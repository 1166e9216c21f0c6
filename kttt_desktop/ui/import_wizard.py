"""The import wizard of the Nhập / Xuất section: file → mapping → check → import.

1. The officer chooses a file (or types its path); it is read (or refused, with the reason) in
   the background.
2. The detected mapping is shown: which register each sheet goes to, which field each column
   fills, all editable with drop-down lists, and the fields a sheet lacks: read from another
   column (the kind from the name, the commune from the address...) or given one value for every
   row. A mapping can be saved under a name; a file with the same headers gets it again.
3. The dry run checks every row and shows per sheet what would be inserted, updated, left
   unchanged or rejected, every problem (row, column, value, message), and every value read
   from the file's content rather than a column of its own; the annotated copy of the file can be
   saved. Communes written as before the 2025 reform are listed with the commune they are filed
   under; a name that means several communes (an old commune split between new ones, a shared
   name) gets a drop-down of its candidates: the officer chooses once for every row that writes
   it, and the file is checked again. Rows outside the office's area can be left out.
4. The import backs the database up and writes everything in one transaction, with a progress
   bar; "Hủy" stops it and nothing is written.

A file changed since it was read (the officer fixed it after the check) is read again when the
officer goes on (Tiếp), keeping the mapping when its headers did not change.

Why it is long: the four steps share one state (the file read, the mapping, the dry run's result)
and the busy handling of their background work; each step is a few short methods.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kttt_desktop.core.errors import KtttError
from kttt_desktop.data.database import Database
from kttt_desktop.exchange import layout
from kttt_desktop.exchange.mapping import Mapping, SheetMapping, remap
from kttt_desktop.exchange.reader import SheetData, WorkbookData
from kttt_desktop.services.importing import ImportResult, import_workbook, write_error_report
from kttt_desktop.services.importing.mappings import (
    Opened,
    Stamp,
    file_stamp,
    load_mapping,
    mapping_names,
    open_workbook,
    save_mapping,
)
from kttt_desktop.services.importing.result import LEFT_OUT, OUTCOMES
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.forms.ui_import_wizard import Ui_ImportWizardForm
from kttt_desktop.ui.import_missing import MissingColumns
from kttt_desktop.ui.tasks import Task, run_task, run_write

FILE, MAPPING, CHECK, IMPORT = range(4)
FILTERS = "Bảng tính (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv);;Mọi tệp (*)"
SHOWN_PROBLEMS = 2000  # the list shows this many; the report holds every one


def _fit_height(table: QTableWidget, most_rows: int = 5) -> None:
    """As tall as its rows, up to ``most_rows`` of them (then it scrolls)."""
    rows = min(table.rowCount(), most_rows)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(rows))
    table.setMaximumHeight(height + 2)


def _fit_columns(table: QWidget, stretch: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)


class ImportWizard(QDialog):
    file_read = Signal(object)  # the WorkbookData
    checked = Signal(object)  # the ImportResult of the dry run
    imported = Signal(object)  # the ImportResult of the import that was written
    report_written = Signal(object)  # the Path of the annotated copy

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.database = database
        self.workbook: WorkbookData | None = None
        self.mapping: Mapping | None = None
        self.result: ImportResult | None = None
        self.commune_choices: dict[str, str] = {}  # a commune name as written → chosen code
        self.skip_outside_area = False
        self.task: Task | None = None
        self.stamp: Stamp | None = None  # of the file when it was read
        self._reread_note = ""  # said once on the next step after a file was read again
        self._tried = ""  # the path last read, or tried
        self._sheet_row = -1
        self.ui = Ui_ImportWizardForm()
        self.ui.setupUi(self)
        self._titles = [self.tr("Bước 1/4: chọn tệp"), self.tr("Bước 2/4: ghép trang và cột"),
                        self.tr("Bước 3/4: kiểm tra (chưa ghi gì)"), self.tr("Bước 4/4: nhập")]
        font = self.ui.step_title.font()
        font.setBold(True)
        self.ui.step_title.setFont(font)
        self.ui.sheets_table.setColumnCount(3)
        self.ui.sheets_table.setHorizontalHeaderLabels(
            [self.tr("Trang của tệp"), self.tr("Nhập vào sổ"), self.tr("Dòng tiêu đề")])
        self.ui.columns_table.setColumnCount(2)
        self.ui.columns_table.setHorizontalHeaderLabels(
            [self.tr("Cột của tệp"), self.tr("Trường")])
        self.ui.counts_table.setColumnCount(7)
        self.ui.counts_table.setHorizontalHeaderLabels(
            [self.tr("Trang"), self.tr("Sổ"), self.tr("Thêm mới"), self.tr("Cập nhật"),
             self.tr("Không đổi"), self.tr("Bị loại"), self.tr("Bỏ qua (ngoài địa bàn)")])
        self.ui.inferences_table.setColumnCount(6)
        self.ui.inferences_table.setHorizontalHeaderLabels(
            [self.tr("Trang"), self.tr("Trường"), self.tr("Giá trị"), self.tr("Lấy từ"),
             self.tr("Trong tệp"), self.tr("Số dòng")])
        self.missing = MissingColumns(self.ui.missing_table)
        self.ui.problems_table.setColumnCount(6)
        self.ui.problems_table.setHorizontalHeaderLabels(
            [self.tr("Trang"), self.tr("Dòng"), self.tr("Cột"), self.tr("Giá trị"),
             self.tr("Mức độ"), self.tr("Nội dung")])
        self.ui.commune_choices_table.setColumnCount(3)
        self.ui.commune_choices_table.setHorizontalHeaderLabels(
            [self.tr("Tên trong tệp"), self.tr("Số dòng"), self.tr("Xã, phường mới")])
        self.ui.renamings_table.setColumnCount(5)
        self.ui.renamings_table.setHorizontalHeaderLabels(
            [self.tr("Trang"), self.tr("Cột"), self.tr("Trong tệp"), self.tr("Nay là"),
             self.tr("Số dòng")])
        _fit_columns(self.ui.sheets_table, 1)
        _fit_columns(self.ui.columns_table, 1)
        _fit_columns(self.ui.counts_table, 1)
        _fit_columns(self.ui.problems_table, 5)
        _fit_columns(self.ui.commune_choices_table, 2)
        _fit_columns(self.ui.renamings_table, 3)
        _fit_columns(self.ui.missing_table, 1)
        _fit_columns(self.ui.inferences_table, 2)
        self.ui.units_group.hide()
        self.ui.inferences_group.hide()
        self.ui.skip_outside_area.hide()
        self.ui.choose_file.clicked.connect(self.choose_file)
        self.ui.file_path.returnPressed.connect(self.load_typed_path)
        self.ui.file_path.textEdited.connect(lambda _: self._enable())
        self.ui.skip_outside_area.toggled.connect(self.set_skip_outside_area)
        self.ui.sheets_table.currentCellChanged.connect(lambda row, *_: self._show_columns(row))
        self.ui.apply_mapping.clicked.connect(self.apply_saved_mapping)
        self.ui.save_mapping.clicked.connect(self.save_mapping)
        self.ui.save_report.clicked.connect(self.save_report)
        self.ui.apply_choices.clicked.connect(self.apply_commune_choices)
        self.ui.back.clicked.connect(self.back)
        self.ui.next.clicked.connect(self.next)
        self.ui.run_import.clicked.connect(self.start_import)
        self.ui.cancel.clicked.connect(self.cancel)
        self.ui.close.clicked.connect(self.close)
        self._go(FILE)
        self._load_saved_names()

    # Steps ---------------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.ui.pages.currentIndex()

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.is_finished

    def _go(self, step: int) -> None:
        self.ui.pages.setCurrentIndex(step)
        self.ui.step_title.setText(self._titles[step])
        self._enable()

    def _enable(self) -> None:
        step, busy = self.step, self.busy
        self.ui.back.setEnabled(not busy and step in (MAPPING, CHECK))
        self.ui.next.setVisible(step in (FILE, MAPPING))
        self.ui.next.setEnabled(not busy and (step == MAPPING or self.workbook is not None
                                              or self._typed_path() is not None))
        self.ui.run_import.setVisible(step == CHECK)
        self.ui.run_import.setEnabled(
            not busy and self.result is not None and self.result.ok
            and self._would_write(self.result) and self.database.writable)
        self.ui.cancel.setVisible(busy)
        self.ui.close.setEnabled(not busy)
        self.ui.choose_file.setEnabled(not busy)
        self.ui.save_report.setEnabled(not busy and self.result is not None
                                       and bool(self.result.errors))
        self.ui.apply_choices.setEnabled(not busy and step == CHECK)

    @staticmethod
    def _would_write(result: ImportResult) -> bool:
        return result.total("inserted") + result.total("updated") > 0

    def next(self) -> None:
        if self.step == FILE and self._typed_path() is not None:
            self.load_file(self._typed_path(), then=lambda: self._go(MAPPING))
        elif self.step == FILE and self.workbook is not None:
            self._when_current(lambda: self._go(MAPPING))
        elif self.step == MAPPING:
            self._go(CHECK)
            self.run_check()

    def back(self) -> None:
        if self.step in (MAPPING, CHECK):
            self._go(self.step - 1)

    def cancel(self) -> None:
        """Stop the work under way; an import stopped this way writes nothing."""
        if self.busy and self.task is not None:
            self.task.cancel()
            self.ui.import_status.setText(self.tr("Đang dừng…"))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name and event type
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _run(self, start: Task) -> Task:
        self.task = start
        self._enable()
        return start

    def _finished(self) -> None:
        self._enable()

    # 1. The file ---------------------------------------------------------------------------

    def choose_file(self) -> Task | None:
        path = msgbox.open_file(self, self.tr("Chọn bảng tính cần nhập"), FILTERS)
        return self.load_file(path) if path is not None else None

    def _typed_path(self) -> Path | None:
        """The path typed in the path box, when it is not the file read or tried last."""
        text = self.ui.file_path.text().strip().strip('"')
        if not text or text == self._tried:
            return None
        return Path(text).expanduser()

    def load_typed_path(self) -> Task | None:
        path = self._typed_path()
        return self.load_file(path) if path is not None and not self.busy else None

    def load_file(self, path: Path, then: Callable[[], Task | None] | None = None) -> Task:
        """Read ``path`` in the background and map it (as a saved mapping for the same headers
        says, else as detected); then ``then``."""
        self.workbook = self.mapping = self.result = None
        self.commune_choices = {}
        self.skip_outside_area = False
        self.ui.file_path.setText(str(path))
        self._tried = str(path)
        self.ui.file_status.setText(self.tr("Đang đọc tệp…"))
        return self._read(path, None, then)

    def _read(self, path: Path, earlier: dict[str, Any] | None,
              then: Callable[[], Task | None] | None) -> Task:
        def loaded(opened: Opened) -> None:
            self._file_loaded(opened, reread=earlier is not None)
            if then is not None:
                then()

        return self._run(run_task(open_workbook, self.database, path, earlier, owner=self,
                                  on_done=loaded, on_error=self._file_refused,
                                  on_finished=self._finished))

    def _when_current(self, then: Callable[[], Task | None]) -> Task | None:
        """``then``, after reading the file again if it changed since it was read (its size or
        time): the officer fixed it after the check. The mapping is kept if the headers are the
        same."""
        if self.workbook is None or self.mapping is None or file_stamp(
                self.workbook.path) == self.stamp:
            return then()
        earlier = self.mapping.to_payload(self.workbook)
        self.ui.file_status.setText(self.tr("Tệp đã thay đổi; đang đọc lại…"))
        return self._read(self.workbook.path, earlier, then)

    def _file_loaded(self, opened: Opened, reread: bool = False) -> None:
        self.workbook, self.mapping, self.stamp = opened.workbook, opened.mapping, opened.stamp
        self.result = None
        found = [m for m in self.mapping.sheets if m.register]
        lines = []
        if reread:
            self._reread_note = self.tr(
                "Tệp đã thay đổi từ lần đọc trước nên đã được đọc lại (giữ cách ghép cột)."
            ) if opened.kept else self.tr(
                "Tệp đã thay đổi từ lần đọc trước nên đã được đọc lại; tên các cột đã khác nên "
                "các cột được ghép lại theo tên (giữ các giá trị đã chọn cho mọi dòng).")
            lines.append(self._reread_note)
        lines.append(self.tr(
            "Tệp có {sheets} trang; nhận ra {found} trang để nhập. Bấm Tiếp để xem cách ghép.")
            .format(sheets=len(self.workbook.sheets), found=len(found)))
        if opened.saved:
            lines.append(self.tr("Các cột giống tệp đã ghép trước: dùng cách ghép đã lưu "
                                 "“{name}”.").format(name=opened.saved))
            self.ui.saved_mappings.setCurrentText(opened.saved)
        self.ui.file_status.setText("\n".join(lines))
        self._show_mapping()
        self.file_read.emit(self.workbook)

    def _file_refused(self, exc: KtttError) -> None:
        self.workbook = self.mapping = self.result = None
        self.ui.file_status.setText(exc.message)
        self._go(FILE)

    # 2. The mapping ------------------------------------------------------------------------

    def _show_mapping(self) -> None:
        assert self.workbook is not None and self.mapping is not None
        table = self.ui.sheets_table
        table.setRowCount(len(self.workbook.sheets))
        for row, data in enumerate(self.workbook.sheets):
            mapping = self.mapping.of(data.name)
            table.setItem(row, 0, QTableWidgetItem(data.name))
            choice = QComboBox(table)
            choice.setObjectName(f"register_{row}")
            choice.addItem(self.tr("— không nhập —"), None)
            for register in layout.REGISTERS:
                choice.addItem(f"{register.sheet}: {layout.register_title(register)}",
                               register.key)
            choice.setCurrentIndex(max(choice.findData(mapping.register if mapping else None), 0))
            choice.currentIndexChanged.connect(
                lambda _, row=row, choice=choice: self.set_register(row, choice.currentData()))
            table.setCellWidget(row, 1, choice)
            header_row = data.row_number(mapping.header_row) if mapping and mapping.register else ""
            table.setItem(row, 2, QTableWidgetItem(str(header_row)))
        self._sheet_row = -1
        table.setCurrentCell(0, 0)
        self._show_columns(0)

    def sheet_mapping(self, row: int) -> SheetMapping | None:
        if self.workbook is None or self.mapping is None or not (
                0 <= row < len(self.workbook.sheets)):
            return None
        return self.mapping.of(self.workbook.sheets[row].name)

    def set_register(self, row: int, register: str | None) -> None:
        """Read sheet ``row`` as ``register`` (``None``: not imported); columns are detected
        again for that register."""
        current = self.sheet_mapping(row)
        if current is None or self.workbook is None or self.mapping is None:
            return
        index = self.mapping.sheets.index(current)
        self.mapping.sheets[index] = remap(self.workbook, current, register)
        data = self.workbook.sheets[row]
        updated = self.mapping.sheets[index]
        self.ui.sheets_table.setItem(row, 2, QTableWidgetItem(
            str(data.row_number(updated.header_row)) if updated.register else ""))
        self._sheet_row = -1
        self._show_columns(row)

    def _show_columns(self, row: int) -> None:
        if row == self._sheet_row:
            return
        self._sheet_row = row
        table = self.ui.columns_table
        mapping = self.sheet_mapping(row)
        register = mapping.layout if mapping else None
        table.setRowCount(0)
        self._show_missing()
        if mapping is None or register is None:
            self.ui.columns_label.setText(self.tr("Trang này không được nhập."))
            return
        self.ui.columns_label.setText(self.tr("Các cột của trang “{sheet}” (dòng tiêu đề {row}):")
                                      .format(sheet=mapping.sheet, row=self.ui.sheets_table.item(
                                          row, 2).text()))
        headers = sorted(mapping.headers.items())
        table.setRowCount(len(headers))
        for line, (index, text) in enumerate(headers):
            table.setItem(line, 0, QTableWidgetItem(text))
            choice = QComboBox(table)
            choice.setObjectName(f"field_{line}")
            choice.addItem(self.tr("— bỏ qua —"), None)
            for column in register.readable_columns:
                choice.addItem(column.header, column.key)
                choice.setItemData(choice.count() - 1, layout.column_note(column),
                                   Qt.ItemDataRole.ToolTipRole)
            choice.setCurrentIndex(max(choice.findData(mapping.columns.get(index)), 0))
            choice.currentIndexChanged.connect(
                lambda _, index=index, choice=choice: self.set_field(index, choice.currentData()))
            table.setCellWidget(line, 1, choice)

    def set_field(self, index: int, key: str | None) -> None:
        """The column ``index`` of the sheet shown fills field ``key`` (``None``: ignored); a
        field takes one column, so another column that filled it is ignored from now on."""
        mapping = self.sheet_mapping(self._sheet_row)
        if mapping is None:
            return
        for other in mapping.set_field(index, key):
            self._select_field(other, None)
        mapping.infer(self._sheet_data(self._sheet_row))
        self._show_missing()

    def _sheet_data(self, row: int) -> SheetData | None:
        if self.workbook is None or not 0 <= row < len(self.workbook.sheets):
            return None
        return self.workbook.sheets[row]

    def _show_missing(self) -> None:
        count = self.missing.show(self.sheet_mapping(self._sheet_row),
                                  self._sheet_data(self._sheet_row))
        self.ui.missing_label.setVisible(bool(count))
        self.ui.missing_table.setVisible(bool(count))
        _fit_height(self.ui.missing_table, 6)

    def _select_field(self, index: int, key: str | None) -> None:
        mapping = self.sheet_mapping(self._sheet_row)
        if mapping is None:
            return
        line = sorted(mapping.headers).index(index)
        choice = self.ui.columns_table.cellWidget(line, 1)
        choice.blockSignals(True)
        choice.setCurrentIndex(max(choice.findData(key), 0))
        choice.blockSignals(False)

    def _load_saved_names(self) -> Task:
        def show(names: list[str]) -> None:
            self.ui.saved_mappings.clear()
            self.ui.saved_mappings.addItems(names)
            self.ui.apply_mapping.setEnabled(bool(names))

        return run_task(mapping_names, self.database, owner=self, on_done=show)

    def save_mapping(self) -> Task | None:
        name = self.ui.mapping_name.text().strip()
        if not name or self.workbook is None or self.mapping is None:
            msgbox.warning(self, self.tr("Hãy chọn tệp và đặt tên cho cách ghép trước khi lưu."))
            return None
        return run_write(save_mapping, self.database, name, copy.deepcopy(self.mapping),
                         self.workbook, owner=self,
                         on_done=lambda _: self._load_saved_names())

    def apply_saved_mapping(self) -> Task | None:
        name = self.ui.saved_mappings.currentText()
        if not name or self.workbook is None:
            return None

        def applied(mapping: Mapping) -> None:
            self.mapping = mapping
            self._show_mapping()

        return run_task(load_mapping, self.database, name, self.workbook, owner=self,
                        on_done=applied)

    # 3. The check (a dry run) --------------------------------------------------------------

    def set_skip_outside_area(self, skip: bool) -> Task | None:
        """Leave out (or not) the rows outside the office's area, and check again."""
        if skip == self.skip_outside_area:
            return None
        self.skip_outside_area = skip
        return self.run_check()

    def run_check(self) -> Task | None:
        """Check the file (read again first if it changed since it was read)."""
        if self.workbook is None or self.mapping is None:
            return None
        return self._when_current(self._check)

    def _check(self) -> Task | None:
        if self.workbook is None or self.mapping is None:
            return None
        self.result = None
        self.ui.counts_table.setRowCount(0)
        self.ui.problems_table.setRowCount(0)
        self.ui.units_group.hide()
        self.ui.notes.setText("")
        self.ui.problems_label.setText("")
        self.ui.check_status.setText(self.tr("Đang kiểm tra từng dòng…"))
        self.ui.check_progress.setValue(0)
        return self._run(run_task(
            import_workbook, self.database, self.workbook, mapping=copy.deepcopy(self.mapping),
            dry_run=True, commune_choices=dict(self.commune_choices),
            skip_outside_area=self.skip_outside_area, owner=self, cancellable=True,
            on_progress=lambda *p: self._progress(self.ui.check_progress, *p),
            on_done=self._checked, on_error=lambda exc: self.ui.check_status.setText(exc.message),
            on_finished=self._finished))

    @staticmethod
    def _progress(bar: QWidget, phase: str, done: int, total: int) -> None:
        bar.setMaximum(max(total, 1))
        bar.setValue(done)
        bar.setFormat(f"{phase}: %v / %m")

    def _checked(self, result: ImportResult) -> None:
        self.result = result
        self._show_counts(result)
        self._show_problems(result)
        self._show_communes(result)
        self._show_inferences(result)
        self._offer_skip(result)
        if result.outside_area and not result.commune_choices:
            text = self.tr("Có {count} tổ chức ở xã, phường ngoài địa bàn của cơ quan. Nếu tệp là "
                           "danh sách của cả tỉnh, hãy chọn “Bỏ qua các dòng ngoài địa bàn”."
                           ).format(count=result.outside_area)
        elif result.commune_choices:
            text = self.tr("Có {count} tên xã, phường cần chọn xã, phường mới (xem bên dưới); "
                           "hãy chọn rồi bấm “Áp dụng lựa chọn và kiểm tra lại”.").format(
                               count=len(result.commune_choices))
        elif not result.ok:
            text = self.tr("Có {count} lỗi: tệp chưa nhập được. Hãy sửa tệp (xem danh sách, hoặc "
                           "lưu báo cáo lỗi) rồi chọn lại tệp.").format(count=len(result.errors))
        elif self._would_write(result):
            text = self.tr("Tệp không có lỗi. Bấm Nhập để ghi các thay đổi trên.")
        else:
            text = self.tr("Cơ sở dữ liệu đã giống tệp: không có gì cần nhập.")
        if self._reread_note:
            text, self._reread_note = f"{self._reread_note}\n{text}", ""
        self.ui.check_status.setText(text)
        self.checked.emit(result)

    def _offer_skip(self, result: ImportResult) -> None:
        """The choice to leave out the rows outside the area, when the file has some."""
        box = self.ui.skip_outside_area
        count = result.outside_area or len(result.left_out)
        box.setVisible(bool(count))
        box.blockSignals(True)
        box.setChecked(self.skip_outside_area)
        box.blockSignals(False)
        if result.outside_area:
            box.setText(self.tr("Bỏ qua {count} tổ chức ngoài địa bàn (và các dòng của chúng ở "
                                "các trang khác)").format(count=result.outside_area))
        else:
            box.setText(self.tr("Bỏ qua các dòng ngoài địa bàn: {count} dòng được bỏ qua (xem "
                                "danh sách bên dưới)").format(count=len(result.left_out)))

    def _show_inferences(self, result: ImportResult) -> None:
        """The values read from the file's content, or chosen for every row, not from a column
        of their own."""
        table = self.ui.inferences_table
        table.setRowCount(len(result.inferences))
        for row, found in enumerate(result.inferences):
            texts = (found.sheet, found.field, found.result, found.source, found.value,
                     str(len(found.rows)))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(found.reason)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        _fit_height(table, 8)
        self.ui.inferences_group.setVisible(bool(result.inferences))

    def _show_counts(self, result: ImportResult) -> None:
        table = self.ui.counts_table
        table.setRowCount(len(result.sheets))
        notes = []
        for row, summary in enumerate(result.sheets):
            register = layout.BY_KEY[summary.register]
            texts = [summary.sheet, layout.register_title(register),
                     *(f"{getattr(summary, o):,}".replace(",", ".")
                       for o in (*OUTCOMES, LEFT_OUT))]
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
            table.resizeRowToContents(row)
            notes += [f"{summary.sheet}: {c}" for c in summary.conversions]
            if summary.ignored_columns:
                notes.append(self.tr("{sheet}: cột không dùng: {columns}").format(
                    sheet=summary.sheet, columns=", ".join(summary.ignored_columns)))
        if result.ignored_sheets:
            notes.append(self.tr("Trang không nhập: {sheets}").format(
                sheets=", ".join(result.ignored_sheets)))
        self.ui.notes.setText("\n".join(notes))

    def _show_problems(self, result: ImportResult) -> None:
        """Every problem, then the rows left out (outside the area)."""
        problems = result.problems[:SHOWN_PROBLEMS]
        left_out = result.left_out[:SHOWN_PROBLEMS - len(problems)]
        error, warning = self.tr("Lỗi"), self.tr("Cảnh báo")
        counted = self.tr("{errors} lỗi, {warnings} cảnh báo").format(
            errors=len(result.errors), warnings=len(result.warnings))
        if result.left_out:
            counted += self.tr(", {count} dòng bỏ qua (ngoài địa bàn)").format(
                count=len(result.left_out))
        if len(result.problems) + len(result.left_out) > SHOWN_PROBLEMS:
            counted += self.tr(" (hiện {shown} dòng đầu)").format(shown=SHOWN_PROBLEMS)
        self.ui.problems_label.setText(counted)
        table = self.ui.problems_table
        table.setRowCount(len(problems) + len(left_out))
        rows = [(p.sheet, str(p.row), p.column, p.value, error if p.is_error else warning,
                 p.message) for p in problems]
        rows += [(r.sheet, str(r.row), "", r.name, self.tr("Bỏ qua"), r.reason)
                 for r in left_out]
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()

    def _show_communes(self, result: ImportResult) -> None:
        """The names that wait for a choice, each with its candidates, and the communes read
        as before the reform with the commune they are filed under."""
        choices, renamings = result.commune_choices, result.renamings
        table = self.ui.commune_choices_table
        table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            table.setItem(row, 0, QTableWidgetItem(choice.text))
            table.setItem(row, 1, QTableWidgetItem(str(len(choice.rows)) if choice.rows else ""))
            box = QComboBox(table)
            box.setObjectName(f"choice_{row}")
            box.setToolTip(choice.reason)
            box.addItem(self.tr("— chọn —"), None)
            for code, name, in_area in choice.candidates:
                label = f"{name} ({code})" if in_area else self.tr(
                    "{name} ({code}) — ngoài địa bàn").format(name=name, code=code)
                box.addItem(label, code)
            box.setProperty("name_written", choice.text)
            table.setCellWidget(row, 2, box)
        table.resizeRowsToContents()
        _fit_height(table)
        for widget in (self.ui.choices_hint, table, self.ui.apply_choices):
            widget.setVisible(bool(choices))
        table = self.ui.renamings_table
        table.setRowCount(len(renamings))
        for row, renaming in enumerate(renamings):
            texts = (renaming.sheet, renaming.column, renaming.value,
                     f"{renaming.name} ({renaming.code})", str(len(renaming.rows)))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(renaming.reason)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        _fit_height(table)
        self.ui.renamings_hint.setVisible(bool(renamings))
        table.setVisible(bool(renamings))
        self.ui.units_group.setVisible(bool(choices or renamings))

    def apply_commune_choices(self) -> Task | None:
        """Take the communes chosen in the list and check the file again with them."""
        table = self.ui.commune_choices_table
        for row in range(table.rowCount()):
            box = table.cellWidget(row, 2)
            if box is not None and box.currentData() is not None:
                self.commune_choices[box.property("name_written")] = box.currentData()
        return self.run_check()

    def save_report(self) -> Task | None:
        if self.workbook is None or self.result is None:
            return None
        suggested = self.workbook.path.with_name(f"{self.workbook.path.stem} - loi.xlsx")
        path = msgbox.save_file(self, self.tr("Lưu báo cáo lỗi"),
                                self.tr("Bảng tính Excel (*.xlsx)"), suggested)
        if path is None:
            return None
        return run_task(write_error_report, self.workbook, self.result, path, owner=self,
                        on_done=self._report_written)

    def _report_written(self, path: Path) -> None:
        self.ui.check_status.setText(self.tr("Đã lưu báo cáo lỗi {path}.").format(path=path))
        self.report_written.emit(path)

    # 4. The import -------------------------------------------------------------------------

    def start_import(self) -> Task | None:
        if self.workbook is None or self.mapping is None or self.result is None:
            return None
        self._go(IMPORT)
        self.ui.import_status.setText(self.tr("Đang sao lưu và ghi…"))
        self.ui.import_progress.setValue(0)
        return self._run(run_write(
            import_workbook, self.database, self.workbook, mapping=copy.deepcopy(self.mapping),
            commune_choices=dict(self.commune_choices),
            skip_outside_area=self.skip_outside_area, checked=self.result, owner=self,
            cancellable=True, on_progress=lambda *p: self._progress(self.ui.import_progress, *p),
            on_done=self._imported, on_error=self._import_failed,
            on_finished=self._import_finished))

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        if result.written:
            lines = [self.tr("Đã nhập xong. Bản sao lưu trước khi nhập: {backup}").format(
                backup=result.backup)]
            lines += [s.describe() for s in result.sheets]
            self.ui.import_status.setText("\n".join(lines))
            self.imported.emit(result)
        elif not result.ok:  # the registers changed since the check
            self.ui.import_status.setText(self.tr(
                "Không nhập được: có {count} lỗi (dữ liệu đã thay đổi từ lúc kiểm tra). Không có "
                "gì được ghi.").format(count=len(result.errors)))
        else:
            self.ui.import_status.setText(self.tr("Không có gì thay đổi."))

    def _import_failed(self, exc: KtttError) -> None:
        self.ui.import_status.setText(exc.message)

    def _import_finished(self) -> None:
        if self.task is not None and self.task.cancelled:  # back to the check, to try again
            self.ui.pages.setCurrentIndex(CHECK)
            self.ui.step_title.setText(self._titles[CHECK])
            self.ui.check_status.setText(self.tr("Đã hủy việc nhập; không có gì được ghi."))
        self._finished()
