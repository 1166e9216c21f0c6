"""Long forms in a short pane: the field that gets the focus is scrolled into sight, a new
record starts at the top, and the mouse wheel scrolls the form instead of turning the drop-down
it passes over."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.registers_helpers import TAX_CODES, member, organisation


@pytest.fixture
def hub(qtbot, main_window):
    """The members tab of an HTX in the Tổ chức section, in a window of 1366×640 where the
    member form is much shorter than its fields."""
    db = main_window.database
    htx = organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    for name in ("Nguyễn Văn An", "Lò Thị Bình"):
        member(db, htx, name, birth_date=date(1980, 4, 2), gender="male", reason="thử")
    main_window.setWindowState(Qt.WindowState.WindowNoState)
    main_window.resize(1366, 640)
    screen = main_window.show_section("organisations")
    screen.show_record(htx)
    screen.tabs.setCurrentWidget(screen.members)
    members = screen.members
    qtbot.waitUntil(lambda: members.model.rowCount() == 2)
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    form = members.form
    assert form.scroll.verticalScrollBar().maximum() > 0, "the form should need scrolling"
    return members


def in_sight(form, widget: QWidget) -> bool:
    viewport = form.scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def test_enter_scrolls_each_field_into_sight(qtbot, hub):
    hub.view.setFocus()
    hub.view.selectRow(0)
    qtbot.waitUntil(lambda: hub.form.record_id is not None)
    hub.open_current()
    form = hub.form
    seen = []
    for _ in range(13):  # every field from Họ và tên down to Địa chỉ
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        widget = QApplication.focusWidget()
        assert form.body.isAncestorOf(widget)
        qtbot.waitUntil(lambda widget=widget: in_sight(form, widget), timeout=1000)
        seen.append(widget.objectName())
    assert "address" in seen and form.scroll.verticalScrollBar().value() > 0


def test_a_new_record_starts_at_the_top(qtbot, hub):
    hub.view.selectRow(0)
    qtbot.waitUntil(lambda: hub.form.record_id is not None)
    bar = hub.form.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the last member was typed down to Ghi chú
    hub.view.setFocus()
    qtbot.keyClick(hub.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert hub.form.record_id is None and hub.form.editing
    assert bar.value() == 0
    assert QApplication.focusWidget() is hub.form.ui.full_name


def test_another_record_opens_at_its_top(qtbot, hub):
    hub.view.selectRow(0)
    qtbot.waitUntil(lambda: hub.form.record_id is not None)
    bar = hub.form.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    hub.view.selectRow(1)
    qtbot.waitUntil(lambda: hub.form.ui.full_name.text() == "Lò Thị Bình")
    assert bar.value() == 0


def wheel(widget: QWidget, steps: int = -1) -> None:
    """Turn the mouse wheel over the middle of ``widget``, as the window system delivers it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("field", ["member_kind", "official_subtype", "gender", "member_type"])
def test_the_wheel_over_a_closed_drop_down_scrolls_the_form(qtbot, hub, field):
    hub.view.selectRow(0)
    qtbot.waitUntil(lambda: hub.form.record_id is not None)
    form = hub.form
    combo = getattr(form.ui, field)
    form.ui.full_name.setFocus()
    before = combo.currentIndex()
    bar = form.scroll.verticalScrollBar()
    assert bar.value() == 0
    wheel(combo)
    assert combo.currentIndex() == before, "the value changed under the wheel"
    assert bar.value() > 0, "the form did not scroll"
    assert not form.is_dirty()


def test_a_focused_drop_down_still_turns_with_the_wheel(qtbot, hub):
    hub.view.selectRow(0)
    qtbot.waitUntil(lambda: hub.form.record_id is not None)
    combo = hub.form.ui.member_kind
    combo.setFocus()
    before = combo.currentIndex()
    wheel(combo)
    assert combo.currentIndex() != before


def test_every_drop_down_and_number_box_of_every_form_is_guarded(main_window):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    from kttt_desktop.ui.registers.catalogue import FORMS, form_class

    for table in FORMS:
        form = form_class(table)(main_window.database)
        boxes = [*form.body.findChildren(QComboBox), *form.body.findChildren(QAbstractSpinBox)]
        assert boxes or table in ("suspension", "yearly_figures")
        for box in boxes:
            assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus, (table, box.objectName())
        form.deleteLater()
