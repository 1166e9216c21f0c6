"""`kttt consolidate FILE… --period P --out F.xlsx [--pdf F]` on the offices of one province."""

from __future__ import annotations

import shutil

import pytest

from kttt_desktop.cli import main
from kttt_desktop.data.database import build_new_database
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.system.paths import default_database

pytestmark = pytest.mark.slow


def _run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def returns(province_offices):
    return [province_offices[k].xlsx for k in "abc"]


def test_the_returns_are_consolidated_under_the_offices_header(province_offices, returns,
                                                              tmp_path, capsys):
    union = province_offices["union"]
    status, out, err = _run(capsys, "--db", union.database, "consolidate", *returns,
                            "--period", "2025-Q3", "--out", tmp_path / "tong-hop.xlsx",
                            "--pdf", tmp_path / "tong-hop.pdf")
    assert (status, out) == (0, ""), err
    assert "Đã tổng hợp 3 báo cáo quý III năm 2025 (40 xã, phường)" in err
    data = read_return_data(tmp_path / "tong-hop.xlsx")
    assert data.office == "Sở Tài chính tỉnh Quảng Ninh"
    assert data.indicators["htx.count"].value == read_return_data(union.xlsx).indicators[
        "htx.count"].value
    assert (tmp_path / "tong-hop.pdf").read_bytes().startswith(b"%PDF")


def test_without_a_database_the_header_names_the_province(returns, tmp_path, capsys):
    assert not default_database().exists()
    accept = [a for path in returns for a in ("--accept-unsigned", path)]  # no key registered
    status, _, err = _run(capsys, "consolidate", *returns, "--period", "2025-Q3",
                          "--out", tmp_path / "r.xlsx", *accept)
    assert status == 0, err
    assert read_return_data(tmp_path / "r.xlsx").office == "Tỉnh Quảng Ninh"
    assert not (tmp_path / "r.pdf").exists()


def test_the_default_database_gives_the_header_when_it_has_a_profile(province_offices, returns,
                                                                    tmp_path, capsys):
    shutil.copyfile(province_offices["union"].database, default_database())
    status, _, err = _run(capsys, "consolidate", *returns, "--period", "2025-Q3",
                          "--out", tmp_path / "r.xlsx")
    assert status == 0, err
    assert read_return_data(tmp_path / "r.xlsx").office == "Sở Tài chính tỉnh Quảng Ninh"


def test_a_database_without_a_profile_is_said_and_not_used(returns, tmp_path, capsys):
    empty = build_new_database(tmp_path / "trong.db", lambda db: None)
    accept = [a for path in returns for a in ("--accept-unsigned", path)]  # no key registered
    status, _, err = _run(capsys, "consolidate", *returns, "--db", empty, "--period", "2025-Q3",
                          "--out", tmp_path / "r.xlsx", *accept)
    assert status == 0
    assert "chưa có thông tin cơ quan" in err
    assert read_return_data(tmp_path / "r.xlsx").office == "Tỉnh Quảng Ninh"


def test_refused_files_exit_1_and_nothing_is_written(province_offices, returns, tmp_path,
                                                    capsys):
    missing = tmp_path / "khong-co.xlsx"
    status, out, err = _run(capsys, "consolidate", *returns, province_offices["union"].xlsx,
                            missing, "--period", "2025-Q3", "--out", tmp_path / "r.xlsx",
                            "--pdf", tmp_path / "r.pdf")
    assert (status, out) == (1, "")
    assert "5 trong 5 tệp không dùng được; chưa ghi tệp nào" in err
    assert f"Không tìm thấy tệp {missing}" in err
    assert str(province_offices["union"].xlsx) in err and "trùng nhau" in err
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "r.pdf").exists()
    status, _, err = _run(capsys, "consolidate", *returns, "--period", "2025-Q4",
                          "--out", tmp_path / "r.xlsx")
    assert status == 1 and "không phải quý IV năm 2025" in err


def test_a_wrong_command_line_exits_2(returns, tmp_path, capsys):
    for argv in (["consolidate", *returns, "--period", "2025-Q3"],  # no --out
                 ["consolidate", "--period", "2025-Q3", "--out", tmp_path / "r.xlsx"]):
        with pytest.raises(SystemExit) as raised:
            main([str(a) for a in argv])
        assert raised.value.code == 2
    capsys.readouterr()
