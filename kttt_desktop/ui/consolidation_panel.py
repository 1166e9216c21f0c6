"""The tab "Tổng hợp báo cáo các đơn vị" of the Báo cáo screen: combining offices' returns.

A province office adds the Excel returns its offices sent up (several files at once); they are
read in the background, and the table shows for each its office, the size of its area, its
period and whether it can be consolidated for the period chosen at the top of the screen — or
why not (edited, not verified against the registered keys, another period, an area that overlaps
another file's…); a file not verified may be accepted explicitly ("Chấp nhận"), which the
consolidated return records. "Tổng hợp" writes the
consolidated return of the valid files to Excel (and PDF) in the background; files that were
refused are left out only once the officer has confirmed it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from kttt_desktop.core.errors import InputError
from kttt_desktop.core.periods import Period
from kttt_desktop.services.keys import Registered, registered_keys
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.busy import BusyState
from kttt_desktop.ui.forms.ui_consolidation import Ui_ConsolidationForm
from kttt_desktop.ui.sections import SectionContext
from kttt_desktop.ui.tasks import Task, deferred, run_task

if TYPE_CHECKING:  # imported by the first work that needs it (openpyxl, reportlab)
    from kttt_desktop.services.returns import FileStatus, OfficeFile, WrittenReturn

RETURNS = "kttt_desktop.services.returns"

FOLDER_SETTING = "returns/consolidation_folder"
VALID_COLOUR, REFUSED_COLOUR = QColor("#1d6b2c"), QColor("#a3161a")
FILE, OFFICE, COMMUNES, PERIOD, SEAL, STATUS, ACCEPT = range(7)


class ConsolidationPanel(QWidget):
    files_read = Signal()  # files were read and the table shows them
    consolidated = Signal(object)  # the WrittenReturn of a consolidation

    def __init__(self, context: SectionContext, period: Callable[[], Period],
                 free_text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consolidation_panel")
        self.context = context
        self.period = period  # the period chosen on the screen
        self.free_text = free_text  # the assessment text as typed on the screen
        self.files: list[OfficeFile] = []
        self.statuses: list[FileStatus] = []
        self.accepted: set[Path] = set()  # files the officer accepted although not verified
        self.ui = Ui_ConsolidationForm()
        self.ui.setupUi(self)
        self._busy = BusyState(self.ui.progress, self.ui.status, self._enable_actions)
        table = self.ui.files_table
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.ui.add_files.clicked.connect(self.add_files)
        self.ui.remove_files.clicked.connect(self.remove_selected)
        self.ui.clear_files.clicked.connect(self.clear)
        self.ui.consolidate.clicked.connect(self.consolidate)
        table.itemSelectionChanged.connect(self._enable_actions)
        table.itemChanged.connect(self._accept_changed)
        self.refresh()

    # The files -------------------------------------------------------------------------------

    def _folder(self) -> Path:
        return Path(self.context.settings.value(FOLDER_SETTING, str(Path.home())))

    def add_files(self) -> Task | None:
        """Ask for one or more returns and read them in the background."""
        paths = msgbox.open_files(self, self.tr("Chọn các tệp báo cáo của các đơn vị"),
                                  self.tr("Bảng tính Excel (*.xlsx)"), self._folder())
        if not paths:
            return None
        self.context.settings.set_value(FOLDER_SETTING, str(paths[0].parent))
        return self.read(paths)

    def read(self, paths: list[Path]) -> Task | None:
        """Read ``paths`` (those not listed yet) and add them to the table."""
        listed = {f.path.resolve() for f in self.files}
        new = [p for p in dict.fromkeys(Path(p) for p in paths) if p.resolve() not in listed]
        if len(new) < len(paths):
            self.ui.status.setText(self.tr("Tệp đã có trong danh sách không được thêm lần nữa."))
        if not new:
            return None
        self._busy.start(self.tr("Đang đọc {count} tệp…").format(count=len(new)))
        return run_task(deferred(f"{RETURNS}:read_office_files"), new,
                        on_progress=self._busy.step,
                        on_done=self._read, on_finished=self._busy.stop, owner=self)

    def _read(self, files: list[OfficeFile]) -> None:
        self.files.extend(files)
        self.ui.status.setText(self.tr("Đã đọc {count} tệp.").format(count=len(files)))
        self.refresh()
        self.files_read.emit()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.ui.files_table.selectionModel().selectedRows()}
        self.files = [f for i, f in enumerate(self.files) if i not in rows]
        self.refresh()

    def clear(self) -> None:
        self.files = []
        self.accepted.clear()
        self.ui.status.setText("")
        self.refresh()

    # The table -------------------------------------------------------------------------------

    def _keys(self) -> list[Registered]:
        database = self.context.database
        return registered_keys(database) if database is not None else []

    def refresh(self) -> None:
        """Judge the files again for the period shown and fill the table."""
        if self.files:  # read in the background: the module is there
            from kttt_desktop.services.returns import check_files

            self.statuses = check_files(self.files, self.period(), keys=self._keys(),
                                        accepted=self.accepted)
        else:
            self.statuses = []
        table = self.ui.files_table
        table.blockSignals(True)
        table.setRowCount(len(self.statuses))
        for row, status in enumerate(self.statuses):
            for column, text in enumerate(self._cells(status)):
                item = QTableWidgetItem(text)
                if column == FILE:
                    item.setToolTip(str(status.file.path))
                elif column == STATUS:
                    item.setToolTip("\n".join(p.message for p in (*status.problems,
                                                                   *status.waived)) or text)
                    item.setForeground(QBrush(VALID_COLOUR if status.valid else REFUSED_COLOUR))
                table.setItem(row, column, item)
            accept = QTableWidgetItem("")
            if status.acceptable or status.waived:
                accept.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                accept.setCheckState(Qt.CheckState.Checked if status.waived
                                     else Qt.CheckState.Unchecked)
            else:
                accept.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, ACCEPT, accept)
        table.blockSignals(False)
        table.resizeRowsToContents()
        self.ui.summary.setText(self._summary())
        self._enable_actions()

    def _accept_changed(self, item: QTableWidgetItem) -> None:
        """The officer ticked (or unticked) "Chấp nhận" for a file not verified: asked once
        more, then recorded (it goes into the consolidated return)."""
        if item.column() != ACCEPT or not 0 <= item.row() < len(self.statuses):
            return
        status = self.statuses[item.row()]
        path = status.file.path
        if item.checkState() == Qt.CheckState.Checked and path not in self.accepted:
            answer = msgbox.question(self, self.tr(
                "Chấp nhận tệp {name} dù không xác thực được?\n\n{problems}\n\nSố liệu của tệp sẽ "
                "được tổng hợp và việc chấp nhận được ghi vào báo cáo tổng hợp.").format(
                    name=path.name, problems="\n".join(p.message for p in status.problems)),
                title=self.tr("Chấp nhận báo cáo chưa xác thực"), default=msgbox.Answer.NO)
            if answer is msgbox.Answer.YES:
                self.accepted.add(path)
        elif item.checkState() == Qt.CheckState.Unchecked:
            self.accepted.discard(path)
        self.refresh()

    def _cells(self, status: FileStatus) -> tuple[str, ...]:
        data = status.data
        if data is None:
            office = communes = period = ""
        else:
            office, communes = data.office, str(len(data.area))
            try:
                period = Period.parse(data.period).short_label()
            except InputError:  # the status says so
                period = data.period
        if not status.valid:
            state = self.tr("Bị từ chối: {reasons}").format(
                reasons=" ".join(p.reason for p in status.problems))
        elif status.waived:
            state = self.tr("Chấp nhận khi chưa xác thực")
        else:
            state = self.tr("Hợp lệ")
        seal = status.seal.summary if status.seal is not None else ""
        return status.file.path.name, office, communes, period, seal, state

    def _summary(self) -> str:
        if not self.statuses:
            return self.tr("Chưa có tệp nào.")
        valid = [s for s in self.statuses if s.valid]
        communes = sum(len(s.data.area) for s in valid if s.data is not None)
        return self.tr("{valid} tệp hợp lệ, {refused} tệp bị từ chối; địa bàn tổng hợp {communes} "
                       "xã, phường.").format(valid=len(valid), refused=len(self.statuses) - len(valid),
                                             communes=communes)

    # Consolidating ---------------------------------------------------------------------------

    def consolidate(self) -> Task | None:
        """Confirm leaving refused files out, ask where to write, and write in the background."""
        self.refresh()
        valid = [s.file for s in self.statuses if s.valid]
        refused = [s for s in self.statuses if not s.valid]
        if not valid:
            msgbox.warning(self, self.tr("Chưa có báo cáo hợp lệ nào để tổng hợp cho {period}.")
                           .format(period=self.period().in_words()))
            return None
        if refused:
            names = "\n".join(f"- {s.file.path.name}" for s in refused)
            answer = msgbox.question(self, self.tr(
                "{count} tệp bị từ chối sẽ không có trong báo cáo tổng hợp:\n{names}\n\n"
                "Tổng hợp {valid} tệp hợp lệ còn lại?").format(
                    count=len(refused), names=names, valid=len(valid)),
                title=self.tr("Tổng hợp báo cáo"), default=msgbox.Answer.NO)
            if answer is not msgbox.Answer.YES:
                return None
        period = self.period()
        suggested = self._folder() / f"bao-cao-tong-hop-{period}.xlsx"
        path = msgbox.save_file(self, self.tr("Ghi báo cáo tổng hợp"),
                                self.tr("Bảng tính Excel (*.xlsx)"), suggested)
        if path is None:
            return None
        xlsx = path.with_suffix(".xlsx")
        pdf = xlsx.with_suffix(".pdf") if self.ui.with_pdf.isChecked() else None
        self.context.settings.set_value(FOLDER_SETTING, str(xlsx.parent))
        self._busy.start(self.tr("Đang tổng hợp…"))
        return run_task(deferred(f"{RETURNS}:consolidate_files"), valid, period, xlsx=xlsx,
                        pdf=pdf,
                        db=self.context.database, free_text=self.free_text(),
                        accepted=sorted(self.accepted),
                        on_progress=self._busy.step, on_done=self._written,
                        on_finished=self._busy.stop, owner=self)

    def _written(self, written: WrittenReturn) -> None:
        paths = ", ".join(str(p) for p in (written.xlsx, written.pdf) if p is not None)
        message = self.tr("Đã ghi báo cáo tổng hợp: {paths}.").format(paths=paths)
        self.ui.status.setText(message)
        self.context.navigator.show_message(message)
        self.consolidated.emit(written)

    # Busy state ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy.active

    def _enable_actions(self) -> None:
        idle = not self._busy.active
        self.ui.add_files.setEnabled(idle)
        self.ui.clear_files.setEnabled(idle and bool(self.files))
        self.ui.remove_files.setEnabled(
            idle and self.ui.files_table.selectionModel().hasSelection())
        self.ui.consolidate.setEnabled(idle and any(s.valid for s in self.statuses))
