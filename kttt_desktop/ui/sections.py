"""The sections of the main window, in the order of its navigation list.

A screen plugs in by giving its entry a factory: a function that takes the
:class:`SectionContext` and returns the section's widget (named "module:callable", so that this
module imports no screen and no screen imports the window). The window calls it the first time the
section is visited after a database was opened, and throws the widget away when another database
is opened, so a screen always works on one open database. Factories import their screen inside
the function, which keeps start-up light. A section without a factory shows that it is not in
this version yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from kttt_desktop.data.database import Database
    from kttt_desktop.ui.navigator import Navigator


@dataclass(frozen=True)
class SectionContext:
    """What a section's widget works with: the database, the settings, and what it may ask of
    the window (ui.navigator). What the other sections change reaches it through ui.changes."""

    database: Database
    settings: Settings
    navigator: Navigator


Factory = Callable[[SectionContext], QWidget]


@dataclass(frozen=True)
class Section:
    key: str  # stable ASCII name: remembered in the settings, used by tests and screenshots
    label: str  # Vietnamese, marked for translation in the "Sections" context
    factory: Factory | None = None
    tables: tuple[str, ...] = ()  # records it shows: MainWindow.open_record goes there

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Sections", self.label)

    @property
    def module(self) -> str | None:
        """The module of its screen, when the factory names one (see :class:`_Screen`)."""
        return getattr(self.factory, "module", None)


class _Screen:
    """The factory of a screen named "module:callable" taking the context (imported when first
    shown; the window has the module of the first screen imported while the database opens)."""

    def __init__(self, where: str) -> None:
        self.module, self.name = where.split(":")

    def __call__(self, context: SectionContext) -> QWidget:
        return getattr(importlib.import_module(self.module), self.name)(context)


SECTIONS: tuple[Section, ...] = (
    Section("overview", QT_TRANSLATE_NOOP("Sections", "Tổng quan"),
            _Screen("kttt_desktop.ui.overview:OverviewPage")),
    Section("organisations", QT_TRANSLATE_NOOP("Sections", "Tổ chức"),
            _Screen("kttt_desktop.ui.registers.organisations:OrganisationScreen"),
            ("organisation", "suspension")),
    Section("members", QT_TRANSLATE_NOOP("Sections", "Thành viên"),
            _Screen("kttt_desktop.ui.registers.members:MemberScreen"), ("member",)),
    Section("managers", QT_TRANSLATE_NOOP("Sections", "Cán bộ & đào tạo"),
            _Screen("kttt_desktop.ui.registers.managers:ManagerScreen"),
            tables=("manager", "manager_position", "training_record")),
    Section("ocop", QT_TRANSLATE_NOOP("Sections", "OCOP"),
            _Screen("kttt_desktop.ui.registers.ocop:OcopScreen"), tables=("ocop_product",)),
    Section("ratings", QT_TRANSLATE_NOOP("Sections", "Xếp loại"),
            _Screen("kttt_desktop.ui.registers.yearly:RatingScreen"), tables=("rating",)),
    Section("figures", QT_TRANSLATE_NOOP("Sections", "Số liệu"),
            _Screen("kttt_desktop.ui.registers.yearly:FiguresScreen"),
            tables=("yearly_figures",)),
    Section("checks", QT_TRANSLATE_NOOP("Sections", "Kiểm tra dữ liệu"),
            _Screen("kttt_desktop.ui.findings:findings_section")),
    Section("targets", QT_TRANSLATE_NOOP("Sections", "Chỉ tiêu"),
            _Screen("kttt_desktop.ui.targets_page:TargetsPage")),
    Section("returns", QT_TRANSLATE_NOOP("Sections", "Báo cáo"),
            _Screen("kttt_desktop.ui.returns_page:ReturnsPage")),
    Section("exchange", QT_TRANSLATE_NOOP("Sections", "Nhập / Xuất"),
            _Screen("kttt_desktop.ui.exchange_page:ExchangePage")),
    Section("keys", QT_TRANSLATE_NOOP("Sections", "Chữ ký số"),
            _Screen("kttt_desktop.ui.keys_page:KeysPage")),
    Section("backup", QT_TRANSLATE_NOOP("Sections", "Sao lưu"),
            _Screen("kttt_desktop.ui.backup_page:BackupPage")),
    Section("audit", QT_TRANSLATE_NOOP("Sections", "Nhật ký"),
            _Screen("kttt_desktop.ui.audit_page:AuditPage")),
    Section("settings", QT_TRANSLATE_NOOP("Sections", "Cài đặt"),
            _Screen("kttt_desktop.ui.settings_page:SettingsPage")),
)


class PlaceholderPage(QWidget):
    """What a section shows before its screen is built: plainly that, not an error."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder_{section.key}")
        heading = heading_label(section.title, self)
        self.message = QLabel(self.tr("Chức năng này chưa có trong phiên bản này."), self)
        self.message.setObjectName("message")
        layout = QVBoxLayout(self)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.insertStretch(0, 1)


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A page heading in the window's style (larger, bold)."""
    label = QLabel(text, parent)
    label.setObjectName("heading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label
