"""`kttt validate`: every finding listed, as text or JSON; findings are not a failure."""

import json

import pytest

from kttt_desktop.cli import main
from kttt_desktop.data.database import open_database
from kttt_desktop.data.models import Organisation
from kttt_desktop.services.findings import RULES, rule_by_code, run_rules
from kttt_desktop.services.findings.accepted import accept_finding
from tests.validate_register import ON, add_offenders, build_clean


def _register(db_path, *, offenders: bool):
    database = open_database(db_path)
    try:
        build_clean(database)
        return add_offenders(database) if offenders else {}
    finally:
        database.close()


def test_json_lists_each_rule_once_with_its_record(db_path, capsys):
    expected = _register(db_path, offenders=True)
    status = main(["--db", str(db_path), "validate", "--json", "--date", "30/06/2025"])
    out, err = capsys.readouterr()
    assert status == 0
    report = json.loads(out)
    assert report["date"] == "2025-06-30"
    assert report["counts"] == {"error": 5, "warning": 4, "info": 1}
    assert report["accepted"] == {"error": 0, "warning": 0, "info": 0}
    assert sorted(f["rule"] for f in report["findings"]) == sorted(r.code for r in RULES)
    for finding in report["findings"]:
        assert (finding["table"], finding["id"]) == expected[finding["rule"]]
        assert set(finding) == {"severity", "rule", "message", "table", "id", "label", "basis",
                                "status"}
        assert finding["status"] == "open"
        assert finding["label"] in finding["message"] or finding["table"] != "organisation"
    assert "5 lỗi, 4 cảnh báo, 1 thông tin" in err


def test_text_output_has_one_line_per_finding(db_path, capsys):
    _register(db_path, offenders=True)
    assert main(["validate", "--db", str(db_path), "--date", "30/6/2025"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(RULES)
    severity, rule, where, message = lines[0].split("\t")
    assert (severity, rule) == ("Lỗi", "htx.min_members")
    assert where.startswith("organisation/") and "cần ít nhất 5 thành viên" in message


def test_accepted_findings_are_marked_and_not_counted_as_open(db_path, capsys):
    """A finding accepted in the Kiểm tra dữ liệu screen is listed with its acceptance; it is
    open again ("reopened") once its record changes."""
    expected = _register(db_path, offenders=True)
    database = open_database(db_path)
    try:
        found = {f.rule: f for f in run_rules(database, on=ON).findings}
        accept_finding(database, found["organisation.name_prefix"], "Tên đăng ký đúng như vậy",
                       rule=rule_by_code("organisation.name_prefix"))
        accept_finding(database, found["htx.min_members"], "Đang bổ sung hồ sơ thành viên")
    finally:
        database.close()
    assert main(["--db", str(db_path), "validate", "--json", "--date", "30/06/2025"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report["counts"] == {"error": 4, "warning": 3, "info": 1}
    assert report["accepted"] == {"error": 1, "warning": 1, "info": 0}
    by_rule = {f["rule"]: f for f in report["findings"]}
    accepted = by_rule["organisation.name_prefix"]
    assert accepted["status"] == "accepted"
    assert accepted["acceptance"]["reason"] == "Tên đăng ký đúng như vậy"
    assert accepted["acceptance"]["holds"] is True and accepted["acceptance"]["user"]
    assert "4 lỗi, 3 cảnh báo, 1 thông tin. 2 phát hiện đã được chấp nhận." in err
    # The organisation of the accepted name is edited: its finding is open again.
    database = open_database(db_path)
    try:
        _, short = expected["organisation.name_prefix"]
        with database.session() as s:
            s.get(Organisation, short).address = "Thôn Khe Mọi, xã Lục Hồn"
    finally:
        database.close()
    assert main(["--db", str(db_path), "validate", "--date", "30/06/2025"]) == 0
    out, err = capsys.readouterr()
    lines = {line.split("\t")[1]: line.split("\t") for line in out.splitlines()}
    assert lines["htx.min_members"][4] == "đã chấp nhận: Đang bổ sung hồ sơ thành viên"
    assert lines["organisation.name_prefix"][4] == (
        "mở lại vì hồ sơ đã thay đổi (đã chấp nhận: Tên đăng ký đúng như vậy)")
    assert "4 lỗi, 4 cảnh báo, 1 thông tin. 1 phát hiện đã được chấp nhận." in err


def test_a_clean_register_prints_nothing_and_succeeds(db_path, capsys):
    _register(db_path, offenders=False)
    assert main(["--db", str(db_path), "validate", "--date", "30/06/2025"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 lỗi, 0 cảnh báo, 0 thông tin" in err


def test_an_impossible_date_is_a_command_line_error(db_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(db_path), "validate", "--date", "31/02/2025"])
    assert stopped.value.code == 2
    assert "tháng 2 năm 2025 chỉ có 28 ngày" in capsys.readouterr().err


@pytest.mark.sqlite_only  # the database file's time and size
def test_validate_only_reads_the_database(db_path, capsys):
    _register(db_path, offenders=True)
    before = db_path.stat().st_mtime_ns
    assert main(["--db", str(db_path), "validate"]) == 0
    assert db_path.stat().st_mtime_ns == before
