"""Files made to harm: an XML external entity is never resolved, a link to another workbook is
never followed, and `kttt import --json` says why a file is refused, end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from defusedxml import DefusedXmlException

from kttt_desktop.exchange.sniff import WorkbookRefused
from kttt_desktop.services.importing import import_workbook, read_file
from tests.bad_inputs.make_corpus import XXE_MARKER_PATH
from tests.bad_inputs.test_corpus import CORPUS, Error, Refused, corpus_file, database_state
from tests.workbooks import errors_column

ROOT = Path(__file__).resolve().parents[2]
XXE_FILES = ("xxe_sheet.xlsx", "xxe_content.ods")


@pytest.fixture
def marker():
    """A unique text in the local file the XXE payloads name."""
    if sys.platform == "win32":
        pytest.skip("the payload names a POSIX path")
    text = f"KTTT-XXE-{uuid.uuid4().hex}"
    path = Path(XXE_MARKER_PATH)
    path.write_text(text, encoding="utf-8")
    yield text
    path.unlink(missing_ok=True)


def kttt(*args: object, data: Path,
         address_space: int | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own (with at most ``address_space`` bytes of memory)."""
    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))

    return subprocess.run(
        [sys.executable, "-m", "kttt_desktop", *map(str, args)], cwd=ROOT, text=True,
        capture_output=True, timeout=60, env={**os.environ, "KTTT_DATA_DIR": str(data)},
        encoding="utf-8", preexec_fn=limit if address_space and sys.platform != "win32" else None)


@pytest.mark.parametrize("name", XXE_FILES)
def test_an_external_entity_is_never_resolved(db, db_path, marker, name):
    with pytest.raises(WorkbookRefused) as refused:
        import_workbook(db, corpus_file(name))
    assert marker not in refused.value.message and "DTD" in refused.value.message
    assert marker.encode() not in db_path.read_bytes()
    # Even read past the refusal, neither reader of the program resolves the entity:
    # calamine does not know it, openpyxl reads through defusedxml, which forbids it.
    try:
        with python_calamine.CalamineWorkbook.from_path(str(corpus_file(name))) as workbook:
            cells = [workbook.get_sheet_by_name(s).to_python() for s in workbook.sheet_names]
        assert marker not in repr(cells)
    except python_calamine.CalamineError as error:
        assert marker not in str(error)
    if name.endswith(".xlsx"):
        with corpus_file(name).open("rb") as f, pytest.raises(ValueError) as caught:
            openpyxl.load_workbook(f)
        assert isinstance(caught.value.__cause__, DefusedXmlException)
        assert marker not in str(caught.value)


def test_the_command_refuses_an_external_entity_without_resolving_it(db_path, marker, tmp_path):
    run = kttt("--db", db_path, "import", corpus_file("xxe_sheet.xlsx"), "--json", data=tmp_path)
    assert run.returncode == 1
    assert marker not in run.stdout + run.stderr
    assert "khai báo DTD" in json.loads(run.stdout)["refused"] and "DTD" in run.stderr


def test_a_link_to_another_workbook_is_not_followed():
    # The link names C:/Users/ketoan/Desktop/bang-luong.xlsx; nothing is opened by that name
    # (there is no such file; reading it would fail with another message).
    with pytest.raises(WorkbookRefused) as refused:
        read_file(corpus_file("external_links.xlsx"))
    assert "bang-luong.xlsx" in refused.value.message and "Ngắt liên kết" in refused.value.message


@pytest.mark.parametrize("name", ["type_text_in_date.xlsx", "headers_merged.xlsx",
                                  "csv_bad_byte_row_42.csv", "zip_bomb.xlsx",
                                  "xls_money_negative.xls"])
def test_kttt_import_json_end_to_end(db_path, tmp_path, name):
    before = database_state(db_path)
    expected = CORPUS[name]
    for dry_run in ("--dry-run", None):
        args = ["--db", db_path, "import", corpus_file(name), "--json"]
        run = kttt(*args, *([dry_run] if dry_run else []), data=tmp_path)
        assert run.returncode == 1, run.stderr
        output = json.loads(run.stdout)
        assert output["written"] is False
        if isinstance(expected, Refused):
            assert expected.says in output["refused"] and expected.says in run.stderr
        else:
            assert isinstance(expected, Error)
            assert any((e["sheet"], e["row"], e["column"]) == (
                expected.sheet, expected.row, expected.column) and expected.says in e["message"]
                for e in output["errors"]), output["errors"]
            assert "không có gì được ghi" in run.stderr
        assert database_state(db_path)[0] == before[0]  # the same rows in every table


@pytest.mark.parametrize("name", ["cell_at_xfd1048576.xlsx", "cell_at_xfd7.xlsx",
                                  "cell_far_below.xlsx", "shared_strings_bomb.xlsx"])
def test_a_sheet_that_would_exhaust_the_memory_is_refused_without_harm(db_path, tmp_path, name):
    # Read as they are, the first three make python-calamine ask for gigabytes (the process is
    # aborted) and the last one fills the memory (4.4 GB); the command refuses them in a moment,
    # within 1 GB of address space.
    before = database_state(db_path)
    run = kttt("--db", db_path, "import", corpus_file(name), "--json", data=tmp_path,
               address_space=1 << 30)
    assert run.returncode == 1, run.stderr
    assert "Không có gì được ghi" in run.stderr and "Traceback" not in run.stderr
    assert json.loads(run.stdout)["refused"]
    assert database_state(db_path) == before


class PanicException(BaseException):
    """What pyo3 raises when the Rust code of python-calamine panics."""


def test_a_panic_of_the_reader_is_an_input_error(monkeypatch):
    def panic(*_args, **_kwargs):
        raise PanicException("index out of bounds: the len is 3 but the index is 7")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    with pytest.raises(WorkbookRefused) as refused:
        read_file(corpus_file("text_nfd.xlsx"))
    assert "không đọc được nội dung bảng tính" in refused.value.message
    assert "Không có gì được ghi" in refused.value.message


@pytest.mark.parametrize("name", ["xlsx_named.xls", "xlsx_named.csv"])
def test_the_report_of_a_workbook_under_another_name_is_written(db_path, tmp_path, name):
    report = tmp_path / "bao-cao.xlsx"
    run = kttt("--db", db_path, "import", corpus_file(name), "--report", report, data=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and f"Đã ghi báo cáo {report}" in run.stderr
    expected = CORPUS[name]
    assert isinstance(expected, Error)
    assert expected.says in errors_column(report, "ThanhVien")[expected.row]
