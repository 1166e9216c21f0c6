"""A database on a PostgreSQL server named by a URL: ``--db postgresql://…`` or
``KTTT_DATABASE_URL``. A URL is never taken for a file name; what only a file has (backups by
copy, restore by swapping files) is refused with a message saying the server does it; the
signing key of a server database is kept in the data folder, under a name without password."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kttt_desktop.cli import main
from tests.engine_fixtures import raw_sql
from tests.return_office import build_return_office

AREA = "06838,06841,06856"  # Bình Liêu, Hoành Mô, Lục Hồn (Quảng Ninh)


def _run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free again once closed: nobody listens there


def test_a_url_is_never_taken_for_a_file_name(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    url = f"postgresql://kttt:bí-mật@127.0.0.1:{_closed_port()}/kttt"
    status, _, err = _run(capsys, "--db", url, "check", "--period", "2024")
    assert status == 3
    assert "Không kết nối được máy chủ PostgreSQL 127.0.0.1:" in err
    assert "bí-mật" not in err
    assert list(tmp_path.rglob("*")) == []  # no file, no folder "postgresql:"


def test_an_address_of_another_kind_of_server_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    status, _, err = _run(capsys, "--db", "mysql://kttt@127.0.0.1/kttt", "validate")
    assert status == 1
    assert "chỉ làm việc với tệp SQLite hoặc máy chủ PostgreSQL" in err
    assert list(tmp_path.rglob("*")) == []


@pytest.mark.postgresql
def test_the_environment_names_the_server_and_backups_are_left_to_it(server_database, tmp_path,
                                                                      monkeypatch, capsys,
                                                                      _isolated_data_dir):
    url = server_database()
    monkeypatch.setenv("KTTT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    status, _, err = _run(capsys, "check", "--period", "2024")  # nothing there yet
    assert status == 3 and "còn trống" in err and "postgresql://kttt_test@127.0.0.1:" in err
    status, _, err = _run(capsys, "init", "--office", "Phòng Kinh tế xã Bình Liêu",
                          "--province", "22", "--area", AREA)
    assert status == 0, err
    assert raw_sql(url, "SELECT name FROM office") == [("Phòng Kinh tế xã Bình Liêu",)]
    status, out, err = _run(capsys, "validate", "--json")
    assert status == 0, err
    status, _, err = _run(capsys, "verify")  # the server's counterpart of the file's checks
    assert status == 0 and "Mọi bảng đọc được" in err and "Kết luận: cơ sở dữ liệu tốt." in err
    for command in (("backup",), ("restore", tmp_path / "sao-luu.db")):
        status, _, err = _run(capsys, *command)
        assert status == 1
        assert "nằm trên máy chủ PostgreSQL: việc sao lưu và khôi phục do máy chủ làm" in err
        assert "Không có gì bị thay đổi" in err and url.split(":")[2].split("@")[0] not in err
    assert list(tmp_path.rglob("*")) == [] and list(_isolated_data_dir.rglob("*.db")) == []


@pytest.mark.postgresql
def test_a_wrong_password_is_told_and_the_key_of_a_server_database_lives_in_the_data_folder(
        server_database, tmp_path, capsys, _isolated_data_dir):
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.office import save_profile
    from tests.conftest import small_office

    url = server_database()
    password = url.split(":")[2].split("@")[0]
    status, _, err = _run(capsys, "--db", url.replace(password, "sai"), "validate")
    assert status == 3 and "từ chối đăng nhập của người dùng kttt_test" in err

    def office(db) -> None:
        save_profile(db, small_office())
        build_return_office(db)

    build_new_database(url, office)
    status, _, err = _run(capsys, "--db", url, "export", "--period", "2023-Q3",
                          "--xlsx", tmp_path / "r.xlsx", "--submit")
    assert status == 0, err
    [key] = list(_isolated_data_dir.rglob("*.key"))
    port, database = url.rsplit(":", 1)[1].split("/")
    assert key.relative_to(_isolated_data_dir) == Path("servers", f"127.0.0.1-{port}-{database}"
                                                                  ".db.key")
    assert password not in str(key)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf", "r.xlsx"]
