"""The indicator picker of a target: what the officer types is ranked by their words and the
scope they name, and the labels carry no internal codes."""

from __future__ import annotations

import pytest

from kttt_desktop.core.indicators import CATALOGUE
from kttt_desktop.ui.target_dialog import TargetDialog


@pytest.fixture
def dialog(qtbot, main_window):
    page = main_window.show_section("targets")
    qtbot.waitUntil(lambda: page.data is not None)
    dialog = TargetDialog(main_window.database, page.data.catalogue, year=2025, parent=page)
    dialog.show()
    return dialog


def listed(dialog) -> list[str]:
    choices = dialog.ui.indicator_choices
    return [choices.item(row).text() for row in range(choices.count())]


@pytest.mark.parametrize(("typed", "chosen"), [
    ("xep loai tot kha", "htx.good_fair_pct"),  # no scope named: cooperatives first
    ("xep loai tot kha HTX", "htx.good_fair_pct"),
    ("hợp tác xã xếp loại tốt khá", "htx.good_fair_pct"),
    ("tot kha to hop tac", "tht.good_fair_pct"),
    ("xếp loại tốt, khá liên hiệp", "lhhtx.good_fair_pct"),
    ("ty le tot kha kinh te tap the", "kttt.good_fair_pct"),
    ("thanh vien hop tac xa", "htx.members"),
    ("so htx", "htx.count"),
    ("thành lập mới THT", "tht.new"),
])
def test_the_first_choice_is_what_the_officer_typed(dialog, type_text, typed, chosen):
    type_text(dialog.ui.indicator, typed)
    assert dialog.chosen() is not None and dialog.chosen().code == chosen, listed(dialog)[:5]


def test_a_scope_typed_keeps_only_that_scope(dialog, type_text):
    type_text(dialog.ui.indicator, "xep loai HTX")
    assert listed(dialog) and all("hợp tác xã" in text and "liên hiệp" not in text
                                  for text in listed(dialog))


def test_labels_carry_no_internal_codes(dialog, type_text):
    type_text(dialog.ui.indicator, "xep loai tot kha")
    chosen = dialog.chosen()
    assert dialog.ui.indicator_chosen.text() == (
        "Đã chọn: Tỷ lệ hợp tác xã xếp loại tốt, khá, đơn vị: %")
    codes = [i.code for i in CATALOGUE]
    shown = [dialog.ui.indicator_chosen.text(), *listed(dialog)]
    assert not [text for text in shown for code in codes if code in text]
    assert chosen.code in dialog.ui.indicator_choices.currentItem().toolTip()  # kept for help
