"""The Windows version resource of both executables, made from ``kttt_desktop.__version__``.

The spec writes :func:`version_file_text` into PyInstaller's work folder and hands it to each EXE;
Windows shows it in the file's Properties → Details (product name, version, copyright).
"""

from __future__ import annotations

import re

PRODUCT = "KTTT Desktop"
COMPANY = "KTTT Desktop"
DESCRIPTION = "KTTT Desktop — Quản lý kinh tế tập thể"
COPYRIGHT = "© KTTT Desktop"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` → ``(0, 1, 0, 0)``; what follows the numbers (``rc1``, ``.dev3``) is dropped."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"not a version number: {version!r}")
    return tuple(int(n or 0) for n in match.groups())  # type: ignore[return-value]


def version_file_text(version: str, executable: str) -> str:
    """The version file (PyInstaller's text form of a VS_VERSIONINFO) for ``executable``."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": executable,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{executable}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('042a04b0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200])])
  ]
)
"""
