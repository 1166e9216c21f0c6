"""The history of a record (and of the rows that belong to it): who changed what, when, why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kttt_desktop.data.database import Database
from kttt_desktop.services.registers.history import Change, history
from kttt_desktop.ui.registers.table_model import RowsModel, list_view
from kttt_desktop.ui.screen_fit import fit_to_screen


class HistoryView(QWidget):
    """The changes of one record, newest first; read when shown after the record changed."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.database = database
        self.record: tuple[str, int] | None = None
        self._stale = False
        self.model = RowsModel([
            (self.tr("Thời gian"), lambda c: c.when),
            (self.tr("Người sửa"), lambda c: c.user),
            (self.tr("Thao tác"), lambda c: c.action_label),
            (self.tr("Bản ghi"), lambda c: c.what),
            (self.tr("Thông tin"), lambda c: c.field_label),
            (self.tr("Giá trị cũ"), lambda c: c.old),
            (self.tr("Giá trị mới"), lambda c: c.new),
            (self.tr("Lý do"), lambda c: c.reason),
        ], self)
        self.table = list_view(self, "history_table", self.model)
        self.empty = QLabel(self.tr("Chưa có thay đổi nào được ghi lại."), self)
        self.empty.setObjectName("history_empty")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_record(self, table: str, record_id: int | None) -> None:
        self.record = (table, record_id) if record_id is not None else None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> list[Change]:
        self._stale = False
        changes = history(self.database, *self.record) if self.record else []
        self.model.set_rows(changes)
        self.empty.setVisible(not changes)
        self.table.resizeColumnsToContents()
        return changes

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()


class HistoryDialog(QDialog):
    """The history of one record in a window of its own (the "Lịch sử…" button of a form)."""

    def __init__(self, database: Database, table: str, record_id: int, title: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Lịch sử thay đổi: {title}").format(title=title))
        self.view = HistoryView(database, self)
        self.view.set_record(table, record_id)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 420)
