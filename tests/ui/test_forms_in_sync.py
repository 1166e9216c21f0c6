"""Every committed kttt_desktop/ui/forms/ui_<name>.py is what its forms/<name>.ui compiles to."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_forms():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_forms = _build_forms()


def test_there_are_forms():
    assert build_forms.forms(), "no forms/*.ui found"


@pytest.mark.parametrize("form", build_forms.forms(), ids=lambda p: p.name)
def test_generated_module_matches_its_form(form):
    generated = build_forms.output_for(form)
    assert generated.exists(), (
        f"{generated.relative_to(ROOT)} is missing: run python scripts/build_forms.py")
    assert generated.read_text(encoding="utf-8") == build_forms.compile_form(form), (
        f"{generated.relative_to(ROOT)} differs from what {form.relative_to(ROOT)} compiles to: "
        "run python scripts/build_forms.py")


def test_strings_of_forms_go_through_qt_translation():
    for form in build_forms.forms():
        text = build_forms.output_for(form).read_text(encoding="utf-8")
        assert "QCoreApplication.translate(" in text
