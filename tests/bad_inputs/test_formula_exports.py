"""No text an officer typed ever becomes a formula in any file the program writes.

The formula-like names of the corpus ("=1+1", "+84912345678", "@SUM(A1)", "-2+3", "=cmd|' /C
calc'!A0") are imported, then every export is read back twice: with python-calamine (each comes
back as the text it is) and as raw sheet XML (no formula element holds any of them).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import python_calamine
from defusedxml import ElementTree

from kttt_desktop.core.periods import Period
from kttt_desktop.data.registers.lists import ListQuery
from kttt_desktop.services.audit_log import export_log
from kttt_desktop.services.dump import dump_registers
from kttt_desktop.services.importing import import_workbook, read_file, write_error_report
from kttt_desktop.services.returns import build_snapshot, write_return
from tests.bad_inputs.make_corpus import FORMULA_LIKE
from tests.bad_inputs.test_corpus import corpus_file

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def calamine_texts(path: Path) -> set[str]:
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    texts = set()
    for name in workbook.sheet_names:
        for row in workbook.get_sheet_by_name(name).to_python():
            texts |= {v for v in row if isinstance(v, str)}
    return texts


def formulas(path: Path) -> list[str]:
    """The text of every formula element of every sheet of the .xlsx file."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                root = ElementTree.fromstring(archive.read(name))
                found += [f.text or "" for f in root.iter(f"{MAIN}f")]
    return found


def assert_all_text(path: Path, wanted: set[str]) -> None:
    texts = calamine_texts(path)
    missing = {w for w in wanted if not any(w in t for t in texts)}
    assert not missing, f"{path.name}: {missing} not read back as text"
    for formula in formulas(path):
        for text in wanted:
            assert text.lstrip("=+-@") not in formula, (path.name, formula)


def test_formula_like_names_stay_text_in_every_export(db, tmp_path):
    result = import_workbook(db, read_file(corpus_file("text_formula_like.xlsx")))
    assert result.written
    wanted = set(FORMULA_LIKE)

    registers = dump_registers(db, tmp_path / "so-dang-ky.xlsx", with_personal_data=True).path
    assert_all_text(registers, wanted)

    log = export_log(db, ListQuery(sort="at", descending=True), tmp_path / "nhat-ky.xlsx").path
    assert_all_text(log, wanted - {"+84912345678"} | {"=cmd|' /C calc'!A0"})

    snapshot = build_snapshot(db, Period.parse("2025"), free_text="=cmd|' /C calc'!A0")
    written = tmp_path / "bao-cao.xlsx"
    write_return(snapshot, xlsx=written)
    assert_all_text(written, {"=cmd|' /C calc'!A0"})


def test_formula_like_values_stay_text_in_the_error_reports(db, tmp_path):
    # An .xlsx file is copied with its marks; a .csv file is written anew from what was read.
    for name, wanted in (("text_formula_like.xlsx", set(FORMULA_LIKE)),
                         ("csv_formula_like.csv", {"=cmd|' /C calc'!A0"})):
        workbook = read_file(corpus_file(name))
        result = import_workbook(db, workbook, dry_run=True)
        report = write_error_report(workbook, result, tmp_path / f"loi-{name}.xlsx")
        assert_all_text(report, wanted)
        assert "=cmd|' /C calc'!A0" in calamine_texts(report)  # its warning quotes it too
