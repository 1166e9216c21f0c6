"""`kttt export --period P [--xlsx F] [--pdf F] [--submit]` on tests/return_office.py."""

from __future__ import annotations

import errno

import pytest

from kttt_desktop.cli import main
from kttt_desktop.exchange.return_data import read_return_data
from tests.engine_fixtures import raw_sql
from tests.return_office import build_return_office
from tests.safety_helpers import write_lock


@pytest.fixture
def office_path(db, db_path):
    build_return_office(db)
    db.close()
    return db_path


def _run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _submitted(path):
    return raw_sql(path, "SELECT period, version FROM submitted_return ORDER BY version")


def test_export_writes_both_files_under_default_names(office_path, tmp_path, capsys,
                                                      monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, out, err = _run(capsys, "--db", str(office_path), "export", "--period", "2023-Q3")
    assert (status, out) == (0, "")
    assert (tmp_path / "bao-cao-kttt-2023-Q3.xlsx").is_file()
    assert (tmp_path / "bao-cao-kttt-2023-Q3.pdf").read_bytes().startswith(b"%PDF")
    assert "Đã ghi báo cáo quý III năm 2023" in err
    assert _submitted(office_path) == []


@pytest.mark.sqlite_only  # the writer lock of the file
def test_export_only_reads_so_it_works_while_the_window_writes(office_path, tmp_path, capsys):
    write_lock(office_path, machine="MAY-KHAC", pid=4242)
    status, _, err = _run(capsys, "export", "--db", str(office_path), "--period", "2023-Q3",
                          "--xlsx", str(tmp_path / "r.xlsx"))
    assert status == 0, err
    assert read_return_data(tmp_path / "r.xlsx").period == "2023-Q3"
    assert not (tmp_path / "r.pdf").exists()  # only the file asked for
    status, _, err = _run(capsys, "export", "--db", str(office_path), "--period", "2023-Q3",
                          "--xlsx", str(tmp_path / "s.xlsx"), "--submit")
    assert status == 3 and "MAY-KHAC" in err  # submitting writes: the lock stops it
    assert _submitted(office_path) == []


def test_submit_twice_then_the_changes_are_listed(office_path, tmp_path, capsys):
    status, _, err = _run(capsys, "--db", str(office_path), "export", "--period", "2023-Q3",
                          "--pdf", str(tmp_path / "v1.pdf"), "--submit")
    assert status == 0, err
    assert (tmp_path / "v1.xlsx").is_file()  # a submission always writes both files
    assert "phiên bản 1" in err
    # HTX 2 is dissolved in the quarter
    raw_sql(office_path, "UPDATE organisation SET dissolved_on = '2023-09-01' WHERE id = 2")
    status, _, err = _run(capsys, "--db", str(office_path), "export", "--period", "2023-Q3",
                          "--xlsx", str(tmp_path / "v2.xlsx"), "--submit")
    assert status == 0, err
    assert "giá trị đã thay đổi kể từ lần gửi trước (phiên bản 1" in err
    assert "Số hợp tác xã: 6 → 5 HTX" in err
    assert "phiên bản 2" in err
    assert _submitted(office_path) == [("2023-Q3", 1), ("2023-Q3", 2)]


def test_a_bad_period_writes_nothing(office_path, tmp_path, capsys):
    status, _, err = _run(capsys, "--db", str(office_path), "export", "--period", "2023-Q9",
                          "--xlsx", str(tmp_path / "r.xlsx"))
    assert status == 1 and "không hợp lệ" in err
    assert not (tmp_path / "r.xlsx").exists()


def test_a_file_held_open_elsewhere_is_an_environment_problem(office_path, tmp_path, capsys,
                                                              monkeypatch):
    from kttt_desktop.system import files

    def refused(*_args):  # Excel holds the old file open (Windows refuses to replace it)
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refused)
    status, _, err = _run(capsys, "--db", str(office_path), "export", "--period", "2023-Q3",
                          "--xlsx", str(tmp_path / "r.xlsx"))
    assert status == 3 and "đang được mở trong một chương trình khác" in err
