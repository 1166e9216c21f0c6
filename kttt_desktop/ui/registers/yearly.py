"""Xếp loại and Số liệu: the records each organisation has once a year.

The rating form suggests the class of the score typed (core.rating, the scheme chosen) and says
when the organisation falls outside the rating that year ("không đánh giá": under 12 months old
at the year's end, or suspended more than 3 months of it); an empty class takes the suggestion,
another one keeps what was typed and the rules warn that it disagrees with the score.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kttt_desktop.core import clock
from kttt_desktop.core.enums import OrgKind, RatingClass
from kttt_desktop.core.numbers import format_number
from kttt_desktop.core.rating import TT01_2020, scheme_by_code, schemes
from kttt_desktop.data.database import Database
from kttt_desktop.services.registers.yearly import (
    RatingAdvice,
    format_score,
    rating_advice,
    years_on_record,
)
from kttt_desktop.ui.forms.ui_rating_form import Ui_RatingForm
from kttt_desktop.ui.forms.ui_yearly_figures_form import Ui_YearlyFiguresForm
from kttt_desktop.ui.registers.catalogue import (
    AVERAGE_INCOME,
    PROFIT,
    REVENUE,
    SCORE,
    WORKERS,
    YEAR,
    column,
)
from kttt_desktop.ui.registers.organisation_records import (
    OrganisationRecordForm,
    OrganisationRecordsScreen,
    add_organisation_filters,
)
from kttt_desktop.ui.registers.record_form import RecordForm
from kttt_desktop.ui.registers.table_model import ColumnDef, Row
from kttt_desktop.ui.sections import SectionContext

RATED_KINDS = ("htx", "lhhtx")  # a THT is not rated (TT 01/2020 covers HTX and LHHTX)


def last_finished_year() -> int:
    return clock.today().year - 1


def score_text(row: Row) -> str:
    score = row.get("score")
    return "" if score is None else format_score(score)


def scheme_text(row: Row) -> str:
    scheme = scheme_by_code(row.get("scheme"))
    return scheme.label if scheme else str(row.get("scheme") or "")


def kind_text(row: Row) -> str:
    """HTX, THT, LHHTX."""
    return OrgKind(row["org_kind"]).abbreviation if row.get("org_kind") else ""


def organisation_columns() -> list[ColumnDef]:
    return [
        column("organisation", QT_TRANSLATE_NOOP("Columns", "Tổ chức"), width=30),
        column("org_kind", QT_TRANSLATE_NOOP("Columns", "Loại"), text=kind_text, width=6),
        column("commune", QT_TRANSLATE_NOOP("Columns", "Xã, phường"), width=14),
        column("year", YEAR, width=5),
    ]


class RatingForm(OrganisationRecordForm):
    table = "rating"
    form_class = Ui_RatingForm
    last_field = "note"
    organisation_kinds = RATED_KINDS

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(database, parent)
        self.advice = RatingAdvice()
        self._suggested_class: str | None = None  # the class the suggestion filled in
        self.binding.changed.connect(self._advise)
        self.shown.connect(self._forget_suggestion)
        self.ui.apply_advice.clicked.connect(self.apply_advice)
        self._advise()

    def prepare(self) -> None:
        super().prepare()
        for scheme in schemes():
            self.ui.scheme.addItem(scheme.label, scheme.code)
        self.ui.rating_class.set_enum(RatingClass)

    def default_values(self) -> dict[str, Any]:
        return {"year": last_finished_year(),
                "scheme": TT01_2020.code}

    def _forget_suggestion(self) -> None:
        self._suggested_class = None
        self._advise()

    def _advise(self, changed: str = "") -> None:
        """Suggest the class. A class the officer has not chosen follows the suggestion as the
        score (or the organisation, the year) is typed; one they chose stays."""
        if changed == "rating_class":
            self._suggested_class = None  # the officer's own choice from now on
        values = self.values()
        self.advice = rating_advice(self.database, values.get("organisation_id"),
                                    values.get("year"), values.get("score"), values.get("scheme"))
        suggested = self.advice.rating_class
        current = values.get("rating_class")
        follows = current is None or current == self._suggested_class
        if changed and changed != "rating_class" and follows and suggested is not None:
            self._fill_class(suggested)
            current = suggested.value
        differs = suggested is not None and current is not None and current != suggested.value
        # A class that differs from the score's is already explained by the rules' warning;
        # a reason not to rate the organisation is said in any case.
        shown = self.advice.text if not differs or suggested is RatingClass.NOT_RATED else ""
        self.ui.advice.setText(shown)
        self.ui.advice.setVisible(bool(shown))
        self.ui.apply_advice.setVisible(suggested is not None and current != suggested.value)
        if suggested is not None:
            self.ui.apply_advice.setText(self.tr("&Dùng xếp loại “{class_}”").format(
                class_=suggested.label))

    def _fill_class(self, rating_class: RatingClass) -> None:
        self.ui.rating_class.set_value(rating_class.value)
        self._suggested_class = rating_class.value
        self._changed("rating_class")  # checked like a field the officer touched

    def apply_advice(self) -> None:
        if self.advice.rating_class is not None:
            self._fill_class(self.advice.rating_class)
            self.ui.apply_advice.hide()
            self.ui.rating_class.setFocus()


class FiguresForm(OrganisationRecordForm):
    table = "yearly_figures"
    form_class = Ui_YearlyFiguresForm
    last_field = "declared_members"

    def prepare(self) -> None:
        super().prepare()
        self.ui.profit.allow_negative = True

    def default_values(self) -> dict[str, Any]:
        return {"year": last_finished_year()}


class YearlyScreen(OrganisationRecordsScreen):
    """A register kept per organisation and year: filtered by year, kind and commune."""

    def __init__(self, context: SectionContext, parent: Any = None) -> None:
        self.years = years_on_record(context.database, self.table)
        super().__init__(context, parent)

    def add_year_filter(self) -> None:
        self.add_filter("year", self.tr("Năm"), [
            (year, self.tr("Năm {year}").format(year=year)) for year in self.years])


class RatingScreen(YearlyScreen):
    table = "rating"
    heading = QT_TRANSLATE_NOOP("Sections", "Xếp loại")

    def columns(self) -> list[ColumnDef]:
        return [
            *organisation_columns(),
            column("score", SCORE, text=score_text, numeric=True, width=6),
            column("rating_class", QT_TRANSLATE_NOOP("Columns", "Xếp loại"), width=14),
            column("scheme", QT_TRANSLATE_NOOP("Columns", "Bộ tiêu chí"), text=scheme_text,
                   width=22),
        ]

    def create_form(self) -> RecordForm:
        return RatingForm(self.database)

    def add_filters(self) -> None:
        self.add_year_filter()
        self.add_filter("rating_class", self.tr("Xếp loại"), RatingClass.choices())
        add_organisation_filters(self)

    def count_text(self, count: int) -> str:
        return self.tr("{count} lượt xếp loại").format(count=format_number(count))

    def search_hint(self) -> str:
        return self.tr("Tìm theo tên hoặc mã số tổ chức (không cần dấu)… (Ctrl+F)")


class FiguresScreen(YearlyScreen):
    table = "yearly_figures"
    heading = QT_TRANSLATE_NOOP("Sections", "Số liệu")

    def columns(self) -> list[ColumnDef]:
        return [
            *organisation_columns(),
            column("revenue", REVENUE, numeric=True, width=17),
            column("profit", PROFIT, numeric=True, width=17),
            column("workers", WORKERS, numeric=True, width=8),
            column("avg_income", AVERAGE_INCOME, numeric=True, width=26),
            column("declared_members", QT_TRANSLATE_NOOP("Columns", "Thành viên kê khai"),
                   numeric=True, width=10),
        ]

    def create_form(self) -> RecordForm:
        return FiguresForm(self.database)

    def add_filters(self) -> None:
        self.add_year_filter()
        add_organisation_filters(self)

    def count_text(self, count: int) -> str:
        return self.tr("{count} bản số liệu").format(count=format_number(count))

    def search_hint(self) -> str:
        return self.tr("Tìm theo tên hoặc mã số tổ chức (không cần dấu)… (Ctrl+F)")
