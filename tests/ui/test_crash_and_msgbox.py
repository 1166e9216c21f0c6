"""The crash hook and the message helper: what the user sees, in Vietnamese, and what tests see."""

from __future__ import annotations

import sys

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kttt_desktop.core.errors import NotOurDatabase
from kttt_desktop.ui import crash, msgbox
from kttt_desktop.ui.msgbox import Answer, DetailsDialog


def raise_and_catch(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_the_hook_shows_a_bug_with_its_traceback(qapp, msgbox_answers, caplog):
    def count_members():
        return 1 / 0

    try:
        count_members()
    except ZeroDivisionError:
        crash.handle_exception(*sys.exc_info())
    (shown,) = msgbox_answers.take("crash")
    assert shown.title == "Lỗi không mong đợi"
    assert "Sao chép chi tiết" in shown.text and "kttt.log" in shown.text
    assert "count_members" in shown.details
    assert shown.details.rstrip().endswith("ZeroDivisionError: division by zero")
    assert "count_members" in caplog.text


def test_an_expected_error_reaching_the_hook_is_a_plain_message(qapp, msgbox_answers):
    crash.handle_exception(*raise_and_catch(NotOurDatabase("Tệp x.db không phải là cơ sở dữ liệu.")))
    assert msgbox_answers.texts() == ["Tệp x.db không phải là cơ sở dữ liệu."]
    assert msgbox_answers.shown[0].kind == "error"


def test_install_makes_it_the_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    assert sys.excepthook is crash.handle_exception


def test_the_crash_dialog_copies_the_traceback(qtbot):
    details = 'Traceback (most recent call last):\n  File "x.py", line 1\nKeyError: \'tổng\'\n'
    dialog = DetailsDialog(None, "Lỗi không mong đợi", "Chương trình gặp lỗi.", details)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.details_view.toPlainText() == details
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert buttons == {"Sao chép chi tiết", "Đóng"}
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == details
    assert dialog.isVisible()  # copying does not close it
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Đóng")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


def _answer_real_box(qtbot, button_text: str | None, seen: dict) -> None:
    """Click ``button_text`` (None: press Esc) in the modal box once it is up."""
    def act():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, act)
            return
        seen["buttons"] = {b.text() for b in box.buttons()}
        seen["box"] = box
        if button_text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, act)


@pytest.mark.parametrize("click, cancel, expected", [
    ("Có", False, Answer.YES),
    ("Không", True, Answer.NO),
    ("Hủy", True, Answer.CANCEL),
    (None, True, Answer.CANCEL),
    (None, False, Answer.NO),
])
def test_a_real_question_has_vietnamese_buttons(qtbot, msgbox_answers, click, cancel, expected):
    msgbox.set_recorder(None)
    try:
        seen: dict = {}
        _answer_real_box(qtbot, click, seen)
        answer = msgbox.question(None, "Xóa thành viên Nguyễn Thị Hường?", cancel=cancel)
    finally:
        msgbox.set_recorder(msgbox_answers)
    assert answer is expected
    assert seen["buttons"] == ({"Có", "Không", "Hủy"} if cancel else {"Có", "Không"})
    assert not shiboken6.isValid(seen["box"])  # deleted once closed


def test_a_real_message_closes_with_dong(qtbot, msgbox_answers):
    msgbox.set_recorder(None)
    try:
        seen: dict = {}
        _answer_real_box(qtbot, "Đóng", seen)
        msgbox.warning(None, "Ổ đĩa sắp đầy.")
    finally:
        msgbox.set_recorder(msgbox_answers)
    assert seen["buttons"] == {"Đóng"}
    assert not shiboken6.isValid(seen["box"])


def test_the_recorder_answers_in_order_and_otherwise_like_esc(msgbox_answers, tmp_path):
    msgbox_answers.answer(Answer.YES, tmp_path / "a.db")
    assert msgbox.question(None, "Lưu thay đổi?") is Answer.YES
    assert msgbox.open_file(None, "Mở", "*.db") == tmp_path / "a.db"
    assert msgbox.question(None, "Ghi đè?") is Answer.NO
    assert msgbox.question(None, "Đóng cửa sổ?", cancel=True) is Answer.CANCEL
    assert msgbox.save_file(None, "Lưu", "*.xlsx") is None
    assert [s.kind for s in msgbox_answers.shown] == [
        "question", "open_file", "question", "question", "save_file"]
    msgbox_answers.answer(tmp_path)
    with pytest.raises(AssertionError, match="question"):
        msgbox.question(None, "Sai loại câu trả lời?")


def test_the_recorded_box_is_not_a_real_one(qapp, msgbox_answers):
    msgbox.error(None, "Không ghi được tệp.", details="chi tiết")
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, (QMessageBox, DetailsDialog)) and w.isVisible()]
    assert msgbox_answers.shown[0].details == "chi tiết"
