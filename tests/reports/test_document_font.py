"""The document font: Times New Roman when the system has all of it, else the shipped one."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import reportlab
from reportlab.pdfbase.ttfonts import TTFont

from kttt_desktop.reports.fonts import SHIPPED, covers_vietnamese, document_font, system_times
from kttt_desktop.reports.pdf import write_pdf
from kttt_desktop.system.paths import resources_dir
from tests.pdf_tools import pdf_text

LIBERATION = resources_dir() / "fonts"


def _fake_times(folder: Path, names: tuple[str, ...]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, shipped in zip(names, SHIPPED, strict=True):
        shutil.copyfile(LIBERATION / shipped, folder / name)


def test_times_new_roman_is_found_under_each_systems_file_names(tmp_path):
    windows, linux = tmp_path / "Windows" / "Fonts", tmp_path / "msttcorefonts"
    _fake_times(windows, ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
    _fake_times(linux, ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf",
                        "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"))
    assert system_times([tmp_path / "none", windows])[1].name == "timesbd.ttf"
    assert system_times([linux])[3].name == "Times_New_Roman_Bold_Italic.ttf"


def test_a_system_missing_a_face_has_no_times(tmp_path):
    _fake_times(tmp_path, ("TIMES.TTF", "TIMESBD.TTF", "TIMESI.TTF", "TIMESBI.TTF"))
    assert system_times([tmp_path]) is not None  # names differ only in case
    (tmp_path / "TIMESBI.TTF").unlink()
    assert system_times([tmp_path]) is None


def test_a_font_without_vietnamese_letters_is_not_used():
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    assert not covers_vietnamese(TTFont("VeraCheck", str(vera)))
    assert covers_vietnamese(TTFont("LiberationCheck", str(LIBERATION / SHIPPED[0])))


def test_the_document_font_has_four_faces():
    font = document_font()
    assert font.name in ("Times New Roman", "Liberation Serif")
    assert len(font.files) == 4 and all(Path(f).is_file() for f in font.files)


def test_decomposed_text_prints_composed(return_snapshot, tmp_path):
    import unicodedata

    office = unicodedata.normalize("NFD", "Phòng Kinh tế xã Lục Hồn")
    header = replace(return_snapshot.header, office=office)
    text = pdf_text(write_pdf(replace(return_snapshot, header=header), tmp_path / "r.pdf"), 1, 1)
    assert "PHÒNG KINH TẾ XÃ LỤC HỒN" in text
    assert "Phòng Kinh tế xã Lục Hồn báo cáo" in " ".join(text.split())
