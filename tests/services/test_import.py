"""Importing workbooks: matching what is there, all or nothing, dry runs, formats, mappings."""

from __future__ import annotations

import hashlib
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kttt_desktop.data.backup import BackupKind, backups_of
from kttt_desktop.data.database import open_database
from kttt_desktop.data.lock import lock_path
from kttt_desktop.data.models import (
    AuditEntry,
    Manager,
    ManagerPosition,
    Member,
    Organisation,
    Suspension,
    Target,
    TrainingRecord,
    YearlyFigures,
)
from kttt_desktop.exchange.mapping import detect
from kttt_desktop.exchange.template import write_template
from kttt_desktop.services.dump import dump_registers
from kttt_desktop.services.importing import (
    ImportCancelled,
    import_workbook,
    read_file,
    write_error_report,
)
from kttt_desktop.services.importing.mappings import load_mapping, mapping_names, save_mapping
from tests.workbooks import (
    CODE_A,
    HTX_A,
    calamine_rows,
    cell_mark,
    convert,
    office_sheets,
    write_xlsx,
)


def count(db, model, *where) -> int:
    with db.engine.connect() as connection:
        query = select(func.count()).select_from(model)
        for condition in where:
            query = query.where(condition)
        return connection.execute(query).scalar_one()


def totals(result) -> tuple[int, int, int, int]:
    return (result.total("inserted"), result.total("updated"), result.total("unchanged"),
            result.total("rejected"))


@pytest.fixture
def office_xlsx(tmp_path) -> Path:
    return write_xlsx(tmp_path / "so dang ky.xlsx", office_sheets())


def test_an_import_writes_every_register_with_its_values(db, office_xlsx):
    result = import_workbook(db, office_xlsx)
    assert result.written and totals(result) == (18, 0, 0, 0)
    with db.engine.connect() as connection:
        htx = connection.execute(select(Organisation).where(Organisation.code == CODE_A)).one()
        assert (htx.name, htx.commune_code, htx.established_on) == (
            HTX_A, "06838", date(2015, 3, 15))
        assert htx.charter_capital == 1_500_000_000 and htx.value_chain
        assert htx.name_folded == "hop tac xa nong nghiep dong tam"
        b = connection.execute(select(Organisation).where(Organisation.code == "5700100263")).one()
        assert b.charter_capital == 800_500_000 and b.value_chain_year == 2021
        tran = connection.execute(select(Member).where(Member.full_name == "Trần Thị Bình")).one()
        assert (tran.birth_date, tran.gender, tran.cccd, tran.capital_contribution,
                tran.is_worker) == (date(1985, 7, 12), "female", "022185001235", 15_500_000,
                                    False)
        le = connection.execute(select(Member).where(Member.full_name == "Lê Văn Cường")).one()
        assert (le.birth_date, le.birth_year, le.cccd) == (None, 1975, None)
        loss = connection.execute(select(YearlyFigures.profit).where(
            YearlyFigures.revenue == 300_000_000)).scalar_one()
        assert loss == -12_000_000
    # Two rows of CanBo for Nguyễn Văn An are two positions of one manager, whose course
    # (found by CCCD alone) is his.
    assert count(db, Manager) == 2 and count(db, ManagerPosition) == 3
    assert count(db, TrainingRecord) == 1


def test_importing_the_same_file_twice_changes_nothing(db, office_xlsx):
    import_workbook(db, office_xlsx)
    audit = count(db, AuditEntry)
    again = import_workbook(db, office_xlsx)
    assert totals(again) == (0, 0, 18, 0) and not again.written
    assert count(db, Organisation) == 3 and count(db, AuditEntry) == audit


def test_a_changed_value_is_an_update_logged_with_the_file_name(db, tmp_path, office_xlsx):
    import_workbook(db, office_xlsx)
    sheets = office_sheets()
    sheets["ThanhVien"][2][3] = "Trần Thị Bính"  # a corrected name, same CCCD
    sheets["ToChuc"][1][5] = "Thôn Đồng Tâm, xã Bình Liêu"
    changed = write_xlsx(tmp_path / "sua.xlsx", sheets)
    result = import_workbook(db, changed)
    assert totals(result) == (0, 2, 16, 0)
    assert count(db, Member) == 5
    with db.engine.connect() as connection:
        entries = connection.execute(select(AuditEntry).where(
            AuditEntry.action == "update")).all()
    assert {(e.table_name, e.field, e.old_value, e.new_value) for e in entries} == {
        ("member", "full_name", "Trần Thị Bình", "Trần Thị Bính"),
        ("organisation", "address", "Thôn Đồng Tâm", "Thôn Đồng Tâm, xã Bình Liêu")}
    assert {e.reason for e in entries} == {"Nhập từ tệp sua.xlsx"}


@pytest.mark.sqlite_only  # the backup made before an import is a file
def test_a_real_import_backs_up_first_and_logs_every_new_record(db, office_xlsx):
    result = import_workbook(db, office_xlsx)
    [backup] = [b for b in backups_of(db.path) if b.kind is BackupKind.BEFORE_IMPORT]
    assert result.backup == backup.path
    # One entry per record: 3 organisations, 5 members, 2 managers holding 3 positions, a
    # course, a product, 2 ratings, 2 years of figures and a target.
    assert count(db, AuditEntry, AuditEntry.action == "insert",
                 AuditEntry.reason == "Nhập từ tệp so dang ky.xlsx") == 20
    with db.engine.connect() as connection:
        labels = set(connection.execute(select(AuditEntry.record_label).where(
            AuditEntry.table_name == "member")).scalars())
    assert "Phạm Thị Én" in labels


@pytest.mark.sqlite_only  # the backup made before an import is a file
def test_a_workbook_with_an_error_writes_nothing_not_even_a_backup(db, tmp_path):
    audit = count(db, AuditEntry)
    sheets = office_sheets()
    sheets["ThanhVien"][5][8] = "31/02/2025"
    result = import_workbook(db, write_xlsx(tmp_path / "loi.xlsx", sheets))
    assert not result.ok and result.backup is None and backups_of(db.path) == []
    assert count(db, Organisation) == 0 and count(db, AuditEntry) == audit
    assert totals(result)[0] == 17  # what would have been inserted without the bad row


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only  # the database file compared byte for byte
def test_a_dry_run_leaves_the_database_file_byte_for_byte_unchanged(db_path, office_xlsx):
    before = _digest(db_path)
    database = open_database(db_path, read_only=True)
    try:
        result = import_workbook(database, office_xlsx, dry_run=True)
    finally:
        database.close()
    assert result.dry_run and totals(result) == (18, 0, 0, 0) and not result.written
    assert _digest(db_path) == before
    assert not lock_path(db_path).exists() and backups_of(db_path) == []
    wal = db_path.with_name("office.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing waits to be checkpointed


@pytest.mark.sqlite_only  # the backup made before an import is a file
def test_cancelling_while_checking_writes_nothing(db, office_xlsx):
    audit = count(db, AuditEntry)
    phases = []

    def progress(phase: str, done: int, total: int) -> None:
        phases.append(phase)

    with pytest.raises(ImportCancelled):
        import_workbook(db, office_xlsx, progress=progress, cancelled=lambda: "Kiểm tra" in phases)
    assert count(db, Organisation) == 0 and count(db, AuditEntry) == audit
    assert backups_of(db.path) == []


def test_cancelling_while_writing_writes_nothing(db, office_xlsx):
    audit = count(db, AuditEntry)
    phases = []
    result = import_workbook(db, office_xlsx, dry_run=True)
    assert result.ok
    with pytest.raises(ImportCancelled):
        import_workbook(db, office_xlsx, progress=lambda p, d, t: phases.append(p),
                        cancelled=lambda: "Ghi" in phases)
    assert "Ghi" in phases
    assert count(db, Organisation) == 0 and count(db, Member) == 0
    assert count(db, AuditEntry) == audit


def test_progress_goes_through_reading_checking_and_writing(db, office_xlsx):
    seen: list[tuple[str, int, int]] = []
    import_workbook(db, office_xlsx, progress=lambda *p: seen.append(p))
    assert [p for p, _, _ in seen][0] == "Đọc tệp"
    checking = [(d, t) for p, d, t in seen if p == "Kiểm tra"]
    assert checking[-1] == (18, 18)
    writing = [(d, t) for p, d, t in seen if p == "Ghi"]
    assert writing[-1] == (20, 20)  # rows: CanBo's three lines are two managers, 3 positions


def test_header_variants_and_a_title_row_are_read(db, tmp_path):
    sheets = office_sheets()
    members = sheets["ThanhVien"]
    members[0] = ["TT", "Mã số HTX", "Tên HTX", "HỌ VÀ TÊN", "Ngay sinh", "GIỚI TÍNH",
                  "Số CMND/CCCD", "Loại TV", "Ngày gia nhập", "Vốn góp", "LĐ thường xuyên"]
    sheets["Danh sách thành viên"] = [["DANH SÁCH THÀNH VIÊN NĂM 2025"], [], *members]
    del sheets["ThanhVien"]
    for row in sheets["ToChuc"]:
        row.append("Ho va ten" if row is sheets["ToChuc"][0] else "")  # no organisation column
    result = import_workbook(db, write_xlsx(tmp_path / "bien the.xlsx", sheets), dry_run=True)
    members_summary = next(s for s in result.sheets if s.sheet == "Danh sách thành viên")
    assert members_summary.register == "member" and members_summary.header_row == 3
    assert members_summary.inserted == 5 and members_summary.ignored_columns == []
    organisations = next(s for s in result.sheets if s.sheet == "ToChuc")
    assert organisations.ignored_columns == ["Ho va ten"] and result.ok


def test_text_typed_with_tcvn3_is_converted_and_reported(db, tmp_path):
    sheets = office_sheets()
    tcvn3 = {"Nguyễn Văn An": "NguyÔn V¨n An", "Trần Thị Bình": "TrÇn ThÞ B×nh",
             "Hoàng Văn Dũng": "Hoµng V¨n Dòng"}
    for row in sheets["ThanhVien"][1:]:
        row[3] = tcvn3.get(row[3], row[3])
    result = import_workbook(db, write_xlsx(tmp_path / "tcvn3.xlsx", sheets))
    assert result.written
    members = next(s for s in result.sheets if s.sheet == "ThanhVien")
    assert members.conversions == [
        "Cột “Họ và tên”: 3 ô gõ bằng phông TCVN3 (ABC) đã được chuyển sang Unicode."]
    with db.engine.connect() as connection:
        names = set(connection.execute(select(Member.full_name)).scalars())
    assert {"Nguyễn Văn An", "Trần Thị Bình", "Hoàng Văn Dũng"} <= names


def test_leading_zeros_a_spreadsheet_dropped_are_put_back_and_reported(db, tmp_path):
    sheets = office_sheets()
    for row in sheets["ToChuc"][1:]:
        row[4] = float(row[4])  # Mã xã typed as numbers: 6838
    result = import_workbook(db, write_xlsx(tmp_path / "so.xlsx", sheets))
    assert result.written
    organisations = next(s for s in result.sheets if s.sheet == "ToChuc")
    assert organisations.conversions == [
        "Cột “Mã xã”: 3 ô bị bảng tính bỏ mất số 0 ở đầu đã được thêm lại."]


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    """The test office's workbook saved by LibreOffice as .xls and .ods (made once)."""
    folder = tmp_path_factory.mktemp("converted")
    source = write_xlsx(folder / "so.xlsx", office_sheets())
    return {ext: convert(source, ext, folder) for ext in ("xls", "ods")}


@pytest.mark.parametrize("extension", ["xls", "ods"])
def test_xls_and_ods_workbooks_import_like_the_xlsx(db, converted, extension):
    result = import_workbook(db, converted[extension])
    assert result.ok, [p.describe() for p in result.errors]
    assert totals(result) == (18, 0, 0, 0)
    with db.engine.connect() as connection:
        born = connection.execute(select(Member.birth_date).where(
            Member.cccd == "022185001235")).scalar_one()
    assert born == date(1985, 7, 12)


def test_a_csv_is_one_sheet_recognised_by_its_headers(db, tmp_path):
    buffer = io.StringIO()
    for row in office_sheets()["ToChuc"]:
        buffer.write(";".join("" if v is None else
                              v.strftime("%d/%m/%Y") if isinstance(v, date) else
                              str(v).replace(".", ",") for v in row) + "\r\n")
    path = tmp_path / "danh sach.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    result = import_workbook(db, path)
    assert [s.register for s in result.sheets] == ["organisation"]
    assert result.written and count(db, Organisation) == 3
    with db.engine.connect() as connection:
        assert connection.execute(select(Organisation.charter_capital).where(
            Organisation.code == "5700100263")).scalar_one() == 800_500_000


def test_the_report_of_a_csv_is_a_new_workbook_with_the_same_marks(db, tmp_path):
    path = tmp_path / "thanh vien.csv"
    path.write_text("Mã số tổ chức,Họ và tên,Loại thành viên,Ngày vào\n"
                    "5700100288,Nguyễn Văn An,Chính thức,=1+1\n", encoding="utf-8")
    result = import_workbook(db, path)
    report = write_error_report(read_file(path), result, tmp_path / "bao-cao.xlsx")
    rows = calamine_rows(report, "thanh vien")
    assert rows[0][4] == "Lỗi" and "Không có tổ chức nào mã số 5700100288" in rows[1][4]
    assert rows[1][3] == "=1+1"  # the officer's text stays text, never a formula
    fill, comment = cell_mark(report, "thanh vien", "A2")
    assert fill is not None and "5700100288" in comment


def test_the_template_imports_back_with_no_rows(db, tmp_path):
    result = import_workbook(db, write_template(tmp_path / "mau.xlsx"))
    assert result.ok and totals(result) == (0, 0, 0, 0)
    assert len(result.sheets) == 8 and result.ignored_sheets == ["Hướng dẫn", "DanhMuc"]


def test_a_mapping_saved_by_name_is_applied_to_the_next_file(db, tmp_path):
    members = [["Đơn vị", "Người", "Ngày kết nạp TV", "Kiểu"],
               [CODE_A, "Nguyễn Văn An", "01/02/2020", "Chính thức"]]
    path = write_xlsx(tmp_path / "la.xlsx", {"DS": members})
    workbook = read_file(path)
    mapping = detect(workbook)
    chosen = mapping.of("DS")
    assert chosen.register is None  # nothing the program can recognise
    chosen.register, chosen.header_row = "member", 0
    chosen.columns = {0: "organisation_code", 1: "full_name", 2: "joined_on", 3: "member_kind"}
    save_mapping(db, "Mẫu của xã", mapping, workbook)
    assert mapping_names(db) == ["Mẫu của xã"]
    import_workbook(db, write_xlsx(tmp_path / "to.xlsx", office_sheets()))
    later = read_file(write_xlsx(tmp_path / "sau.xlsx", {"DS": members}))
    result = import_workbook(db, later, mapping=load_mapping(db, "Mẫu của xã", later))
    assert result.ok and totals(result) == (0, 1, 0, 0)  # An's join date is now 01/02/2020


def test_a_target_may_name_its_indicator_by_label_and_an_unknown_one_is_an_error(db, tmp_path):
    sheets = {"ChiTieu": [["Năm", "Chỉ tiêu", "So sánh", "Giá trị"],
                          [2025, "Tỷ lệ hợp tác xã xếp loại tốt, khá", "ít nhất", 35],
                          [2025, "Số hợp tác xã", "khoảng", 700],
                          [2025, "htx.unknown", ">=", 1]]}
    result = import_workbook(db, write_xlsx(tmp_path / "chi tieu.xlsx", sheets), dry_run=True)
    [problem] = result.errors
    assert (problem.row, problem.column) == (4, "Chỉ tiêu")
    assert "“htx.unknown” không có trong danh mục chỉ tiêu" in problem.message
    del sheets["ChiTieu"][3]
    import_workbook(db, write_xlsx(tmp_path / "chi tieu.xlsx", sheets))
    with db.engine.connect() as connection:
        assert set(connection.execute(select(Target.indicator, Target.comparator))) == {
            ("htx.good_fair_pct", ">="), ("htx.count", "approx")}


def _with_suspensions(sheets: dict, earlier: tuple) -> dict:
    organisations = sheets["ToChuc"]
    organisations[0] += ["Tạm ngừng từ ngày", "Tạm ngừng đến ngày", "Lý do tạm ngừng"]
    organisations[1] += [None, None, None]
    organisations[2] += ["01/03/2022", "30/06/2022", "Thiếu vốn"]
    organisations[3] += [None, None, None]
    sheets["TamNgung"] = [["Mã số tổ chức", "Từ ngày", "Đến ngày", "Lý do"],
                          ["5700100263", *earlier]]
    return sheets


def test_suspensions_come_from_the_organisation_sheet_and_from_tamngung(
        db, tmp_path, _template_database):
    sheets = _with_suspensions(office_sheets(), ("06/01/2020", "31/03/2020", "Dịch Covid-19"))
    result = import_workbook(db, write_xlsx(tmp_path / "so.xlsx", sheets))
    assert result.written
    with db.engine.connect() as connection:
        stored = connection.execute(select(
            Suspension.starts_on, Suspension.ends_on, Suspension.reason).order_by(
                Suspension.starts_on)).all()
    assert stored == [(date(2020, 1, 6), date(2020, 3, 31), "Dịch Covid-19"),
                      (date(2022, 3, 1), date(2022, 6, 30), "Thiếu vốn")]
    # The export writes the latest on ToChuc and the earlier ones on TamNgung, and imports back.
    export = dump_registers(db, tmp_path / "xuat.xlsx", with_personal_data=True).path
    assert calamine_rows(export, "TamNgung")[1][4:7] == [date(2020, 1, 6), date(2020, 3, 31),
                                                          "Dịch Covid-19"]
    other = tmp_path / "other.db"
    shutil.copyfile(_template_database, other)
    database = open_database(other)
    try:
        again = import_workbook(database, export)
        assert again.written and totals(again)[1:] == (0, 0, 0)
        with database.engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(Suspension)).scalar() == 2
    finally:
        database.close()


def test_overlapping_suspensions_are_an_error(db, tmp_path):
    sheets = _with_suspensions(office_sheets(), ("01/05/2022", "31/12/2022", "Bão"))
    result = import_workbook(db, write_xlsx(tmp_path / "so.xlsx", sheets))
    assert not result.written
    # Each of the two rows is told which other suspension it overlaps.
    found = {(p.sheet, p.row, p.column): p.message for p in result.errors}
    assert set(found) == {("TamNgung", 2, "Từ ngày"), ("ToChuc", 3, "Tạm ngừng từ ngày")}
    assert "trùng với lần tạm ngừng từ 01/03/2022 đến 30/06/2022" in found[
        ("TamNgung", 2, "Từ ngày")]
    assert "trùng với lần tạm ngừng từ 01/05/2022 đến 31/12/2022" in found[
        ("ToChuc", 3, "Tạm ngừng từ ngày")]


def test_namesake_managers_are_told_apart_by_the_positions_they_hold(db, tmp_path):
    sheets = office_sheets()
    sheets["CanBo"] += [
        [CODE_A, None, "Nguyễn Văn Bình", date(1975, 3, 1), "Nam", "022075001111",
         "Phó giám đốc", date(2016, 1, 4), None, "Đại học"],
        [CODE_A, None, "Nguyễn Văn Bình", date(1982, 6, 9), "Nam", "022082002222",
         "Kế toán trưởng", date(2017, 5, 2), None, "Cao đẳng"]]
    import_workbook(db, write_xlsx(tmp_path / "so.xlsx", sheets))
    without_personal = [[row[i] for i in (0, 1, 2, 4, 6, 7, 8, 9)] for row in sheets["CanBo"]]
    again = import_workbook(db, write_xlsx(tmp_path / "lai.xlsx", {"CanBo": without_personal}))
    assert totals(again) == (0, 0, 5, 0)
    without_personal.append([CODE_A, None, "Nguyễn Văn Bình", "Nam", "Kiểm soát viên",
                             date(2024, 1, 2), None, "Đại học"])
    ambiguous = import_workbook(db, write_xlsx(tmp_path / "moi.xlsx",
                                               {"CanBo": without_personal}))
    [problem] = ambiguous.errors
    assert (problem.row, problem.column) == (7, "Họ và tên")
    assert "có 2 cán bộ cùng tên “Nguyễn Văn Bình”: hãy ghi số CCCD hoặc ngày sinh" in (
        problem.message)


def test_a_file_with_personal_data_completes_people_entered_without_it(db, tmp_path):
    sheets = office_sheets()
    members = sheets["ThanhVien"]
    keep = [i for i, h in enumerate(members[0]) if h not in ("Ngày sinh", "Số CCCD")]
    without = {**sheets, "ThanhVien": [[row[i] for i in keep] for row in members]}
    first = import_workbook(db, write_xlsx(tmp_path / "khong.xlsx", without))
    assert first.written and count(db, Member, Member.cccd.is_not(None)) == 0
    complete = import_workbook(db, write_xlsx(tmp_path / "du.xlsx", sheets))
    summary = next(s for s in complete.sheets if s.sheet == "ThanhVien")
    assert (summary.inserted, summary.updated) == (0, 5)
    assert count(db, Member) == 5 and count(db, Member, Member.cccd.is_not(None)) == 4


def test_the_export_of_namesake_managers_imports_back_each_course_to_its_manager(
        db, tmp_path, _template_database):
    """Two managers of one organisation share a name; one has a personal ID and a birth date,
    the other neither. Their courses, exported, go back to the same two people."""
    sheets = office_sheets()
    sheets["CanBo"] += [
        [CODE_A, None, "Nguyễn Quang Thắng", date(1975, 3, 1), "Nam", "022075001111",
         "Phó giám đốc", date(2016, 1, 4), None, "Đại học"],
        [CODE_A, None, "Nguyễn Quang Thắng", None, "Nam", None,
         "Kế toán trưởng", date(2017, 5, 2), None, "Cao đẳng"]]
    sheets["DaoTao"][0] = ["Mã số tổ chức", "Họ và tên", "Ngày sinh", "Số CCCD", "Khóa học",
                           "Từ ngày"]
    sheets["DaoTao"][1:] = [
        [CODE_A, "Nguyễn Quang Thắng", date(1975, 3, 1), "022075001111", "Quản trị HTX",
         date(2019, 3, 4)],
        [CODE_A, "Nguyễn Quang Thắng", None, None, "Kế toán HTX", date(2020, 6, 1)]]
    entered = import_workbook(db, write_xlsx(tmp_path / "so.xlsx", sheets))
    assert entered.written, [p.message for p in entered.errors]

    def courses(database) -> set[tuple[str, str | None]]:
        with database.engine.connect() as connection:
            return set(connection.execute(
                select(TrainingRecord.course, Manager.cccd).join(
                    Manager, Manager.id == TrainingRecord.manager_id)
                .where(Manager.full_name == "Nguyễn Quang Thắng")).all())

    assert courses(db) == {("Quản trị HTX", "022075001111"), ("Kế toán HTX", None)}
    export = dump_registers(db, tmp_path / "xuat.xlsx", with_personal_data=True).path
    other = tmp_path / "other.db"
    shutil.copyfile(_template_database, other)
    database = open_database(other)
    try:
        again = import_workbook(database, export)
        assert again.written, [p.message for p in again.errors]
        assert courses(database) == courses(db)
        assert totals(import_workbook(database, export))[:2] == (0, 0)
    finally:
        database.close()
