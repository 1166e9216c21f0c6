"""Shared fixtures. Qt runs offscreen; no test touches the user's real data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the data folder (database, backups, log, settings) at a fresh temporary folder."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KTTT_DATA_DIR", str(data))
    return data


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with a small office profile, built once and copied per test."""
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.office import OfficeProfile, save_profile

    path = tmp_path_factory.mktemp("template") / "office.db"
    profile = OfficeProfile(
        name="Phòng Kinh tế xã Bình Liêu", province_code="22",
        area=["06838", "06841", "06856"],  # Bình Liêu, Hoành Mô, Lục Hồn (Quảng Ninh)
        superior_body="UBND XÃ BÌNH LIÊU", place_name="Bình Liêu", doc_symbol="BC-PKT",
        signer_authority="KT. TRƯỞNG PHÒNG", signer_title="PHÓ TRƯỞNG PHÒNG",
        signer_name="Hoàng Văn Thắng", preparer_name="Lý Thị Mai",
    )
    build_new_database(path, lambda db: save_profile(db, profile))
    return path


@pytest.fixture
def db_path(_template_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    shutil.copyfile(_template_database, path)
    return path


@pytest.fixture
def db(db_path: Path):
    """An open, migrated database of a small office in Quảng Ninh, empty of records."""
    from kttt_desktop.data.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def province_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The province demo database (700 HTX, 60,500 members), built once per test session.

    Shared by every test that needs a big register: open it read-only, or copy it first.
    """
    from kttt_desktop.data.database import build_new_database
    from kttt_desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("province") / "province.db"
    build_new_database(path, lambda db: build_demo(db, scale="province", seed=1))
    return path
