"""The table of every indicator of a period, grouped by scope (THT, HTX, LHHTX, KTTT, own).

Columns: the indicator, its unit, the period's value, the year to date (flows), a year earlier
(for a flow: the same window a year earlier). Auxiliary indicators are left out. A number that
has records behind it is underlined; :meth:`IndicatorTreeModel.drill_at` says which records.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.indicators import Figure, IndicatorValue, Kind
from kttt_desktop.core.numbers import format_figure
from kttt_desktop.core.periods import Period, reporting_year_words
from kttt_desktop.ui.drill_down_dialog import Drill

Index = QModelIndex | QPersistentModelIndex
LABEL, UNIT, VALUE, YEAR_TO_DATE, YEAR_EARLIER = range(5)
NUMBER_COLUMNS = (VALUE, YEAR_TO_DATE, YEAR_EARLIER)
GROUP = 0  # internal id of a group row; an indicator row's is its group's position + 1
LINK_COLOUR = "#0b57d0"
GROUP_TITLES = {
    "tht": QT_TRANSLATE_NOOP("IndicatorTable", "Tổ hợp tác (THT)"),
    "htx": QT_TRANSLATE_NOOP("IndicatorTable", "Hợp tác xã (HTX)"),
    "lhhtx": QT_TRANSLATE_NOOP("IndicatorTable", "Liên hiệp hợp tác xã (LHHTX)"),
    "kttt": QT_TRANSLATE_NOOP("IndicatorTable", "Toàn khu vực kinh tế tập thể (KTTT)"),
    "manual": QT_TRANSLATE_NOOP("IndicatorTable", "Chỉ tiêu tự theo dõi"),
}


@dataclass(frozen=True)
class Row:
    """One indicator as the table shows it: its texts and the records behind each number."""

    value: IndicatorValue
    texts: tuple[str, ...]
    drills: tuple[Drill | None, ...]


@dataclass(frozen=True)
class Group:
    scope: str
    rows: list[Row]


def shown_value(value: IndicatorValue, figure: Figure | None) -> str:
    """A value as the table shows it: "–" for none, one decimal for ratios and money."""
    if figure is None or figure.value is None:
        return format_figure(None)
    number = figure.value
    if value.indicator.is_ratio or (isinstance(number, float) and not number.is_integer()):
        return format_figure(number, 1)
    return format_figure(number, 0)


class IndicatorTreeModel(QAbstractItemModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []
        self.period: Period | None = None
        self._group_font = QFont()
        self._group_font.setBold(True)
        self._link_font = QFont()
        self._link_font.setUnderline(True)
        self._link_brush = QBrush(QColor(LINK_COLOUR))

    def set_values(self, period: Period, values: dict[str, IndicatorValue]) -> None:
        """Show ``values`` (in catalogue order) of ``period``, without auxiliary indicators."""
        by_scope: dict[str, list[Row]] = {}
        for value in values.values():
            if not value.indicator.auxiliary:
                by_scope.setdefault(value.indicator.scope, []).append(_row(period, value))
        self.beginResetModel()
        self.period = period
        self.groups = [Group(scope, by_scope[scope]) for scope in GROUP_TITLES
                       if scope in by_scope]
        self.endResetModel()

    # Structure -------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self.groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 5

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        period = self.period
        if section == LABEL:
            return self.tr("Chỉ tiêu")
        if section == UNIT:
            return self.tr("Đơn vị")
        if period is None:
            return ""
        if section == VALUE:
            return period.short_label()
        if section == YEAR_TO_DATE:
            return self.tr("Lũy kế đến {day}").format(
                day=period.reference_date.strftime("%d/%m/%Y"))
        if section == YEAR_EARLIER:
            return self.tr("Cùng kỳ {period}").format(period=period.previous_year().short_label())
        return None

    # Content ---------------------------------------------------------------------------------

    def column_texts(self, column: int) -> set[str]:
        """Every text shown in ``column`` (to size it without asking each cell)."""
        return {row.texts[column] for group in self.groups for row in group.rows}

    def row_at(self, index: Index) -> Row | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self.groups[index.internalId() - 1].rows[index.row()]

    def value_at(self, index: Index) -> IndicatorValue | None:
        row = self.row_at(index)
        return row.value if row is not None else None

    def drill_at(self, index: Index) -> Drill | None:
        """The records behind the number at ``index`` (``None``: no number, or typed in)."""
        row = self.row_at(index)
        return row.drills[index.column()] if row is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            if index.column() != LABEL:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("IndicatorTable",
                                                  GROUP_TITLES[self.groups[index.row()].scope])
            if role == Qt.ItemDataRole.FontRole:
                return self._group_font
            return None
        row = self.row_at(index)
        assert row is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole) and (
                row.drills[column] is not None):
            return self._link_font if role == Qt.ItemDataRole.FontRole else self._link_brush
        return None

    def _tooltip(self, row: Row, column: int) -> str | None:
        value = row.value
        if column == LABEL:
            text = f"{value.indicator.code}\n{value.indicator.definition}"
            return f"{text}\n{value.source}" if value.source else text
        hint = self.tr("Nhấp đúp để xem danh sách hồ sơ tạo nên số này.") \
            if row.drills[column] is not None else None
        if value.indicator.yearly and column in (VALUE, YEAR_EARLIER) and self.period:
            year = self.period.reporting_year - (column == YEAR_EARLIER)
            return "\n".join(filter(None, [reporting_year_words(year).capitalize(), hint]))
        return hint


def _figures(value: IndicatorValue) -> dict[int, Figure | None]:
    flow = value.indicator.kind is Kind.FLOW
    return {VALUE: value.at, YEAR_TO_DATE: value.ytd if flow else None,
            YEAR_EARLIER: value.year_earlier}


def _label(period: Period, value: IndicatorValue) -> str:
    """The indicator's name; a yearly one says the year of its figures ("… (năm 2025)")."""
    if not value.indicator.yearly:
        return value.indicator.label
    return QCoreApplication.translate("IndicatorTable", "{label} (năm {year})").format(
        label=value.indicator.label, year=period.reporting_year)


def _row(period: Period, value: IndicatorValue) -> Row:
    figures = _figures(value)
    texts = [_label(period, value), value.indicator.unit]
    drills: list[Drill | None] = [None, None]
    for column in NUMBER_COLUMNS:
        figure = figures[column]
        texts.append("" if figure is None else shown_value(value, figure))
        has_records = (figure is not None and figure.value is not None
                       and not value.indicator.is_manual)
        drills.append(Drill(value.code, period, year_to_date=column == YEAR_TO_DATE,
                            year_earlier=column == YEAR_EARLIER) if has_records else None)
    return Row(value, tuple(texts), tuple(drills))
