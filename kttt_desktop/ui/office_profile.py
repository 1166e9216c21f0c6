"""The office profile editor (forms/office_profile.ui) and the dialog that asks for it on first start.

The area is chosen from the communes of the chosen province, in a list with check boxes and a
search box that ignores accents ("luc hon" finds "Xã Lục Hồn"). When no commune's name holds
what is typed, the units from before the 2025 reform are searched: "dong tam" finds Xã Lục Hồn,
which old xã Đồng Tâm is part of, and "huyện Bình Liêu" every commune made of that old
district's communes. Each commune's tooltip says what it was made of.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core.errors import InputError, KtttError
from kttt_desktop.core.issues import error
from kttt_desktop.core.text import fold
from kttt_desktop.data.database import Database
from kttt_desktop.services.office import (
    OfficeProfile,
    Unit,
    commune_pasts,
    communes,
    load_profile,
    provinces,
    save_profile,
)
from kttt_desktop.ui import msgbox
from kttt_desktop.ui.field_errors import clear_field_errors, show_field_errors
from kttt_desktop.ui.forms.ui_office_profile import Ui_OfficeProfileForm
from kttt_desktop.ui.screen_fit import fit_to_screen
from kttt_desktop.ui.tasks import Task, run_task, run_write
from kttt_desktop.ui.wheel import guard_wheel

TEXT_FIELDS = ("name", "superior_body", "place_name", "doc_symbol", "signer_authority",
               "signer_title", "signer_name", "preparer_name")
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2  # name, code and what the commune was before
NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # name and code


def filter_by_name(proxy: QSortFilterProxyModel, text: str, name_role: int,
                   more_role: int) -> None:
    """Show the rows whose name (``name_role``, folded) holds ``text`` folded; when none does,
    those whose other texts (``more_role``: a commune's names before the reform) hold it."""
    proxy.setFilterRole(name_role)
    proxy.setFilterFixedString(fold(text))
    if text and proxy.rowCount() == 0:
        proxy.setFilterRole(more_role)
        proxy.setFilterFixedString(fold(text))


@dataclass(frozen=True)
class Choices:
    """What the editor offers, read once: the stored profile, the provinces, their communes."""

    profile: OfficeProfile | None
    provinces: list[Unit]
    communes: dict[str, list[Unit]]  # by province code, in Vietnamese alphabetical order
    pasts: dict[str, str]  # commune code → what it was before (commune_pasts)


def load_choices(db: Database) -> Choices:
    by_province: dict[str, list[Unit]] = defaultdict(list)
    units = communes(db)
    for unit in units:
        by_province[unit.province_code].append(unit)
    return Choices(load_profile(db), provinces(db), dict(by_province),
                   commune_pasts(unit.code for unit in units))


class OfficeProfileEditor(QWidget):
    """Edits the office profile of ``database``; :meth:`save` stores it in the background."""

    loaded = Signal()
    saved = Signal(object)  # the OfficeProfile as stored
    busy = Signal(bool)  # loading or saving: no second save meanwhile

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.choices: Choices | None = None
        self.ui = Ui_OfficeProfileForm()
        self.ui.setupUi(self)
        guard_wheel(self)
        self.area_model = QStandardItemModel(self)
        self.area_proxy = QSortFilterProxyModel(self)
        self.area_proxy.setSourceModel(self.area_model)
        self.area_proxy.setFilterRole(FOLDED_ROLE)
        self.ui.area.setModel(self.area_proxy)
        clear_field_errors(self)

        province = self.ui.province_code  # typed without accents too: "quang ninh"
        province.lineEdit().setPlaceholderText(self.tr("Gõ tên tỉnh (không cần dấu)"))
        province.currentIndexChanged.connect(lambda _: self._fill_area(set()))
        self.ui.area_filter.textChanged.connect(
            lambda text: filter_by_name(self.area_proxy, text, NAME_ROLE, FOLDED_ROLE))
        self.ui.select_all.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        self.ui.select_none.clicked.connect(lambda: self._check_shown(Qt.CheckState.Unchecked))
        self.area_model.itemChanged.connect(self._update_count)
        self.reload()

    # Loading ---------------------------------------------------------------------------------

    def reload(self) -> Task:
        """Read the stored profile again (and the lists, the first time)."""
        self._set_busy(True)
        return run_task(load_choices, self.database, on_done=self._loaded,
                        on_finished=self._load_finished, owner=self)

    def _loaded(self, choices: Choices) -> None:
        self.choices = choices
        combo = self.ui.province_code
        combo.blockSignals(True)
        combo.set_choices([(unit.code, unit.name) for unit in choices.provinces])
        combo.blockSignals(False)
        self.set_profile(choices.profile)

    def _load_finished(self) -> None:
        self._set_busy(False)
        if self.choices is not None:
            self.loaded.emit()  # the fields can take the focus now

    def set_profile(self, profile: OfficeProfile | None) -> None:
        """Show ``profile`` (``None``: an empty form, no province chosen)."""
        profile = profile or OfficeProfile(name="", province_code="")
        for name in TEXT_FIELDS:
            getattr(self.ui, name).setText(getattr(profile, name))
        self.ui.recipients.setPlainText(profile.recipients)
        combo = self.ui.province_code
        combo.blockSignals(True)
        combo.set_value(profile.province_code or None)
        combo.blockSignals(False)
        self._fill_area(set(profile.area))
        chosen = [item for item in self._items() if item.checkState() == Qt.CheckState.Checked]
        if chosen:
            self.ui.area.scrollTo(self.area_proxy.mapFromSource(chosen[0].index()),
                                  QAbstractItemView.ScrollHint.PositionAtTop)
        clear_field_errors(self)

    def _fill_area(self, chosen: set[str]) -> None:
        self.area_model.clear()
        code = self.ui.province_code.value()
        for unit in (self.choices.communes.get(code, []) if self.choices and code else []):
            item = QStandardItem(unit.name)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if unit.code in chosen
                               else Qt.CheckState.Unchecked)
            item.setData(unit.code, CODE_ROLE)
            past = self.choices.pasts.get(unit.code, "") if self.choices else ""
            item.setData(fold(f"{unit.name} {unit.code}"), NAME_ROLE)
            item.setData(fold(f"{unit.name} {unit.code} {past}"), FOLDED_ROLE)
            item.setToolTip(past)
            self.area_model.appendRow(item)
        self._update_count()

    # The area --------------------------------------------------------------------------------

    def _items(self) -> list[QStandardItem]:
        return [self.area_model.item(row) for row in range(self.area_model.rowCount())]

    def chosen_area(self) -> list[str]:
        return [item.data(CODE_ROLE) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def _check_shown(self, state: Qt.CheckState) -> None:
        for row in range(self.area_proxy.rowCount()):
            source = self.area_proxy.mapToSource(self.area_proxy.index(row, 0))
            self.area_model.itemFromIndex(source).setCheckState(state)

    def _update_count(self) -> None:
        total = self.area_model.rowCount()
        self.ui.area_count.setText(self.tr("Đã chọn {chosen} / {total} xã, phường").format(
            chosen=len(self.chosen_area()), total=total) if total else "")

    # Saving ----------------------------------------------------------------------------------

    def is_changed(self) -> bool:
        """Whether what is typed differs from the stored profile (no profile: anything typed)."""
        if self.choices is None:
            return False
        stored = self.choices.profile
        typed = self.profile()
        if stored is None:
            return bool(typed.name.strip() or typed.province_code or typed.area)
        return replace(typed, area=sorted(typed.area)) != replace(stored, area=sorted(stored.area))

    def profile(self) -> OfficeProfile:
        """The profile as typed in (not yet checked)."""
        values = {name: getattr(self.ui, name).text() for name in TEXT_FIELDS}
        if not values["doc_symbol"].strip():
            del values["doc_symbol"]  # the profile's default symbol
        return OfficeProfile(province_code=self.ui.province_code.value() or "",
                             area=self.chosen_area(),
                             recipients=self.ui.recipients.toPlainText(), **values)

    def save(self) -> Task | None:
        """Check and store the profile; problems appear next to their fields, nothing is written."""
        if self.choices is None or not self.database.writable:
            return None
        profile = self.profile()
        clear_field_errors(self)
        self._set_busy(True)
        return run_write(save_profile, self.database, profile,
                         on_done=lambda _: self._saved(profile), on_error=self._save_failed,
                         on_finished=lambda: self._set_busy(False), owner=self)

    def _saved(self, profile: OfficeProfile) -> None:
        self.choices = Choices(profile, self.choices.provinces, self.choices.communes,
                               self.choices.pasts)
        self.saved.emit(profile)

    def _save_failed(self, exc: KtttError) -> None:
        """Say what is wrong, then put the focus in the field to fix: the fields are enabled
        again first, so the focus never stays on the button that took it while saving."""
        self._set_busy(False)
        if isinstance(exc, InputError):
            show_field_errors(self, exc.issues or [error(exc.message)],
                              general=self.ui.form_error)
            if self.ui.details_group.isAncestorOf(QApplication.focusWidget()):
                return
        else:
            msgbox.error(self, exc.message, details=exc.details)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        self.ui.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        """Busy (or a read-only database): nothing to change, no second save."""
        busy = busy or not self.database.writable
        self.ui.details_group.setEnabled(not busy)
        self.ui.area_group.setEnabled(not busy)
        self.busy.emit(busy)


class OfficeProfileDialog(QDialog):
    """The office profile in a dialog of its own: "Lưu" stores it and closes, Esc/"Hủy" cancels.

    The focus starts in the first field once the profile is loaded (typing never lands on a
    button), and closing without saving says what was not saved.
    """

    saved = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None, *,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Thông tin cơ quan"))
        self.editor = OfficeProfileEditor(database, self)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Lưu"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.cancel_button = buttons.addButton(self.tr("Hủy"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel")
        buttons.accepted.connect(self.editor.save)
        buttons.rejected.connect(self.reject)
        self.editor.busy.connect(lambda busy: self.save_button.setEnabled(not busy))
        self.editor.saved.connect(self._saved)
        self.editor.loaded.connect(self.editor.focus_first_field)

        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setObjectName("intro")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 940, 600)

    def _saved(self, profile: OfficeProfile) -> None:
        self.saved.emit(profile)
        self.accept()

    def reject(self) -> None:
        """Close without saving, and say so when that leaves something unsaved."""
        unsaved = self.editor.is_changed()
        no_profile = self.editor.choices is not None and self.editor.choices.profile is None
        super().reject()
        if no_profile:
            msgbox.information(self.parentWidget(), self.tr(
                "Thông tin cơ quan chưa được lưu. Khi chưa có cơ quan và địa bàn, danh sách xã, "
                "phường còn trống và chưa lập được báo cáo. Hãy nhập ở mục Cài đặt."),
                title=self.tr("Chưa lưu thông tin cơ quan"))
        elif unsaved:
            msgbox.information(self.parentWidget(), self.tr(
                "Các thay đổi thông tin cơ quan chưa được lưu."),
                title=self.tr("Chưa lưu thông tin cơ quan"))
