"""A whole HTX with three members entered with the keyboard alone.

Every key goes to the widget that has the focus, as on a real keyboard; Vietnamese text is typed
with key events that carry it (what an input method delivers).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kttt_desktop.data.models import Member, Organisation

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_an_htx_and_three_members_without_the_mouse(qtbot, main_window, type_text):
    main_window.activateWindow()
    qtbot.waitActive(main_window)

    def key(code, modifier=Qt.KeyboardModifier.NoModifier, times=1):
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget() or main_window, code, modifier)

    def digits(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def write(text):
        type_text(QApplication.focusWidget(), text)

    key(Qt.Key.Key_2, CTRL)  # Tổ chức
    screen = main_window.page("organisations")
    assert main_window.current_section().key == "organisations"
    key(Qt.Key.Key_N, CTRL)
    form = screen.form
    assert form.editing and QApplication.focusWidget() is form.ui.kind  # HTX already chosen
    key(Qt.Key.Key_Tab)
    write("Hợp tác xã Rau sạch Lục Hồn")
    key(Qt.Key.Key_Tab)
    digits("5701000046")
    key(Qt.Key.Key_Tab)
    write("lục hồn")
    key(Qt.Key.Key_Tab)  # leaving the commune takes "Xã Lục Hồn"
    write("Thôn Sú Cáu")
    key(Qt.Key.Key_Tab)
    digits("N")  # Lĩnh vực: the first that starts with N, "Nông nghiệp"
    key(Qt.Key.Key_Return)  # Enter moves on, like Tab
    digits("05022020")
    key(Qt.Key.Key_Return, times=8)  # past the other fields, to Ghi chú
    assert QApplication.focusWidget() is form.ui.note
    with qtbot.waitSignal(form.saved, timeout=5000):
        key(Qt.Key.Key_Return)  # Enter in the last field saves
    htx = form.record_id
    assert screen.record_heading.text() == "Hợp tác xã Rau sạch Lục Hồn"

    key(Qt.Key.Key_N, ALT)  # the "Thành viên" tab
    members = screen.members
    assert screen.tabs.currentWidget() is members and members.view.hasFocus()
    people = [("Lò Văn Páo", "1978", "Nam", "022078001234", "12062020"),
              ("Hoàng Thị Mai", "12/08/1985", "Nữ", "022185004321", "12062020"),
              ("Vi Văn Sình", "1990", "Nam", "", "01032021")]
    for name, born, gender, cccd, joined in people:
        key(Qt.Key.Key_N, CTRL)
        assert QApplication.focusWidget() is members.form.ui.full_name
        write(name)
        key(Qt.Key.Key_Tab)
        digits(born)
        key(Qt.Key.Key_Tab)
        qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "Nam…Nữ"
        write(gender)  # a drop-down finds what its items start with
        key(Qt.Key.Key_Tab, times=2)  # Dân tộc left empty
        digits(cccd)
        key(Qt.Key.Key_Tab, times=5)  # phone, member type, kind, subtype → Ngày vào
        assert QApplication.focusWidget() is members.form.ui.joined_on
        digits(joined)
        with qtbot.waitSignal(members.form.saved, timeout=5000):
            key(Qt.Key.Key_S, CTRL)

    with main_window.database.session() as s:
        stored = s.get(Organisation, htx)
        listed = s.scalars(select(Member).where(Member.organisation_id == htx)
                           .order_by(Member.id)).all()
    assert (stored.name, stored.code, stored.commune_code, stored.sector,
            stored.established_on, stored.address) == (
        "Hợp tác xã Rau sạch Lục Hồn", "5701000046", "06856", "agriculture",
        date(2020, 2, 5), "Thôn Sú Cáu")
    assert [(m.full_name, m.birth_year, m.birth_date, m.gender, m.cccd, m.joined_on,
             m.member_kind) for m in listed] == [
        ("Lò Văn Páo", 1978, None, "male", "022078001234", date(2020, 6, 12), "official"),
        ("Hoàng Thị Mai", 1985, date(1985, 8, 12), "female", "022185004321",
         date(2020, 6, 12), "official"),
        ("Vi Văn Sình", 1990, None, "male", None, date(2021, 3, 1), "official"),
    ]
    assert members.model.rowCount() == 3
    members_column = [c.key for c in screen.model.columns].index("members")
    assert screen.model.index(screen.view.currentIndex().row(), members_column).data() == "3"
