"""The text-like bad values of the import's corpus typed into the organisation and member forms:
an error is shown beside its field and blocks the save; a value made safe is saved safe; text
that looks like a formula or like SQL is saved as the plain text it is."""

from __future__ import annotations

import pytest

from kttt_desktop.services.registers.records import load_record
from tests.bad_inputs.make_corpus import SQL_LIKE
from tests.registers_helpers import TAX_CODES, member, organisation
from tests.ui.register_steps import enter, save, select_row, wait_idle

HTX = "Hợp tác xã Đồng Tâm"
PERSON = "Nguyễn Văn An"


@pytest.fixture
def register(main_window):
    db = main_window.database
    htx = organisation(db, HTX, code=TAX_CODES[0])
    member(db, htx, PERSON, birth_year=1980)
    return htx


def _blocked(qtbot, form, field: str, says: str, table: str, column: str, before) -> None:
    form.save()
    wait_idle(qtbot, form)
    error = getattr(form.ui, f"{field}_error")
    assert error.isVisible() and says in error.text(), error.text()
    assert load_record(form.database, table, form.record_id)[column] == before


@pytest.mark.parametrize(("field", "length", "says"), [
    ("name", 300, "quá giới hạn 255 ký tự"),
    ("address", 5000, "quá giới hạn 4.000 ký tự"),
])
def test_an_organisation_text_too_long_is_shown_and_not_saved(qtbot, main_window, register,
                                                              field, length, says):
    screen = main_window.show_section("organisations")
    form = screen.form
    select_row(qtbot, screen, HTX)
    before = load_record(screen.database, "organisation", form.record_id)[field]
    getattr(form.ui, field).setText(HTX + " x" * (length // 2))  # pasted
    _blocked(qtbot, form, field, says, "organisation", field, before)


def test_a_member_name_of_100000_characters_is_shown_and_not_saved(qtbot, main_window,
                                                                   register):
    screen = main_window.show_section("members")
    form = screen.form
    select_row(qtbot, screen, PERSON)
    form.ui.full_name.setText("Nguyễn " * 14_286)  # the field keeps what it can hold
    _blocked(qtbot, form, "full_name", "quá giới hạn 255 ký tự", "member", "full_name", PERSON)


@pytest.mark.parametrize(("typed", "stored"), [
    ("=1+1", "=1+1"),
    ("+84912345678", "+84912345678"),
    ("@SUM(A1)", "@SUM(A1)"),
    ("-2+3", "-2+3"),
    ("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"),
    (SQL_LIKE, SQL_LIKE),
    ("\u202eNguyễn Văn Bảo\u202c", "Nguyễn Văn Bảo"),  # bidi marks removed
    ("Nguye\u0302\u0303n Va\u0306n Ba\u0309o", "Nguyễn Văn Bảo"),  # NFD stored NFC
    ("Nguyễn\u200b Văn\u2066 Bảo", "Nguyễn Văn Bảo"),  # zero-width and isolate marks removed
    ("Nguyễn\x07 Văn\x1b Bảo", "Nguyễn Văn Bảo"),  # control characters (pasted) removed
])
def test_a_member_name_is_saved_as_plain_safe_text(qtbot, main_window, register, type_text,
                                                   typed, stored):
    screen = main_window.show_section("members")
    form = screen.form
    select_row(qtbot, screen, PERSON)
    if typed.isprintable():
        enter(form.ui.full_name, typed, type_text)
    else:  # invisible and control characters come with a paste, not from the keyboard
        form.ui.full_name.setText(typed)
    save(qtbot, form)
    assert load_record(screen.database, "member", form.record_id)["full_name"] == stored


@pytest.mark.parametrize("typed", ["@SUM(A1)", "=cmd|' /C calc'!A0", SQL_LIKE])
def test_an_organisation_address_is_saved_as_plain_text(qtbot, main_window, register, type_text,
                                                        typed):
    screen = main_window.show_section("organisations")
    form = screen.form
    select_row(qtbot, screen, HTX)
    enter(form.ui.address, typed, type_text)
    save(qtbot, form)
    assert load_record(screen.database, "organisation", form.record_id)["address"] == typed
