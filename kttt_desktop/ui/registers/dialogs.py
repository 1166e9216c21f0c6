"""The dialogs of the register screens: accepting warnings with a reason, the list of keyboard
shortcuts (F1) and the trash.

They open with ``open()`` (window-modal, never a nested event loop) and report through signals,
so tests and the keyboard drive them like any widget.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.issues import Issue
from kttt_desktop.data.database import Database
from kttt_desktop.data.lock import local_time
from kttt_desktop.services.registers import trash
from kttt_desktop.services.registers.values import table_label
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.registers.table_model import ROW_ROLE, RowsModel, list_view
from kttt_desktop.ui.screen_fit import fit_to_screen
from kttt_desktop.ui.tasks import run_write


class AcceptWarningsDialog(QDialog):
    """The warnings of a record and a reason to save it anyway (the reason is required)."""

    accepted_with = Signal(str)  # the reason

    def __init__(self, warnings: Sequence[Issue], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("accept_warnings")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Lưu bản ghi có cảnh báo"))
        intro = QLabel(self.tr("Bản ghi này có cảnh báo. Nếu thông tin là đúng, hãy ghi lý do để "
                               "lưu; lý do được ghi vào nhật ký thay đổi."), self)
        intro.setWordWrap(True)
        self.warnings = QLabel("\n".join(f"• {w.message}" for w in warnings), self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("color: #8a5a00;")
        reason_label = QLabel(self.tr("&Lý do (bắt buộc):"), self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Ví dụ: đã đối chiếu với giấy chứng nhận"))
        reason_label.setBuddy(self.reason)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Lưu với lý do này"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_anyway")
        self.save_button.setEnabled(False)
        back = buttons.addButton(self.tr("Quay lại sửa"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("back")
        self.reason.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.reason.returnPressed.connect(self._accept)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.warnings, reason_label, self.reason, buttons):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())

    def _accept(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.accept()
            self.accepted_with.emit(reason)


SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutsDialog",
                                 "Thêm bản ghi mới (trong danh sách đang làm việc)")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("ShortcutsDialog", "Lưu bản ghi")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Hủy các thay đổi chưa lưu")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Sang ô tiếp theo; ở ô cuối cùng: lưu")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Tìm trong danh sách")),
    ("Del", QT_TRANSLATE_NOOP("ShortcutsDialog",
                              "Xóa bản ghi đang chọn trong danh sách (chuyển vào thùng rác)")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "Hoàn tác lần xóa gần nhất")),
    ("F4", QT_TRANSLATE_NOOP("ShortcutsDialog", "Mở lịch ở ô ngày tháng")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Sang thẻ tiếp theo của hồ sơ")),
    ("Alt+…", QT_TRANSLATE_NOOP("ShortcutsDialog", "Đến ô hoặc thẻ có chữ cái gạch chân")),
    ("Ctrl+1 … Ctrl+0", QT_TRANSLATE_NOOP("ShortcutsDialog", "Chuyển giữa các mục bên trái")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "Danh sách phím tắt này")),
)


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts of the register screens."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Phím tắt"))
        model = RowsModel([(self.tr("Phím"), lambda item: item[0]),
                           (self.tr("Tác dụng"), lambda item: self.tr(item[1]))], self)
        model.set_rows(SHORTCUTS)
        self.table = list_view(self, "shortcut_table", model)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 440)


class TrashDialog(QDialog):
    """What was deleted from some registers: restore an item, or remove it for good."""

    restored = Signal(object)  # trash.Restored

    def __init__(self, database: Database, tables: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("trash")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Thùng rác"))
        self.database = database
        self.tables = list(tables)
        intro = QLabel(self.tr(
            "Bản ghi đã xóa nằm ở đây cho đến khi được khôi phục hoặc xóa hẳn. Thông tin cá nhân "
            "của người đã xóa chỉ còn ở đây; xóa hẳn là xóa hết."), self)
        intro.setWordWrap(True)
        self.model = RowsModel([
            (self.tr("Lúc xóa"), lambda e: local_time(e.deleted_at)),
            (self.tr("Người xóa"), lambda e: e.user),
            (self.tr("Loại"), lambda e: table_label(e.table)),
            (self.tr("Bản ghi"), lambda e: e.label),
        ], self)
        self.table = list_view(self, "trash_table", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton(self.tr("&Khôi phục"), self)
        self.restore_button.setObjectName("restore")
        self.purge_button = QPushButton(self.tr("&Xóa hẳn"), self)
        self.purge_button.setObjectName("purge")
        self.empty_button = QPushButton(self.tr("&Dọn sạch thùng rác"), self)
        self.empty_button.setObjectName("empty")
        buttons = QDialogButtonBox(self)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 420)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(trash.list_trash(self.database, self.tables))
        if self.model.rowCount():
            self.table.selectRow(0)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setEnabled(self.model.rowCount() > 0 and self.database.writable)
        refuse_edits(self.database, self.restore_button, self.purge_button, self.empty_button)

    def selected(self) -> list[trash.TrashEntry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ROW_ROLE) for r in rows]

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen and self.database.writable:
            run_write(trash.restore, self.database, chosen[0].trash_id,
                      on_done=self._restored, owner=self)

    def _restored(self, restored: trash.Restored) -> None:
        self.reload()
        self.restored.emit(restored)

    def purge_selected(self) -> None:
        chosen = self.selected()
        if chosen and self.database.writable and msgbox.question(self, self.tr(
                "Xóa hẳn “{label}”? Không thể khôi phục lại được nữa.").format(
                    label=chosen[0].label)) is msgbox.Answer.YES:
            run_write(trash.purge, self.database, [e.trash_id for e in chosen],
                      on_done=lambda _: self.reload(), owner=self)

    def empty(self) -> None:
        if self.database.writable and msgbox.question(self, self.tr(
                "Xóa hẳn tất cả {count} mục trong thùng rác? Không thể khôi phục lại được nữa."
        ).format(count=self.model.rowCount())) is msgbox.Answer.YES:
            run_write(trash.purge, self.database, [e.trash_id for e in self.model.rows],
                      on_done=lambda _: self.reload(), owner=self)
