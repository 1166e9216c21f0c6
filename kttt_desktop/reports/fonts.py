"""The document font of printed returns: Times New Roman when the system has it, else Liberation Serif.

Decree 30/2020 asks for Times New Roman. Windows has it, Linux and macOS often do; the program
ships Liberation Serif (the same metrics, SIL Open Font License) for the rest. A system font is
used only when all four faces exist and its regular face covers every Vietnamese letter (some
old copies of Times New Roman do not). Fonts are registered with reportlab once, embedded
(subset) in every PDF, and made reportlab's base font so that no page refers to Helvetica.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from kttt_desktop.core.errors import FileUnreadable
from kttt_desktop.core.i18n import translate
from kttt_desktop.system.paths import resources_dir

FAMILY = "KtttSerif"
FACES = ("", "-Bold", "-Italic", "-BoldItalic")  # regular, bold, italic, bold italic
SHIPPED = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
           "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf")
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", v + t) for base in (_VOWELS, _VOWELS.upper())
    for v in base for t in _TONES) | {"đ", "Đ"}


def _folders() -> list[Path]:
    """Where systems keep TrueType fonts (Windows, Linux, macOS)."""
    folders = []
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        folders += [windows / "Fonts",
                    Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"]
    home = Path.home()
    folders += [Path("/usr/share/fonts/truetype/msttcorefonts"),
                Path("/usr/share/fonts/truetype/times-new-roman"),
                Path("/usr/share/fonts/TTF"), Path("/usr/share/fonts/truetype"),
                Path("/usr/local/share/fonts"), home / ".local" / "share" / "fonts",
                home / ".fonts", Path("/Library/Fonts"),
                Path("/System/Library/Fonts/Supplemental"), home / "Library" / "Fonts"]
    return folders


# The file names of Times New Roman's four faces as Windows, the Linux core-fonts package and
# macOS install them.
TIMES_NAMES = (
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf",
     "Times_New_Roman_Bold_Italic.ttf"),
    ("Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
     "Times New Roman Bold Italic.ttf"),
)


def _find(folder: Path, name: str) -> Path | None:
    """``name`` in ``folder``, ignoring the case of the file name (Linux copies vary)."""
    exact = folder / name
    if exact.is_file():
        return exact
    try:
        for entry in folder.iterdir():
            if entry.name.lower() == name.lower() and entry.is_file():
                return entry
    except OSError:
        return None
    return None


def system_times(folders: list[Path] | None = None) -> tuple[Path, ...] | None:
    """The four faces of Times New Roman found on this system, or ``None``."""
    for folder in folders if folders is not None else _folders():
        if not folder.is_dir():
            continue
        for names in TIMES_NAMES:
            faces = tuple(_find(folder, name) for name in names)
            if all(faces):
                return faces  # type: ignore[return-value]
    return None


def covers_vietnamese(font: TTFont) -> bool:
    glyphs = font.face.charToGlyph
    return all(ord(letter) in glyphs for letter in VIETNAMESE_LETTERS)


@dataclass(frozen=True)
class DocumentFont:
    family: str  # the registered family name (regular face)
    name: str  # what the font is: "Times New Roman" or "Liberation Serif"
    files: tuple[Path, ...]

    @property
    def regular(self) -> str:
        return self.family

    @property
    def bold(self) -> str:
        return self.family + "-Bold"

    @property
    def italic(self) -> str:
        return self.family + "-Italic"

    @property
    def bold_italic(self) -> str:
        return self.family + "-BoldItalic"


def _load(files: tuple[Path, ...]) -> list[TTFont] | None:
    try:
        fonts = [TTFont(FAMILY + face, str(path)) for face, path in zip(FACES, files, strict=True)]
    except (TTFError, OSError):
        return None
    return fonts if covers_vietnamese(fonts[0]) else None


@cache
def document_font() -> DocumentFont:
    """Register the document font with reportlab (once) and make it the base font."""
    name, files = "Times New Roman", system_times()
    fonts = _load(files) if files else None
    if fonts is None:
        name, files = "Liberation Serif", tuple(resources_dir() / "fonts" / f for f in SHIPPED)
        fonts = _load(files)
        if fonts is None:
            raise FileUnreadable(translate(
                "Return", "Không đọc được phông chữ của chương trình trong {folder}; hãy cài "
                "lại chương trình.").format(folder=files[0].parent))
    for font in fonts:
        pdfmetrics.registerFont(font)
    family = fonts[0].fontName
    for bold, italic, font in ((0, 0, fonts[0]), (1, 0, fonts[1]), (0, 1, fonts[2]),
                               (1, 1, fonts[3])):
        addMapping(family, bold, italic, font.fontName)
    rl_config.canvas_basefontname = family
    return DocumentFont(family, name, files)
