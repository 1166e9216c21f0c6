"""Returns really sealed: an office signs its return with its own key, the province verifies the
signature against the keys it registered, and refuses (unless it accepts a file explicitly, which
the consolidated return records) a forged and rehashed return, an unknown or revoked key, an area
the key was not registered for, and visible cells edited after the file was made."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kttt_desktop.cli import main
from kttt_desktop.core.return_data import content_hash
from kttt_desktop.data.database import build_new_database
from kttt_desktop.data.keys import signing_key
from kttt_desktop.exchange.return_data import read_return_data
from kttt_desktop.services.office import OfficeProfile, save_profile
from tests.registers_helpers import TAX_CODES, organisation

PERIOD = "2025"


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def office(db, db_path, tmp_path, capsys):
    """The office (two HTX), its return of 2025 signed with its key, and its public key file."""
    organisation(db, "Hợp tác xã Đồng Tâm", code=TAX_CODES[0])
    organisation(db, "Hợp tác xã Tiến Bộ", code=TAX_CODES[1])
    db.close()
    status, _, err = run(capsys, "--db", db_path, "keys", "export", "--out",
                         tmp_path / "binh-lieu.kttt-key")
    assert status == 0, err
    status, _, err = run(capsys, "--db", db_path, "export", "--period", PERIOD, "--xlsx",
                         tmp_path / "binh-lieu.xlsx")
    assert status == 0, err
    return tmp_path


@pytest.fixture
def province(tmp_path):
    """The province office's database (it registers keys and consolidates)."""
    path = tmp_path / "tinh" / "tinh.db"
    build_new_database(path, lambda db: save_profile(db, OfficeProfile(
        name="Sở Tài chính tỉnh Quảng Ninh", province_code="22", area=["06838"])))
    return path


def key_fingerprint(office: Path) -> str:
    return json.loads((office / "binh-lieu.kttt-key").read_text(encoding="utf-8"))["fingerprint"]


@pytest.fixture
def registered(office, province, capsys):
    status, _, err = run(capsys, "--db", province, "keys", "import", office / "binh-lieu.kttt-key",
                         "--fingerprint", key_fingerprint(office).replace(" ", "-"))
    assert status == 0, err
    return province


def consolidate(capsys, province, *files, accept=()):
    out = province.parent / "tong-hop.xlsx"
    argv = ["--db", province, "consolidate", *files, "--period", PERIOD, "--out", out]
    for path in accept:
        argv += ["--accept-unsigned", path]
    status, _, err = run(capsys, *argv)
    return status, err, out


def rewrite_data(path: Path, target: Path, edit, *, rehash: bool = True,
                 keep_signature: bool = True) -> Path:
    """A copy of the return whose data sheet ``edit`` changed (rows of texts), rehashed as a
    forger would; the signature row kept as it was (or dropped)."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["_data"]
    rows = [[c.value or "" for c in row] for row in sheet.iter_rows()]
    rows = [r[:max((i + 1 for i, v in enumerate(r) if v != ""), default=0)] for r in rows]
    hash_at = next(i for i, r in enumerate(rows) if r[0] == "sha256")
    body, signature = rows[:hash_at], rows[hash_at + 1:]
    edit(body)
    digest = content_hash(body) if rehash else rows[hash_at][1]
    new_rows = [*body, ["sha256", digest], *(signature if keep_signature else [])]
    sheet.delete_rows(1, sheet.max_row)
    for r, row in enumerate(new_rows, start=1):
        for c, value in enumerate(row, start=1):
            if value != "":
                sheet.cell(r, c).value = str(value)
                sheet.cell(r, c).data_type = "s"
    workbook.save(target)
    return target


def set_meta(body, key, value):
    for row in body:
        if row[:2] == ["meta", key]:
            row[2:] = [value]
            return
    raise KeyError(key)


# The seal verified -------------------------------------------------------------------------------

def test_a_return_from_a_registered_key_is_verified_and_the_fingerprints_agree(
        office, registered, db_path, capsys):
    shown_at_office = run(capsys, "--db", db_path, "keys")[1]
    shown_at_province = run(capsys, "--db", registered, "keys")[1]
    fingerprint = key_fingerprint(office)
    assert len(fingerprint.replace(" ", "")) == 24 and fingerprint.replace(" ", "").isdigit()
    assert f"Khóa ký của cơ quan này: {fingerprint}" in shown_at_office
    assert f"{fingerprint}\tPhòng Kinh tế xã Bình Liêu\t3\t" in shown_at_province
    status, err, out = consolidate(capsys, registered, office / "binh-lieu.xlsx")
    assert status == 0, err
    breakdown = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Theo đơn vị").to_python()
    assert any(f"Đã xác thực ({fingerprint})" in str(c) for row in breakdown for c in row)


@pytest.mark.sqlite_only  # the key file beside the database file
def test_the_private_key_stays_beside_the_database_readable_by_its_user_only(office, db_path):
    key = signing_key(db_path, create=False)
    assert key is not None and key.path == db_path.with_name("office.db.key")
    assert key.path.stat().st_mode & 0o077 == 0
    assert base64.b64encode(key.public) not in db_path.read_bytes()
    pem = key.path.read_bytes()
    assert b"PRIVATE KEY" in pem and pem not in db_path.read_bytes()


# Refused, unless accepted --------------------------------------------------------------------------

def test_a_forged_and_rehashed_return_is_refused(office, registered, capsys):
    forged = rewrite_data(office / "binh-lieu.xlsx", office / "gia.xlsx",
                          lambda body: set_meta(body, "office", "Phòng Kinh tế giả mạo"))
    assert read_return_data(forged).office == "Phòng Kinh tế giả mạo"  # the hash agrees
    status, err, out = consolidate(capsys, registered, forged)
    assert status == 1 and not out.exists()
    assert "Chữ ký số của báo cáo" in err and "không khớp với số liệu" in err


def test_an_unsigned_return_is_refused_and_accepted_only_explicitly(office, registered, capsys):
    unsigned = rewrite_data(office / "binh-lieu.xlsx", office / "chua-ky.xlsx", lambda body: None,
                            keep_signature=False)
    status, err, _ = consolidate(capsys, registered, unsigned)
    assert status == 1 and "không có chữ ký số" in err and "--accept-unsigned" in err
    status, err, out = consolidate(capsys, registered, unsigned, accept=[unsigned])
    assert status == 0, err
    assert "Chấp nhận dù chưa xác thực (đã ghi vào báo cáo tổng hợp)" in err
    breakdown = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Theo đơn vị").to_python()
    texts = [str(c) for row in breakdown for c in row]
    assert any(t.startswith("Chấp nhận khi chưa xác thực: Chưa ký số.") for t in texts)
    assert any("Được chấp nhận dù chưa xác thực: Báo cáo" in t and "chua-ky.xlsx" in t
               for t in texts)
    assert read_return_data(out).signature is not None  # the province signs its own return


def test_a_return_signed_by_an_unknown_key_is_refused(office, province, capsys):
    fingerprint = key_fingerprint(office)
    status, err, _ = consolidate(capsys, province, office / "binh-lieu.xlsx")
    assert status == 1 and f"khóa chưa đăng ký (dấu vân tay {fingerprint})" in err


def test_a_return_signed_by_a_revoked_key_is_refused(office, registered, capsys):
    status, _, err = run(capsys, "--db", registered, "keys", "revoke", key_fingerprint(office),
                         "--reason", "đơn vị đổi máy")
    assert status == 0 and "Đã thu hồi khóa" in err
    status, err, _ = consolidate(capsys, registered, office / "binh-lieu.xlsx")
    assert status == 1 and "đã bị thu hồi" in err and "đơn vị đổi máy" in err
    assert "thu hồi" in run(capsys, "--db", registered, "keys")[1]


def test_a_key_whose_fingerprint_was_not_confirmed_is_not_registered(office, province, capsys):
    status, _, err = run(capsys, "--db", province, "keys", "import",
                         office / "binh-lieu.kttt-key", "--fingerprint", "1234 5678")
    assert status == 1 and "khác dấu vân tay của khóa trong tệp" in err
    assert "Chưa đăng ký khóa" in run(capsys, "--db", province, "keys")[1]


def test_an_edited_visible_cell_is_named_and_refused(office, registered, capsys):
    edited = office / "sua.xlsx"
    workbook = openpyxl.load_workbook(office / "binh-lieu.xlsx")
    sheet = workbook["1. Tổ chức"]
    cell = next(c for row in sheet.iter_rows() for c in row
                if isinstance(c.value, (int, float)) and c.value > 0)
    was = cell.value
    cell.value = was * 10
    workbook.save(edited)
    status, err, _ = consolidate(capsys, registered, edited)
    assert status == 1
    assert (f"‘1. Tổ chức’!{cell.coordinate}: tệp ghi “{was * 10}”, số liệu gốc “{was}”"
            in err), err


@pytest.mark.sqlite_only  # the database file copied with its key beside it
def test_a_key_does_not_vouch_for_communes_it_was_not_registered_for(office, registered, db_path,
                                                                      capsys, tmp_path):
    other = tmp_path / "khac" / "office.db"
    other.parent.mkdir()
    shutil.copyfile(db_path, other)
    shutil.copyfile(db_path.with_name("office.db.key"), other.with_name("office.db.key"))
    from kttt_desktop.data.database import open_database

    database = open_database(other)
    try:
        save_profile(database, OfficeProfile(name="Phòng Kinh tế xã Bình Liêu",
                                             province_code="22", area=["06838", "06862"]))
    finally:
        database.close()
    assert run(capsys, "--db", other, "export", "--period", PERIOD, "--xlsx",
               tmp_path / "rong.xlsx")[0] == 0
    status, err, _ = consolidate(capsys, registered, tmp_path / "rong.xlsx")
    assert status == 1 and "06862" in err and "ngoài địa bàn đã đăng ký" in err


# A malformed data sheet ------------------------------------------------------------------------

def _replace_indicator(body, field, value):
    row = next(r for r in body if r[0] == "indicator" and r[2] == field)
    row[3] = value


def _rating(body, value):
    columns = next(r for r in body if r[:2] == ["columns", "organisation"])
    row = next(r for r in body if r[0] == "organisation")
    row[columns.index("rating") - 1] = value


MALFORMED = {
    "version 0": (lambda body: body[0].__setitem__(1, "0"), "dòng 1: phiên bản định dạng"),
    "date": (lambda body: set_meta(body, "reference_date", "hôm qua"), "ngày (reference_date)"),
    "number": (lambda body: _replace_indicator(body, "value", "sáu"), "không hợp lệ (“sáu”)"),
    "rating": (lambda body: _rating(body, "0"), "mã xếp loại không hợp lệ (“0”)"),
    "area row": (lambda body: body.remove(next(r for r in body if r[:2] == ["meta", "area"])),
                 "thiếu dòng “meta | area”"),
    "commune": (lambda body: set_meta(body, "area", "06838,99999"),
                "mã xã, phường của địa bàn không hợp lệ (“99999”)"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_sealed_value_is_named_with_its_file_and_row(office, registered, capsys,
                                                                  case):
    edit, says = MALFORMED[case]
    bad = rewrite_data(office / "binh-lieu.xlsx", office / "hong.xlsx", edit)
    status, err, out = consolidate(capsys, registered, bad)
    assert status == 1, err
    assert "hong.xlsx" in err and says in err and "Traceback" not in err and not out.exists()
    if case not in ("area row",):
        assert "dòng " in err
