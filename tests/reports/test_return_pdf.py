"""The PDF return read back with poppler (pdftotext, pdffonts) and pypdf."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kttt_desktop.core.periods import Period
from kttt_desktop.reports.pdf import write_pdf
from kttt_desktop.services.returns import build_snapshot
from tests.known_office import build_known_office
from tests.pdf_tools import pdf_text, tool
from tests.return_office import (
    TAX_CODE,
)


@pytest.fixture(scope="module")
def pdf_path(return_snapshot, tmp_path_factory) -> Path:
    return write_pdf(return_snapshot, tmp_path_factory.mktemp("pdf") / "bao-cao.pdf")


@pytest.fixture(scope="module")
def text(pdf_path) -> str:
    return pdf_text(pdf_path)


def test_the_header_of_an_administrative_document(text):
    first_page = text.split("\f")[0]
    for expected in ("UBND XÃ BÌNH LIÊU", "PHÒNG KINH TẾ XÃ BÌNH LIÊU",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "/BC-PKT", "Bình Liêu, ngày 05 tháng 02 năm 2026", "BÁO CÁO",
                     "Tình hình phát triển kinh tế tập thể, hợp tác xã quý III năm 2023"):
        assert expected in first_page, expected
    assert "Số:" in first_page
    assert unicodedata.is_normalized("NFC", text)  # copy and paste gives composed Vietnamese


def test_the_signature_block_and_recipients(text):
    for expected in ("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Hoàng Văn Thắng", "Nơi nhận:"):
        assert expected in text, expected


def test_numbers_are_written_the_vietnamese_way(text):
    # HTX revenue: (2.000 + 1.000 + 3.000) million over 3 HTX; value chain 1 of 6 HTX.
    assert "2.000,0" in text
    assert "16,7" in text
    assert "16.7" not in text and "2,000.0" not in text


def test_the_lists_and_free_text(text):
    assert TAX_CODE in text and "HYPERLINK" in text
    assert "ĐÁNH GIÁ CHUNG, KIẾN NGHỊ" in text
    assert "Kiến nghị: hỗ trợ đào tạo cán bộ quản lý hợp tác xã." in text
    assert "PHỤ LỤC" in text


def test_fonts_are_embedded_and_nothing_else_is_referenced(pdf_path):
    result = subprocess.run([tool("pdffonts"), str(pdf_path)], check=True,
                            capture_output=True, text=True)
    fonts = result.stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        assert line.split()[-5] == "yes", line  # the "emb" column
    assert "Helvetica" not in result.stdout


def test_page_numbers_centred_in_the_top_margin_from_page_two(pdf_path):
    assert len(PdfReader(pdf_path).pages) >= 3
    top_margin = (0, 0, 595, 57)  # the 20 mm above the text
    assert pdf_text(pdf_path, 1, 1, top_margin).strip() == ""
    assert pdf_text(pdf_path, 2, 2, top_margin).strip() == "2"
    assert pdf_text(pdf_path, 3, 3, top_margin).strip() == "3"
    bbox = subprocess.run([tool("pdftotext"), "-bbox", "-f", "2", "-l", "2", str(pdf_path), "-"],
                          check=True, capture_output=True, text=True).stdout
    word = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>2</word>', bbox)
    assert word, bbox[:500]
    centre = (float(word[1]) + float(word[3])) / 2
    assert centre == pytest.approx((30 + 165 / 2) / 25.4 * 72, abs=2)  # the text area's centre


def test_a4_pages_and_landscape_for_the_list(pdf_path):
    pages = PdfReader(pdf_path).pages
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    assert sizes[0] == (595, 842)
    assert sizes[-1] == (842, 595)  # the annexed list is on landscape pages


def test_metadata_title_and_office(pdf_path):
    info = PdfReader(pdf_path).metadata
    assert info.title == ("Báo cáo Tình hình phát triển kinh tế tập thể, hợp tác xã quý III năm "
                          "2023")
    assert info.author == "Phòng Kinh tế xã Bình Liêu"
    assert "Phòng Kinh tế xã Bình Liêu" in info.subject


@pytest.mark.parametrize(("day", "line"), [
    (datetime(2026, 3, 15, 5, tzinfo=UTC), "Bình Liêu, ngày 15 tháng 3 năm 2026"),
    (datetime(2026, 1, 9, 5, tzinfo=UTC), "Bình Liêu, ngày 09 tháng 01 năm 2026"),
])
def test_the_date_line_has_leading_zeros_only_where_decree_30_asks(return_snapshot, tmp_path,
                                                                   day, line):
    snapshot = replace(return_snapshot, created_at=day, issued_on=day.date())
    assert line in pdf_text(write_pdf(snapshot, tmp_path / "r.pdf"), 1, 1)


def test_the_title_names_each_kind_of_period(db, tmp_path):
    build_known_office(db)
    for period, words in (("2023-Q1", "quý I năm 2023"), ("2023-H1", "6 tháng đầu năm 2023"),
                          ("2023-M9", "9 tháng năm 2023"), ("2023", "năm 2023")):
        snapshot = build_snapshot(db, Period.parse(period))
        first = pdf_text(write_pdf(snapshot, tmp_path / f"{period}.pdf"), 1, 1)
        title = " ".join(first.split())
        assert f"Tình hình phát triển kinh tế tập thể, hợp tác xã {words}" in title, period
