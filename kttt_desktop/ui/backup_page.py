"""The "Sao lưu" section: the backups of the database, a backup now, a copy elsewhere, a check of
the file, and a restore (with a preview of what the backup holds).

The list is read in the background each time the section is shown and after each backup the
window makes. A restore is confirmed in :class:`~kttt_desktop.ui.restore_dialog.RestoreDialog`,
then done by the window (:meth:`MainWindow.restore_backup`), which closes the database, puts the
backup in its place and opens it again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.services.backups import (
    BackupEntry,
    VerifyReport,
    back_up,
    count_in_words,
    list_backups,
    save_copy,
    size_in_words,
    verify,
)
from kttt_desktop.system.paths import backups_dir
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.registers.table_model import ROW_ROLE, RowsModel, list_view
from kttt_desktop.ui.restore_dialog import RestoreDialog
from kttt_desktop.ui.sections import SectionContext, heading_label
from kttt_desktop.ui.tasks import Task, run_task

COPY_FOLDER_SETTING = "backup/copy_folder"
RESTORE_FOLDER_SETTING = "backup/restore_folder"
NUMERIC_COLUMNS = (2, 3, 4)


def _count(n: int | None, problem: str) -> str:
    return "" if problem else count_in_words(n)


class BackupModel(RowsModel):
    """The backups, newest first; sizes and counts aligned right."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class BackupPage(QWidget):
    listed = Signal(object)  # the list of BackupEntry now shown
    copied = Signal(object)  # the Path of an extra copy written
    verified = Signal(object)  # the VerifyReport of the database

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_page")
        self.context = context
        self.database = context.database
        self.dialog: RestoreDialog | None = None
        self._busy = 0
        intro = QLabel(self._intro(), self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = BackupModel([
            (self.tr("Thời điểm"), lambda e: e.taken_at.strftime("%d/%m/%Y %H:%M")),
            (self.tr("Loại"), lambda e: e.kind.label),
            (self.tr("Dung lượng"), lambda e: size_in_words(e.size)),
            (self.tr("Tổ chức"), lambda e: _count(e.summary.organisations, e.summary.problem)),
            (self.tr("Thành viên"), lambda e: _count(e.summary.members, e.summary.problem)),
            (self.tr("Cơ quan"), lambda e: e.summary.problem or e.summary.office),
        ], self)
        self.table = list_view(self, "backup_table", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("backup_count")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.backup_button = self._button("back_up_now", self.tr("Sao lưu ngay"),
                                          self.tr("Sao lưu cơ sở dữ liệu vào thư mục sao lưu"),
                                          self.back_up_now)
        self.copy_button = self._button(
            "save_copy", self.tr("Chép ra USB / thư mục khác…"),
            self.tr("Ghi một bản sao của dữ liệu hiện tại vào thư mục bạn chọn"), self.save_copy)
        self.verify_button = self._button(
            "verify", self.tr("Kiểm tra cơ sở dữ liệu"),
            self.tr("Kiểm tra tính toàn vẹn của tệp, liên kết giữa các bảng và lược đồ dữ liệu"),
            self.verify)
        self.restore_button = self._button(
            "restore", self.tr("Khôi phục…"),
            self.tr("Thay dữ liệu hiện tại bằng bản sao lưu đang chọn (dữ liệu hiện tại được sao "
                    "lưu trước)"), self.restore_selected)
        self.restore_file_button = self._button(
            "restore_file", self.tr("Khôi phục từ tệp khác…"),
            self.tr("Chọn một bản sao lưu ở nơi khác (ví dụ trên USB)"), self.restore_from_file)

        tools = QHBoxLayout()
        for button in (self.backup_button, self.copy_button, self.verify_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.restore_button)
        tools.addWidget(self.restore_file_button)
        title = QHBoxLayout()
        title.addWidget(heading_label(self.tr("Sao lưu"), self))
        title.addStretch(1)
        title.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(intro)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        context.navigator.backup_made.connect(self._backup_made)
        if self.database.on_server:  # only the check is this program's
            for widget in (self.table, self.count_label, self.backup_button, self.copy_button,
                           self.restore_button, self.restore_file_button):
                widget.hide()
        self._enable()

    def _intro(self) -> str:
        if self.database.on_server:
            return self.tr(
                "Cơ sở dữ liệu nằm trên máy chủ PostgreSQL {name}. Bản sao lưu do máy chủ làm, "
                "không phải chương trình này: người quản trị máy chủ sao lưu bằng pg_dump (nên "
                "hằng ngày, theo lịch) và khôi phục bằng pg_restore. Nút dưới đây kiểm tra rằng "
                "mọi bảng đọc được và lược đồ dữ liệu đúng phiên bản.").format(
                    name=self.database.name)
        return self.tr(
            "Chương trình tự sao lưu mỗi ngày khi mở cơ sở dữ liệu, và trước mỗi lần nhập dữ "
            "liệu, nâng cấp hay khôi phục. Bản sao lưu nằm trong thư mục {folder}; mỗi loại giữ "
            "bản mới nhất của từng ngày trong 30 ngày và của từng tháng trong 12 tháng. Nên "
            "chép thêm một bản ra USB hoặc máy khác mỗi tuần.").format(
                folder=self._backups_folder())

    def _backups_folder(self) -> Path:
        """The folder of the file's backups (a server has none of this program's: home)."""
        path = self.database.path
        return backups_dir(path) if path is not None else Path.home()

    def _button(self, name: str, text: str, tip: str, act: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda: act())
        return button

    # The list ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.database.on_server:  # a server's backups are not listed here
            self.reload()

    def reload(self) -> Task:
        """Read the list of backups again (in the background)."""
        return self._run(list_backups, self.database.path, on_done=self._listed)

    def _backup_made(self, _entry: BackupEntry) -> None:
        if self.isVisible():
            self.reload()

    def _listed(self, entries: list[BackupEntry]) -> None:
        chosen = self.selected()
        self.model.set_rows(entries)
        rows = [e.path for e in entries]
        if entries:
            self.table.selectRow(rows.index(chosen.path) if chosen and chosen.path in rows else 0)
        self.count_label.setText(self.tr("{count} bản sao lưu, tổng {size}").format(
            count=len(entries), size=size_in_words(sum(e.size for e in entries))))
        self._enable()
        self.listed.emit(entries)

    def selected(self) -> BackupEntry | None:
        index = self.table.currentIndex()
        return self.model.index(index.row(), 0).data(ROW_ROLE) if index.isValid() else None

    def select(self, path: Path) -> bool:
        for row, entry in enumerate(self.model.rows):
            if entry.path == path:
                self.table.selectRow(row)
                return True
        return False

    # Work in the background ------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, on_done: Any) -> Task:
        self._busy += 1
        self._enable()
        return run_task(fn, *args, on_done=on_done, on_finished=self._finished, owner=self)

    def _finished(self) -> None:
        self._busy -= 1
        self._enable()

    def _enable(self) -> None:
        idle = self._busy == 0
        for button in (self.backup_button, self.copy_button, self.verify_button,
                       self.restore_file_button):
            button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.model.rowCount() > 0)
        refuse_edits(self.database, self.restore_button, self.restore_file_button)

    def _tell(self, message: str) -> None:
        self.status.setText(message)
        self.context.navigator.show_message(message)

    # Actions ---------------------------------------------------------------------------------

    def back_up_now(self) -> Task:
        return self._run(back_up, self.database.path, on_done=self._backed_up)

    def _backed_up(self, entry: BackupEntry) -> None:
        self._tell(self.tr("Đã sao lưu: {entry}.").format(entry=entry.describe()))
        self.reload().finished.connect(lambda: self.select(entry.path))

    def save_copy(self) -> Task | None:
        """Write a copy of the data as it is now into a folder the officer chooses."""
        settings = self.context.settings
        folder = msgbox.choose_folder(self, self.tr("Chọn thư mục để chép bản sao (ví dụ ổ USB)"),
                                      settings.value(COPY_FOLDER_SETTING, str(Path.home())))
        if folder is None:
            return None
        settings.set_value(COPY_FOLDER_SETTING, str(folder))
        self.status.setText(self.tr("Đang chép ra {folder}…").format(folder=folder))
        return self._run(save_copy, self.database.path, f"{folder}{os.sep}",
                         on_done=self._copied)

    def _copied(self, path: Path) -> None:
        self._tell(self.tr("Đã chép bản sao ra {path} ({size}).").format(
            path=path, size=size_in_words(path.stat().st_size)))
        self.copied.emit(path)

    def verify(self) -> Task:
        self.status.setText(self.tr("Đang kiểm tra cơ sở dữ liệu…"))
        return self._run(verify, self.database.address, on_done=self._verified)

    def _verified(self, report: VerifyReport) -> None:
        lines = report.lines()
        self.status.setText(lines[-1])
        text = "\n".join(lines)
        if report.ok:
            msgbox.information(self, text, title=self.tr("Kiểm tra cơ sở dữ liệu"))
        else:
            msgbox.error(self, lines[-1], title=self.tr("Kiểm tra cơ sở dữ liệu"), details=text)
        self.verified.emit(report)

    def restore_selected(self) -> RestoreDialog | None:
        entry = self.selected()
        return self._preview(entry.path) if entry is not None else None

    def restore_from_file(self) -> RestoreDialog | None:
        settings = self.context.settings
        path = msgbox.open_file(
            self, self.tr("Chọn bản sao lưu để khôi phục"),
            self.tr("Cơ sở dữ liệu KTTT (*.db *.sqlite);;Mọi tệp (*)"),
            settings.value(RESTORE_FOLDER_SETTING, str(self._backups_folder())))
        if path is None:
            return None
        settings.set_value(RESTORE_FOLDER_SETTING, str(path.parent))
        return self._preview(path)

    def _preview(self, path: Path) -> RestoreDialog | None:
        if not self.database.writable:
            return None
        self.dialog = RestoreDialog(self.database, path, self)
        self.dialog.confirmed.connect(self.context.navigator.restore_backup)
        self.dialog.open()
        return self.dialog
