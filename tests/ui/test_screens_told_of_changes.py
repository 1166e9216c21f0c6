"""Screens told what changed (ui.changes): a write in the background names the registers it
touched, and a screen that shows them reads them again."""

from __future__ import annotations

from datetime import date

from kttt_desktop.services.registers.records import save_record
from kttt_desktop.ui import changes, tasks
from tests.registers_helpers import TAX_CODES, organisation

TIMEOUT = 10_000


def _member(organisation_id: int, name: str) -> dict:
    return {"organisation_id": organisation_id, "full_name": name, "member_kind": "official",
            "member_type": "individual", "joined_on": date(2020, 1, 4), "birth_year": 1980}


def test_a_write_names_the_registers_it_touched_and_who_started_it(qtbot, main_window):
    htx = organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    screen = main_window.show_section("members")
    with qtbot.waitSignal(changes.bus().did_execute, timeout=TIMEOUT) as told:
        tasks.run_write(save_record, main_window.database, "member",
                        _member(htx, "Nguyễn Văn An"), owner=screen.form)
    changed, initiator = told.args
    assert changed.tables == frozenset({"member"}) and initiator is screen.form


def test_a_list_hidden_when_its_register_changed_is_read_again_when_shown(qtbot, main_window):
    htx = organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    members = main_window.show_section("members")
    qtbot.waitUntil(lambda: members.model.is_counted, timeout=TIMEOUT)
    assert members.model.rowCount() == 0
    main_window.show_section("organisations")
    with qtbot.waitSignal(changes.bus().did_execute, timeout=TIMEOUT):
        tasks.run_write(save_record, main_window.database, "member",
                        _member(htx, "Nguyễn Văn An"))
    assert members.staleness.stale
    assert main_window.show_section("members") is members
    qtbot.waitUntil(lambda: members.model.rowCount() == 1, timeout=TIMEOUT)


def test_the_list_shown_is_read_again_at_once(qtbot, main_window):
    htx = organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    members = main_window.show_section("members")
    qtbot.waitUntil(lambda: members.model.is_counted, timeout=TIMEOUT)
    tasks.run_write(save_record, main_window.database, "member", _member(htx, "Lò Thị Bình"))
    qtbot.waitUntil(lambda: members.model.rowCount() == 1, timeout=TIMEOUT)


def test_a_refused_write_tells_no_screen(qtbot, main_window, msgbox_answers):
    htx = organisation(main_window.database, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    told = []

    def listen(changed, _initiator):
        told.append(changed)

    changes.bus().did_execute.connect(listen)
    try:
        task = tasks.run_write(save_record, main_window.database, "member",
                               _member(htx, ""), on_error=lambda _error: None)  # no name
        qtbot.waitUntil(lambda: task.is_finished, timeout=TIMEOUT)
    finally:
        changes.bus().did_execute.disconnect(listen)
    assert told == []


def test_a_write_started_in_the_screen_or_a_dialog_it_opened_is_its_own(qtbot, main_window):
    from PySide6.QtWidgets import QDialog

    from kttt_desktop.data.changes import Changed
    from kttt_desktop.ui.changes import Staleness

    page = main_window.show_section("targets")
    refreshed: list[int] = []
    Staleness(page, lambda: refreshed.append(1),
              lambda changed: changed.touches("target"))
    targets = Changed(frozenset({"target"}))
    changes.announce(targets, QDialog(page))  # the page's own target dialog (another window)
    changes.announce(Changed(frozenset({"member"})), None)  # not what the page shows
    assert refreshed == []
    changes.announce(targets, None)  # an import, say
    assert refreshed == [1]
