from decimal import Decimal

import pytest

from kttt_desktop.core.codes import code_text, compact, is_digits
from kttt_desktop.core.enums import Severity
from kttt_desktop.core.issues import Checked, error, warning


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), (100109106, "100109106"), (35199000123.0, "35199000123"),
    (Decimal("912345678"), "912345678"), (" 0100109106\u200b ", "0100109106"),
    ("0100109106–001", "0100109106-001"), (12.5, "12.5"),
])
def test_code_text(value, text):
    assert code_text(value) == text


def test_compact_and_digits():
    assert compact("035 199.000-123") == "035199000123"
    assert compact("0100109106 - 001", " .") == "0100109106-001"
    assert is_digits("0123") and not is_digits("١٢٣") and not is_digits("")


def test_checked_keeps_its_suggestion_and_codes_when_placed_at_a_field():
    checked = Checked("01662345678", (warning("cũ", "phone.old_prefix"),), "0362345678")
    placed = checked.at("phone")
    assert placed.suggestion == "0362345678" and placed.issues[0].field == "phone"
    assert placed.has("phone.old_prefix") and not placed.has("phone.invalid")
    assert placed.ok and placed.errors == ()


def test_an_error_makes_a_result_not_ok():
    checked = Checked(None, (warning("w"), error("e", "x")))
    assert not checked.ok
    assert [i.severity for i in checked.errors] == [Severity.ERROR]
