"""The main window: the navigation list of the sections, the section shown, the menus.

The window is shown before any database work: :meth:`MainWindow.open_database` opens (and if
needed creates and migrates) the database in the background, then fills the current section.
Until then, or when opening failed, the window shows what is happening and stays usable.

A database another program writes to opens read-only, with a banner that says who holds it and
offers to open it again for writing (once that program has closed) or to take it over (from a
machine that is gone); a window whose lock was taken over stops writing the same way
(:mod:`kttt_desktop.ui.read_only`). After opening for writing, the day's automatic backup is made
in the background. A damaged file is offered its newest good backup; :meth:`MainWindow.restore_backup`
closes the database, puts a backup back and opens it again.

A section's widget works with what ui.navigator lets it ask of the window (status messages,
opening a record, another section); what other sections change reaches it through ui.changes.
It may offer two methods the window uses:

- ``request_leave(proceed)``: called before the window leaves it (another section, another
  database, closing); it runs ``proceed()`` once unsaved changes are dealt with, or never when
  the officer chose to stay;
- ``open_record(table, record_id) -> bool``: show that record (:meth:`MainWindow.open_record`).

Why it is long: it is the one place that opens, replaces and closes the database under the
sections (opening in the background, the read-only banner and the lock check, the day's backup,
restoring a backup, the office profile) and the one that implements ui.navigator; the screens
themselves are elsewhere.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop import __version__
from kttt_desktop.core.errors import KtttError
from kttt_desktop.data.addresses import as_address, shown_name  # light: URLs read on the worker
from kttt_desktop.languages import LANGUAGE_PROPERTY
from kttt_desktop.ui import msgbox, tasks
from kttt_desktop.ui.banner import Banner
from kttt_desktop.ui.navigator import MESSAGE_MS
from kttt_desktop.ui.sections import SECTIONS, PlaceholderPage, Section, SectionContext
from kttt_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from kttt_desktop.data.backup import BackupFile
    from kttt_desktop.data.database import Database
    from kttt_desktop.data.lock import LockHolder
    from kttt_desktop.services.backups import BackupEntry, RestoreResult
    from kttt_desktop.services.office import OfficeProfile
    from kttt_desktop.services.opening import Opened

log = logging.getLogger(__name__)

LOCK_CHECK_MS = 5000  # how often the window looks whether its writer lock was taken over
NAVIGATION_STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid palette(mid); padding-top: 6px; }
QListWidget#navigation::item { padding: 7px 14px; }
"""


def open_on_worker(path: Path | str | URL, *, create: bool, read_only: bool, take_over: bool,
                   first_screen: str | None) -> Opened:
    """services.opening.open_office on a worker, read-only when another program writes to it.

    The database's structural check begins before the database layer is imported, on a thread
    of its own; the module of the ``first_screen`` shown on it is imported here too, not on the
    GUI thread once the database is open.
    """
    from kttt_desktop.data.integrity import quick_check_started

    checked = (quick_check_started(path) if isinstance(path, Path) and path.exists()
               and path.stat().st_size else None)
    from kttt_desktop.services.opening import open_office

    opened = open_office(path, create=create, read_only=read_only, take_over=take_over,
                         or_read_only=True, checked=checked)
    try:
        if first_screen is not None:
            importlib.import_module(first_screen)
    except BaseException:
        opened.database.close()
        raise
    return opened


class MainWindow(QMainWindow):
    database_opened = Signal(object)  # the Database, once the current section shows it
    database_failed = Signal(object)  # the KtttError that stopped the opening
    office_changed = Signal(object)  # the OfficeProfile, or None when the database has none
    backup_made = Signal(object)  # the BackupEntry of the day's automatic backup
    restore_finished = Signal(object)  # the RestoreResult, or the KtttError that stopped it

    def __init__(self, settings: Settings, sections: tuple[Section, ...] = SECTIONS) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.sections = sections
        self.database: Database | None = None
        self.database_path: Path | str | URL | None = None  # a file, or a server's URL
        self.office: OfficeProfile | None = None
        self._pages: dict[str, QWidget] = {}
        self._openings = 0  # only the latest opening counts when several overlap
        self._close_approved = False
        self._focus_page = False  # the section next shown takes the keyboard (see _go_by_key)
        self._guide: QWidget | None = None
        self._asked_to_write = False  # "Mở lại để ghi": say so if it is still read-only
        self._restored: RestoreResult | None = None  # to record once the database is open again
        self._good_backup: BackupFile | None = None  # of the damaged file the status page shows
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(LOCK_CHECK_MS)
        self.lock_timer.timeout.connect(self.check_lock)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        for number, section in enumerate(sections, start=1):
            item = QListWidgetItem(section.title, self.navigation)
            if number <= 10:
                item.setToolTip(QKeySequence(f"Ctrl+{number % 10}").toString(
                    QKeySequence.SequenceFormat.NativeText))
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.navigation.setFont(font)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 56)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("sections")
        self.status_page = self._build_status_page()
        self.stack.addWidget(self.status_page)

        self.read_only_banner = Banner("read_only_banner", self)
        self.location_banner = Banner("location_banner", self)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.read_only_banner)
        right.addWidget(self.location_banner)
        # A section bigger than the window (a small screen at 125 % scaling) scrolls, rather than
        # the window growing past the screen's edge.
        self.stack_area = QScrollArea(self)
        self.stack_area.setObjectName("sections_area")
        self.stack_area.setFrameShape(QFrame.Shape.NoFrame)
        self.stack_area.setWidgetResizable(True)
        self.stack_area.setWidget(self.stack)
        right.addWidget(self.stack_area, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_shortcuts()
        self.database_label = QLabel(self)
        self.database_label.setObjectName("database_label")
        self.office_label = QLabel(self)
        self.office_label.setObjectName("office_label")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.office_label)
        self._update_title()

        keys = [s.key for s in sections]
        last = settings.last_section
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)
        self._row = self.navigation.currentRow()
        self.navigation.currentRowChanged.connect(self._navigated)
        settings.restore_window(self)

    # Building --------------------------------------------------------------------------------

    def _build_status_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("status_page")
        self.status_message = QLabel(page)
        self.status_message.setObjectName("status_message")
        self.status_message.setWordWrap(True)
        self.status_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_message.setTextFormat(Qt.TextFormat.PlainText)
        self.open_other_button = QPushButton(self.tr("Mở cơ sở dữ liệu khác…"), page)
        self.open_other_button.setObjectName("open_other")
        self.open_other_button.clicked.connect(self.choose_database)
        self.restore_good_button = QPushButton(
            self.tr("Khôi phục từ bản sao lưu tốt gần nhất"), page)
        self.restore_good_button.setObjectName("restore_good_backup")
        self.restore_good_button.hide()
        self.restore_good_button.clicked.connect(
            lambda: self._good_backup is not None and self.restore_backup(self._good_backup.path))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.status_message)
        layout.addWidget(self.restore_good_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.open_other_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.open_action = QAction(self.tr("&Mở cơ sở dữ liệu khác…"), self)
        self.open_action.setObjectName("open_database")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("T&hoát"), self)
        quit_action.setObjectName("quit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        guide_action = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        guide_action.setObjectName("guide")
        guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(guide_action)
        about_action = QAction(self.tr("&Giới thiệu"), self)
        about_action.setObjectName("about")
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_shortcuts(self) -> None:
        for row in range(min(len(self.sections), 10)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{(row + 1) % 10}"), self)
            shortcut.activated.connect(lambda row=row: self._go_by_key(row))
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self._go_by_key(
                (self.navigation.currentRow() + step) % len(self.sections)))

    def _go_by_key(self, row: int) -> None:
        """A section chosen with its shortcut: what is typed next goes into the section (its
        search box, or its first field), not to the navigation list, where a letter would jump
        to another section."""
        self._focus_page = True
        if row == self.navigation.currentRow():
            self._show_current()
        else:
            self.navigation.setCurrentRow(row)

    def _focus_into(self, page: QWidget) -> None:
        if hasattr(page, "focus_search"):
            page.focus_search()
            return
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                    and widget.isEnabled()):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    # Sections --------------------------------------------------------------------------------

    def current_section(self) -> Section:
        return self.sections[max(self.navigation.currentRow(), 0)]

    def show_section(self, key: str) -> QWidget | None:
        """Go to the section ``key``; its widget, or None while no database is open."""
        keys = [s.key for s in self.sections]
        self.navigation.setCurrentRow(keys.index(key))
        return self._pages.get(key)

    def page(self, key: str) -> QWidget | None:
        """The widget of section ``key`` if it has been created."""
        return self._pages.get(key)

    def rebuild_sections(self) -> None:
        """Every section but the one shown is built again when next visited."""
        self._drop_pages(keep=self._pages.get(self.current_section().key))

    def show_message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        """A short message in the status bar (ui.navigator)."""
        self.statusBar().showMessage(text, timeout_ms)

    def _drop_pages(self, keep: QWidget | None) -> None:
        """Throw away the section widgets but ``keep``; each is built again when shown."""
        for key in [k for k, page in self._pages.items() if page is not keep]:
            page = self._pages.pop(key)
            self.stack.removeWidget(page)
            page.deleteLater()

    def _navigated(self, row: int) -> None:
        """The navigation moved: leave the section shown (it may ask first), then show ``row``."""
        if row == self._row or row < 0:
            return
        self._set_row(self._row)  # until the section shown lets go
        self.leave_then(lambda: self._set_row(row, show=True))

    def _set_row(self, row: int, *, show: bool = False) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)
        self._row = row
        if show:
            self._show_current()

    def leave_then(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` once the section shown lets the officer leave it (see the module)."""
        page = self._pages.get(self.current_section().key)
        if page is not None and hasattr(page, "request_leave"):
            page.request_leave(proceed)
        else:
            proceed()

    def open_record(self, table: str, record_id: int) -> bool:
        """Go to the section that shows records of ``table`` and show record ``record_id``.

        False when no section shows such records or no database is open. The section shown
        first deals with its unsaved changes, so the record may appear a little later.
        """
        keys = [s.key for s in self.sections]
        section = next((s for s in self.sections if table in s.tables), None)
        if section is None or self.database is None:
            return False

        def show() -> None:
            self._set_row(keys.index(section.key), show=True)
            page = self._pages.get(section.key)
            if page is not None and hasattr(page, "open_record"):
                page.open_record(table, record_id)

        if self.current_section() is section:
            show()
        else:
            self.leave_then(show)
        return True

    def _show_current(self) -> None:
        section = self.current_section()
        self.settings.last_section = section.key
        if self.database is None:
            self.stack.setCurrentWidget(self.status_page)
            return
        page = self._pages.get(section.key)
        if page is None:
            context = SectionContext(self.database, self.settings, self)
            page = section.factory(context) if section.factory else PlaceholderPage(section)
            self._pages[section.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        focus_page, self._focus_page = self._focus_page, False
        if focus_page:
            self._focus_into(page)

    # The database ----------------------------------------------------------------------------

    def open_database(self, path: Path | str | URL, *, create: bool = False, read_only: bool = False,
                      take_over: bool = False) -> tasks.Task:
        """Open ``path`` in the background (``create``: make it when missing) and show it.

        It opens read-only when another program writes to it (or when asked); ``take_over``
        takes the writer lock from another machine the officer said is gone.
        """
        self._close_database()
        address = self.database_path = as_address(path)
        name = shown_name(address)  # a server's URL without its password
        self._show_status(self.tr("Đang mở cơ sở dữ liệu {path}…").format(path=name),
                          offer_other=False)
        self.database_label.setText(self.tr("Cơ sở dữ liệu: {path}").format(path=name))
        log.info("opening %s%s", name, " read-only" if read_only else "")
        self._openings += 1
        opening = self._openings
        return tasks.run_write(open_on_worker, address, create=create, read_only=read_only,
                               take_over=take_over, first_screen=self.current_section().module,
                               on_done=lambda opened: self._database_ready(opened, opening),
                               on_error=lambda exc: self._database_failed(exc, opening),
                               owner=self)

    def choose_database(self) -> None:
        start = self.database_path.parent if isinstance(self.database_path, Path) else ""
        path = msgbox.open_file(self, self.tr("Mở cơ sở dữ liệu"),
                                self.tr("Cơ sở dữ liệu KTTT (*.db *.sqlite);;Mọi tệp (*)"), start)
        if path is not None:
            self.leave_then(lambda: self.open_database(path))

    def _database_ready(self, opened: Opened, opening: int) -> None:
        if opening != self._openings:  # another file was chosen meanwhile
            opened.database.close()
            return
        database = self.database = opened.database
        label = self.tr("Cơ sở dữ liệu: {path}").format(path=database.name)
        if database.read_only:
            label += " " + self.tr("(chỉ đọc)")
        self.database_label.setText(label)
        self.set_office(opened.profile)
        self._show_banners(opened)
        self._show_current()
        log.info("opened %s%s", database.name, " read-only" if database.read_only else "")
        self.database_opened.emit(database)
        if self._restored is not None:
            self._record_restore(database)
        asked_to_write, self._asked_to_write = self._asked_to_write, False
        if database.read_only:
            if asked_to_write:
                msgbox.information(self, self.tr(
                    "Cơ sở dữ liệu vẫn đang được mở để ghi ở nơi khác, nên vẫn chỉ đọc. Hãy đóng "
                    "chương trình ở đó rồi thử lại."))
            return
        self.lock_timer.start()
        self._back_up_automatically(database)
        if opened.profile is None:
            self.ask_office_profile(first_start=opened.created)

    def _database_failed(self, exc: KtttError, opening: int) -> None:
        from kttt_desktop.data.database import DatabaseDamaged

        if opening != self._openings:
            return
        self._asked_to_write = False
        good = exc.good_backup if isinstance(exc, DatabaseDamaged) else None
        self._show_status(exc.message, offer_other=True, good_backup=good)
        self.database_label.setText(self.tr("Chưa mở cơ sở dữ liệu"))
        if good is not None:
            if msgbox.question(self, exc.message + "\n\n" + self.tr(
                    "Khôi phục ngay từ bản sao lưu này? Tệp bị hỏng được giữ lại nguyên trạng "
                    "trong thư mục sao lưu."), title=self.tr("Cơ sở dữ liệu bị hỏng")
            ) is msgbox.Answer.YES:
                self.restore_backup(good.path)
        else:
            msgbox.error(self, exc.message, details=exc.details)
        self.database_failed.emit(exc)

    def _show_status(self, message: str, *, offer_other: bool,
                     good_backup: BackupFile | None = None) -> None:
        """The page shown without a database; ``good_backup`` (a damaged file's newest good
        backup) adds the button that restores it."""
        self.status_message.setText(message)
        self.open_other_button.setVisible(offer_other)
        self._good_backup = good_backup
        self.restore_good_button.setVisible(good_backup is not None)
        self.stack.setCurrentWidget(self.status_page)
        self.read_only_banner.hide()
        self.location_banner.hide()

    # Read-only, the lock, the place of the file ----------------------------------------------

    def _show_banners(self, opened: Opened) -> None:
        database = opened.database
        if database.read_only_reason:
            self.read_only_banner.show_message(self.tr("Chỉ đọc: {reason}").format(
                reason=database.read_only_reason), [])
        elif database.read_only:
            self._show_read_only(opened.holder)
        if database.warning:
            self.location_banner.show_message(database.warning, [
                (self.tr("Đã hiểu"), "dismiss", self.location_banner.hide)])

    def _show_read_only(self, holder: LockHolder | None) -> None:
        if holder is None:
            text = self.tr("Chỉ đọc: cơ sở dữ liệu đang được một chương trình khác mở để ghi.")
        else:
            text = self.tr("Chỉ đọc: cơ sở dữ liệu đang được {holder}.").format(
                holder=holder.describe())
        text += " " + self.tr("Bạn xem được mọi thứ nhưng không sửa được gì; khi chương trình "
                              "kia đã đóng, hãy mở lại để ghi.")
        actions = [(self.tr("Mở lại để ghi"), "reopen_for_writing", self.reopen_for_writing)]
        if holder is not None and not holder.on_this_machine:
            actions.append((self.tr("Tiếp quản…"), "take_over", lambda: self.take_over(holder)))
        self.read_only_banner.show_message(text, actions)

    def reopen_for_writing(self) -> None:
        """Open the database again, for writing if the other program has closed it."""
        if self.database_path is None:
            return
        self._asked_to_write = True
        self.open_database(self.database_path)

    def take_over(self, holder: LockHolder) -> None:
        """Take the writer lock from a machine the officer confirms is no longer writing."""
        if self.database_path is None or msgbox.question(self, self.tr(
                "Chỉ tiếp quản khi chắc chắn máy {machine} đã tắt, hoặc chương trình ở đó đã bị "
                "treo và không dùng nữa.\n\nNếu chương trình ở máy {machine} vẫn đang làm việc, "
                "hai nơi cùng ghi có thể làm mất dữ liệu: những gì đang sửa dở ở đó sẽ không được "
                "lưu.\n\nTiếp quản cơ sở dữ liệu từ {holder}?").format(
                    machine=holder.machine, holder=holder.describe()),
                title=self.tr("Tiếp quản cơ sở dữ liệu"), default=msgbox.Answer.NO
        ) is not msgbox.Answer.YES:
            return
        log.warning("taking over %s from %s", self.database_path, holder)
        self.open_database(self.database_path, take_over=True)

    def check_lock(self) -> bool:
        """Whether the window still holds its writer lock; once another program took it over,
        say so and open the database again read-only."""
        database = self.database
        if database is None or not database.lock_lost:
            return True
        from kttt_desktop.data.lock import read_holder

        self.lock_timer.stop()
        holder = read_holder(database.path)
        who = holder.describe() if holder else self.tr("một chương trình khác")
        log.warning("the lock of %s was taken over by %s", database.path, who)
        path = database.path
        self.open_database(path, read_only=True)
        msgbox.warning(self, self.tr(
            "Cơ sở dữ liệu {path} đã bị tiếp quản: hiện đang được {holder}. Cửa sổ này đã ngừng "
            "ghi và mở lại ở chế độ chỉ đọc; những thay đổi chưa lưu ở đây không được lưu.").format(
                path=path, holder=who))
        return False

    # Backups -----------------------------------------------------------------------------------

    def _back_up_automatically(self, database: Database) -> None:
        from kttt_desktop.services.backups import automatic_backup

        tasks.run_task(automatic_backup, database, on_done=self._backed_up,
                       on_error=self._backup_failed, owner=self)

    def _backed_up(self, entry: BackupEntry | None) -> None:
        if entry is None:  # made earlier today
            return
        self.statusBar().showMessage(self.tr("Đã sao lưu tự động: {entry}").format(
            entry=entry.describe()), MESSAGE_MS)
        self.backup_made.emit(entry)

    def _backup_failed(self, exc: KtttError) -> None:
        msgbox.warning(self, self.tr("Chưa sao lưu tự động được: {problem}").format(
            problem=exc.message), details=exc.details)

    def restore_backup(self, source: Path | str) -> None:
        """Close the database, put the backup ``source`` in its place (the current data is
        backed up first) and open it again; :attr:`restore_finished` tells the outcome."""
        from kttt_desktop.services.backups import restore

        path = self.database_path
        if path is None:
            return

        def start() -> None:
            self._openings += 1  # an opening under way is dropped
            self._close_database()
            self._show_status(self.tr("Đang khôi phục từ {source}…").format(source=source),
                              offer_other=False)
            tasks.run_write(restore, path, Path(source), on_done=self._restore_done,
                            on_error=self._restore_failed, owner=self)

        self.leave_then(start)

    def _restore_done(self, result: RestoreResult) -> None:
        self._restored = result
        self.open_database(result.database)

    def _restore_failed(self, exc: KtttError) -> None:
        msgbox.error(self, exc.message, details=exc.details)
        self.restore_finished.emit(exc)
        if self.database_path is not None:
            self.open_database(self.database_path)

    def _record_restore(self, database: Database) -> None:
        """Write the restore into the restored database's log (unless another program got to
        write to it first), then tell the officer."""
        from kttt_desktop.services.backups import note_restore, restore_message

        result, self._restored = self._restored, None
        if database.writable:
            tasks.run_write(note_restore, database, result, owner=self,
                            on_finished=lambda: self.restore_finished.emit(result))
        else:
            self.restore_finished.emit(result)
        msgbox.information(self, restore_message(result))

    def _close_database(self) -> None:
        """Let running work finish, drop the section widgets, close the database."""
        if self.database is None:
            return
        self.lock_timer.stop()
        # Show no section while closing: a section shown again refreshes, starting new work.
        self.stack.setCurrentWidget(self.status_page)
        tasks.drain()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self.database.close()
        self.database = None
        self.set_office(None)

    # The office ------------------------------------------------------------------------------

    def set_office(self, profile: OfficeProfile | None) -> None:
        """Show the office's name (title, status bar) after it was loaded or saved."""
        self.office = profile
        self.office_label.setText(profile.name if profile else self.tr("Chưa có thông tin cơ quan"))
        self._update_title()
        self.office_changed.emit(profile)

    def office_saved(self, profile: OfficeProfile, edited_in: QWidget | None = None) -> None:
        """The office profile was saved (in the dialog, or in the section ``edited_in``): its
        area may have changed, so the lists of communes, the filters and the figures of every
        section are built again on it; the section shown at once, unless it is ``edited_in``."""
        self.set_office(profile)
        self._drop_pages(keep=edited_in)
        if self.database is not None and self.current_section().key not in self._pages:
            self._show_current()

    def ask_office_profile(self, *, first_start: bool = False) -> QWidget | None:
        """Open the office profile dialog (not blocking); None while no database is open or it
        is read-only."""
        if self.database is None or not self.database.writable:
            return None
        from kttt_desktop.ui.office_profile import OfficeProfileDialog

        if first_start:
            intro = self.tr("Chào mừng bạn đến với KTTT Desktop. Hãy nhập thông tin cơ quan và "
                            "chọn các xã, phường thuộc địa bàn quản lý; có thể sửa lại bất cứ lúc "
                            "nào trong mục Cài đặt.")
        elif self.office is None:
            intro = self.tr("Cơ sở dữ liệu này chưa có thông tin cơ quan. Hãy nhập thông tin cơ "
                            "quan và địa bàn.")
        else:
            intro = ""
        dialog = OfficeProfileDialog(self.database, self, intro=intro)
        dialog.saved.connect(self.office_saved)
        dialog.open()
        return dialog

    def _update_title(self) -> None:
        title = self.tr("KTTT Desktop — Quản lý kinh tế tập thể")
        if self.office:
            title += f" — {self.office.name}"
        if self.database is not None and self.database.read_only:
            title += " " + self.tr("(chỉ đọc)")
        self.setWindowTitle(title)

    # Help and closing ------------------------------------------------------------------------

    def show_guide(self) -> QWidget:
        """Open the user guide beside the window (in English: at its English summary)."""
        from PySide6.QtCore import QCoreApplication

        from kttt_desktop.ui.guide import ENGLISH_HEADING, GuideWindow

        if self._guide is None:
            self._guide = GuideWindow(self)
            if QCoreApplication.instance().property(LANGUAGE_PROPERTY) == "en":
                self._guide.show_heading(ENGLISH_HEADING)
        self._guide.show()
        self._guide.raise_()
        return self._guide

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        from kttt_desktop.system.paths import data_dir

        msgbox.information(self, self.tr(
            "KTTT Desktop {version}\n\nQuản lý kinh tế tập thể: sổ đăng ký tổ hợp tác, hợp tác "
            "xã, liên hiệp hợp tác xã, thành viên, cán bộ, sản phẩm OCOP; chỉ tiêu kế hoạch và "
            "báo cáo định kỳ.\n\nThư mục dữ liệu: {data}\nQt for Python {qt}").format(
                version=__version__, data=data_dir(), qt=pyside_version),
            title=self.tr("Giới thiệu KTTT Desktop"))

    def _may_close(self) -> bool:
        """Whether the section shown lets the window close now; after a save in the background
        the window closes by itself."""
        if self._close_approved:
            return True
        state = {"asking": True, "answered": False}

        def proceed() -> None:
            state["answered"] = True
            if not state["asking"]:
                self._close_approved = True
                self.close()

        self.leave_then(proceed)
        state["asking"] = False
        return state["answered"]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._may_close():
            event.ignore()
            return
        self.settings.save_window(self)
        self.settings.sync()
        self._openings += 1  # a database still opening is closed as soon as it arrives
        self._close_database()
        tasks.drain()
        super().closeEvent(event)
