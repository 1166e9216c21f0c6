"""The "Chữ ký số" section: this office's signing key, and the offices' keys a province registers.

The office's part: its key's fingerprint (to read over the phone) and "Xuất khóa công khai…".
The province's part: the registered keys (office, fingerprint, communes, date, state), the
revocation of the one selected, and the registration of a key file once the fingerprint typed
(as the office's officer read it out) matches the file's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from kttt_desktop.core.return_data import normal_fingerprint
from kttt_desktop.data.keys import signing_key
from kttt_desktop.services.keys import (
    KEY_FILE_SUFFIX,
    KeyFile,
    Registered,
    default_key_file_name,
    export_public_key,
    read_key_file,
    register_key,
    registered_keys,
    revoke_key,
)
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.forms.ui_keys_page import Ui_KeysForm
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.registers.table_model import ROW_ROLE, RowsModel
from kttt_desktop.ui.sections import SectionContext
from kttt_desktop.ui.tasks import Task, run_task, run_write

FOLDER_SETTING = "keys/folder"


class KeysPage(QWidget):
    listed = Signal(object)  # the registered keys now shown
    changed = Signal(object)  # a key registered or revoked (its Registered)
    exported = Signal(object)  # the Path of the public key file written

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys_page")
        self.context = context
        self.database = context.database
        self.key_file: KeyFile | None = None
        self.key_path: Path | None = None
        self.ui = Ui_KeysForm()
        self.ui.setupUi(self)
        font = QFont(self.ui.own_fingerprint.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.own_fingerprint.setFont(font)
        self.model = RowsModel([
            (self.tr("Đơn vị"), lambda k: k.office),
            (self.tr("Dấu vân tay"), lambda k: k.fingerprint),
            (self.tr("Số xã, phường"), lambda k: len(k.area)),
            (self.tr("Ngày đăng ký"), lambda k: k.registered_at.astimezone().date()),
            (self.tr("Tình trạng"), self._state),
        ], self)
        table = self.ui.keys_table
        table.setModel(self.model)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.setSelectionMode(table.SelectionMode.SingleSelection)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.export_key.clicked.connect(self.export_key)
        self.ui.choose_key_file.clicked.connect(self.choose_key_file)
        self.ui.register_key.clicked.connect(self.register)
        self.ui.revoke_key.clicked.connect(self.revoke_selected)
        self.ui.fingerprint.textChanged.connect(self._enable)
        table.selectionModel().selectionChanged.connect(self._enable)
        self.writable = refuse_edits(self.database, self.ui.register_key, self.ui.revoke_key,
                                     self.ui.choose_key_file)
        self._show_own_key()
        self._enable()

    def _state(self, key: Registered) -> str:
        if key.revoked_at is None:
            return self.tr("Có hiệu lực")
        state = self.tr("Đã thu hồi ngày {day}").format(
            day=key.revoked_at.astimezone().strftime("%d/%m/%Y"))
        return f"{state} ({key.revoked_reason})" if key.revoked_reason else state

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> Task:
        """Read the registered keys again (in the background)."""
        return run_task(registered_keys, self.database, on_done=self._listed, owner=self)

    def _listed(self, keys: list[Registered]) -> None:
        self.model.set_rows(keys)
        self._enable()
        self.listed.emit(keys)

    def _show_own_key(self) -> None:
        key = signing_key(self.database.local_path, create=False)
        self.ui.own_fingerprint.setText(
            self.tr("Dấu vân tay: {fingerprint}").format(fingerprint=key.fingerprint) if key else
            self.tr("Cơ quan chưa có khóa ký; khóa được tạo khi xuất báo cáo hoặc khóa công khai."))

    def _folder(self) -> Path:
        return Path(self.context.settings.value(FOLDER_SETTING, str(Path.home())))

    def _selected(self) -> Registered | None:
        rows = self.ui.keys_table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _enable(self) -> None:
        selected = self._selected()
        self.ui.revoke_key.setEnabled(self.writable and selected is not None
                                      and not selected.revoked)
        self.ui.register_key.setEnabled(self.writable and self.key_file is not None
                                        and bool(self.ui.fingerprint.text().strip()))

    # The office's own key ----------------------------------------------------------------------

    def export_key(self) -> Task | None:
        path = msgbox.save_file(self, self.tr("Xuất khóa công khai"),
                                self.tr("Khóa công khai (*{suffix})").format(suffix=KEY_FILE_SUFFIX),
                                self._folder() / default_key_file_name(self.database))
        if path is None:
            return None
        self.context.settings.set_value(FOLDER_SETTING, str(path.parent))
        return run_task(export_public_key, self.database, path, on_done=self._exported,
                        owner=self)

    def _exported(self, result: tuple[Path, object]) -> None:
        path, key = result
        self._show_own_key()
        self.ui.status.setText(self.tr(
            "Đã ghi {path}. Gửi tệp này lên tỉnh và đọc dấu vân tay {fingerprint} cho cán bộ của "
            "tỉnh qua điện thoại.").format(path=path, fingerprint=key.fingerprint))  # type: ignore[attr-defined]
        self.exported.emit(path)

    # The offices' keys ---------------------------------------------------------------------------

    def choose_key_file(self) -> None:
        path = msgbox.open_file(self, self.tr("Chọn tệp khóa công khai của đơn vị"),
                                self.tr("Khóa công khai (*{suffix})").format(suffix=KEY_FILE_SUFFIX),
                                self._folder())
        if path is None:
            return
        try:
            self.key_file = read_key_file(path)
        except Exception as exc:  # noqa: BLE001 - shown to the officer
            self.key_file, self.key_path = None, None
            self.ui.key_file.setText(getattr(exc, "message", str(exc)))
            self._enable()
            return
        self.key_path = path
        self.ui.key_file.setText(self.tr("{office}: {count} xã, phường (tệp {name}).").format(
            office=self.key_file.office, count=len(self.key_file.area), name=path.name))
        self._enable()

    def register(self) -> Task | None:
        if self.key_path is None:
            return None
        typed = normal_fingerprint(self.ui.fingerprint.text())
        return run_write(register_key, self.database, self.key_path, typed,
                         on_done=self._registered, owner=self)

    def _registered(self, key: Registered) -> None:
        self.ui.status.setText(self.tr(
            "Đã đăng ký khóa của {office} (dấu vân tay {fingerprint}).").format(
                office=key.office, fingerprint=key.fingerprint))
        self.ui.fingerprint.clear()
        self.key_file, self.key_path = None, None
        self.ui.key_file.setText(self.tr("Chưa chọn tệp."))
        self.changed.emit(key)
        self.refresh()

    def revoke_selected(self) -> Task | None:
        key = self._selected()
        if key is None or key.revoked:
            return None
        answer = msgbox.question(self, self.tr(
            "Thu hồi khóa của {office} (dấu vân tay {fingerprint})? Báo cáo ký bằng khóa này sẽ bị "
            "từ chối khi tổng hợp từ nay.").format(office=key.office, fingerprint=key.fingerprint),
            title=self.tr("Thu hồi khóa"), default=msgbox.Answer.NO)
        if answer is not msgbox.Answer.YES:
            return None
        return run_write(revoke_key, self.database, key.fingerprint,
                         self.ui.revoke_reason.text().strip(), on_done=self._revoked, owner=self)

    def _revoked(self, key: Registered) -> None:
        self.ui.status.setText(self.tr("Đã thu hồi khóa của {office}.").format(office=key.office))
        self.ui.revoke_reason.clear()
        self.changed.emit(key)
        self.refresh()
