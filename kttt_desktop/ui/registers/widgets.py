"""Input widgets of the register forms, usable as promoted widgets in Qt Designer.

Promote a ``QLineEdit`` to :class:`DateEdit`, :class:`MoneyEdit`, :class:`IntEdit`,
:class:`NumberEdit`, :class:`TaxCodeEdit`, :class:`CccdEdit` or :class:`PhoneEdit`, and a
``QComboBox`` to :class:`EnumCombo` or :class:`SearchCombo`, with the header
``kttt_desktop.ui.registers.widgets``. Each one gives its value typed (``value()``), takes one
(``set_value()``), tells when the user changed it (``edited``) and says what it cannot even read
(``input_issues()``: "31/02/2026" is no date); the rules of the record are checked elsewhere.

Why it is long: Qt Designer promotes widgets by module, and every form's .ui names this one; the
widgets share the reading helpers and icons at the top. Each class is short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.dates import format_date, parse_date, parse_date_or_year
from kttt_desktop.core.enums import LabelledEnum, Severity
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.identity import check_cccd
from kttt_desktop.core.issues import Checked, Issue, error
from kttt_desktop.core.numbers import (
    format_million,
    format_number,
    parse_int,
    parse_million_vnd,
    parse_number,
)
from kttt_desktop.core.phone import check_phone
from kttt_desktop.core.tax_code import check_tax_code
from kttt_desktop.core.text import clean_text, fold
from kttt_desktop.core.unit_resolver import Outcome, Resolution

VALUE_ROLE = Qt.ItemDataRole.UserRole + 41
_EIGHT_DIGITS = re.compile(r"[0-9]{8}")


def _issues(checked: Checked[Any], field: str) -> list[Issue]:
    return [i.at(field) for i in checked.issues if i.is_error]


# Small painted icons (no icon theme is needed, none exists offscreen) ---------------------------

def _painted(draw: Callable[[QPainter], None]) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return QIcon(pixmap)


def calendar_icon() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor("#555555"), 2))
        p.drawRoundedRect(5, 7, 22, 20, 2, 2)
        p.fillRect(5, 7, 22, 6, QColor("#555555"))
        p.drawLine(11, 3, 11, 9)
        p.drawLine(21, 3, 21, 9)
        for x in (10, 16, 22):
            for y in (17, 22):
                p.fillRect(x - 1, y - 1, 3, 3, QColor("#555555"))
    return _painted(draw)


def status_icon(severity: Severity | None) -> QIcon:
    """A green tick for a good value, an amber "!" for a warning, a red cross for an error."""
    colour = {None: "#2e7d32", Severity.WARNING: "#b26a00"}.get(severity, "#c62828")

    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawEllipse(3, 3, 26, 26)
        p.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if severity is None:
            p.drawPolyline([QPoint(10, 16), QPoint(14, 21), QPoint(22, 11)])
        elif severity is Severity.WARNING:
            p.drawLine(16, 9, 16, 18)
            p.drawPoint(16, 23)
        else:
            p.drawLine(11, 11, 21, 21)
            p.drawLine(21, 11, 11, 21)
    return _painted(draw)


# Dates ------------------------------------------------------------------------------------------

class CalendarPopup(QFrame):
    """The calendar a :class:`DateEdit` opens under itself."""

    chosen = Signal(date)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendar_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        self.calendar.activated.connect(self._choose)
        self.calendar.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def _choose(self, day: QDate) -> None:
        self.chosen.emit(date(day.year(), day.month(), day.day()))
        self.close()


class DateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy (also d/m/yyyy, ddmmyyyy, yyyy-mm-dd), with a calendar.

    The calendar opens with the button at the right end, F4 or Alt+Down. With
    :meth:`set_year_allowed`, a bare year is accepted too (a birth known only by its year):
    :meth:`value` is then a ``date`` or an ``int``.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year_allowed = False
        self.setPlaceholderText(translate("Widgets", "ngày/tháng/năm"))
        self.calendar_action = QAction(calendar_icon(), translate("Widgets", "Chọn ngày (F4)"),
                                       self)
        self.calendar_action.setObjectName("open_calendar")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(lambda _: self.edited.emit())
        self.editingFinished.connect(self._tidy)
        self.popup: CalendarPopup | None = None

    def set_year_allowed(self, allowed: bool) -> None:
        self._year_allowed = allowed
        if allowed:
            self.setPlaceholderText(translate("Widgets", "ngày/tháng/năm hoặc năm"))

    def _checked(self) -> Checked[Any]:
        text = clean_text(self.text())
        if _EIGHT_DIGITS.fullmatch(text):
            text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
        return parse_date_or_year(text) if self._year_allowed else parse_date(text)

    def value(self) -> date | int | None:
        return self._checked().value

    def set_value(self, value: date | int | None) -> None:
        self.setText(format_date(value) if isinstance(value, date) else
                     "" if value is None else str(value))

    def input_issues(self) -> list[Issue]:
        return _issues(self._checked(), self.objectName())

    def _tidy(self) -> None:
        """Write a date that was typed another way as dd/mm/yyyy."""
        value = self.value()
        if value is not None and self.text() != (text := format_date(value) if isinstance(
                value, date) else str(value)):
            self.setText(text)
            self.edited.emit()

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._chosen)
        value = self.value()
        if isinstance(value, date):
            self.popup.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _chosen(self, day: date) -> None:
        self.set_value(day)
        self.setFocus()
        self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)


# Numbers ----------------------------------------------------------------------------------------

class MoneyEdit(QLineEdit):
    """An amount typed in million đồng, as in the workbooks and the returns: "5,8" is 5.800.000
    đồng, "1.250,5" is 1.250.500.000 đồng. Its value is whole đồng. Leaving the field writes
    what was typed the Vietnamese way ("1250.5" becomes "1.250,5")."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allow_negative = False
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(translate("Widgets", "triệu đồng"))
        self.textEdited.connect(lambda _: self.edited.emit())
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        value = self.value()
        if value is not None and self.text() != (text := format_million(value, None)):
            self.setText(text)
            self.edited.emit()

    def _checked(self) -> Checked[int]:
        return parse_million_vnd(self.text(), allow_negative=self.allow_negative)

    def value(self) -> int | None:
        return self._checked().value

    def set_value(self, value: int | None) -> None:
        self.setText(format_million(value, None) if value is not None else "")

    def input_issues(self) -> list[Issue]:
        return _issues(self._checked(), self.objectName())


class _ParsedEdit(QLineEdit):
    """A number typed as text and read with :attr:`parse`."""

    edited = Signal()
    parse: Callable[[object], Checked[Any]] = staticmethod(parse_int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(lambda _: self.edited.emit())

    def input_issues(self) -> list[Issue]:
        return _issues(type(self).parse(self.text()), self.objectName())


class IntEdit(_ParsedEdit):
    """A whole number: a year, a count of workers."""

    parse = staticmethod(parse_int)

    def value(self) -> int | None:
        return parse_int(self.text()).value

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class NumberEdit(_ParsedEdit):
    """A number with decimals written the Vietnamese way ("85,5"): a score."""

    parse = staticmethod(parse_number)

    def value(self) -> float | None:
        number = parse_number(self.text()).value
        return float(number) if number is not None else None

    def set_value(self, value: float | None) -> None:
        if value is not None and float(value).is_integer():
            value = int(value)  # a score of 71 reads "71", not "71,0"
        self.setText("" if value is None else format_number(value, None))


# Codes that check themselves ----------------------------------------------------------------------

class CodeEdit(QLineEdit):
    """A code with a rule (:attr:`check`): an icon at the right end says at once whether it is
    right, and its tooltip says why not. The rule speaks once the code has its full length
    (:attr:`complete_at` digits) or the user leaves the field.

    The form adds what its own rules found about the field (:meth:`set_rule_issues`: a CCCD
    that does not match the birth year typed), so the icon is never a green tick beside a red
    message. A code the rule can correct (a CCCD that lost its leading zero) offers the
    correction (:attr:`suggestion`, :meth:`accept_suggestion`); it is never applied silently.
    """

    edited = Signal()
    suggestion_changed = Signal(str)  # the corrected code offered, "" when there is none
    check: Callable[[str], Checked[str]] = staticmethod(check_tax_code)
    complete_at = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: Severity | None | str = ""  # "" nothing to say yet; None: the code is right
        self.message = ""
        self.suggestion = ""
        self._rule_issues: list[Issue] = []
        self.status_action = QAction(self)
        self.status_action.setObjectName("code_status")
        self.status_action.setVisible(False)
        self.addAction(self.status_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(lambda _: self._update(finished=False))
        self.textEdited.connect(lambda _: self.edited.emit())
        self.editingFinished.connect(lambda: self._update(finished=True))

    def _update(self, *, finished: bool) -> None:
        text = clean_text(self.text())
        digits = sum(c.isdigit() for c in text)
        self._rule_issues = []  # about the code as it was: the form checks it again
        suggestion = ""
        if not text or (digits < self.complete_at and not finished):
            self.status, self.message = "", ""
        else:
            checked = type(self).check(text)
            worst = next((i for i in checked.issues if i.is_error), None) or next(
                iter(checked.issues), None)
            self.status = worst.severity if worst else None
            self.message = worst.message if worst else self.ok_message()
            suggestion = checked.suggestion or ""
        if suggestion != self.suggestion:
            self.suggestion = suggestion
            self.suggestion_changed.emit(suggestion)
        self._paint()

    def set_rule_issues(self, issues: Sequence[Issue]) -> None:
        """What the form's rules say about this field now (errors and warnings shown beside it)."""
        self._rule_issues = [i for i in issues if i.severity in (Severity.ERROR, Severity.WARNING)]
        self._paint()

    def shown_status(self) -> tuple[Severity | None | str, str]:
        """The status the icon shows and its message: the worst of the code's own rule and the
        form's rules."""
        rule = next((i for i in self._rule_issues if i.is_error), None) or next(
            iter(self._rule_issues), None)
        if rule is not None and (self.status in ("", None) or rule.is_error):
            return rule.severity, "\n".join(i.message for i in self._rule_issues)
        return self.status, self.message

    def _paint(self) -> None:
        status, message = self.shown_status()
        self.status_action.setVisible(status != "")
        if status != "":
            self.status_action.setIcon(status_icon(status))  # type: ignore[arg-type]
        self.status_action.setToolTip(message)
        self.setToolTip(message)

    def accept_suggestion(self) -> None:
        """Put the corrected code in place of the one typed (the officer asked for it)."""
        if self.suggestion:
            self.setText(self.suggestion)
            self._update(finished=True)
            self.edited.emit()

    def ok_message(self) -> str:
        return translate("Widgets", "Mã số đúng (chữ số kiểm tra khớp).")

    def value(self) -> str:
        return clean_text(self.text())

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self._update(finished=True)

    def input_issues(self) -> list[Issue]:
        return []  # the record's rules say what is wrong with the code, next to the field


class TaxCodeEdit(CodeEdit):
    """A tax code (mã số thuế), whose 10th digit is checked as soon as it is typed."""

    check = staticmethod(check_tax_code)
    complete_at = 10


class CccdEdit(CodeEdit):
    """A personal ID (CCCD, 12 digits; an old CMND has 9)."""

    check = staticmethod(check_cccd)
    complete_at = 12

    def ok_message(self) -> str:
        return translate("Widgets", "Số CCCD đúng dạng.")


class PhoneEdit(CodeEdit):
    """A Vietnamese phone number (10-digit mobile, 11-digit landline)."""

    check = staticmethod(check_phone)
    complete_at = 10

    def ok_message(self) -> str:
        return translate("Widgets", "Số điện thoại đúng dạng.")


# Choices ----------------------------------------------------------------------------------------

def narrow(combo: QComboBox, characters: int = 12) -> None:
    """Long choices must not make a form or a row of filters wider than the room it has: the
    drop-down asks for about ``characters`` letters; its open list shows whole choices."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    if combo.count():
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


class EnumCombo(QComboBox):
    """A drop-down of the labels of a :class:`LabelledEnum`; its value is the member's code."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        narrow(self)
        self.activated.connect(lambda _: self.edited.emit())

    def set_enum(self, enum: type[LabelledEnum], *, empty: str | None = "",
                 members: Iterable[LabelledEnum] | None = None) -> None:
        """Offer the members of ``enum`` (or ``members``), after an empty choice unless
        ``empty`` is ``None``."""
        self.clear()
        if empty is not None:
            self.addItem(empty, None)
        for member in members if members is not None else enum:
            self.addItem(member.label, member.value)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0 if self.itemData(0) is None else -1)

    def input_issues(self) -> list[Issue]:
        return []


Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    """Choices as plain lists (a picker may offer 40,000 organisations), all of them or those
    whose folded text holds a key (:meth:`narrow`, a list comprehension, not a call per row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.values: list[Any] = []
        self.texts: list[str] = []
        self.folded: list[str] = []  # each choice's name, folded
        self.more: list[str] = []  # all that finds it, folded (names it had before, say)
        self.tips: list[str] = []
        self.shown: list[int] | None = None  # the rows shown when narrowed

    def set_choices(self, values: list[Any], texts: list[str], folded: list[str]) -> None:
        self.beginResetModel()
        self.values, self.texts, self.folded, self.shown = values, texts, folded, None
        self.more, self.tips = folded, [""] * len(texts)
        self.endResetModel()

    def set_more(self, more: list[str], tips: list[str]) -> None:
        """What else finds each choice, and its tooltip (the rows stay: a reset would make a
        combo box choose its first row)."""
        self.more, self.tips = more, tips
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1),
                                  [Qt.ItemDataRole.ToolTipRole])

    def narrow(self, key: str) -> None:
        """The choices whose name holds ``key``; when none does, those whose other texts do."""
        self.beginResetModel()
        self.shown = [row for row, text in enumerate(self.folded) if key in text] if key else None
        if key and not self.shown and self.more is not self.folded:
            self.shown = [row for row, text in enumerate(self.more) if key in text]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        if parent.isValid():
            return 0
        return len(self.shown) if self.shown is not None else len(self.texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.shown[index.row()] if self.shown is not None else index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.texts[row]
        if role == VALUE_ROLE:
            return self.values[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[row] or None
        return None


class SearchCombo(QComboBox):
    """A choice among many, found by typing any part of its name without accents.

    "luc hon" offers "Xã Lục Hồn"; Enter, Tab or leaving the field takes the first choice offered.
    Fill it with :meth:`set_choices` (value, text) pairs, or (value, text, folded text) read in
    the background; :meth:`value` is the chosen value. A value set before the choices arrive is
    its value until then, and is shown once they are there.

    A list may also say what else finds a choice when no name holds the typed text
    (:meth:`set_search_texts`: the names a commune had before the 2025 reform) and what a text
    that names no choice means
    (:meth:`set_resolver`: "xã Hồng Dương, huyện Thanh Oai" is Xã Dân Hòa today). A text that
    means several choices (an old commune split between new ones) takes none: the field says
    which they are.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        narrow(self)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.items = ChoiceModel(self)
        self.setModel(self.items)
        self.filtered = ChoiceModel(self)  # the same choices, narrowed as typed
        self.completer_ = QCompleter(self.filtered, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.activated[str].connect(self._take_text)
        self.setCompleter(self.completer_)
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().editingFinished.connect(self.commit)
        self.lineEdit().setPlaceholderText(translate("Widgets", "gõ một phần tên để tìm"))
        self.activated.connect(lambda _: self.edited.emit())
        self._resolve: Callable[[str], Resolution] | None = None
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self._wanted: Any = None  # the value set, shown once the choices are there
        self.has_choices = False

    def set_choices(self, choices: Sequence[tuple[Any, str] | tuple[Any, str, str]]) -> None:
        """Offer ``choices`` ((value, text) or (value, text, folded text), in the order to
        show them)."""
        current = self.value()
        values = [choice[0] for choice in choices]
        texts = [choice[1] for choice in choices]
        folded = [choice[2] if len(choice) > 2 else fold(choice[1]) for choice in choices]
        self.items.set_choices(values, texts, folded)
        self.filtered.set_choices(values, texts, folded)
        self.has_choices = True
        self.set_value(current)

    def set_search_texts(self, texts: dict[Any, str]) -> None:
        """What else finds each choice when typed (value → text), shown as its tooltip."""
        tips = [texts.get(value, "") for value in self.items.values]
        more = [fold(f"{text} {extra}") for text, extra in zip(self.items.texts, tips, strict=True)]
        self.items.set_more(more, tips)
        self.filtered.set_more(more, tips)

    def set_resolver(self, resolve: Callable[[str], Resolution] | None) -> None:
        """What a text that names no choice means (``resolve`` answers with the choices'
        values as the codes of its candidates)."""
        self._resolve = resolve

    def _typed(self, text: str) -> None:
        self.filtered.narrow(fold(text))
        if text and self.hasFocus():
            self.completer_.complete()
        self.edited.emit()

    def _row_for(self, text: str) -> int | None:
        """The row of the choice ``text`` names: the same name, else the first that contains it,
        else the one choice the resolver finds."""
        return self._match(text)[0]

    def _match(self, text: str) -> tuple[int | None, Resolution | None]:
        """:meth:`_row_for`, and the resolver's answer when the row is its."""
        key = fold(text)
        if not key:
            return None, None
        first = None
        for row, folded in enumerate(self.items.folded):
            if folded == key:
                return row, None
            if first is None and key in folded:
                first = row
        if first is None and self._resolve is not None:
            found = self._resolve(text)
            if found.commune is not None:
                row = self._row_of_value(found.commune.code)
                return row, (found if row is not None else None)
        return first, None

    def _row_of_value(self, value: Any) -> int | None:
        return self.items.values.index(value) if value in self.items.values else None

    def _take_text(self, text: str) -> None:
        row = self._row_for(text)
        if row is not None:
            self._choose(row)
            self.edited.emit()

    def _choose(self, row: int) -> None:
        self._wanted = self.items.values[row]
        self.setCurrentIndex(row)
        self.lineEdit().setText(self.items.texts[row])
        self.lineEdit().setCursorPosition(0)  # a long name shows its beginning

    def commit(self) -> None:
        """Take the choice the typed text names (called when the field is left); one found by
        the resolver (an old name) says why in its tooltip."""
        row, found = self._match(self.lineEdit().text())
        if row is not None and self.lineEdit().text() != self.items.texts[row]:
            self._choose(row)
            self.setToolTip(found.reason if found is not None else "")
            self.edited.emit()
        self.filtered.narrow("")

    def value(self) -> Any:
        if not self.has_choices:
            return self._wanted
        row = self._row_for(self.lineEdit().text())
        return self.items.values[row] if row is not None else None

    def set_value(self, value: Any) -> None:
        self._wanted = value
        if value is not None and value in self.items.values:
            self._choose(self.items.values.index(value))
            return
        self.setCurrentIndex(-1)
        self.lineEdit().clear()

    def input_issues(self) -> list[Issue]:
        text = clean_text(self.lineEdit().text())
        if text and self._row_for(text) is None:
            message = translate("Widgets", "Không có “{text}” trong danh sách.").format(text=text)
            found = self._resolve(text) if self._resolve is not None else None
            if found is not None and found.outcome is Outcome.CANDIDATES:
                message = found.reason
            elif found is not None and found.outcome is Outcome.UNIQUE:
                message = translate("Widgets", "{reason} Không có trong danh sách.").format(
                    reason=found.reason)
            return [error(message, "widget.not_in_list", self.objectName())]
        return []

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the field takes the choice. (A focus-out event is not enough: with the list of
        choices open, Tab moves on without one reaching the field.)"""
        mine = (self, self.lineEdit(), self.completer_.popup())
        if old in mine and new not in mine:
            self.commit()


class EnterFilter(QObject):
    """Reports Enter pressed in a field (without a modifier): forms move on or save with it."""

    pressed = Signal(QObject)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            popup = getattr(watched, "completer", lambda: None)()
            if popup is not None and popup.popup() is not None and popup.popup().isVisible():
                return False
            self.pressed.emit(watched)
            return True
        return False

