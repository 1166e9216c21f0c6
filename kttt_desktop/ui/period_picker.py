"""A reporting period chosen as a year and a part of it (quý I … IV, 6 tháng, 9 tháng, cả năm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.periods import HALF, NINE_MONTHS, QUARTER, YEAR, Period

FIRST_YEAR, LAST_YEAR = 2000, 2100
# The parts of a year in the order an officer reports them.
PARTS: tuple[tuple[str, int, str], ...] = (
    (QUARTER, 1, QT_TRANSLATE_NOOP("PeriodPicker", "Quý I")),
    (QUARTER, 2, QT_TRANSLATE_NOOP("PeriodPicker", "Quý II")),
    (HALF, 1, QT_TRANSLATE_NOOP("PeriodPicker", "6 tháng")),
    (QUARTER, 3, QT_TRANSLATE_NOOP("PeriodPicker", "Quý III")),
    (NINE_MONTHS, 9, QT_TRANSLATE_NOOP("PeriodPicker", "9 tháng")),
    (QUARTER, 4, QT_TRANSLATE_NOOP("PeriodPicker", "Quý IV")),
    (YEAR, 0, QT_TRANSLATE_NOOP("PeriodPicker", "Cả năm")),
)


class PeriodPicker(QWidget):
    """A year spin box and a list of the parts of a year; ``period_changed`` after each change."""

    period_changed = Signal(object)  # the Period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox(self)
        self.year.setObjectName("period_year")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setKeyboardTracking(False)  # a year typed in counts once it is complete
        self.year.setAccessibleName(self.tr("Năm"))
        self.part = QComboBox(self)
        self.part.setObjectName("period_part")
        self.part.setAccessibleName(self.tr("Kỳ"))
        for kind, number, label in PARTS:
            self.part.addItem(QCoreApplication.translate("PeriodPicker", label), f"{kind}{number}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.part)
        layout.addWidget(self.year)
        self._period = self.period()
        self.year.valueChanged.connect(self._changed)
        self.part.currentIndexChanged.connect(self._changed)

    def period(self) -> Period:
        part = self.part.currentData()
        return Period(self.year.value(), part[0], int(part[1:]))

    def set_period(self, period: Period) -> None:
        """Show ``period``; ``period_changed`` is emitted once if it differs from the shown one."""
        for widget in (self.year, self.part):
            widget.blockSignals(True)
        self.year.setValue(period.year)
        self.part.setCurrentIndex(self.part.findData(f"{period.kind}{period.number}"))
        for widget in (self.year, self.part):
            widget.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        period = self.period()
        if period != self._period:
            self._period = period
            self.period_changed.emit(period)
