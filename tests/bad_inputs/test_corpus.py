"""Every file of the corpus of bad inputs (this folder, made by make_corpus.py) fed to the import.

A file is refused, or it has errors, each named by sheet, row and column in Vietnamese; either
way nothing is written, in a dry run and in a real import attempt alike (every table of the
database has the same rows after as before). A value that is no error but must be made safe is
imported in its safe form: control characters and bidi marks are removed, NFD text is stored
composed (NFC), formula-like and SQL-like text is stored as the plain text it is, emoji are kept.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from kttt_desktop.data.models import Member, Organisation, YearlyFigures
from kttt_desktop.exchange.sniff import WorkbookRefused
from kttt_desktop.services.importing import import_workbook, read_file
from tests.bad_inputs.make_corpus import EMOJI_NAME, SQL_LIKE, made_by_tests
from tests.workbooks import HTX_A, THT_C

HERE = Path(__file__).resolve().parent
CORPUS_SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")


@dataclass(frozen=True)
class Refused:
    """The file is refused before any row is read."""

    says: str


@dataclass(frozen=True)
class Error:
    """The file is read and this cell (``row`` 1-based, ``column`` its header; "" for the
    whole sheet) carries an error that says ``says``."""

    sheet: str
    row: int
    column: str
    says: str


@dataclass(frozen=True)
class Safe:
    """The file imports; what is stored is the safe form (checked by ``test_safe_values``)."""


CAPITAL = "Vốn góp (triệu đồng)"
CORPUS: dict[str, Refused | Error | Safe] = {
    # wrong types
    "type_text_in_money.xlsx": Error("ThanhVien", 3, CAPITAL, "“hai mươi” không phải là một số"),
    "type_text_in_date.xlsx": Error("ThanhVien", 4, "Ngày vào", "“hôm qua” không phải là một ngày"),
    "type_number_in_yes_no.xlsx": Error("ThanhVien", 2, "Lao động thường xuyên",
                                        "“7” không phải là có/không"),
    "type_number_in_flag_year.xlsx": Error("ToChuc", 2, "Chuỗi giá trị",
                                           "hoặc năm bắt đầu (ví dụ 2021)"),
    "type_text_in_year.xlsx": Error("XepLoai", 2, "Năm", "“hai không hai ba” không phải là một số"),
    "type_date_in_money.xlsx": Error("SoLieu", 2, "Doanh thu (triệu đồng)",
                                     "“01/05/2023” không phải là một số"),
    "type_bool_in_date.xlsx": Error("ToChuc", 3, "Ngày thành lập", "không phải là một ngày"),
    "type_error_cell_in_number.xlsx": Error("SoLieu", 3, "Lợi nhuận (triệu đồng)",
                                            "lỗi công thức #DIV/0! của bảng tính"),
    # dates
    "date_31_02_2025.xlsx": Error("ThanhVien", 2, "Ngày vào",
                                  "tháng 2 năm 2025 chỉ có 28 ngày"),
    "date_birth_2090.xlsx": Error("ThanhVien", 3, "Ngày sinh", "(01/06/2090) là ngày chưa tới"),
    "date_birth_1800.xlsx": Error("ThanhVien", 5, "Ngày sinh", "nằm ngoài khoảng 1900–2100"),
    "date_established_future.xlsx": Error("ToChuc", 3, "Ngày thành lập",
                                          "(01/01/2099) là ngày chưa tới"),
    # amounts
    "money_negative.xlsx": Error("ThanhVien", 2, CAPITAL, "Vốn góp không được âm"),
    "money_1e20.xlsx": Error("ToChuc", 2, "Vốn điều lệ (triệu đồng)", "lớn bất thường"),
    "money_1e20_text.xlsx": Error("SoLieu", 2, "Doanh thu (triệu đồng)", "lớn bất thường"),
    # text
    "long_name_100k.xlsx": Error("ThanhVien", 3, "Họ và tên", "quá giới hạn 32.767 ký tự"),
    "long_address_100k.xlsx": Error("ToChuc", 2, "Địa chỉ", "quá giới hạn 32.767 ký tự"),
    "csv_long_name_100k.csv": Error("csv_long_name_100k", 2, "Tên", "quá giới hạn 32.767 ký tự"),
    "text_sql_like.xlsx": Safe(),
    "text_bidi_override.xlsx": Safe(),
    "text_control_characters.xlsx": Safe(),
    "text_nfd.xlsx": Safe(),
    "text_emoji.xlsx": Safe(),
    "text_formula_like.xlsx": Safe(),
    "formula_cells_saved_values.xlsx": Safe(),
    # headers and sheets
    "headers_duplicated.xlsx": Error("ThanhVien", 1, "Họ và tên",
                                     "Cột “Họ và tên” có hai lần (cột D và cột L)"),
    "headers_merged.xlsx": Error("ThanhVien", 2, "Ngày sinh", "được gộp qua các cột E–F"),
    "sheet_hidden.xlsx": Error("ThanhVien", 1, "", "Trang ThanhVien đang bị ẩn"),
    "sheet_very_hidden.xlsx": Error("ThanhVien", 1, "", "Trang ThanhVien đang bị ẩn"),
    # files that are not what they claim, or are made to harm
    "password.xlsx": Refused("bảng tính được bảo vệ bằng mật khẩu"),
    "password.xls": Refused("bảng tính được bảo vệ bằng mật khẩu"),
    "corrupt_truncated.xlsx": Refused("tệp bị hỏng (không giải nén được)"),
    "corrupt_crc.xlsx": Refused("tệp bị hỏng (không giải nén được)"),
    "zip_bomb.xlsx": Refused("giải nén ra quá lớn so với kích thước tệp"),
    "zip_bomb_lying_sizes.xlsx": Refused("tệp bị hỏng (không giải nén được)"),
    "xxe_sheet.xlsx": Refused("phần xl/worksheets/sheet2.xml của tệp có khai báo DTD"),
    "xxe_content.ods": Refused("phần content.xml của tệp có khai báo DTD"),
    "external_links.xlsx": Refused("liên kết lấy số liệu từ tệp khác (bang-luong.xlsx)"),
    "word_named_xlsx.xlsx": Refused("đây là tệp văn bản (Word, Writer)"),
    "web_page_named.xls": Refused("đây là trang web (HTML/XML)"),
    "empty.xlsx": Refused("tệp rỗng"),
    # text files
    "csv_windows_1258.csv": Refused("tệp CSV không dùng bảng mã UTF-8 (từ dòng 1)"),
    "csv_utf16_without_bom.csv": Refused("tệp CSV không dùng bảng mã UTF-8"),
    "csv_bad_byte_row_42.csv": Refused("tệp CSV không dùng bảng mã UTF-8 (từ dòng 42)"),
    "csv_control_characters.csv": Safe(),
    "csv_formula_like.csv": Safe(),
    # other formats
    "ods_wrong_types.ods": Error("ThanhVien", 3, CAPITAL, "“hai mươi” không phải là một số"),
    "ods_bidi_and_nfd.ods": Safe(),
    "xls_date_31_02.xls": Error("ThanhVien", 2, "Ngày vào", "tháng 2 năm 2025 chỉ có 28 ngày"),
    "xls_money_negative.xls": Error("ThanhVien", 2, CAPITAL, "Vốn góp không được âm"),
    # made by the tests (make_corpus.made_by_tests)
    "cell_at_xfd1048576.xlsx": Refused("bảng tính có hơn 1.000.000 dòng"),
    "cell_at_xfd7.xlsx": Refused("trang ThanhVien có ô ở cột thứ 16.384 (quá 1.000 cột)"),
    "cell_far_below.xlsx": Refused("vùng dữ liệu của trang ThanhVien rộng 999.999 dòng × 702 cột"),
    "shared_strings_bomb.xlsx": Refused("các ô chứa hơn 100.000.000 ký tự chữ"),
    "formula_without_value.xlsx": Error("SoLieu", 2, "Doanh thu (triệu đồng)",
                                        "công thức chưa được tính"),
    "text_format_characters.xlsx": Safe(),
    "xlsx_named.xls": Error("ThanhVien", 2, CAPITAL, "Vốn góp không được âm"),
    "xlsx_named.csv": Error("ThanhVien", 2, CAPITAL, "Vốn góp không được âm"),
    "cccd_two_people.xlsx": Error("ThanhVien", 5, "Số CCCD",
                                  "Số CCCD 022070004567 đã ghi cho Nguyễn Văn An (Hợp tác xã"),
}
MADE_BY_TESTS = made_by_tests()
_made = Path(tempfile.mkdtemp(prefix="kttt-corpus-"))
atexit.register(shutil.rmtree, _made, ignore_errors=True)


def corpus_file(name: str) -> Path:
    """The file of the corpus called ``name`` (those the tests make are made on first use)."""
    if name not in MADE_BY_TESTS:
        return HERE / name
    path = _made / name
    if not path.exists():
        MADE_BY_TESTS[name](path)
    return path


def database_state(path: Path) -> tuple[dict[str, int], str]:
    """The row count of every table and a digest of every row, read with plain sqlite3."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts, digest = {}, hashlib.sha256()
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            counts[table] = len(rows)
            digest.update(repr(sorted(map(repr, rows))).encode())
        return counts, digest.hexdigest()
    finally:
        connection.close()


def test_the_corpus_is_complete_and_small():
    files = sorted(p.name for p in HERE.iterdir() if p.suffix in CORPUS_SUFFIXES)
    assert not set(files) & set(MADE_BY_TESTS), "a file the tests make is not kept"
    assert sorted([*files, *MADE_BY_TESTS]) == sorted(CORPUS), "every file has its line in CORPUS"
    assert len(files) >= 40
    assert sum((HERE / f).stat().st_size for f in files) < 2 * 1024 * 1024
    kinds = {Path(f).suffix for f in files}
    assert kinds == set(CORPUS_SUFFIXES)


def _attempt(db, path: Path, *, dry_run: bool):
    """Import ``path``: the refusal's message, or the result."""
    try:
        return import_workbook(db, read_file(path), dry_run=dry_run)
    except WorkbookRefused as refused:
        assert path.name in refused.message and "Không có gì được ghi" in refused.message
        return refused.message


@pytest.mark.parametrize("name", [n for n, e in CORPUS.items() if not isinstance(e, Safe)])
def test_a_bad_file_says_what_and_where_and_writes_nothing(db, db_path, name):
    expected = CORPUS[name]
    before = database_state(db_path)
    for dry_run in (True, False):
        outcome = _attempt(db, corpus_file(name), dry_run=dry_run)
        if isinstance(expected, Refused):
            assert isinstance(outcome, str), outcome
            assert expected.says in outcome
        else:
            assert not isinstance(outcome, str), outcome
            assert not outcome.ok and not outcome.written and outcome.backup is None
            found = [p for p in outcome.errors
                     if (p.sheet, p.row, p.column) == (expected.sheet, expected.row,
                                                        expected.column)]
            assert found, [p.describe() for p in outcome.errors]
            assert any(expected.says in p.message for p in found), [p.message for p in found]
            for problem in outcome.problems:  # a quoted cell is short, whatever the cell held
                assert len(problem.value) <= 200 and len(problem.message) < 1000
        assert database_state(db_path) == before


def _stored(db, model, column):
    with db.engine.connect() as connection:
        return connection.execute(select(getattr(model, column))).scalars().all()


def _import_safely(db, db_path, name: str):
    """Dry run (nothing written), then the import itself; its result."""
    before = database_state(db_path)
    dry = import_workbook(db, read_file(corpus_file(name)), dry_run=True)
    assert dry.ok, [p.describe() for p in dry.errors]
    assert database_state(db_path) == before
    result = import_workbook(db, read_file(corpus_file(name)))
    assert result.ok and result.written
    return result


def test_sql_like_text_is_a_name_like_any_other(db, db_path):
    _import_safely(db, db_path, "text_sql_like.xlsx")
    names = _stored(db, Member, "full_name")
    assert SQL_LIKE in names and len(names) == 5  # every member there, the table intact


@pytest.mark.parametrize("name", ["text_bidi_override.xlsx", "text_control_characters.xlsx",
                                  "ods_bidi_and_nfd.ods", "text_format_characters.xlsx"])
def test_bidi_marks_and_control_characters_are_removed(db, db_path, name):
    # They are invisible: kept, they would reorder what the officer reads (U+202E shows the
    # name backwards), break search and sorting, and travel into every export.
    _import_safely(db, db_path, name)
    names = _stored(db, Member, "full_name")
    assert "Nguyễn Văn An" in names
    for stored in names:
        assert stored == unicodedata.normalize("NFC", stored)
        assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in stored), repr(stored)
    if name in ("text_control_characters.xlsx", "ods_bidi_and_nfd.ods"):
        assert "Trần Thị Bình" in names


def test_control_characters_of_a_csv_file_are_removed(db, db_path):
    _import_safely(db, db_path, "csv_control_characters.csv")
    assert "Hợp tác xã Nông nghiệp Đồng Tâm" in _stored(db, Organisation, "name")


def test_nfd_text_is_stored_composed_and_found_by_its_name(db, db_path):
    _import_safely(db, db_path, "text_nfd.xlsx")
    names = _stored(db, Organisation, "name")
    assert HTX_A in names and len(names) == 3
    assert all(n == unicodedata.normalize("NFC", n) for n in names)
    with db.engine.connect() as connection:  # the members that name it in NFD found it
        owners = connection.execute(select(Organisation.name).join(
            Member, Member.organisation_id == Organisation.id)).scalars().all()
    assert owners.count(HTX_A) == 3


def test_emoji_in_a_name_are_kept_with_their_joiner(db, db_path):
    # Emoji are text like any other (Unicode, harmless in SQLite and in Excel); the zero-width
    # joiner inside "👩‍🌾" is part of the picture and is kept.
    _import_safely(db, db_path, "text_emoji.xlsx")
    assert EMOJI_NAME in _stored(db, Organisation, "name")
    assert THT_C not in _stored(db, Organisation, "name")


def test_formula_like_text_is_stored_as_typed(db, db_path):
    result = _import_safely(db, db_path, "text_formula_like.xlsx")
    assert {"=1+1", "+84912345678", "@SUM(A1)", "-2+3"} <= set(_stored(db, Member, "full_name"))
    assert "=cmd|' /C calc'!A0" in _stored(db, Organisation, "name")
    assert "@SUM(A1)" in _stored(db, Organisation, "address")
    # the only remark: an HTX's name usually begins with "Hợp tác xã"
    assert [p.column for p in result.warnings] == ["Tên"]


def test_formula_like_text_of_a_csv_file_is_stored_as_typed(db, db_path):
    _import_safely(db, db_path, "csv_formula_like.csv")
    assert "=cmd|' /C calc'!A0" in _stored(db, Organisation, "name")


def test_a_formula_cell_gives_the_value_saved_with_it(db, db_path):
    _import_safely(db, db_path, "formula_cells_saved_values.xlsx")
    assert 1_250_500_000 in _stored(db, YearlyFigures, "revenue")
