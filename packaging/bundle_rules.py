"""What goes into the frozen program besides the code: the rules the spec applies (kept here, in
plain Python, so that the tests can check them without running PyInstaller).

PyInstaller's Qt hooks collect, for every Qt module the program imports, the module's plugins and
translations. The program needs only some of them: the plugin types below, and Qt's own
translations (qtbase) for the languages of the interface.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# The Qt modules the program uses: QtCore, QtGui, QtWidgets, QtCharts, QtPdf, QtPdfWidgets,
# QtPrintSupport. Everything else of PySide6 stays out, as do the other Qt bindings.
EXCLUDED_MODULES = [
    "PySide6.Qt3DAnimation", "PySide6.Qt3DCore", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DRender", "PySide6.QtBluetooth", "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization", "PySide6.QtDesigner", "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets", "PySide6.QtHelp", "PySide6.QtHttpServer", "PySide6.QtLocation",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtNetworkAuth", "PySide6.QtNfc",
    "PySide6.QtPositioning", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtSensors", "PySide6.QtSerialBus",
    "PySide6.QtSerialPort", "PySide6.QtSpatialAudio", "PySide6.QtSql", "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets", "PySide6.QtTest", "PySide6.QtTextToSpeech", "PySide6.QtUiTools",
    "PySide6.QtWebChannel", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets", "PySide6.QtWebView", "PySide6.QtXml",
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter",
    # build tools some libraries mention but the program never runs
    "setuptools", "pkg_resources", "_distutils_hack", "distutils", "pip",
]

# Plugin types kept: the windowing system, widget styles, image formats (icons, PNG, SVG),
# printing, input methods (Vietnamese keyboards on Linux), and GL for X11.
KEPT_PLUGIN_TYPES = {
    "platforms", "styles", "imageformats", "printsupport", "iconengines",
    "platforminputcontexts", "xcbglintegrations",
}
# Platform plugins kept: Windows, X11, macOS, and the two without a screen (tests, smoke test).
KEPT_PLATFORMS = {"qwindows", "qxcb", "qcocoa", "qoffscreen", "qminimal"}
# Plugins left out of the kept types: the on-screen keyboard (it brings QtQuick and QtQml along).
EXCLUDED_PLUGINS = {"qtvirtualkeyboardplugin"}
# Qt's own translations kept: standard dialogs and buttons, in the interface's languages.
# (Qt ships no Vietnamese catalogue today; one is picked up if a later Qt has it.)
KEPT_QT_TRANSLATIONS = {"qtbase_en.qm", "qtbase_vi.qm"}

# Qt libraries that only the left-out plugins pull in (QML, Quick, the on-screen keyboard, Wayland
# and EGL full-screen integration).
_EXCLUDED_QT_LIBRARY = re.compile(
    r"(^|/)libQt6(Qml|Quick|VirtualKeyboard|Wayland|WlShell|EglFS|EglFs)[^/]*$"
    r"|(^|/)Qt6(Qml|Quick|VirtualKeyboard)[^/]*\.dll$")
# Qt's folders in the bundle: PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows.
_QT_DIR = re.compile(r"^PySide6/(?:Qt/)?(plugins|translations)/(.+)$")


def keep(destination: str) -> bool:
    """Whether a file collected for ``destination`` (its path inside the bundle) is kept."""
    path = PurePosixPath(destination.replace("\\", "/")).as_posix()
    if _EXCLUDED_QT_LIBRARY.search(path):
        return False
    match = _QT_DIR.match(path)
    if match is None:
        return True
    kind, rest = match.groups()
    if kind == "translations":
        return rest in KEPT_QT_TRANSLATIONS
    plugin_type, _, file_name = rest.partition("/")
    if plugin_type not in KEPT_PLUGIN_TYPES:
        return False
    stem = file_name.split(".")[0].removeprefix("lib")
    if plugin_type == "platforms":
        return stem in KEPT_PLATFORMS
    return stem not in EXCLUDED_PLUGINS


def guide_images(guide_text: str) -> list[str]:
    """The image paths the user guide refers to (relative to docs/), in order, once each."""
    seen: dict[str, None] = {}
    for path in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", guide_text):
        seen.setdefault(path, None)
    return list(seen)
