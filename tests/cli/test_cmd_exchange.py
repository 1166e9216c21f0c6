"""`kttt template`, `kttt import` and `kttt dump` (spec/cli.md): output, exit statuses, files."""

from __future__ import annotations

import hashlib
import json

import pytest

from kttt_desktop.cli import main
from kttt_desktop.data.backup import BackupKind, backups_of
from kttt_desktop.data.database import current_user
from kttt_desktop.data.lock import lock_path
from tests.engine_fixtures import raw_sql
from tests.safety_helpers import write_lock
from tests.workbooks import calamine_rows, count_rows, errors_column, office_sheets, write_xlsx


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def office_xlsx(tmp_path):
    return write_xlsx(tmp_path / "so.xlsx", office_sheets())


def test_template_writes_the_blank_workbook(tmp_path, capsys):
    status, _, err = run(capsys, "template", "--out", tmp_path / "mau.xlsx")
    assert status == 0 and "mau.xlsx" in err
    assert calamine_rows(tmp_path / "mau.xlsx", "ThanhVien")[1][0] == "Ví dụ"


def test_import_prints_a_summary_per_sheet_and_the_json_object(db_path, office_xlsx, capsys,
                                                               engine):
    status, out, err = run(capsys, "--db", db_path, "import", office_xlsx, "--json")
    assert status == 0
    assert "ThanhVien: thêm mới 5, cập nhật 0, không đổi 0, bị loại 0" in err
    assert "Đã nhập xong" in err
    result = json.loads(out)
    assert result["sheets"]["ToChuc"]["inserted"] == 3 and result["errors"] == []
    assert result["written"] is True and count_rows(db_path, "member") == 5
    if engine == "sqlite":  # a server's backups are the server's
        assert [b.kind for b in backups_of(db_path)].count(BackupKind.BEFORE_IMPORT) == 1


def test_import_with_errors_exits_1_writes_nothing_and_reports(db_path, tmp_path, capsys):
    sheets = office_sheets()
    sheets["ThanhVien"][3][4] = "30/02/1980"
    path = write_xlsx(tmp_path / "loi.xlsx", sheets)
    report = tmp_path / "bao-cao.xlsx"
    status, out, err = run(capsys, "import", path, "--db", db_path, "--json", "--report", report)
    assert status == 1
    assert "Có 1 lỗi: không có gì được ghi" in err
    assert "ThanhVien, dòng 4, cột “Ngày sinh” (30/02/1980): Ngày 30/02/1980 không có thật" in err
    [error] = json.loads(out)["errors"]
    assert error == {"sheet": "ThanhVien", "row": 4, "column": "Ngày sinh", "value": "30/02/1980",
                     "message": "Ngày 30/02/1980 không có thật: tháng 2 năm 1980 chỉ có 29 ngày."}
    assert "không có thật" in errors_column(report, "ThanhVien")[4]
    assert count_rows(db_path, "organisation") == 0


@pytest.mark.sqlite_only  # the database file compared byte for byte
def test_a_dry_run_reports_and_leaves_the_database_file_untouched(db_path, office_xlsx, capsys):
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    status, out, err = run(capsys, "--db", db_path, "import", "--dry-run", office_xlsx, "--json")
    assert status == 0 and "Chạy thử" in err
    assert json.loads(out)["sheets"]["ThanhVien"]["inserted"] == 5
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert backups_of(db_path) == [] and not lock_path(db_path).exists()


@pytest.mark.sqlite_only  # the database file's folder
def test_a_refused_file_exits_1_before_the_database_is_opened(db_path, tmp_path, capsys):
    page = tmp_path / "trang.xls"
    page.write_text("<html><table></table></html>", encoding="utf-8")
    status, _, err = run(capsys, "--db", db_path, "import", page)
    assert status == 1 and "trang web" in err
    assert backups_of(db_path) == []


def test_a_wrong_command_line_exits_2(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["import"])
    assert exited.value.code == 2


@pytest.mark.sqlite_only  # the writer lock
def test_a_database_another_program_writes_to_exits_3(db_path, office_xlsx, capsys):
    write_lock(db_path, machine="PKT-02", pid=4242)
    status, _, err = run(capsys, "--db", db_path, "import", office_xlsx)
    assert status == 3 and "PKT-02" in err
    assert count_rows(db_path, "organisation") == 0


def test_dump_leaves_personal_data_out_unless_asked_and_logs_when_asked(db_path, office_xlsx,
                                                                       tmp_path, capsys):
    run(capsys, "--db", db_path, "import", office_xlsx)
    status, _, err = run(capsys, "--db", db_path, "dump", "--out", tmp_path / "ds.xlsx")
    assert status == 0 and "ThanhVien 5" in err and "--with-personal-data" in err
    header = calamine_rows(tmp_path / "ds.xlsx", "ThanhVien")[0]
    assert "Số CCCD" not in header and "Họ và tên" in header
    status, _, _ = run(capsys, "--db", db_path, "dump", "--out", tmp_path / "du.xlsx",
                       "--with-personal-data")
    assert status == 0
    members = calamine_rows(tmp_path / "du.xlsx", "ThanhVien")
    assert "022080001234" in members[1] + members[2]
    [(user, label, value)] = raw_sql(
        db_path, "SELECT user_name, record_label, new_value FROM audit_log WHERE action = 'export'")
    assert label.endswith("du.xlsx") and value == "personal_data" and user == current_user()
