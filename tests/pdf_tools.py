"""Reading PDFs back with poppler (installed by scripts/setup.sh --tests)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} (poppler-utils) is needed: scripts/setup.sh --tests installs it"
    return path


def pdf_text(path: Path, first: int | None = None, last: int | None = None,
             crop: tuple[int, int, int, int] | None = None) -> str:
    """The text of ``path`` (pages ``first``…``last``; ``crop``: x, y, width, height in points)."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    if crop:
        pages += ["-r", "72", *(a for k, v in zip("xyWH", crop, strict=True)
                                for a in (f"-{k}", str(v)))]
    result = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", *pages, str(path), "-"],
                            check=True, capture_output=True)
    return result.stdout.decode("utf-8")
