"""The "Cài đặt" section: the office profile, edited in place, and the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.languages import LANGUAGES
from kttt_desktop.services.office import OfficeProfile
from kttt_desktop.ui.office_profile import OfficeProfileEditor
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.sections import SectionContext, heading_label

SAVED_MESSAGE_MS = 5000


class SettingsPage(QWidget):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_page")
        self.context = context
        hint = QLabel(self.tr("Tên cơ quan, người ký và nơi nhận được in trên các báo cáo; "
                              "địa bàn quyết định những tổ chức nào được tính vào số liệu."), self)
        hint.setWordWrap(True)
        self.editor = OfficeProfileEditor(context.database, self)
        self.save_button = QPushButton(self.tr("Lưu"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Hủy thay đổi"), self)
        self.revert_button.setObjectName("revert")
        self.revert_button.setToolTip(self.tr("Trở lại thông tin đã lưu."))

        self.save_button.clicked.connect(self.editor.save)
        self.revert_button.clicked.connect(self.editor.reload)
        self.editor.busy.connect(self._set_busy)
        self.editor.saved.connect(self._saved)
        refuse_edits(context.database, self.save_button, self.revert_button)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(QCoreApplication.translate("Sections", "Cài đặt"), self))
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._build_interface_box())

    def _build_interface_box(self) -> QGroupBox:
        """The language of the interface: stored in the settings at once, used from the next start
        (widgets already made keep their text)."""
        box = QGroupBox(self.tr("Giao diện"), self)
        self.language = QComboBox(box)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.context.settings.language), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        label = QLabel(self.tr("&Ngôn ngữ:"), box)
        label.setBuddy(self.language)
        note = QLabel(self.tr("Ngôn ngữ mới được dùng từ lần mở chương trình sau."), box)
        note.setObjectName("language_note")
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(note, 1)
        form = QFormLayout(box)
        form.addRow(label, row)
        return box

    def _language_chosen(self) -> None:
        self.context.settings.language = self.language.currentData()
        self.context.settings.sync()
        self.context.navigator.show_message(
            self.tr("Đã chọn ngôn ngữ {language}; hãy mở lại chương trình để dùng.").format(
                language=self.language.currentText()), SAVED_MESSAGE_MS)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.revert_button.setEnabled(not busy)
        refuse_edits(self.context.database, self.save_button, self.revert_button)

    def _saved(self, profile: OfficeProfile) -> None:
        self.context.navigator.office_saved(profile, edited_in=self)
        self.context.navigator.show_message(self.tr("Đã lưu thông tin cơ quan."),
                                            SAVED_MESSAGE_MS)
