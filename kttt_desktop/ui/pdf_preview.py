"""The print preview of a PDF (QtPdf) and printing it: each page rendered and painted on the printer.

Qt prints no PDF by itself; :func:`print_pdf` renders every page to an image at the printer's
resolution (capped) and paints it on a page of the same orientation, so portrait pages and the
landscape pages of a return print as they look.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kttt_desktop.ui import msgbox
from kttt_desktop.ui.screen_fit import fit_to_screen

MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` on ``printer``; returns the number of pages printed."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printer.setFullPage(True)
    painter = QPainter()
    pages = document.pageCount()
    for index in range(pages):
        size = document.pagePointSize(index)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        if index == 0:
            if not painter.begin(printer):
                return 0
        else:
            printer.newPage()
        image = document.render(index, QSize(round(size.width() / POINTS_PER_INCH * dpi),
                                             round(size.height() / POINTS_PER_INCH * dpi)))
        painter.drawImage(QRectF(painter.viewport()), image)
    if pages:
        painter.end()
    return pages


class PdfPreview(QDialog):
    """Shows a PDF page after page, with "In…" to print it. Owns ``folder`` (removed on close)."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None, *,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.folder = folder
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel(self)
        self.pages.setObjectName("pages")
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("&In…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("print")
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        self.print_button.clicked.connect(self.print_document)
        buttons.rejected.connect(self.reject)
        self.finished.connect(self._clean_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        bottom = QVBoxLayout()
        bottom.addWidget(self.pages)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 900)
        self.document.load(str(path))
        self.pages.setText(self.tr("{count} trang").format(count=self.document.pageCount()))

    def print_document(self) -> int:
        """Ask for a printer and print every page; the number of pages printed (0: cancelled)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not msgbox.choose_printer(self, printer):
            return 0
        return print_pdf(self.document, printer)

    def _clean_up(self) -> None:
        self.document.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
