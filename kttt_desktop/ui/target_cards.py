"""The cards of the Tổng quan screen: one per target, coloured by how it stands.

Colours: achieved or exceeded green; not achieved red, or amber when the year is not over and the
target is only behind the pace the year so far asks for; a target on pace but not reached yet for
the year is green too ("đúng tiến độ"); no data grey. A click (or Enter) on a card asks for the
records behind its number.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.core.indicators import Kind
from kttt_desktop.core.numbers import format_figure
from kttt_desktop.core.periods import Period
from kttt_desktop.core.targets import Pace, Status, quantity
from kttt_desktop.services.judgement import TargetJudgement
from kttt_desktop.ui.forms.ui_target_card import Ui_TargetCardForm

CARD_MIN_WIDTH = 270


class Tone(Enum):
    """A card's colours: (text and border, background)."""

    GOOD = ("#2e7d32", "#eef7ef")
    BEHIND = ("#a05a00", "#fff5e0")
    BAD = ("#c62828", "#fdeeee")
    NONE = ("#666666", "#f2f2f2")

    @property
    def colour(self) -> str:
        return self.value[0]

    @property
    def background(self) -> str:
        return self.value[1]


_STATUS_WORDS = {
    Status.ACHIEVED: QT_TRANSLATE_NOOP("TargetCard", "Đạt"),
    Status.EXCEEDED: QT_TRANSLATE_NOOP("TargetCard", "Vượt"),
    Status.NOT_ACHIEVED: QT_TRANSLATE_NOOP("TargetCard", "Chưa đạt"),
    Status.NO_DATA: QT_TRANSLATE_NOOP("TargetCard", "Không có số liệu"),
}
_PACE_WORDS = {
    Pace.ON_TRACK: QT_TRANSLATE_NOOP("TargetCard", "Đúng tiến độ"),
    Pace.BEHIND: QT_TRANSLATE_NOOP("TargetCard", "Chậm tiến độ"),
}


def tone_of(check: TargetJudgement) -> Tone:
    status, pace = check.status, check.judgement.pace
    if status in (Status.ACHIEVED, Status.EXCEEDED):
        return Tone.GOOD
    if status is Status.NO_DATA:
        return Tone.NONE
    if pace is Pace.ON_TRACK:
        return Tone.GOOD
    return Tone.BEHIND if pace is Pace.BEHIND else Tone.BAD


def status_words(check: TargetJudgement) -> str:
    """"Đạt", "Vượt", "Chưa đạt", "Không có số liệu"; for a target not reached yet part-way
    through its year, how it stands against the pace ("Đúng tiến độ", "Chậm tiến độ")."""
    pace = check.judgement.pace
    if check.status is Status.NOT_ACHIEVED and pace is not None:
        return QCoreApplication.translate("TargetCard", _PACE_WORDS[pace])
    return QCoreApplication.translate("TargetCard", _STATUS_WORDS[check.status])


def progress_percent(check: TargetJudgement) -> int | None:
    """How far the actual has come towards the target's value (for "không quá": how much of the
    maximum is used), in whole percent, not capped; ``None`` without data."""
    goal, actual = check.target.goal, check.actual
    if actual is None:
        return None
    if goal.value <= 0:
        return 100 if check.status in (Status.ACHIEVED, Status.EXCEEDED) else 0
    return round(max(actual, 0) / goal.value * 100)


class TargetCard(QFrame):
    """One target judged for a period (forms/target_card.ui)."""

    activated = Signal(object)  # the TargetJudgement

    def __init__(self, check: TargetJudgement, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.ui = Ui_TargetCardForm()
        self.ui.setupUi(self)
        self.setObjectName("target_card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.tone = tone_of(check)
        self._fill(check, period)

    def _fill(self, check: TargetJudgement, period: Period) -> None:
        ui, target = self.ui, check.target
        indicator = check.indicator
        unit = indicator.unit if indicator else ""
        label = indicator.label if indicator else target.indicator
        ui.indicator_label.setText(label)
        font = ui.indicator_label.font()
        font.setBold(True)
        ui.indicator_label.setFont(font)
        ui.status_label.setText(status_words(check))
        ui.goal_label.setText(self.tr("Mục tiêu năm {year}: {goal}").format(
            year=target.year, goal=target.goal.in_plan_words(unit)))
        flow = indicator is not None and indicator.kind is Kind.FLOW
        day = period.reference_date.strftime("%d/%m/%Y")
        value = quantity(check.actual, unit)
        if indicator is not None and indicator.yearly:
            ui.actual_label.setText(self.tr("Theo số liệu năm {year}: {value}").format(
                year=period.reporting_year, value=value))
        else:
            ui.actual_label.setText(
                (self.tr("Lũy kế đến {day}: {value}") if flow else self.tr("Đến {day}: {value}"))
                .format(day=day, value=value))
        big = ui.actual_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.15)
        ui.actual_label.setFont(big)
        percent = progress_percent(check)
        ui.progress.setValue(min(percent or 0, 100))
        ui.progress.setFormat(f"{format_figure(percent)}%" if percent is not None else "–")
        judgement = check.judgement
        said = (QCoreApplication.translate("TargetGap", "đạt"),
                QCoreApplication.translate("TargetGap", "không có số liệu"))
        if judgement.gap_words in said:
            ui.gap_label.hide()  # the status already says it
        else:
            ui.gap_label.setText(judgement.gap_words[:1].upper() + judgement.gap_words[1:])
        if judgement.pace is not None:
            ui.pace_label.setText(self.tr("Theo tiến độ đến {day} cần {goal}: {pace}").format(
                day=day, goal=quantity(judgement.pace_value, unit),
                pace=QCoreApplication.translate("TargetCard", _PACE_WORDS[judgement.pace]).lower()))
        else:
            ui.pace_label.hide()
        notes = [text for text in (indicator.definition if indicator else "",
                                   self.tr("Căn cứ: {basis}").format(basis=target.basis)
                                   if target.basis else "", target.note) if text]
        self.setToolTip("\n".join([*notes, self.toolTip()]))
        self._paint()

    def _paint(self) -> None:
        colour, background = self.tone.value
        self.setStyleSheet(
            f"QFrame#target_card {{ background: {background}; border: 1px solid #d0d0d0; "
            f"border-left: 6px solid {colour}; border-radius: 4px; }}"
            f"QFrame#target_card:focus {{ border: 2px solid {colour}; border-left: 6px solid "
            f"{colour}; }}"
            f"QLabel#status_label {{ color: {colour}; font-weight: bold; }}"
            f"QProgressBar {{ border: 1px solid #c8c8c8; border-radius: 3px; background: white; "
            f"text-align: center; max-height: 14px; }}"
            f"QProgressBar::chunk {{ background: {colour}; }}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit(self.check)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.check)
            return
        super().keyPressEvent(event)


class CardGrid(QWidget):
    """Cards in as many columns as the room allows (each at least :data:`CARD_MIN_WIDTH` wide,
    and as wide as the widest card needs), never wider than the scroll area it sits in: the
    cards wrap into rows, and the area never scrolls sideways.

    The room is the scroll area's viewport, not the grid's own width: a grid laid out too wide
    for its cards would otherwise keep itself that wide.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cards: list[TargetCard] = []
        self._columns = 0
        self._area: QScrollArea | None = None

    @property
    def columns(self) -> int:
        return self._columns

    def set_cards(self, cards: list[TargetCard]) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = cards
        self._columns = 0
        self._arrange()

    def _scroll_area(self) -> QScrollArea | None:
        """The scroll area the grid is shown in (watched for its width), once it has one."""
        if self._area is None:
            viewport = self.parentWidget()
            area = viewport.parentWidget() if viewport is not None else None
            if isinstance(area, QScrollArea) and area.widget() is self:
                self._area = area
                area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                area.viewport().installEventFilter(self)
        return self._area

    def _room(self) -> int:
        area = self._scroll_area()
        return area.viewport().width() if area is not None else self.width()

    def _arrange(self) -> None:
        spacing = max(self.grid.horizontalSpacing(), 0)
        widest = max([CARD_MIN_WIDTH, *(card.minimumSizeHint().width() for card in self.cards)])
        columns = max(1, (self._room() + spacing) // (widest + spacing))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._arrange()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()
