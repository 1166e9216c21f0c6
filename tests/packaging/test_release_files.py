"""The release files without building: what the bundle keeps, the version resource, the installer
script, the Windows build's choice of wheels, and where a portable copy keeps its data."""

from __future__ import annotations

import ast
import re
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "packaging" / "windows"))

from build_windows import APP_FOLDER, installer_path, windows_only_requirements  # noqa: E402
from bundle_rules import guide_images, keep  # noqa: E402
from version_info import version_file_text, version_tuple  # noqa: E402
from wine import standins_in  # noqa: E402

from kttt_desktop import __version__  # noqa: E402

NSI = (ROOT / "packaging" / "windows" / "kttt-desktop.nsi").read_text(encoding="utf-8")
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


def nsis_section(name: str) -> list[str]:
    """The instructions of one section of the installer script, without comments."""
    body = NSI.split(f'Section "{name}"', 1)[1].split("SectionEnd", 1)[0]
    return [line.strip() for line in body.splitlines()[1:] if line.strip()
            and not line.strip().startswith(";")]


def test_the_installer_needs_no_administrator_and_keeps_the_data():
    assert re.search(r"^RequestExecutionLevel user$", NSI, re.MULTILINE)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP_NAME\}"$', NSI, re.MULTILINE)
    assert "HKLM" not in NSI and "HKCR" not in NSI  # per user; no file associations
    # the uninstaller removes exactly what setup installed; the folder only when left empty
    removed = [line for line in nsis_section("Uninstall")
               if line.startswith(("Delete ", "RMDir "))]
    assert removed == [
        'Delete "$INSTDIR\\${APP_EXE}"', 'Delete "$INSTDIR\\${CLI_EXE}"',
        'RMDir /r "$INSTDIR\\_internal"', 'Delete "$INSTDIR\\${UNINSTALLER}"',
        'RMDir "$INSTDIR"', 'Delete "$SMPROGRAMS\\${APP_NAME}.lnk"',
        'Delete "$DESKTOP\\${APP_NAME}.lnk"']
    # an upgrade deletes only the old program's own folder before copying the new one
    program = nsis_section("!$(PROGRAM_SECTION)")
    assert [line for line in program if line.startswith(("Delete", "RMDir"))] == [
        'RMDir /r "$INSTDIR\\_internal"']


def test_the_installer_installs_what_the_spec_builds():
    gui = re.search(r'^GUI_NAME = "([^"]+)"', SPEC, re.MULTILINE).group(1)
    cli = re.search(r'^CLI_NAME = "([^"]+)"', SPEC, re.MULTILINE).group(1)
    folder = re.search(r'name="([^"]+)",\n\)', SPEC).group(1)
    assert f'!define APP_EXE "{gui}.exe"' in NSI
    assert f'!define CLI_EXE "{cli}.exe"' in NSI
    assert folder == APP_FOLDER


def test_the_wizard_speaks_vietnamese_first_and_english():
    assert re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', NSI, re.MULTILINE) == [
        "Vietnamese", "English"]
    strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\} ", NSI, re.MULTILINE)
    names = {name for name, _ in strings}
    assert sorted(strings) == sorted((n, lang) for n in names for lang in ("VIETNAMESE", "ENGLISH"))
    used = set(re.findall(r"\$\((\w+)\)", NSI))
    assert used == names  # every text of the wizard has both languages, and none is unused


def test_the_installer_is_named_as_the_release_guide_says():
    assert installer_path(ROOT / "dist").name == f"kttt-desktop-{__version__}-setup.exe"
    guide = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    assert "kttt-desktop-<version>-setup.exe" in guide


def fake_wheel(folder: Path, name: str, *requires: str) -> None:
    with zipfile.ZipFile(folder / f"{name}-1.0-py3-none-any.whl", "w") as wheel:
        wheel.writestr(f"{name}-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: "
                       f"{name}\nVersion: 1.0\n" + "".join(f"Requires-Dist: {r}\n" for r in requires))


def test_the_windows_build_adds_what_only_windows_needs(tmp_path: Path):
    """pip judges the markers for Linux when it downloads Windows wheels; the build judges them
    for Windows, with the extras that were asked for."""
    fake_wheel(tmp_path, "pyinstaller", "altgraph", "pefile>=2022.5.30; sys_platform == 'win32'",
               "pywin32-ctypes>=0.2.1; sys_platform == 'win32'",
               "macholib>=1.8; sys_platform == 'darwin'")
    fake_wheel(tmp_path, "altgraph")
    fake_wheel(tmp_path, "sqlalchemy", "greenlet>=1; extra == 'asyncio'",
               "sqlalchemy[asyncio]; extra == 'postgresql-asyncpg'")
    fake_wheel(tmp_path, "sqlmodel", "SQLAlchemy>=2", "colorama; platform_system == 'Windows'")
    assert windows_only_requirements(tmp_path, ["pyinstaller", "sqlmodel"]) == [
        "colorama", "pefile>=2022.5.30", "pywin32-ctypes>=0.2.1"]
    assert "greenlet>=1" in windows_only_requirements(tmp_path, ["sqlalchemy[asyncio]"])


def test_a_stand_in_dll_in_the_program_is_found(tmp_path: Path):
    (tmp_path / "_internal" / "PySide6").mkdir(parents=True)
    (tmp_path / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ")
    assert standins_in(tmp_path) == []
    (tmp_path / "_internal" / "ICUUC.DLL").write_bytes(b"MZ")
    assert standins_in(tmp_path) == [tmp_path / "_internal" / "ICUUC.DLL"]


def test_a_portable_copy_keeps_database_settings_log_and_backups_beside_it(tmp_path, monkeypatch):
    from kttt_desktop.system import paths

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
