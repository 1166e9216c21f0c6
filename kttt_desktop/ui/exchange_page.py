"""The "Nhập / Xuất" section: import a workbook (the wizard), the blank template, the export of
every register (with personal data only when asked, after a warning)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.errors import KtttError
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.forms.ui_exchange_page import Ui_ExchangeForm
from kttt_desktop.ui.sections import SectionContext
from kttt_desktop.ui.tasks import Task, deferred, run_task, run_write

if TYPE_CHECKING:  # openpyxl comes with them: imported by the work that needs them
    from kttt_desktop.services.dump import DumpResult
    from kttt_desktop.services.importing import ImportResult
    from kttt_desktop.ui.import_wizard import ImportWizard

XLSX_FILTER = "Bảng tính Excel (*.xlsx)"


class ExchangePage(QWidget):
    template_written = Signal(object)  # the Path
    dump_written = Signal(object)  # the DumpResult
    wizard_opened = Signal(object)  # the ImportWizard

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_page")
        self.context = context
        self.database = context.database
        self.wizard: ImportWizard | None = None
        self._busy = 0
        self.ui = Ui_ExchangeForm()
        self.ui.setupUi(self)
        self.ui.progress.setVisible(False)
        self.ui.import_button.clicked.connect(self.open_wizard)
        self.ui.template_button.clicked.connect(self.save_template)
        self.ui.dump_button.clicked.connect(self.dump)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _start(self, message: str) -> None:
        self._busy += 1
        self.ui.progress.setVisible(True)
        self.ui.status.setText(message)
        for button in (self.ui.template_button, self.ui.dump_button):
            button.setEnabled(False)

    def _stop(self) -> None:
        self._busy -= 1
        if not self._busy:
            self.ui.progress.setVisible(False)
            for button in (self.ui.template_button, self.ui.dump_button):
                button.setEnabled(True)

    def _failed(self, exc: KtttError) -> None:
        self.ui.status.setText(exc.message)
        msgbox.error(self, exc.message, details=exc.details)

    # Import ----------------------------------------------------------------------------------

    def open_wizard(self) -> ImportWizard:
        """Open the import wizard over the window (modal, without a nested event loop)."""
        from kttt_desktop.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.database, self)
        wizard.imported.connect(self._imported)
        wizard.setModal(True)
        wizard.show()
        self.wizard = wizard
        self.wizard_opened.emit(wizard)
        return wizard

    def _imported(self, result: ImportResult) -> None:
        self.ui.status.setText(self.tr("Đã nhập từ tệp {file}.").format(file=result.file))

    # Template --------------------------------------------------------------------------------

    def save_template(self) -> Task | None:
        path = msgbox.save_file(self, self.tr("Lưu bảng tính mẫu"), XLSX_FILTER,
                                Path.home() / "mau-nhap-lieu-kttt.xlsx")
        if path is None:
            return None
        self._start(self.tr("Đang ghi bảng tính mẫu…"))
        return run_task(deferred("kttt_desktop.exchange.template:write_template"), path,
                        owner=self, on_done=self._template_written, on_error=self._failed,
                        on_finished=self._stop)

    def _template_written(self, path: Path) -> None:
        self.ui.status.setText(self.tr("Đã ghi bảng tính mẫu {path}.").format(path=path))
        self.template_written.emit(path)

    # Export ----------------------------------------------------------------------------------

    def dump(self) -> Task | None:
        personal = self.ui.personal_data.isChecked()
        if personal and msgbox.question(self, self.tr(
                "Tệp sẽ chứa số CCCD, số điện thoại và ngày sinh của mọi thành viên và cán bộ: "
                "đó là dữ liệu cá nhân, phải được giữ kín (Nghị định 13/2023/NĐ-CP). Việc xuất "
                "này được ghi vào nhật ký, kèm tên người xuất và tên tệp. Chỉ gửi tệp qua kênh an "
                "toàn và xóa khi không còn cần.\n\nVẫn xuất kèm dữ liệu cá nhân?"),
                title=self.tr("Xuất dữ liệu cá nhân"),
                default=msgbox.Answer.NO) is not msgbox.Answer.YES:
            return None
        path = msgbox.save_file(self, self.tr("Xuất toàn bộ sổ đăng ký"), XLSX_FILTER,
                                Path.home() / "so-dang-ky-kttt.xlsx")
        if path is None:
            return None
        self._start(self.tr("Đang xuất sổ đăng ký…"))
        run = run_write if personal else run_task  # the audit entry is a write
        return run(deferred("kttt_desktop.services.dump:dump_registers"), self.database, path,
                   with_personal_data=personal, owner=self, on_done=self._dumped,
                   on_error=self._failed, on_finished=self._stop)

    def _dumped(self, result: DumpResult) -> None:
        counts = ", ".join(f"{sheet} {count:,}".replace(",", ".")
                           for sheet, count in result.rows.items())
        self.ui.status.setText(self.tr("Đã xuất {path}: {counts}.").format(
            path=result.path, counts=counts))
        self.dump_written.emit(result)
