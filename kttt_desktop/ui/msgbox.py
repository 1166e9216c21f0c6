"""Every modal dialog that tells the user something or asks them something goes through here.

Message boxes (:func:`information`, :func:`warning`, :func:`error`, :func:`question`), the crash
dialog (:func:`crash`), the file and folder choosers (:func:`open_file`, :func:`open_files`,
:func:`save_file`, :func:`choose_folder`) and the print dialog (:func:`choose_printer`). Nothing
else in the program makes a ``QMessageBox``, a ``QFileDialog`` or a ``QPrintDialog``.

The buttons speak Vietnamese ("Có", "Không", "Hủy", "Đóng") whatever Qt's own translations are
(Qt has none for Vietnamese): the file and print dialogs get Vietnamese titles, labels, buttons
and tool tips wherever Qt lets the program set them, and are the native ones on Windows. Every
box deletes itself when closed.

Tests switch the dialogs off with :func:`set_recorder`: each call is then recorded in a
:class:`Recorder` and answered at once from the answers the test queued, so no modal dialog can
ever block a test run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.ui.screen_fit import fit_to_screen


class Answer(Enum):
    YES = "yes"
    NO = "no"
    CANCEL = "cancel"


@dataclass
class Shown:
    """One dialog as a test saw it."""

    kind: str  # information, warning, error, question, crash, open_file(s), save_file,
    # choose_folder, print
    title: str
    text: str
    details: str = ""
    answer: object = None


class Recorder:
    """Stands in for every dialog while installed: records the call, answers from a queue.

    A question with no queued answer gets the answer of its Esc key ("Hủy" when offered, else
    "Không"); a file chooser with no queued answer gets ``None`` (the user cancelled; a chooser
    of several files takes a list), the print dialog ``False`` (cancelled; queue ``True`` to
    print with the printer as it was set up).
    """

    def __init__(self) -> None:
        self.shown: list[Shown] = []
        self._answers: deque[object] = deque()

    def answer(self, *answers: Answer | Path | str | list[Path] | bool | None) -> None:
        """Queue answers, in order: :class:`Answer` for questions, a path or None for file
        choosers (a list of paths for :func:`open_files`), a bool for the print dialog."""
        self._answers.extend(answers)

    def texts(self, kind: str | None = None) -> list[str]:
        return [s.text for s in self.shown if kind is None or s.kind == kind]

    def take(self, kind: str | None = None) -> list[Shown]:
        """Remove and return the recorded dialogs (of one kind), e.g. the crash a test expected."""
        taken = [s for s in self.shown if kind is None or s.kind == kind]
        self.shown = [s for s in self.shown if s not in taken]
        return taken

    def _next(self, kind: str, expected: tuple[type, ...], default: object) -> object:
        if not self._answers:
            return default
        value = self._answers.popleft()
        if not isinstance(value, expected):
            raise AssertionError(f"the answer queued for a {kind} dialog was {value!r}")
        return value

    def _record(self, kind: str, title: str, text: str, details: str = "",
                answer: object = None) -> object:
        self.shown.append(Shown(kind, title, text, details, answer))
        return answer


_recorder: Recorder | None = None


def set_recorder(recorder: Recorder | None) -> Recorder | None:
    """Install ``recorder`` in place of the real dialogs (``None``: real dialogs again)."""
    global _recorder
    previous, _recorder = _recorder, recorder
    return previous


def _title(kind: str) -> str:
    titles = {
        "information": QCoreApplication.translate("MessageBox", "Thông báo"),
        "warning": QCoreApplication.translate("MessageBox", "Cảnh báo"),
        "error": QCoreApplication.translate("MessageBox", "Lỗi"),
        "question": QCoreApplication.translate("MessageBox", "Xác nhận"),
        "crash": QCoreApplication.translate("MessageBox", "Lỗi không mong đợi"),
    }
    return titles[kind]


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote paths and user text
    return box


def _icon(kind: str) -> QMessageBox.Icon:
    """The box's icon; looked up when a box is shown (Qt builds its enums on first use)."""
    if kind == "information":
        return QMessageBox.Icon.Information
    return QMessageBox.Icon.Warning if kind == "warning" else QMessageBox.Icon.Critical


def _tell(kind: str, parent: QWidget | None, text: str, title: str | None,
          details: str) -> None:
    title = title or _title(kind)
    if _recorder is not None:
        _recorder._record(kind, title, text, details)
        return
    if details:
        DetailsDialog(parent, title, text, details, kind).exec()
        return
    box = _box(parent, _icon(kind), title, text)
    box.addButton(QCoreApplication.translate("MessageBox", "Đóng"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def information(parent: QWidget | None, text: str, *, title: str | None = None) -> None:
    _tell("information", parent, text, title, "")


def warning(parent: QWidget | None, text: str, *, title: str | None = None,
            details: str = "") -> None:
    _tell("warning", parent, text, title, details)


def error(parent: QWidget | None, text: str, *, title: str | None = None,
          details: str = "") -> None:
    """An error the user can act on; ``details`` adds a text to read and copy."""
    _tell("error", parent, text, title, details)


def crash(parent: QWidget | None, text: str, details: str) -> None:
    """The dialog for a bug: what happened, the traceback, "Sao chép chi tiết" and "Đóng"."""
    _tell("crash", parent, text, None, details)


def question(parent: QWidget | None, text: str, *, title: str | None = None,
             cancel: bool = False, default: Answer = Answer.YES) -> Answer:
    """Ask a yes/no question ("Có" / "Không", and "Hủy" when ``cancel``); Esc gives the last."""
    escape = Answer.CANCEL if cancel else Answer.NO
    title = title or _title("question")
    if _recorder is not None:
        answer = _recorder._next("question", (Answer,), escape)
        _recorder._record("question", title, text, answer=answer)
        return answer  # type: ignore[return-value]
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    buttons = {
        Answer.YES: box.addButton(QCoreApplication.translate("MessageBox", "Có"),
                                  QMessageBox.ButtonRole.YesRole),
        Answer.NO: box.addButton(QCoreApplication.translate("MessageBox", "Không"),
                                 QMessageBox.ButtonRole.NoRole),
    }
    if cancel:
        buttons[Answer.CANCEL] = box.addButton(QCoreApplication.translate("MessageBox", "Hủy"),
                                               QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    clicked: list[QAbstractButton] = []
    box.buttonClicked.connect(clicked.append)
    box.exec()
    for answer, button in buttons.items():
        if clicked and clicked[0] is button:
            return answer
    return escape


def open_file(parent: QWidget | None, title: str, filters: str,
              directory: Path | str = "") -> Path | None:
    """Ask for an existing file; ``None`` when the user cancels."""
    return _ask_path("open_file", title, filters,
                     lambda: _chosen(file_dialog(parent, "open_file", title, filters, directory)))


def open_files(parent: QWidget | None, title: str, filters: str,
               directory: Path | str = "") -> list[Path]:
    """Ask for one or more existing files; an empty list when the user cancels."""
    if _recorder is not None:
        answer = _recorder._next("open_files", (list, type(None)), None)
        _recorder._record("open_files", title, filters, answer=answer)
        return [Path(p) for p in answer or []]  # type: ignore[union-attr]
    dialog = file_dialog(parent, "open_files", title, filters, directory)
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return [Path(p) for p in chosen]


def save_file(parent: QWidget | None, title: str, filters: str,
              suggested: Path | str = "") -> Path | None:
    """Ask where to write a file (the chooser confirms overwriting); ``None`` when cancelled."""
    return _ask_path("save_file", title, filters,
                     lambda: _chosen(file_dialog(parent, "save_file", title, filters, suggested)))


def choose_folder(parent: QWidget | None, title: str,
                  directory: Path | str = "") -> Path | None:
    """Ask for an existing folder (a USB stick); ``None`` when the user cancels."""
    return _ask_path("choose_folder", title, "",
                     lambda: _chosen(file_dialog(parent, "choose_folder", title, "", directory)))


def choose_printer(parent: QWidget | None, printer: object) -> bool:
    """Let the user choose and set up ``printer`` (a QPrinter); False when they cancel."""
    if _recorder is not None:
        answer = _recorder._next("print", (bool,), False)
        _recorder._record("print", QCoreApplication.translate("MessageBox", "In"), "",
                          answer=answer)
        return bool(answer)
    dialog = print_dialog(parent, printer)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


# Qt's own dialogs --------------------------------------------------------------------------------
# Qt has no Vietnamese catalogue: its file and print dialogs would speak English. The program sets
# what Qt lets it set (title, labels, buttons, tool tips); on Windows the native dialogs are used,
# which speak the language of Windows.

_FILE_MODES = {
    "open_file": (QFileDialog.FileMode.ExistingFile, QT_TRANSLATE_NOOP("MessageBox", "&Mở")),
    "open_files": (QFileDialog.FileMode.ExistingFiles, QT_TRANSLATE_NOOP("MessageBox", "&Mở")),
    "save_file": (QFileDialog.FileMode.AnyFile, QT_TRANSLATE_NOOP("MessageBox", "&Lưu")),
    "choose_folder": (QFileDialog.FileMode.Directory,
                      QT_TRANSLATE_NOOP("MessageBox", "&Chọn thư mục")),
}
_FILE_LABELS = (
    (QFileDialog.DialogLabel.LookIn, QT_TRANSLATE_NOOP("MessageBox", "Tìm t&rong:")),
    (QFileDialog.DialogLabel.FileName, QT_TRANSLATE_NOOP("MessageBox", "&Tên tệp:")),
    (QFileDialog.DialogLabel.FileType, QT_TRANSLATE_NOOP("MessageBox", "&Loại tệp:")),
    (QFileDialog.DialogLabel.Reject, QT_TRANSLATE_NOOP("MessageBox", "Hủy")),
)
# The tool buttons of Qt's own file dialog, by their objectName.
_FILE_TOOL_TIPS = {
    "backButton": QT_TRANSLATE_NOOP("MessageBox", "Quay lại"),
    "forwardButton": QT_TRANSLATE_NOOP("MessageBox", "Tiếp"),
    "toParentButton": QT_TRANSLATE_NOOP("MessageBox", "Lên thư mục cha"),
    "newFolderButton": QT_TRANSLATE_NOOP("MessageBox", "Tạo thư mục mới"),
    "listModeButton": QT_TRANSLATE_NOOP("MessageBox", "Xem dạng danh sách"),
    "detailModeButton": QT_TRANSLATE_NOOP("MessageBox", "Xem chi tiết"),
}
_PRINT_BUTTONS = {
    QDialogButtonBox.ButtonRole.AcceptRole: QT_TRANSLATE_NOOP("MessageBox", "&In"),
    QDialogButtonBox.ButtonRole.RejectRole: QT_TRANSLATE_NOOP("MessageBox", "Hủy"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageBox", text)


def file_dialog(parent: QWidget | None, kind: str, title: str, filters: str,
                directory: Path | str = "") -> QFileDialog:
    """The file chooser of ``kind`` (``open_file``, ``open_files``, ``save_file``,
    ``choose_folder``), in Vietnamese as far as Qt lets the program say it."""
    dialog = QFileDialog(parent, title, str(directory), filters)
    mode, accept = _FILE_MODES[kind]
    dialog.setFileMode(mode)
    if kind == "save_file":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if kind == "choose_folder":
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr(accept))
    for label, text in _FILE_LABELS:
        dialog.setLabelText(label, _tr(text))
    dialog.installEventFilter(_QtWords(dialog))
    return dialog


def print_dialog(parent: QWidget | None, printer: object) -> QDialog:
    """The print dialog for ``printer``, titled and with its buttons in Vietnamese."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("In"))
    dialog.installEventFilter(_QtWords(dialog))
    _say_in_vietnamese(dialog)
    return dialog


def _say_in_vietnamese(dialog: QDialog) -> None:
    """The words of a Qt dialog's own widgets that the program can set (once they exist)."""
    for name, tip in _FILE_TOOL_TIPS.items():
        button = dialog.findChild(QToolButton, name)
        if button is not None:
            button.setToolTip(_tr(tip))
    if isinstance(dialog, QFileDialog):
        return
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            text = _PRINT_BUTTONS.get(box.buttonRole(button))
            if text is not None:
                button.setText(_tr(text))


class _QtWords(QObject):
    """Sets the Vietnamese words when Qt's own dialog is shown (its widgets made by then)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            _say_in_vietnamese(watched)
        return False


def _chosen(dialog: QFileDialog) -> str:
    """Run the file chooser; the path chosen, "" when cancelled."""
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return chosen[0] if chosen else ""


def _ask_path(kind: str, title: str, filters: str, ask: Callable[[], str]) -> Path | None:
    if _recorder is not None:
        answer = _recorder._next(kind, (Path, str, type(None)), None)
        _recorder._record(kind, title, filters, answer=answer)
    else:
        answer = ask() or None
    return Path(answer) if answer is not None else None  # type: ignore[arg-type]


class DetailsDialog(QDialog):
    """A message with a long text below it (a traceback) and a button that copies that text."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str,
                 kind: str = "error") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.details = details

        icon_label = QLabel(self)
        pixmaps = {"warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                   "information": QStyle.StandardPixmap.SP_MessageBoxInformation}
        standard = pixmaps.get(kind, QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon_label.setPixmap(self.style().standardIcon(standard).pixmap(32, 32))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        message = QLabel(text, self)
        message.setObjectName("message")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_view = QPlainTextEdit(details, self)
        self.details_view.setObjectName("details")
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("MessageBox", "Sao chép chi tiết"),
            QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copy")
        close = buttons.addButton(QCoreApplication.translate("MessageBox", "Đóng"),
                                  QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon_label)
        top.addWidget(message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("MessageBox", "Đã sao chép"))
