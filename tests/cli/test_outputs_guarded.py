"""Outputs named on the command line never destroy what the officer has: the database, its files
and backups, the file being read; a folder given as an output is named, not a traceback; an
import whose report cannot be written writes nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kttt_desktop.cli import main
from kttt_desktop.data.backup import backups_of
from kttt_desktop.services.backups import verify
from tests.bad_inputs.test_corpus import database_state
from tests.workbooks import office_sheets, write_xlsx

pytestmark = pytest.mark.sqlite_only  # outputs beside the database file and its backups


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    return status, capsys.readouterr().err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backed_up(db_path, capsys):
    """The database with one backup in its backups folder."""
    assert run(capsys, "--db", db_path, "backup")[0] == 0
    return db_path


def _ways_to_name(db_path: Path, tmp_path: Path, monkeypatch) -> dict[str, Path]:
    monkeypatch.chdir(db_path.parent)
    link = tmp_path / "link-to-db.xlsx"
    link.symlink_to(db_path)
    [backup] = backups_of(db_path)
    return {
        "relative": Path(db_path.name),
        "symlink": link,
        "other case": db_path.with_name(db_path.name.upper()),
        "dots": db_path.parent / ".." / db_path.parent.name / db_path.name,
        "wal": db_path.with_name(db_path.name + "-wal"),
        "lock": db_path.with_name(db_path.name + ".lock"),
        "backup": backup.path,
        "new file in backups": backup.path.with_name("moi.xlsx"),
    }


COMMANDS = {
    "dump": lambda out: ["dump", "--out", out],
    "export xlsx": lambda out: ["export", "--period", "2025", "--xlsx", out],
    "export pdf": lambda out: ["export", "--period", "2025", "--pdf", out],
    "template": lambda out: ["template", "--out", out],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_no_output_reaches_the_database_or_its_backups(backed_up, tmp_path, monkeypatch,
                                                      capsys, command):
    db_path = backed_up
    for way, target in _ways_to_name(db_path, tmp_path, monkeypatch).items():
        before = digest(db_path)
        [backup] = backups_of(db_path)
        kept = digest(backup.path)
        status, err = run(capsys, "--db", db_path, *COMMANDS[command](target))
        assert status == 1, (way, err)
        assert "Không có gì được ghi" in err and "Không ghi được ra" in err, (way, err)
        assert digest(db_path) == before and digest(backup.path) == kept, way
        assert not (backup.path.parent / "moi.xlsx").exists()
        assert verify(db_path).ok


def test_an_import_report_over_the_workbook_itself_is_refused(db_path, tmp_path, capsys):
    workbook = write_xlsx(tmp_path / "so.xlsx", office_sheets())
    before, state = digest(workbook), database_state(db_path)
    status, err = run(capsys, "--db", db_path, "import", workbook, "--report",
                      tmp_path / "." / "so.xlsx")
    assert status == 1 and "trùng với tệp đang đọc" in err
    assert digest(workbook) == before and database_state(db_path) == state


def test_an_import_whose_report_cannot_be_written_writes_nothing(db_path, tmp_path, capsys):
    workbook = write_xlsx(tmp_path / "so.xlsx", office_sheets())
    not_a_folder = tmp_path / "ghi-chu.txt"
    not_a_folder.write_text("một tệp, không phải thư mục", encoding="utf-8")
    state = database_state(db_path)
    status, err = run(capsys, "--db", db_path, "import", workbook, "--report",
                      not_a_folder / "bao-cao.xlsx")
    assert status == 3, err
    assert "Không ghi được" in err and "bao-cao.xlsx" in err and "Traceback" not in err
    # the reason in words (the folder to make is taken by a file), not the C library's English
    assert "đã có tệp hoặc thư mục tên này" in err and "File exists" not in err
    assert database_state(db_path) == state  # nothing imported, no backup made for it
    assert [b.kind.value for b in backups_of(db_path)] in ([], ["tu-dong"])


def test_an_import_with_a_writable_report_writes_both(db_path, tmp_path, capsys):
    workbook = write_xlsx(tmp_path / "so.xlsx", office_sheets())
    report = tmp_path / "bao-cao.xlsx"
    status, err = run(capsys, "--db", db_path, "import", workbook, "--report", report)
    assert status == 0 and "Đã nhập xong" in err and report.is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp.xlsx")] == []


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "Bao cao"
    path.mkdir()
    return path


@pytest.mark.parametrize("argv", [
    ["export", "--period", "2025", "--xlsx", "{folder}"],
    ["export", "--period", "2025", "--pdf", "{folder}"],
    ["dump", "--out", "{folder}"],
    ["template", "--out", "{folder}"],
    ["import", "{workbook}", "--report", "{folder}"],
])
def test_a_folder_given_as_an_output_is_named(db_path, tmp_path, folder, capsys, argv):
    workbook = write_xlsx(tmp_path / "so.xlsx", office_sheets())
    state = database_state(db_path)
    args = [a.format(folder=folder, workbook=workbook) for a in argv]
    status, err = run(capsys, "--db", db_path, *args)
    assert status == 1, err
    assert f"{folder} là một thư mục" in err and "Traceback" not in err
    assert list(folder.iterdir()) == [] and database_state(db_path) == state


def test_two_outputs_of_one_export_may_not_share_a_name(db_path, tmp_path, capsys):
    same = tmp_path / "bao-cao"
    status, err = run(capsys, "--db", db_path, "export", "--period", "2025", "--xlsx", same,
                      "--pdf", same)
    assert status == 1 and "cùng một tên" in err and not same.exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_an_ordinary_output_beside_the_database_is_written(db_path, capsys):
    target = db_path.with_name("so-dang-ky.xlsx")
    status, err = run(capsys, "--db", db_path, "dump", "--out", target)
    assert status == 0 and target.is_file()
