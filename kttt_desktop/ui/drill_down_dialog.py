"""The list of the records behind a number (forms/records_dialog.ui).

Built from :func:`kttt_desktop.services.drill_down.drill_down_rows`, itself built from the check's
drill-down, so the list always makes up the number the screen showed; the title says that number.
A double-click on a record opens it in its register (:func:`open_in_register`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from kttt_desktop.core.indicators import Kind
from kttt_desktop.core.numbers import format_figure, format_number
from kttt_desktop.core.periods import Period, reporting_year_words
from kttt_desktop.core.targets import quantity
from kttt_desktop.core.text import fold
from kttt_desktop.data.database import Database
from kttt_desktop.services.drill_down import Listing, drill_down_rows
from kttt_desktop.ui.forms.ui_records_dialog import Ui_RecordsDialogForm
from kttt_desktop.ui.navigator import Navigator
from kttt_desktop.ui.screen_fit import fit_to_screen
from kttt_desktop.ui.tasks import Task, run_task

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row, folded, on column 0
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # (table, record id)
Index = QModelIndex | QPersistentModelIndex
SIZING_ROWS = 200  # rows read to size the columns
MAX_COLUMN_WIDTH = 320


@dataclass(frozen=True)
class Drill:
    """Which number to open: an indicator for a period, over the year to date, a year earlier."""

    code: str
    period: Period
    year_to_date: bool = False
    year_earlier: bool = False


def _shown(value: object, amount: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if amount:
        return format_figure(value)  # type: ignore[arg-type]
    if isinstance(value, float):
        return format_number(value, 1)
    return str(value)


class ListingModel(QAbstractTableModel):
    """The rows of a :class:`Listing`, as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing: Listing | None = None
        self._folded: dict[int, str] = {}
        self._amount_column = -1

    def set_listing(self, listing: Listing) -> None:
        self.beginResetModel()
        self.listing = listing
        self._folded = {}
        keys = [c.key for c in listing.columns]
        self._amount_column = keys.index("amount") if "amount" in keys else -1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() or self.listing is None else len(self.listing.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() or self.listing is None else len(self.listing.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and self.listing is not None and 0 <= section < len(self.listing.columns)):
            return self.listing.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.listing is None:
            return None
        row = self.listing.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(row.values[column], column == self._amount_column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = row.values[column]
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if role == FILTER_ROLE and column == 0:
            folded = self._folded.get(index.row())
            if folded is None:
                folded = self._folded[index.row()] = fold(" ".join(
                    _shown(v, False) for v in row.values))
            return folded
        if role == RECORD_ROLE:
            return (row.table, row.record_id)
        return None


class DrillDownDialog(QDialog):
    """The records behind one number; loads them in the background."""

    loaded = Signal(object)  # the Listing

    def __init__(self, database: Database, drill: Drill, parent: QWidget | None = None, *,
                 navigator: Navigator | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_RecordsDialogForm()
        self.ui.setupUi(self)
        self.drill = drill
        self.navigator = navigator  # opens a record in its register
        self.model = ListingModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.ui.records.setModel(self.proxy)
        self.ui.records.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.ui.records.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 8)
        self.ui.summary.hide()
        close = self.ui.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.filter.textChanged.connect(self._filter)
        self.ui.records.doubleClicked.connect(self._open)
        self.ui.heading.setText(self.tr("Đang tải danh sách…"))
        heading_font = self.ui.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.ui.heading.setFont(heading_font)
        self.opens_records = navigator is not None
        self.ui.open_hint.setText(self.tr("Nhấp đúp vào một dòng để mở hồ sơ trong sổ đăng ký.")
                                  if self.opens_records else "")
        self.task: Task = run_task(drill_down_rows, database, drill.code, drill.period,
                                   year_to_date=drill.year_to_date,
                                   year_earlier=drill.year_earlier, on_done=self._show,
                                   on_error=self._failed, owner=self)
        fit_to_screen(self, 1000, 620)

    @property
    def listing(self) -> Listing | None:
        return self.model.listing

    def _when(self, listing: Listing) -> str:
        period = listing.period.previous_year() if listing.year_earlier else listing.period
        day = listing.reference_date.strftime("%d/%m/%Y")
        if any(i.yearly for i in listing.listed):
            return self.tr("{reporting} (tổ chức tồn tại tại ngày {day})").format(
                reporting=reporting_year_words(period.reporting_year), day=day)
        if any(i.kind is Kind.FLOW for i in listing.listed):
            if listing.year_to_date:
                return self.tr("từ 01/01/{year} đến {day}").format(year=period.year, day=day)
            return self.tr("trong {period}").format(period=period.short_label())
        return self.tr("tại ngày {day}").format(day=day)

    def _show(self, listing: Listing) -> None:
        self.model.set_listing(listing)
        indicator = listing.indicator
        label = " + ".join(i.label for i in listing.listed)
        total = quantity(listing.total, listing.listed[0].unit)
        when = self._when(listing)
        self.setWindowTitle(self.tr("{label} {when}: {total}").format(
            label=label, when=when, total=total))
        self.ui.heading.setText(self.tr("{label} {when}: {total}").format(
            label=label, when=when, total=total))
        lines = []
        if listing.is_ratio_part:
            lines.append(self.tr("Đây là các hồ sơ tạo nên số liệu gốc của chỉ tiêu “{label}” "
                                 "(một tỷ lệ, số bình quân hay tốc độ tăng không có danh sách "
                                 "riêng).").format(label=indicator.label))
        with_amount = [r for r in listing.rows if r.amount is not None]
        if with_amount and len(with_amount) < len(listing.rows):
            lines.append(self.tr("{records} dòng là hồ sơ (mỗi dòng tính 1), {orgs} dòng là số "
                                 "kê khai của tổ chức chưa nhập danh sách (tính theo cột “Được "
                                 "tính”).").format(records=format_number(len(listing.rows)
                                                                         - len(with_amount)),
                                                   orgs=format_number(len(with_amount))))
        elif with_amount:
            lines.append(self.tr("Mỗi dòng là một tổ chức có số liệu; cột cuối là phần tổ chức "
                                 "đó đóng góp vào tổng."))
        self.ui.summary.setText("\n".join(lines))
        self.ui.summary.setVisible(bool(lines))
        self._fit_columns()
        self._update_count()
        self.loaded.emit(listing)

    def _fit_columns(self) -> None:
        """Columns as wide as their header and the first rows need, at most 320 pixels (asking
        Qt to size them to their contents reads a thousand rows through Python: too slow)."""
        view, model = self.ui.records, self.model
        metrics, header_metrics = view.fontMetrics(), view.horizontalHeader().fontMetrics()
        rows = min(model.rowCount(), SIZING_ROWS)
        for column in range(model.columnCount()):
            texts = [str(model.index(row, column).data()) for row in range(rows)]
            widest = max([metrics.horizontalAdvance(t) for t in texts] + [
                header_metrics.horizontalAdvance(str(model.headerData(
                    column, Qt.Orientation.Horizontal)))])
            view.setColumnWidth(column, min(widest + 24, MAX_COLUMN_WIDTH))

    def _failed(self, exc: Exception) -> None:
        self.ui.heading.setText(str(getattr(exc, "message", exc)))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(text))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.shown_count.setText(
            self.tr("{total} dòng").format(total=format_number(total)) if shown == total
            else self.tr("{shown} / {total} dòng").format(shown=format_number(shown),
                                                         total=format_number(total)))

    def _open(self, index: QModelIndex) -> None:
        if self.navigator is None:
            return
        table, record_id = index.data(RECORD_ROLE)
        self.navigator.open_record(table, record_id)
