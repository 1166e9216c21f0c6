"""Qt's own file and print dialogs speak Vietnamese where the program can set their words (Qt has
no Vietnamese catalogue), and stay the native ones where there are native ones (Windows)."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QToolButton

from kttt_desktop.ui import msgbox

ENGLISH = {"&Open", "Open", "&Save", "Save", "Cancel", "&Look in:", "File &name:",
           "Files of &type:", "Back", "Forward", "Parent Directory", "Create New Folder",
           "List View", "Detail View", "&Print", "Print", "&Choose", "Choose"}


def shown_words(dialog) -> set[str]:
    words = {w.text() for w in dialog.findChildren(QPushButton) if w.isVisible()}
    words |= {w.text() for w in dialog.findChildren(QLabel) if w.isVisible()}
    words |= {w.toolTip() for w in dialog.findChildren(QToolButton) if w.isVisible()}
    return words


@pytest.mark.parametrize(("kind", "accept"), [
    ("open_file", "&Mở"), ("open_files", "&Mở"), ("save_file", "&Lưu"),
    ("choose_folder", "&Chọn thư mục"),
])
def test_the_file_chooser_speaks_vietnamese(qtbot, tmp_path, kind, accept):
    dialog = msgbox.file_dialog(None, kind, "Xuất báo cáo ra Excel",
                                "Bảng tính Excel (*.xlsx)", tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # native on Windows
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == accept
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Hủy"
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "&Tên tệp:"
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    dialog.show()
    qtbot.waitExposed(dialog)
    words = shown_words(dialog)
    assert not words & ENGLISH, words & ENGLISH
    assert {"Tìm t&rong:", "&Tên tệp:", "Quay lại", "Lên thư mục cha", "Hủy", accept} <= words
    assert dialog.windowTitle() == "Xuất báo cáo ra Excel"


def test_the_file_chooser_saves_where_asked(qtbot, tmp_path):
    dialog = msgbox.file_dialog(None, "save_file", "Lưu", "Tệp PDF (*.pdf)", tmp_path / "a.pdf")
    qtbot.addWidget(dialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles() == [str(tmp_path / "a.pdf")]


def test_the_print_dialog_speaks_vietnamese(qtbot):
    printer = QPrinter()
    dialog = msgbox.print_dialog(None, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "In"
    texts = {b.text() for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()}
    assert {"&In", "Hủy"} <= texts
    assert not texts & ENGLISH
