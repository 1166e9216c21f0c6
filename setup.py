"""The build step pyproject.toml cannot say: a wheel carries resources/ and the user guide.

The program reads its fonts, icons, translations, demo name lists and user guide from the
folders resources/ and docs/ at the root of the source tree (system/paths.py). A wheel holds only
packages, so ``build_py`` copies them into the package (``kttt_desktop/resources``,
``kttt_desktop/docs``), where paths.py looks first. An editable install reads them in place.
"""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
GUIDE = "huong-dan-su-dung.md"


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "kttt_desktop"
        for name in ("resources", "docs"):  # nothing left from an earlier build
            shutil.rmtree(package / name, ignore_errors=True)
        shutil.copytree(ROOT / "resources", package / "resources",
                        ignore=shutil.ignore_patterns("__pycache__", "*.partial"))
        sys.path.insert(0, str(ROOT / "packaging"))
        from bundle_rules import guide_images

        guide = ROOT / "docs" / GUIDE
        for name in [GUIDE, *guide_images(guide.read_text(encoding="utf-8"))]:
            target = package / "docs" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / "docs" / name, target)


setup(cmdclass={"build_py": BuildWithResources})
