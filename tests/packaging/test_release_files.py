"""The release files without building: what the bundle keeps, the version resource, the installer
script, and where a portable copy keeps its data."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_rules import guide_images, keep  # noqa: E402
from version_info import version_file_text, version_tuple  # noqa: E402


ISS = (ROOT / "packaging" / "kttt-desktop.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "kttt-desktop.spec").read_text(encoding="utf-8")


@pytest.mark.parametrize(("destination", "kept"), [
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),  # Windows: no Qt folder
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
    ("PySide6\\translations\\qtbase_fr.qm", False),
    ("PySide6\\translations\\qtbase_en.qm", True),
    ("PySide6/Qt/plugins/imageformats/qsvg.dll", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/qopensslbackend.dll", False),
    ("PySide6/Qt/plugins/networkinformation/qnetworklistmanager.dll", False),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_en.qm", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
    ("PySide6/Qt6Qml.dll", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt6Pdf.dll", True),
    ("resources/i18n/kttt_en.qm", True),
    ("kttt_desktop/data/migrations/versions/0001_initial_schema.py", True),
])
def test_the_bundle_keeps_only_the_qt_the_program_uses(destination: str, kept: bool):
    assert keep(destination) is kept


def test_the_guide_ships_each_picture_it_shows_once():
    text = "![Cửa sổ](screenshots/main-window.png)\n![x](screenshots/a.png) ![y](screenshots/main-window.png)"
    assert guide_images(text) == ["screenshots/main-window.png", "screenshots/a.png"]


def test_the_version_resource_carries_the_program_version():
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("1.2rc1") == (1, 2, 0, 0)
    assert version_tuple("2.0.1.3") == (2, 0, 1, 3)
    text = version_file_text("1.4.2", "kttt")
    # PyInstaller evaluates the file as a Python expression of its version classes
    tree = ast.parse(text, mode="eval")
    calls = {node.func.id: node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"VSVersionInfo", "FixedFileInfo", "StringTable", "VarFileInfo"} <= set(calls)
    fixed = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"].keywords
             if k.arg in ("filevers", "prodvers")}
    assert fixed == {"filevers": (1, 4, 2, 0), "prodvers": (1, 4, 2, 0)}
    strings = dict(ast.literal_eval(ast.unparse(ast.Tuple(n.args, ast.Load())))
                   for n in ast.walk(tree) if isinstance(n, ast.Call)
                   and getattr(n.func, "id", "") == "StringStruct")
    assert strings["ProductVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "kttt.exe"


def test_the_installer_needs_no_administrator_and_keeps_the_data():
    setup = dict(re.findall(r"^(\w+)=(.*)$", ISS, re.MULTILINE))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == "{localappdata}\\Programs\\{#AppName}"
    assert setup["ChangesAssociations"] == "no"
    sections = set(re.findall(r"^\[(\w+)\]", ISS, re.MULTILINE))
    assert "UninstallDelete" not in sections and "Registry" not in sections
    # the only thing deleted on an upgrade is the old program's own folder
    deleted = re.findall(r'^Type: \w+; Name: "([^"]+)"', ISS, re.MULTILINE)
    assert deleted == ["{app}\\_internal"]


def test_the_installer_starts_the_executable_the_spec_builds():
    gui = re.search(r'^GUI_NAME = "([^"]+)"', SPEC, re.MULTILINE).group(1)
    folder = re.search(r'name="([^"]+)",\n\)', SPEC).group(1)
    assert f'#define AppExe "{gui}.exe"' in ISS
    assert f'#define SourceDir "..\\dist\\{folder}"' in ISS
    assert "kttt.exe" in ISS and re.search(r'^CLI_NAME = "kttt"', SPEC, re.MULTILINE)


def test_a_portable_copy_keeps_database_settings_log_and_backups_beside_it(tmp_path, monkeypatch):
    from kttt_desktop.data import paths

    program = tmp_path / "usb" / "kttt-desktop"
    program.mkdir(parents=True)
    (program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.delenv("KTTT_DATA_DIR")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "kttt"))

    data = program / "data"
    assert paths.data_dir() == data
    assert paths.default_database() == data / "kttt.db"
    assert paths.settings_file() == data / "settings.ini"
    assert paths.logs_dir() == data / "logs"
    assert paths.backups_dir(paths.default_database()) == data / "backups"

    (program / paths.PORTABLE_MARKER).unlink()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert not paths.data_dir().is_relative_to(program)  # without the marker: the user's folder
