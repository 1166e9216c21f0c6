"""The same demo registers on SQLite and on PostgreSQL give the same results, to the byte: the
check of five periods, the cross-record rules, every sheet of the dump and the return's data
sheet (``_data``, less the moment it was written, its hash and its signature)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from kttt_desktop.cli import main
from tests.demo_registers import build_demo_on

pytestmark = pytest.mark.postgresql
PERIODS = ("2023", "2024", "2023-Q2", "2025-H1", "2022-M9")
RETURN_PERIOD = "2025-Q3"
WRITTEN_WHEN = {("meta", "created_at"), ("sha256",), ("signature",)}  # differ by the moment


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def _sheets(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _results(address: str, folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    folder.mkdir()
    results: dict[str, object] = {
        f"check {p}": _run(capsys, "--db", address, "check", "--period", p, "--json")
        for p in PERIODS}
    results["validate"] = _run(capsys, "--db", address, "validate", "--json")
    _run(capsys, "--db", address, "dump", "--out", str(folder / "dump.xlsx"))
    results["dump"] = _sheets(folder / "dump.xlsx")
    _run(capsys, "--db", address, "export", "--period", RETURN_PERIOD, "--xlsx",
         str(folder / "return.xlsx"))
    rows = _sheets(folder / "return.xlsx")["_data"]
    results["_data"] = [row for row in rows if tuple(row[:2]) not in WRITTEN_WHEN
                        and tuple(row[:1]) not in WRITTEN_WHEN]
    return results


def _same(file: Path, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    on_file = _results(str(file), tmp_path / "sqlite", capsys)
    on_server = _results(url, tmp_path / "postgresql", capsys)
    assert len(on_file["_data"]) > 100 and len(on_file["dump"]) == 8  # type: ignore[arg-type]
    for key, value in on_file.items():
        assert on_server[key] == value, key


@pytest.mark.parametrize("seed", [1, 2])
def test_a_district_gives_the_same_results_on_both_engines(seed, tmp_path, capsys,
                                                           server_database):
    file = build_demo_on(tmp_path / "district.db", scale="district", seed=seed)
    url = server_database()
    build_demo_on(url, scale="district", seed=seed)  # type: ignore[arg-type]
    _same(file, url, tmp_path, capsys)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_a_province_gives_the_same_results_on_both_engines(seed, tmp_path, capsys, request,
                                                           server_database):
    file = tmp_path / "province.db"
    if seed == 1:  # the session's province: copied before use
        shutil.copyfile(request.getfixturevalue("province_db_path"), file)
    else:
        build_demo_on(file, scale="province", seed=seed)
    url = server_database()
    build_demo_on(url, scale="province", seed=seed)  # type: ignore[arg-type]
    _same(file, url, tmp_path, capsys)
