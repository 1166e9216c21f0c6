"""Before a restore: what the backup holds beside what the database holds now, and the promise
that the current data is backed up first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import clock
from kttt_desktop.core.errors import KtttError
from kttt_desktop.data.backup import BackupKind, BackupSummary
from kttt_desktop.data.database import Database
from kttt_desktop.data.lock import elapsed_in_words
from kttt_desktop.services.backups import (
    RestorePreview,
    count_in_words,
    preview_restore,
    size_in_words,
)
from kttt_desktop.ui.tasks import Task, run_task


class RestoreDialog(QDialog):
    """Checks the backup in the background, shows what it holds, and asks to confirm."""

    confirmed = Signal(object)  # the Path of the backup to restore
    checked = Signal()  # the backup was checked (and found good or not)

    def __init__(self, database: Database, source: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.source = source
        self.preview: RestorePreview | None = None
        self.fields: dict[str, QLabel] = {}

        self.status = QLabel(self.tr("Đang kiểm tra tệp {name}…").format(name=source.name), self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, title in (("file", self.tr("Tệp")), ("taken_at", self.tr("Thời điểm")),
                            ("kind", self.tr("Loại")), ("office", self.tr("Cơ quan")),
                            ("holds", self.tr("Bản sao lưu có")), ("now", self.tr("Hiện tại có")),
                            ("schema", self.tr("Phiên bản dữ liệu"))):
            label = QLabel(self)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = label
            details.addRow(title, label)
        self.fields["file"].setText(str(source))
        self.notice = QLabel(self.tr(
            "Dữ liệu hiện tại sẽ được sao lưu trước (loại “Trước khi khôi phục”), nên có thể quay "
            "lại nếu cần. Cơ sở dữ liệu sẽ được đóng, thay bằng bản sao lưu này rồi mở lại; mọi "
            "thay đổi sau thời điểm của bản sao lưu sẽ không còn trong dữ liệu đang dùng."), self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#notice { background: #fff4ce; border: 1px solid #e0b000;"
                                  " padding: 6px; }")

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("Khôi phục"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("confirm_restore")
        self.restore_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        cancel.setDefault(True)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(details)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self.task: Task = run_task(preview_restore, database, source, on_done=self._show,
                                   on_error=self._refuse, owner=self)

    def _holds(self, summary: BackupSummary) -> str:
        return self.tr("{organisations} tổ chức, {members} thành viên").format(
            organisations=count_in_words(summary.organisations),
            members=count_in_words(summary.members))

    def _show(self, preview: RestorePreview) -> None:
        self.preview = preview
        kind = preview.kind.label if isinstance(preview.kind, BackupKind) else self.tr(
            "Tệp chọn từ nơi khác")
        values = {
            "taken_at": "{moment} ({age})".format(
                moment=preview.taken_at.strftime("%d/%m/%Y %H:%M"),
                age=elapsed_in_words(clock.now() - preview.taken_at)),
            "kind": f"{kind} · {size_in_words(preview.size)}",
            "office": preview.summary.office or self.tr("(chưa có thông tin cơ quan)"),
            "holds": self._holds(preview.summary),
            "now": self._holds(preview.current),
            "schema": (self.tr("Của phiên bản chương trình cũ hơn; sẽ được nâng cấp khi mở")
                       if preview.needs_upgrade else
                       self.tr("Cùng phiên bản với chương trình đang dùng")),
        }
        for name, value in values.items():
            self.fields[name].setText(value)
        self.fields["schema"].setToolTip(self.tr("Số hiệu lược đồ: {revision}").format(
            revision=preview.summary.revision))  # for whoever helps the officer
        self.status.setText(self.tr("Tệp đã được kiểm tra: tốt, có thể khôi phục."))
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.checked.emit()

    def _refuse(self, exc: KtttError) -> None:
        self.status.setText(exc.message)
        self.status.setStyleSheet("color: #a4262c;")
        self.notice.hide()
        self.checked.emit()

    def _confirm(self) -> None:
        if self.preview is None:
            return
        self.accept()
        self.confirmed.emit(self.preview.source)

