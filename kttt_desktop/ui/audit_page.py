"""The "Nhật ký" section: every change to the data, who made it, when and why.

The log is listed newest first through the registers' paged model (a page of rows is read when
the view needs it, so a log of any length opens at once), filtered by a range of days, a user, a
register and the name of a record. A double click opens the record in its register when it
still exists. "Xuất Excel…" writes the entries listed to a workbook and records the export.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.numbers import format_number
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services import audit_log
from kttt_desktop.services.audit_log import ExportedLog, change_text, register_label
from kttt_desktop.services.registers.history import Change
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.registers.table_model import ColumnDef, PagedListModel, Row, list_view
from kttt_desktop.ui.registers.widgets import DateEdit
from kttt_desktop.ui.sections import SectionContext, heading_label
from kttt_desktop.ui.tasks import Task, run_task, run_write

FILTER_DELAY_MS = 250
EXPORT_FOLDER_SETTING = "audit/export_folder"


class AuditSource:
    """The rows of the audit log of a database, for :class:`PagedListModel`."""

    table = "audit_log"

    def __init__(self, page: AuditPage) -> None:
        self.database = page.database

    def count(self, query: ListQuery) -> int:
        return audit_log.count(self.database, query)

    def page(self, query: ListQuery, offset: int, limit: int,
             matches: int | None = None) -> list[Row]:
        return audit_log.page(self.database, query, offset, limit, matches=matches)


def _line(row: Row) -> Change:
    return row["line"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


def audit_columns() -> list[ColumnDef]:
    return [
        ColumnDef("at", _tr("Thời gian"), lambda r: _line(r).when, width=18),
        ColumnDef("user_name", _tr("Người dùng"), lambda r: _line(r).user, width=10),
        ColumnDef("action", _tr("Thao tác"), lambda r: _line(r).action_label, width=8),
        ColumnDef("table_name", _tr("Sổ"), lambda r: register_label(_line(r).table), width=11),
        ColumnDef("record_label", _tr("Bản ghi"), lambda r: _line(r).record, width=26),
        ColumnDef("field", _tr("Thông tin"), lambda r: _line(r).field_label, width=13),
        ColumnDef("new_value", _tr("Giá trị cũ → mới"), lambda r: change_text(_line(r)),
                  sortable=False, width=30),
        ColumnDef("reason", _tr("Lý do"), lambda r: _line(r).reason, sortable=False),
    ]


class AuditModel(PagedListModel):
    """The log's rows; a long text (a record, a change, a reason) shows whole as a tooltip."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.text(index.row(), index.column()) or None
        return super().data(index, role)


class AuditPage(QWidget):
    listed = Signal(int)  # the list was (re)counted: the number of entries
    exported = Signal(object)  # the ExportedLog written

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_page")
        self.context = context
        self.database = context.database
        self.exporting: Task | None = None

        self.since = DateEdit(self)
        self.since.setObjectName("since")
        self.until = DateEdit(self)
        self.until.setObjectName("until")
        self.user = QComboBox(self)
        self.user.setObjectName("filter_user")
        self.table = QComboBox(self)
        self.table.setObjectName("filter_table")
        for box in (self.user, self.table):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.record = QLineEdit(self)
        self.record.setObjectName("filter_record")
        self.record.setClearButtonEnabled(True)
        self.record.setPlaceholderText(self.tr("Tìm theo tên bản ghi (không cần dấu)…"))
        self.record.setMinimumWidth(220)
        self.export_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Ghi các dòng đang hiện ra một tệp Excel"))
        self.export_button.clicked.connect(self.export)

        self.model = AuditModel(AuditSource(self), audit_columns(), audit_log.log_query(),
                                parent=self)
        self.view = list_view(self, "audit_table", self.model)
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        for number, column in enumerate(self.model.columns):
            if column.width:
                header.resizeSection(number, metrics.averageCharWidth() * column.width + 22)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("row_count")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        self.status = QLabel(self.tr("Nhấn đúp vào một dòng để mở bản ghi."), self)
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        for edit in (self.since, self.until):
            edit.edited.connect(self.timer.start)
        self.record.textChanged.connect(lambda _: self.timer.start())
        for box in (self.user, self.table):
            box.currentIndexChanged.connect(lambda _: self.reload())

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Từ ngày"), self))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("đến ngày"), self))
        filters.addWidget(self.until)
        filters.addWidget(self.user)
        filters.addWidget(self.table)
        filters.addWidget(self.record, 1)
        filters.addWidget(self.export_button)
        title = QHBoxLayout()
        title.addWidget(heading_label(self.tr("Nhật ký thay đổi"), self))
        title.addStretch(1)
        title.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._fill_choices()
        context.settings.track_header("audit", self.view)

    # Filters ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        """The users and registers the log holds (kept as chosen when still there)."""
        choices = audit_log.filter_choices(self.database)
        for box, everything, items in (
                (self.user, self.tr("Người dùng: tất cả"),
                 [(u, u) for u in choices.users if u]),
                (self.table, self.tr("Sổ: tất cả"), choices.tables)):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value, text in items:
                box.addItem(text, value)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
            box.blockSignals(False)

    def query(self) -> ListQuery:
        def day(edit: DateEdit) -> date | None:
            value = edit.value()
            return value if isinstance(value, date) else None

        return audit_log.log_query(since=day(self.since), until=day(self.until),
                                   user=self.user.currentData(), table=self.table.currentData(),
                                   record=self.record.text(), base=self.model.query)

    def reload(self) -> None:
        """Count and list again with the filters as they are now."""
        self.timer.stop()
        self.model.set_query(self.query())
        count = self.model.rowCount()
        self.count_label.setText(self.tr("{count} dòng").format(count=format_number(count)))
        self.export_button.setEnabled(count > 0 and self.exporting is None)
        self.listed.emit(count)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fill_choices()
        self.reload()  # entries made elsewhere since the last visit

    # Rows ------------------------------------------------------------------------------------

    def line(self, row: int) -> Change | None:
        found = self.model.row(row)
        return found["line"] if found is not None else None

    def open_row(self, row: int) -> bool:
        """Open the record of the entry at ``row`` in its register, if it still exists."""
        change = self.line(row)
        if change is None or change.record_id is None:
            return False
        if audit_log.record_exists(self.database, change.table, change.record_id) and \
                self.context.navigator.open_record(change.table, change.record_id):
            return True
        self.status.setText(self.tr("Không mở được “{record}”: bản ghi không còn, hoặc không "
                                    "thuộc sổ nào.").format(record=change.record or "?"))
        return False

    # Export ----------------------------------------------------------------------------------

    def export(self) -> Task | None:
        """Ask where, then write the entries listed to an Excel workbook (in the background)."""
        if self.exporting is not None or not self.model.rowCount():
            return None
        settings = self.context.settings
        folder = Path(settings.value(EXPORT_FOLDER_SETTING, str(Path.home())))
        suggested = folder / f"nhat-ky-{date.today().isoformat()}.xlsx"
        path = msgbox.save_file(self, self.tr("Xuất nhật ký ra Excel"),
                                self.tr("Bảng tính Excel (*.xlsx)"), suggested)
        if path is None:
            return None
        path = path.with_suffix(".xlsx")
        settings.set_value(EXPORT_FOLDER_SETTING, str(path.parent))
        self.export_button.setEnabled(False)
        self.progress.setRange(0, self.model.rowCount())
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.exporting = run_task(audit_log.export_log, self.database, self.model.query, path,
                                  on_progress=self._progress, on_done=self._exported,
                                  on_finished=self._export_finished, owner=self)
        return self.exporting

    def _progress(self, done: int, _total: int, message: str) -> None:
        self.progress.setValue(done)
        self.status.setText(message)

    def _exported(self, exported: ExportedLog) -> None:
        message = self.tr("Đã ghi {n} dòng nhật ký ra {path}.").format(
            n=format_number(exported.rows), path=exported.path)
        self.status.setText(message)
        self.context.navigator.show_message(message)
        if self.database.writable:
            run_write(audit_log.note_export, self.database, exported,
                      on_done=lambda _: self._noted(exported), owner=self)
        else:
            self.exported.emit(exported)

    def _noted(self, exported: ExportedLog) -> None:
        self.reload()  # the export is now the newest entry
        self.exported.emit(exported)

    def _export_finished(self) -> None:
        self.exporting = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(self.model.rowCount() > 0)

