"""The log file: in the data folder's logs/, UTF-8, set up once, shared by the command."""

from __future__ import annotations

import logging

import pytest

from kttt_desktop import cli
from kttt_desktop.logging_setup import setup_logging, stop_logging
from kttt_desktop.system.paths import data_dir


@pytest.fixture(autouse=True)
def _detach():
    yield
    stop_logging()


def test_records_go_to_a_file_in_the_data_folder():
    path = setup_logging()
    assert path == data_dir() / "logs" / "kttt.log"
    logging.getLogger("kttt_desktop.test").info("Đã mở cơ sở dữ liệu của xã Lục Hồn")
    assert "INFO" in path.read_text(encoding="utf-8")
    assert "Đã mở cơ sở dữ liệu của xã Lục Hồn" in path.read_text(encoding="utf-8")


def test_setting_up_twice_writes_each_record_once():
    path = setup_logging()
    setup_logging()
    logging.getLogger("kttt_desktop.test").warning("một lần")
    assert path.read_text(encoding="utf-8").count("một lần") == 1


def test_the_command_logs_to_the_same_file(tmp_path):
    status = cli.main(["--db", str(tmp_path / "x.db"), "init", "--office", "Phòng Kinh tế",
                       "--province", "22", "--area", "06838"])
    assert status == 0
    text = (data_dir() / "logs" / "kttt.log").read_text(encoding="utf-8")
    assert "kttt init" in text
