"""The PDF rendering of a return snapshot in the layout of Decree 30/2020/NĐ-CP (reportlab).

A4; margins 20 mm top and bottom, 30 mm left, 15 mm right; the document font (``reports.fonts``)
embedded. Page 1: the issuing body top left (superior body, the office in bold capitals, a short
rule), "Số: …/BC-…" under it; Quốc hiệu and Tiêu ngữ top right with a rule as long as the Tiêu
ngữ, the place and date line in italics under them; the title "BÁO CÁO" and its summary with the
period in words. Then the sections' tables (header rows repeated on every page; long tables in
chunks of about a page, as one huge platypus table costs quadratic time), the officer's free
text, the signature block on the right with "Nơi nhận:" on the left, and the annexed list on
landscape pages. Page numbers are centred in the top margin from page 2.

Every string is composed (NFC) before it is drawn: reportlab does no shaping, and decomposed
Vietnamese prints its marks beside the letters.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as PdfTable

from kttt_desktop.core.dates import format_date, format_long_date
from kttt_desktop.core.i18n import translate
from kttt_desktop.reports.document import (
    NATIONAL_MOTTO,
    NATIONAL_NAME,
    document_number,
    place_and_date,
    recipients_heading,
    yearly_measures_note,
)
from kttt_desktop.reports.fonts import DocumentFont, document_font
from kttt_desktop.reports.snapshot import (
    Column,
    ReturnSnapshot,
    Row,
    Section,
    Table,
    cell_text,
    header_cells,
)
from kttt_desktop.system.files import replacing_file

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
PAGE_NUMBER_SIZE = 13
CHUNK_ROWS = 40  # rows per platypus table: about a page
PADDING = 3  # points left and right of a cell's text


def _t(text: str) -> str:
    return translate("Return", text)


def markup(text: str) -> str:
    """Plain text as Paragraph markup: composed (NFC) and escaped."""
    return escape(unicodedata.normalize("NFC", text))


def plain(text: str) -> str:
    """Plain text drawn as is (a table cell): composed (NFC)."""
    return unicodedata.normalize("NFC", text)


def balanced(text: str, font: str, size: float, width: float) -> str:
    """``text`` as markup that breaks into two lines of about equal length when it does not fit
    on one (an office name "SỞ TÀI CHÍNH / TỈNH QUẢNG NINH" rather than a word alone below)."""
    words = text.split()
    if stringWidth(text, font, size) <= width or len(words) < 2:
        return markup(text)
    best = min(range(1, len(words)), key=lambda i: max(
        stringWidth(" ".join(words[:i]), font, size), stringWidth(" ".join(words[i:]), font, size)))
    return f"{markup(' '.join(words[:best]))}<br/>{markup(' '.join(words[best:]))}"


class Rule(Flowable):
    """A horizontal line of ``length`` centred in the space it is given (Decree 30's rules)."""

    def __init__(self, length: float, *, thickness: float = 0.6, above: float = 3.5,
                 below: float = 2.5) -> None:
        super().__init__()
        self.length, self.thickness, self.above, self.below = length, thickness, above, below
        self._available = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = available_width
        return available_width, self.above + self.below

    def draw(self) -> None:
        x = (self._available - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.below, x + self.length, self.below)


class Styles:
    """The paragraph styles of the document, all in the document font."""

    def __init__(self, font: DocumentFont) -> None:
        def style(name: str, size: float, face: str = "", **options: object) -> ParagraphStyle:
            face_name = {"": font.regular, "b": font.bold, "i": font.italic,
                         "bi": font.bold_italic}[face]
            options.setdefault("leading", size * 1.2)
            return ParagraphStyle(name, fontName=face_name, fontSize=size, **options)

        self.font = font
        self.body_name = style("body-name", 12, alignment=TA_CENTER)
        self.office_name = style("office-name", 12, "b", alignment=TA_CENTER)
        self.number = style("number", 13, alignment=TA_CENTER)
        self.national = style("national", 12, "b", alignment=TA_CENTER)
        self.motto = style("motto", 13, "b", alignment=TA_CENTER)
        self.date_line = style("date", 13, "i", alignment=TA_CENTER)
        self.title = style("title", 14, "b", alignment=TA_CENTER, leading=17)
        self.body = style("body", 13, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                          spaceAfter=5, leading=16)
        self.heading = style("heading", 13, "b", spaceBefore=8, spaceAfter=4, leading=16)
        self.table_title = style("table-title", 12, "i", spaceBefore=3, spaceAfter=3)
        self.note = style("note", 10.5, "i", spaceBefore=2, leading=12.5)
        self.recipients_heading = style("recipients-heading", 12, "bi")
        self.recipient = style("recipient", 11, leading=13)
        self.signer = style("signer", 13, "b", alignment=TA_CENTER, leading=16)
        self.appendix = style("appendix", 13, "b", alignment=TA_CENTER, leading=16)
        self.appendix_note = style("appendix-note", 12, "i", alignment=TA_CENTER, spaceAfter=8)

    def cell(self, size: float, face: str = "", align: int = TA_LEFT,
             indent: float = 0) -> ParagraphStyle:
        name = {"": self.font.regular, "b": self.font.bold, "i": self.font.italic}[face]
        return ParagraphStyle(f"cell-{size}-{face}-{align}-{indent}", fontName=name,
                              fontSize=size, leading=size * 1.18, alignment=align,
                              leftIndent=indent)


# --- tables -------------------------------------------------------------------------------------

class TableRenderer:
    """Turns a snapshot table into platypus tables of about a page each."""

    def __init__(self, styles: Styles, width: float, size: float) -> None:
        self.styles, self.width, self.size = styles, width, size
        self.head = styles.cell(size, "b", TA_CENTER)
        self.text = {"": styles.cell(size), "total": styles.cell(size, "b"),
                     "sub": styles.cell(size, "i")}
        self.indented = styles.cell(size, "i", indent=4)  # the label of a "sub" row

    def _widths(self, columns: Sequence[Column]) -> list[float]:
        total = sum(c.width for c in columns)
        return [self.width * c.width / total for c in columns]

    def _header(self, columns: tuple[Column, ...]) -> tuple[list[list[object]], list[tuple]]:
        count, cells = header_cells(columns)
        grid: list[list[object]] = [[""] * len(columns) for _ in range(count)]
        spans: list[tuple] = []
        for cell in cells:
            grid[cell.row][cell.column] = Paragraph(markup(cell.text), self.head)
            if cell.rows > 1 or cell.columns > 1:
                spans.append(("SPAN", (cell.column, cell.row),
                              (cell.column + cell.columns - 1, cell.row + cell.rows - 1)))
        return grid, spans

    def _row(self, columns: Sequence[Column], widths: Sequence[float], row: Row) -> list[object]:
        """The cells of a row: text that fits its column is drawn as is (much faster than a
        Paragraph, which only long text needs to wrap)."""
        font = {"total": self.styles.font.bold, "sub": self.styles.font.italic}.get(
            row.style, self.styles.font.regular)
        cells: list[object] = []
        for index, (column, value, width) in enumerate(zip(columns, row.cells, widths,
                                                           strict=True)):
            text = plain(cell_text(column, row, value))
            indented = row.style == "sub" and index == 0
            if column.kind == "text" and text and (
                    indented or stringWidth(text, font, self.size) > width - 2 * PADDING):
                style = self.indented if indented else self.text[row.style]
                cells.append(Paragraph(markup(text), style))
            else:
                cells.append(text)
        return cells

    def _style(self, columns: Sequence[Column], rows: Sequence[Row], header_rows: int,
               spans: list[tuple]) -> list[tuple]:
        font = self.styles.font
        commands: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), font.regular),
            ("FONTSIZE", (0, 0), (-1, -1), self.size),
            ("LEADING", (0, 0), (-1, -1), self.size * 1.18),
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            *spans,
        ]
        for index, column in enumerate(columns):
            align = {"text": "LEFT", "code": "LEFT", "date": "CENTER",
                     "index": "CENTER"}.get(column.kind, "RIGHT")
            commands.append(("ALIGN", (index, header_rows), (index, -1), align))
        for offset, row in enumerate(rows, start=header_rows):
            if row.style == "total":
                commands.append(("FONTNAME", (0, offset), (-1, offset), font.bold))
            elif row.style == "sub":
                commands.append(("FONTNAME", (0, offset), (-1, offset), font.italic))
        return commands

    def flowables(self, table: Table) -> list[Flowable]:
        columns = table.columns
        widths = self._widths(columns)
        header, spans = self._header(columns)
        parts: list[Flowable] = []
        if table.title:
            parts.append(Paragraph(markup(table.title), self.styles.table_title))
        rows = list(table.rows)
        chunks = [rows[i:i + CHUNK_ROWS] for i in range(0, len(rows), CHUNK_ROWS)] or [[]]
        for chunk in chunks:
            data = [*header, *(self._row(columns, widths, row) for row in chunk)]
            parts.append(PdfTable(data, colWidths=widths, repeatRows=len(header),
                                  style=self._style(columns, chunk, len(header), spans),
                                  hAlign="CENTER"))
        if parts and table.title:  # the title never ends a page alone
            parts[:2] = [KeepTogether(parts[:2])]
        parts.extend(Paragraph(markup(note), self.styles.note) for note in table.notes)
        parts[-1].spaceAfter = 4 * mm  # not a Spacer: it would start a page of its own
        return parts


# --- the document -------------------------------------------------------------------------------

class ReturnDocument:
    def __init__(self, snapshot: ReturnSnapshot) -> None:
        self.snapshot = snapshot
        self.font = document_font()
        self.styles = Styles(self.font)
        self.portrait_width = A4[0] - LEFT - RIGHT
        self.landscape_width = A4[1] - LEFT - RIGHT

    # page furniture

    def _page_number(self, canvas, document) -> None:  # noqa: ANN001 - reportlab's objects
        number = canvas.getPageNumber()
        if number < 2:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(self.font.regular, PAGE_NUMBER_SIZE)
        canvas.drawCentredString(LEFT + (width - LEFT - RIGHT) / 2, height - TOP / 2 - 4,
                                 str(number))
        canvas.restoreState()

    def _templates(self) -> list[PageTemplate]:
        def frame(size: tuple[float, float], name: str) -> Frame:
            return Frame(LEFT, BOTTOM, size[0] - LEFT - RIGHT, size[1] - TOP - BOTTOM, id=name,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        wide = landscape(A4)
        return [PageTemplate("portrait", [frame(A4, "portrait")], onPage=self._page_number,
                             pagesize=A4),
                PageTemplate("landscape", [frame(wide, "landscape")], onPage=self._page_number,
                             pagesize=wide)]

    # page 1

    def _header_block(self) -> Flowable:
        s, header = self.styles, self.snapshot.header
        national_width = stringWidth(NATIONAL_NAME, self.font.bold, 12)
        motto_width = stringWidth(NATIONAL_MOTTO, self.font.bold, 13)
        right = national_width + 4 * mm
        left = self.portrait_width - right
        office = header.office.upper()
        office_width = min(stringWidth(office, self.font.bold, 12), left - 4 * mm)
        body = [Paragraph(balanced(header.superior_body.upper(), self.font.regular, 12,
                                   left - 4 * mm), s.body_name),
                Paragraph(balanced(office, self.font.bold, 12, left - 4 * mm), s.office_name),
                Rule(office_width * 0.4)]
        nation = [Paragraph(markup(NATIONAL_NAME), s.national),
                  Paragraph(markup(NATIONAL_MOTTO), s.motto), Rule(motto_width)]
        date_line = place_and_date(header.place_name, format_long_date(self.snapshot.issued_on))
        rows = [[body, nation],
                [Paragraph(markup(document_number(header.doc_symbol, header.doc_number)),
                           s.number),
                 Paragraph(markup(date_line), s.date_line)]]
        return self._layout(rows, [left, right], ("TOPPADDING", (0, 1), (-1, 1), 4))

    def _layout(self, rows: list[list[object]], widths: list[float], *extra: tuple) -> PdfTable:
        """A borderless table that only places blocks side by side."""
        return PdfTable(rows, colWidths=widths, style=[
            ("FONTNAME", (0, 0), (-1, -1), self.font.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0), *extra])

    def _title(self) -> list[Flowable]:
        s, snapshot = self.styles, self.snapshot
        subject_width = min(stringWidth(snapshot.title, self.font.bold, 14), self.portrait_width)
        start, end = format_date(snapshot.period_start), format_date(snapshot.reference_date)
        intro = _t("{office} báo cáo tình hình phát triển kinh tế tập thể, hợp tác xã {period} "
                   "(số liệu từ ngày {start} đến ngày {end}) như sau:").format(
            office=snapshot.header.office, period=snapshot.period_words, start=start, end=end)
        parts = [Spacer(1, 10 * mm), Paragraph(markup(_t("BÁO CÁO")), s.title),
                 Paragraph(markup(snapshot.title), s.title), Rule(subject_width * 0.35, above=5),
                 Spacer(1, 5 * mm), Paragraph(markup(intro), s.body)]
        note = yearly_measures_note(snapshot.reporting_year)
        if note:
            parts.append(Paragraph(markup(note), s.body))
        return parts

    # body

    def _section(self, section: Section, width: float) -> list[Flowable]:
        size = 9.5 if section.landscape else 10
        renderer = TableRenderer(self.styles, width, size)
        parts: list[Flowable] = [CondPageBreak(40 * mm),
                                 Paragraph(markup(section.title), self.styles.heading)]
        for table in section.tables:
            parts.extend(renderer.flowables(table))
        return parts

    def _free_text(self) -> list[Flowable]:
        s = self.styles
        parts: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(
            markup(_t("Đánh giá chung, kiến nghị").upper()), s.heading)]
        lines = [line.strip() for line in self.snapshot.free_text.split("\n") if line.strip()]
        parts.extend(Paragraph(markup(line), s.body) for line in lines or [_t("(Không có)")])
        return parts

    def _signature(self) -> Flowable:
        s, header = self.styles, self.snapshot.header
        recipients = [Paragraph(markup(recipients_heading()), s.recipients_heading),
                      *(Paragraph(markup(line), s.recipient) for line in header.recipients)]
        signer = [Paragraph(markup(text.upper()), s.signer)
                  for text in (header.signer_authority, header.signer_title) if text.strip()]
        signer += [Spacer(1, 24 * mm), Paragraph(markup(header.signer_name), s.signer)]
        half = self.portrait_width / 2
        return KeepTogether([Spacer(1, 6 * mm), self._layout(
            [[recipients, signer]], [half - 5 * mm, half + 5 * mm])])

    def _width(self, section: Section) -> float:
        return self.landscape_width if section.landscape else self.portrait_width

    def _appendix(self, section: Section) -> list[Flowable]:
        s, snapshot = self.styles, self.snapshot
        reference = _t("(Kèm theo Báo cáo số{number} ngày {day} của {office})").format(
            number=document_number(snapshot.header.doc_symbol,
                                   snapshot.header.doc_number).split(":", 1)[1],
            day=format_long_date(snapshot.issued_on).removeprefix("ngày "),
            office=snapshot.header.office)
        return [NextPageTemplate("landscape" if section.landscape else "portrait"), PageBreak(),
                Paragraph(markup(_t("PHỤ LỤC")), s.appendix),
                Paragraph(markup(section.title.split(". ", 1)[-1].upper()), s.appendix),
                Paragraph(markup(reference), s.appendix_note),
                *self._section(section, self._width(section))[2:]]

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [self._header_block(), *self._title()]
        orientation = "portrait"

        def turn(to: str) -> None:
            """Go on in ``to`` orientation, on a new page when it changes."""
            nonlocal orientation
            if to != orientation:
                story.extend([NextPageTemplate(to), PageBreak()])
                orientation = to

        for section in self.snapshot.sections:
            if not section.appendix:
                turn("landscape" if section.landscape else "portrait")
                story.extend(self._section(section, self._width(section)))
        turn("portrait")
        story.extend(self._free_text())
        story.append(self._signature())
        for section in self.snapshot.sections:
            if section.appendix:
                story.extend(self._appendix(section))
        return story

    def build(self, out: BinaryIO) -> None:
        snapshot = self.snapshot
        document = BaseDocTemplate(
            out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
            bottomMargin=BOTTOM, title=plain(f"{_t('Báo cáo')} {snapshot.title}"),
            author=plain(snapshot.header.office),
            subject=plain(f"{snapshot.title} — {snapshot.header.office}"),
            creator=f"KTTT Desktop {snapshot.program_version}", lang="vi-VN")
        document.addPageTemplates(self._templates())
        document.build(self.story())


def write_pdf(snapshot: ReturnSnapshot, target: Path | str) -> Path:
    """Write the return to ``target`` (replaced atomically); returns the path written.

    The document is built in memory, then written: reportlab leaves its file open when a write
    fails (a full disk), which would keep the half file from being removed on Windows.
    """
    built = io.BytesIO()
    ReturnDocument(snapshot).build(built)
    with replacing_file(target) as f:
        f.write(built.getbuffer())
    return Path(target)
