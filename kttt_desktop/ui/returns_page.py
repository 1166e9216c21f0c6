"""The "Báo cáo" section: the periodic return of a period, its files, its submission.

The officer chooses the period; the return is computed in the background and shown section by
section (the targets coloured by status), with what changed since the period was last
submitted. The free text is a draft kept per period. "Xuất Excel", "Xuất PDF" and "Xem trước /
In" render the return as shown (with the text as typed); "Gửi báo cáo" writes both files and
stores the return as sent, after a confirmation that says what will be frozen. The draft of a
period also holds the document's number and who signs it, printed in both files. A last tab
combines the returns that offices sent up (``ui.consolidation_panel``).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidgetItem,
    QWidget,
)

from kttt_desktop.core.dates import format_date
from kttt_desktop.core.errors import InputError, KtttError
from kttt_desktop.core.periods import Period, current_period, reporting_year_words
from kttt_desktop.reports.snapshot import ReturnSnapshot, Section
from kttt_desktop.services.returns.drafts import (
    MAX_NUMBER_DIGITS,
    Draft,
    checked_draft,
    signed_header,
)
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.busy import BusyState
from kttt_desktop.ui.changes import Staleness
from kttt_desktop.ui.consolidation_panel import ConsolidationPanel
from kttt_desktop.ui.forms.ui_returns_page import Ui_ReturnsForm
from kttt_desktop.ui.read_only import refuse_edits
from kttt_desktop.ui.sections import SectionContext
from kttt_desktop.ui.snapshot_model import SnapshotTableModel
from kttt_desktop.ui.tasks import Task, deferred, run_task, run_write

if TYPE_CHECKING:  # the module is imported by the first work that needs it (see reload)
    from kttt_desktop.services.returns import ReturnOverview, Submission, WrittenReturn

RETURNS = "kttt_desktop.services.returns"

FOLDER_SETTING = "returns/folder"
MAX_TABLE_ROWS_SHOWN = 12  # a section of several tables shows each whole up to this many rows
TEXT_WIDTH = 40  # pixels per unit of Column.width for long text columns
LONG_TEXT = 1.8  # a text column this wide (Column.width) or more wraps; others fit their text


class ReturnsPage(QWidget):
    overview_shown = Signal(object)  # the ReturnOverview now on screen
    files_written = Signal(object)  # the WrittenReturn of an export
    submitted = Signal(object)  # the Submission stored
    preview_opened = Signal(object)  # the PdfPreview dialog

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returns_page")
        self.context = context
        self.database = context.database
        self.overview: ReturnOverview | None = None
        self.preview_dialog: QWidget | None = None
        self._loads = 0
        self._draft_period: Period | None = None
        self.ui = Ui_ReturnsForm()
        self.ui.setupUi(self)
        self._busy = BusyState(self.ui.progress, self.ui.status, self._enable_actions)
        self._kinds = [("-Q1", self.tr("Quý I")), ("-Q2", self.tr("Quý II")),
                       ("-H1", self.tr("6 tháng đầu năm")), ("-Q3", self.tr("Quý III")),
                       ("-M9", self.tr("9 tháng")), ("-Q4", self.tr("Quý IV")),
                       ("", self.tr("Cả năm"))]
        for suffix, label in self._kinds:
            self.ui.period_kind.addItem(label, suffix)
        self.set_period(current_period(date.today()))
        self.consolidation = ConsolidationPanel(
            context, self.period, lambda: self.ui.free_text.toPlainText().strip(), self.ui.tabs)
        self.ui.tabs.addTab(self.consolidation, self.tr("Tổng hợp báo cáo các đơn vị"))
        self.ui.tabs.currentChanged.connect(self._show_return_actions)
        for table in (self.ui.changes_table, self.ui.submitted_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.verticalHeader().setVisible(False)
        self.ui.changes_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.ui.section_list.setWordWrap(True)
        self.ui.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.ui.period_kind.currentIndexChanged.connect(lambda _: self.reload())
        self.ui.year.valueChanged.connect(lambda _: self.reload())
        self.ui.period_kind.currentIndexChanged.connect(lambda _: self.consolidation.refresh())
        self.ui.year.valueChanged.connect(lambda _: self.consolidation.refresh())
        self.ui.refresh.clicked.connect(self.reload)
        self.ui.section_list.currentRowChanged.connect(self._show_section)
        self.ui.save_draft.clicked.connect(self.save_draft)
        self.ui.free_text.textChanged.connect(lambda: self.ui.draft_status.setText(
            self.tr("Có thay đổi chưa lưu.")))
        self._signature_edited = False
        self.ui.doc_number.setValidator(QRegularExpressionValidator(
            QRegularExpression(rf"\d{{0,{MAX_NUMBER_DIGITS}}}"), self.ui.doc_number))
        for field in self._signature_fields():
            field.textEdited.connect(self._signature_changed)
        self.ui.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.ui.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.ui.preview.clicked.connect(self.preview)
        self.ui.submit.clicked.connect(self.submit)
        self._enable_actions()
        self.staleness = Staleness(self, self.reload)  # records changed in another section
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.staleness.shown()

    # The period ------------------------------------------------------------------------------

    def period(self) -> Period:
        return Period.parse(f"{self.ui.year.value()}{self.ui.period_kind.currentData()}")

    def set_period(self, period: Period) -> None:
        """Show ``period`` (the view reloads through the pickers' signals)."""
        suffix = "" if period.kind == "Y" else f"-{period.kind}{period.number}"
        self.ui.year.setValue(period.year)
        self.ui.period_kind.setCurrentIndex(self.ui.period_kind.findData(suffix))

    # Loading ---------------------------------------------------------------------------------

    def reload(self) -> Task:
        """Compute the return of the chosen period again, in the background (the first time,
        the return's modules are imported there too: the page shows at once, busy)."""
        self._keep_draft()
        self._loads += 1
        load = self._loads
        self.overview = None
        self._enable_actions()
        self._busy.start(self.tr("Đang tính số liệu…"))
        return run_task(deferred(f"{RETURNS}:return_overview"), self.database, self.period(),
                        on_done=lambda overview: self._loaded(overview, load),
                        on_error=lambda exc: self._load_failed(exc, load),
                        on_finished=self._stop, owner=self)

    def _load_failed(self, exc, load: int) -> None:  # noqa: ANN001 - a KtttError
        """Say on the page why there is no return (no office profile yet…), without a dialog:
        the page reloads often, a box each time would be a nuisance."""
        if load != self._loads:
            return
        self.ui.status.setText("")
        self.ui.changes_label.setText(exc.message)
        self.ui.section_list.clear()
        self._show_section(-1)

    def _loaded(self, overview: ReturnOverview, load: int) -> None:
        if load != self._loads:  # another period was chosen meanwhile
            return
        self.overview = overview
        snapshot = overview.snapshot
        row = max(self.ui.section_list.currentRow(), 0)
        self.ui.section_list.blockSignals(True)
        self.ui.section_list.clear()
        self.ui.section_list.addItems([s.title for s in snapshot.sections])
        self.ui.section_list.blockSignals(False)
        self.ui.section_list.setCurrentRow(min(row, len(snapshot.sections) - 1))
        self._show_section(self.ui.section_list.currentRow())
        self.ui.free_text.blockSignals(True)
        self.ui.free_text.setPlainText(snapshot.free_text)
        self.ui.free_text.blockSignals(False)
        self.ui.free_text.document().setModified(False)
        header = snapshot.header
        for field, value in zip(self._signature_fields(), (
                header.doc_number, header.signer_authority, header.signer_title,
                header.signer_name), strict=True):
            field.setText(value)
        self._signature_edited = False
        self._draft_period = Period.parse(snapshot.period)
        self.ui.draft_status.setText("")
        self._show_changes(overview)
        self._show_submissions(overview.submissions)
        self.ui.status.setText(self.tr("Số liệu đến ngày {day}; chỉ tiêu năm {reporting}").format(
            day=format_date(snapshot.reference_date),
            reporting=reporting_year_words(snapshot.reporting_year)))
        self._enable_actions()
        self.overview_shown.emit(overview)

    def _show_section(self, row: int) -> None:
        layout = self.ui.section_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # deleted later: hidden now, so it never shows through
                item.widget().deleteLater()
        if self.overview is None or not 0 <= row < len(self.overview.snapshot.sections):
            return
        section = self.overview.snapshot.sections[row]
        title = QLabel(section.title, self.ui.section_panel)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        for table in section.tables:
            self._add_table(section, table)
        if len(section.tables) > 1:
            layout.addStretch(1)

    def _add_table(self, section: Section, table) -> None:  # noqa: ANN001 - a snapshot Table
        panel, layout = self.ui.section_panel, self.ui.section_layout
        if table.title:
            layout.addWidget(QLabel(table.title, panel))
        view = QTableView(panel)
        view.setObjectName(f"table_{section.key}")
        view.setModel(SnapshotTableModel(table, view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        texts = [i for i, c in enumerate(table.columns) if c.kind == "text"]
        widest = max(texts, key=lambda i: table.columns[i].width, default=0)
        for index in texts:  # long text wraps in columns sized like the printed table's
            if index != widest and table.columns[index].width >= LONG_TEXT:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(index, round(table.columns[index].width * TEXT_WIDTH))
        header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Stretch)
        view.resizeRowsToContents()
        several = len(section.tables) > 1
        if several:
            rows = min(len(table.rows), MAX_TABLE_ROWS_SHOWN)
            view.setFixedHeight(header.sizeHint().height() + 4 + sum(
                view.rowHeight(i) for i in range(rows)))
        layout.addWidget(view, 0 if several else 1)
        for note in table.notes:
            label = QLabel(note, panel)
            label.setWordWrap(True)
            font = label.font()
            font.setItalic(True)
            label.setFont(font)
            layout.addWidget(label)

    def _show_return_actions(self) -> None:
        """The buttons of the office's own return are hidden on the consolidation tab, which has
        its own: "Xuất Excel" there would not write the consolidated return."""
        own = self.ui.tabs.currentWidget() is not self.consolidation
        for button in (self.ui.export_xlsx, self.ui.export_pdf, self.ui.preview, self.ui.submit):
            button.setVisible(own)

    def _show_changes(self, overview: ReturnOverview) -> None:
        changes = overview.changes
        table = self.ui.changes_table
        table.setRowCount(0)
        if changes is None:
            self.ui.changes_label.setText(self.tr("Kỳ này chưa gửi báo cáo lần nào."))
            return
        self.ui.changes_label.setText(changes.message)
        table.setRowCount(len(changes.items))
        for row, change in enumerate(changes.items):
            unit = f" {change.unit}" if change.unit else ""
            for column, text in enumerate((change.label, change.old_text + unit,
                                           change.new_text + unit)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _show_submissions(self, submissions: list[Submission]) -> None:
        table = self.ui.submitted_table
        table.setRowCount(len(submissions))
        for row, sent in enumerate(submissions):
            local = sent.submitted_at.astimezone()
            values = (sent.period_label, str(sent.version), local.strftime("%d/%m/%Y %H:%M"),
                      sent.xlsx_sha256[:16], sent.pdf_sha256[:16])
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setToolTip({3: sent.xlsx_sha256, 4: sent.pdf_sha256}[column])
                table.setItem(row, column, item)

    # Busy state ------------------------------------------------------------------------------

    def _stop(self) -> None:
        self._busy.stop()
        self.ui.section_list.setWordWrap(True)
        self.ui.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _enable_actions(self) -> None:
        ready = self.overview is not None and not self._busy.active
        for button in (self.ui.export_xlsx, self.ui.export_pdf, self.ui.preview, self.ui.submit):
            button.setEnabled(ready)
        refuse_edits(self.database, self.ui.submit, self.ui.save_draft)

    @property
    def busy(self) -> bool:
        return self._busy.active

    # The free text ---------------------------------------------------------------------------

    def _signature_fields(self) -> tuple[QLineEdit, ...]:
        ui = self.ui
        return ui.doc_number, ui.signer_authority, ui.signer_title, ui.signer_name

    def _signature_changed(self) -> None:
        self._signature_edited = True
        self.ui.draft_status.setText(self.tr("Có thay đổi chưa lưu."))

    def typed_draft(self) -> Draft:
        """The draft as typed on the page now."""
        return Draft(self.ui.free_text.toPlainText(),
                     *(field.text() for field in self._signature_fields()))

    def save_draft(self) -> Task | None:
        """Store the free text, number and signer of the period shown (in the background)."""
        if self._draft_period is None or not self.database.writable:
            return None
        period, draft = self._draft_period, self.typed_draft()
        self.ui.free_text.document().setModified(False)
        self._signature_edited = False
        return run_write(deferred(f"{RETURNS}:save_draft"), self.database, period, draft,
                         owner=self,
                         on_done=lambda _: self.ui.draft_status.setText(
                             self.tr("Đã lưu bản nháp.")))

    def _keep_draft(self) -> None:
        """Save what was typed for the period shown before another one replaces it."""
        if self._draft_period is not None and (
                self.ui.free_text.document().isModified() or self._signature_edited):
            self.save_draft()

    def shown_snapshot(self) -> ReturnSnapshot | None:
        """The return on screen with the free text, number and signer as typed now."""
        if self.overview is None:
            return None
        try:
            draft = checked_draft(self.typed_draft())
        except InputError as exc:
            msgbox.error(self, exc.message)
            return None
        snapshot = self.overview.snapshot
        return replace(snapshot, free_text=draft.free_text.strip(),
                       header=signed_header(snapshot.header, draft))

    # Files -----------------------------------------------------------------------------------

    def _folder(self) -> Path:
        return Path(self.context.settings.value(FOLDER_SETTING, str(Path.home())))

    def export(self, kind: str) -> Task | None:
        """Ask where to write the Excel (``kind`` "xlsx") or PDF file and write it."""
        snapshot = self.shown_snapshot()
        if snapshot is None:
            return None
        from kttt_desktop.services.returns import default_names

        xlsx, pdf = default_names(snapshot.period, self._folder())
        if kind == "xlsx":
            path = msgbox.save_file(self, self.tr("Xuất báo cáo ra Excel"),
                                    self.tr("Bảng tính Excel (*.xlsx)"), xlsx)
        else:
            path = msgbox.save_file(self, self.tr("Xuất báo cáo ra PDF"),
                                    self.tr("Tệp PDF (*.pdf)"), pdf)
        if path is None:
            return None
        path = path.with_suffix(f".{kind}")
        self.context.settings.set_value(FOLDER_SETTING, str(path.parent))
        self._keep_draft()
        self._busy.start(self.tr("Đang ghi tệp…"))
        return run_task(deferred(f"{RETURNS}:export_return"), self.database,
                        Period.parse(snapshot.period), snapshot=snapshot, **{kind: path},
                        on_progress=self._busy.step,
                        on_done=self._exported, on_finished=self._stop, owner=self)

    def _exported(self, written: WrittenReturn) -> None:
        paths = ", ".join(str(p) for p in (written.xlsx, written.pdf) if p is not None)
        message = self.tr("Đã ghi {paths}.").format(paths=paths)
        self.ui.status.setText(message)
        self.context.navigator.show_message(message)
        if written.notice:  # a signing key was just made (or none could be)
            msgbox.information(self, written.notice)
        self.files_written.emit(written)

    def preview(self) -> Task | None:
        """Write the PDF to a temporary folder and show it, ready to print."""
        snapshot = self.shown_snapshot()
        if snapshot is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="kttt-xem-truoc-"))
        self._busy.start(self.tr("Đang chuẩn bị bản xem trước…"))
        return run_task(deferred(f"{RETURNS}:write_return"), snapshot,
                        pdf=folder / f"bao-cao-{snapshot.period}.pdf",
                        on_done=lambda written: self._open_preview(written, folder),
                        on_error=lambda exc: self._preview_failed(exc, folder),
                        on_finished=self._stop, owner=self)

    def _open_preview(self, written: WrittenReturn, folder: Path) -> None:
        from kttt_desktop.ui.pdf_preview import PdfPreview

        assert written.pdf is not None
        title = self.tr("Xem trước báo cáo {period}").format(
            period=written.snapshot.period_words)
        dialog = PdfPreview(written.pdf, title, self, folder=folder)
        self.preview_dialog = dialog
        dialog.show()
        self.preview_opened.emit(dialog)

    def _preview_failed(self, exc, folder: Path) -> None:  # noqa: ANN001 - a KtttError
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        msgbox.error(self, exc.message, details=exc.details)

    # Submitting ------------------------------------------------------------------------------

    def _confirmation(self, snapshot: ReturnSnapshot) -> str:
        assert self.overview is not None
        sent = [s.version for s in self.overview.submissions if s.period == snapshot.period]
        version = max(sent, default=0) + 1
        targets = next((len(s.tables[0].rows) for s in snapshot.sections if s.key == "targets"),
                       0)
        return self.tr(
            "Gửi báo cáo {period} (phiên bản {version})?\n\n"
            "Báo cáo được lưu lại đúng như đang xem: số liệu đến ngày {day} của {orgs} tổ chức "
            "kinh tế tập thể, {indicators} chỉ tiêu thống kê, {targets} mục tiêu kế hoạch, phần "
            "đánh giá chung ({characters} ký tự), cùng mã kiểm tra của tệp Excel và tệp PDF sẽ "
            "được ghi ra.\n\nBản đã gửi không thể sửa; lần gửi sau của kỳ này sẽ là phiên bản "
            "mới.").format(
                period=snapshot.period_words, version=version,
                day=format_date(snapshot.reference_date), orgs=len(snapshot.organisations),
                indicators=len(snapshot.indicators), targets=targets,
                characters=len(snapshot.free_text))

    def submit(self) -> Task | None:
        """Confirm, ask where to write the files, write them and store the return as sent."""
        snapshot = self.shown_snapshot()
        if snapshot is None or not self.database.writable:
            return None
        answer = msgbox.question(self, self._confirmation(snapshot),
                                 title=self.tr("Gửi báo cáo"), default=msgbox.Answer.NO)
        if answer is not msgbox.Answer.YES:
            return None
        from kttt_desktop.services.returns import default_names

        xlsx, _ = default_names(snapshot.period, self._folder())
        path = msgbox.save_file(self, self.tr("Nơi ghi tệp Excel và PDF của báo cáo gửi đi"),
                                self.tr("Bảng tính Excel (*.xlsx)"), xlsx)
        if path is None:
            return None
        self.context.settings.set_value(FOLDER_SETTING, str(path.parent))
        self._keep_draft()
        self._busy.start(self.tr("Đang gửi báo cáo…"))
        return run_write(deferred(f"{RETURNS}:submit_return"), self.database,
                         Period.parse(snapshot.period),
                         xlsx=path.with_suffix(".xlsx"), pdf=path.with_suffix(".pdf"),
                         snapshot=snapshot, on_progress=self._busy.step,
                         on_done=self._submitted, on_error=self._not_submitted,
                         on_finished=self._stop, owner=self)

    def _not_submitted(self, exc: KtttError) -> None:
        """Nothing was sent; the return is computed again (it may be what changed)."""
        msgbox.error(self, exc.message, details=exc.details)
        self.reload()

    def _submitted(self, submission: Submission) -> None:
        message = self.tr("Đã gửi báo cáo {period}, phiên bản {version}.").format(
            period=submission.period_label, version=submission.version)
        self.context.navigator.show_message(message)
        self.submitted.emit(submission)
        self.reload()
