"""`kttt check --period P [--json]` on the office of tests/known_office.py."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kttt_desktop.cli import main
from kttt_desktop.core.enums import Comparator
from kttt_desktop.services.targets import TargetRecord, save_targets
from tests.current_year_office import EXPECTED
from tests.known_office import build_known_office


@pytest.fixture
def known_path(db, db_path):
    build_known_office(db)
    save_targets(db, [
        TargetRecord(2023, "htx.count", Comparator.APPROX, 6, basis="KH 248/KH-UBND"),
        TargetRecord(2023, "htx.new", Comparator.AT_LEAST, 4),
        TargetRecord(2023, "htx.good_fair_pct", Comparator.ABOVE, 35),
        TargetRecord(2023, "lhhtx.revenue.avg", Comparator.AT_LEAST, 1),
    ])
    db.close()
    return db_path


def _run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_has_the_shape_of_the_contract(known_path, capsys):
    status, out, _ = _run(capsys, "--db", str(known_path), "check", "--period", "2023-Q3",
                          "--json")
    assert status == 0
    data = json.loads(out)
    assert set(data) == {"office", "period", "reference_date", "reporting_year", "indicators",
                         "targets"}
    assert (data["period"], data["reference_date"]) == ("2023-Q3", "2023-09-30")
    assert data["reporting_year"] == 2022
    indicators = data["indicators"]
    assert indicators["htx.count"] == {"value": 6, "numerator": None, "denominator": None,
                                       "unit": "HTX", "year_earlier": 5}
    share = indicators["htx.value_chain_pct"]
    assert (share["numerator"], share["denominator"], share["unit"]) == (1, 6, "%")
    assert share["value"] == pytest.approx(100 / 6, rel=1e-12)  # not rounded to 16.7
    flow = indicators["htx.new"]
    assert (flow["value"], flow["window"], flow["ytd"]) == (1, "2023-07-01/2023-09-30", 2)
    assert indicators["lhhtx.revenue.avg"]["value"] is None  # zero denominator
    for code, entry in indicators.items():
        keys = {"value", "window", "ytd"} if "window" in entry else {
            "value", "numerator", "denominator", "unit"}
        assert keys <= set(entry), code
        assert entry["value"] is None or isinstance(entry["value"], (int, float)), code
    contract = {"year", "indicator", "comparator", "value", "max", "actual", "status", "pace",
                "basis"}
    for target in data["targets"]:
        assert contract <= set(target)
        assert target["status"] in {"achieved", "exceeded", "not_achieved", "no_data"}
        assert target["pace"] in {None, "on_track", "behind"}
    statuses = {t["indicator"]: (t["status"], t["pace"]) for t in data["targets"]}
    assert statuses == {"htx.count": ("achieved", None), "htx.new": ("not_achieved", "behind"),
                        "htx.good_fair_pct": ("achieved", None),
                        "lhhtx.revenue.avg": ("no_data", None)}


def test_readable_output_is_a_vietnamese_table(known_path, capsys):
    status, out, _ = _run(capsys, "check", "--period", "2023-Q3", "--db", str(known_path))
    assert status == 0
    assert "Phòng Kinh tế xã Bình Liêu — Quý III/2023, số liệu đến ngày 30/09/2023" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("htx.")}
    assert lines["htx.revenue.avg"].split()[-2:] == ["2.000", "1.000"]  # now, a year earlier
    assert lines["htx.managers.basic_pct"].split()[-2:] == ["33,3", "25"]
    assert lines["htx.new"].split()[-3:] == ["1", "2", "0"]  # window, year to date, a year earlier
    assert "htx.revenue.total" not in lines  # additive parts stay in the JSON
    for words in ("Đạt", "Chưa đạt", "Không có số liệu", "Chậm tiến độ (mức 3)",
                  "còn thiếu 2 HTX", "vượt 15 điểm %"):
        assert words in out, words
    assert any(line.split()[-2:] == ["–", "–"] for line in out.splitlines()
               if line.startswith("lhhtx.revenue.avg"))


def test_a_current_year_period_reads_the_last_complete_year(current_year_db_path, capsys):
    """Q3 2026 of an office without figures of 2026: the figures and ratings of 2025, and the
    declared member counts carried forward (tests/current_year_office.py)."""
    status, out, _ = _run(capsys, "--db", str(current_year_db_path), "check", "--period",
                          "2026-Q3", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["reporting_year"] == 2025
    indicators = data["indicators"]
    for code, (now, earlier) in EXPECTED.items():
        value, before = indicators[code]["value"], indicators[code]["year_earlier"]
        assert round(value, 1) == now, code
        assert (None if before is None else round(before, 1)) == earlier, code
    assert indicators["htx.workers"]["reporting_year"] == 2025
    assert "reporting_year" not in indicators["htx.members"]  # a stock at D, not yearly
    statuses = {t["indicator"]: (t["status"], round(t["actual"], 1)) for t in data["targets"]}
    assert statuses == {"htx.good_fair_pct": ("achieved", 66.7),
                        "htx.members": ("achieved", 277)}
    status, out, _ = _run(capsys, "--db", str(current_year_db_path), "check", "--period",
                          "2026-Q3")
    assert "Lao động, doanh thu, lợi nhuận, thu nhập và xếp loại theo số liệu năm 2025" in out
    line = next(line for line in out.splitlines() if line.startswith("htx.good_fair_pct"))
    assert "xếp loại tốt, khá *" in line and line.split()[-2:] == ["66,7", "33,3"]


def test_an_unknown_period_is_bad_input(known_path, capsys):
    status, out, err = _run(capsys, "--db", str(known_path), "check", "--period", "2023-Q5")
    assert (status, out) == (1, "")
    assert "Kỳ báo cáo “2023-Q5” không hợp lệ" in err


@pytest.mark.parametrize("argv", [["check"], ["check", "--period", "2023", "--bogus"]])
def test_a_wrong_command_line_exits_with_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


@pytest.mark.sqlite_only  # the file's schema revision written by hand
def test_a_database_of_a_newer_version_is_an_environment_problem(known_path, capsys):
    connection = sqlite3.connect(known_path)
    connection.execute("UPDATE alembic_version SET version_num = 'f00d'")
    connection.commit()
    connection.close()
    status, out, err = _run(capsys, "--db", str(known_path), "check", "--period", "2023-Q3")
    assert (status, out) == (3, "")
    assert "phiên bản mới hơn" in err


def test_a_file_that_is_not_a_database_is_an_environment_problem(tmp_path, capsys):
    path = tmp_path / "hong.db"
    path.write_bytes(b"this is no database")
    status, _, err = _run(capsys, "--db", str(path), "check", "--period", "2023-Q3")
    assert status == 3
    assert "không phải là cơ sở dữ liệu" in err
