"""A full disk, as the officer meets it: a record that cannot be saved keeps what was typed and
says why; an export that cannot be written says why and leaves the previous file."""

from __future__ import annotations

import errno

from kttt_desktop.services.registers.records import load_record
from kttt_desktop.system import files
from tests.registers_helpers import TAX_CODES, organisation
from tests.safety_helpers import database_full
from tests.ui.register_steps import save, select_row, wait_idle

NOTE = "Ghi chú rất dài về lịch sử hợp tác xã. " * 800


def test_a_record_saved_on_a_full_disk_keeps_what_was_typed_and_says_why(
        qtbot, main_window, msgbox_answers):
    db = main_window.database
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    screen = main_window.show_section("organisations")
    select_row(qtbot, screen, "Hợp tác xã Đồng Tâm")
    form = screen.form
    form.ui.note.setText(NOTE)
    with database_full(db):
        form.save()
        wait_idle(qtbot, form)
        qtbot.waitUntil(lambda: bool(msgbox_answers.texts("error")))
    [message] = msgbox_answers.take("error")
    assert message.text.startswith("Ổ đĩa đã đầy, không ghi được ")
    assert load_record(db, "organisation", htx)["note"] in (None, "")
    assert form.is_dirty() and form.ui.note.text() == NOTE  # nothing typed is lost
    save(qtbot, form)  # once there is room again
    assert load_record(db, "organisation", htx)["note"] == NOTE.strip()


def test_an_export_on_a_full_disk_says_why_and_keeps_the_previous_file(
        qtbot, main_window, msgbox_answers, tmp_path, monkeypatch):
    organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    page = main_window.show_section("returns")
    qtbot.waitUntil(lambda: page.overview is not None and not page.busy, timeout=20_000)
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"the export of last quarter")

    def no_space(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    msgbox_answers.answer(target)
    page.export("xlsx")
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    [message] = msgbox_answers.take("error")
    assert message.text == (
        f"Ổ đĩa đã đầy, không ghi được {target}. Hãy giải phóng dung lượng rồi thử lại; tệp cũ "
        "(nếu có) vẫn còn nguyên.")
    assert target.read_bytes() == b"the export of last quarter"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
