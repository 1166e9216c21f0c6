"""The user guide (docs/huong-dan-su-dung.md) in a window of its own: Trợ giúp → Hướng dẫn sử dụng.

The Markdown is shown by Qt's own renderer (QTextDocument.setMarkdown), which needs no browser and
no network; pictures are resolved relative to the guide's folder and shrunk to the window's
reading width when wider.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kttt_desktop.system.paths import docs_dir
from kttt_desktop.ui.screen_fit import fit_to_screen

GUIDE_FILE = "huong-dan-su-dung.md"
ENGLISH_HEADING = "English summary"
IMAGE_WIDTH = 860  # pixels: pictures wider than this are shown at this width


def guide_path() -> Path:
    return docs_dir() / GUIDE_FILE


def fit_images(document: QTextDocument, folder: Path, width: int = IMAGE_WIDTH) -> int:
    """Give every picture wider than ``width`` that width (keeping its proportions); the count."""
    cursor = QTextCursor(document)
    fitted = 0
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            image = fragment.charFormat().toImageFormat()
            if fragment.charFormat().isImageFormat():
                size = QImageReader(str(folder / image.name())).size()
                if size.width() > width:
                    image.setWidth(width)
                    image.setHeight(size.height() * width / size.width())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
                    fitted += 1
            fragments += 1
        block = block.next()
    return fitted


class GuideWindow(QDialog):
    """The guide, read-only, with its pictures; not modal, so the program stays usable."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng KTTT Desktop"))
        self.path = path or guide_path()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(self.path.parent)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 760)
        self.load()

    def load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            self.browser.setPlainText(self.tr("Không mở được hướng dẫn {path}: {error}").format(
                path=self.path, error=exc.strerror or exc))
            return
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        document.setMarkdown(text)
        fit_images(document, self.path.parent)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def show_heading(self, heading: str) -> bool:
        """Scroll to the first heading that reads ``heading``; False when there is none."""
        cursor = self.browser.document().find(heading)
        while not cursor.isNull() and cursor.block().blockFormat().headingLevel() == 0:
            cursor = self.browser.document().find(heading, cursor)
        if cursor.isNull():
            return False
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        return True
