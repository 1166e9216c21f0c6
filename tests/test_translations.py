"""The English translation: every message the code can show is in the catalogue and translated, with
the same placeholders; the command and the window speak English when asked."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.build_translations import I18N_DIR, compile_translations, extract

CATALOGUE = I18N_DIR / "kttt_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?=[^\s&])")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element."""
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """The committed catalogue brought up to date by a fresh extraction from the code."""
    copy = tmp_path_factory.mktemp("i18n") / CATALOGUE.name
    shutil.copyfile(CATALOGUE, copy)
    extract(copy)
    return messages(copy)


def test_every_message_of_the_code_and_forms_is_in_the_catalogue(fresh):
    committed = messages(CATALOGUE)
    new = sorted(set(fresh) - set(committed))
    gone = sorted(set(committed) - set(fresh))
    assert not new, ("messages missing from the catalogue (run scripts/build_translations.py "
                     f"--update and translate them): {new[:20]}")
    assert not gone, f"messages the code no longer has (run --update): {gone[:20]}"
    assert len(fresh) > 1500


def test_every_message_has_a_finished_translation(fresh):
    unfinished = [key for key, t in fresh.items() if t.get("type") or not (t.text or "").strip()]
    assert not unfinished, f"{len(unfinished)} messages are not translated: {unfinished[:20]}"


def test_translations_keep_the_placeholders_and_shortcut_letters(fresh):
    wrong = []
    for (context, source), translation in fresh.items():
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((context, source, text))
        elif bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
            wrong.append((context, source, text))
    assert not wrong, wrong[:10]


def test_messages_translated_through_a_context_helper_are_extracted(fresh):
    # services/returns/sections.py writes _t("Tại ngày {day}") for translate("Return", …)
    assert fresh[("Return", "Tại ngày {day}")].text == "On {day}"


def test_every_enumeration_label_is_translated_in_its_own_context(fresh):
    import importlib
    import pkgutil

    import kttt_desktop
    from kttt_desktop.core.enums import LabelledEnum

    for module in pkgutil.walk_packages(kttt_desktop.__path__, "kttt_desktop."):
        if not re.search(r"\.(ui|app|__main__|data\.migrations)\b", module.name):
            importlib.import_module(module.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    labels = [(cls.__name__, member.source_label) for cls in subclasses(LabelledEnum)
              for member in cls]
    assert len(labels) > 50
    assert [key for key in labels if key not in fresh] == []


# The command ----------------------------------------------------------------------------------


def test_the_command_speaks_english_with_lang_en(tmp_path, capsys):
    from kttt_desktop.cli import main
    from kttt_desktop.core import i18n

    missing = tmp_path / "none.db"
    try:
        assert main(["--lang", "en", "--db", str(missing), "check", "--period", "2025"]) == 3
    finally:
        i18n.install(None)
    assert capsys.readouterr().err.strip() == f"Database {missing} not found."


def test_the_command_help_is_english_and_follows_the_saved_choice(tmp_path, capsys):
    from kttt_desktop.cli import main
    from kttt_desktop.core import i18n
    from kttt_desktop.system.paths import settings_file

    settings_file().write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    try:
        with pytest.raises(SystemExit):
            main(["check", "--help"])
        english = capsys.readouterr().out
        with pytest.raises(SystemExit):
            main(["--lang", "vi", "check", "--help"])
        vietnamese = capsys.readouterr().out
    finally:
        i18n.install(None)
    assert "print the result as JSON (UTF-8) to standard output" in english
    assert "in kết quả dạng JSON (UTF-8) ra đầu ra chuẩn" in vietnamese


# The window -----------------------------------------------------------------------------------


@pytest.fixture
def english(qapp):
    """The interface in English (the compiled catalogue loaded), Vietnamese again afterwards."""
    from kttt_desktop.app import set_language

    compile_translations()
    loaded = set_language(qapp, "en")
    assert any(t.filePath().endswith("kttt_en.qm") for t in loaded)
    yield
    set_language(qapp, "vi")


def test_the_window_in_english_shows_english_sections_and_forms(english, qtbot, db_path):
    from kttt_desktop.ui.main_window import MainWindow
    from kttt_desktop.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_database(db_path)
    sections = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert sections[:3] == ["Overview", "Organisations", "Members"]
    assert "Settings" in sections and "Returns" in sections
    assert window.menuBar().actions()[0].text() == "&File"

    page = window.show_section("organisations")
    page.new_record()
    form = page.form.ui
    assert form.name.placeholderText() == "For example: Hợp tác xã Nông nghiệp Đồng Tâm"
    labels = {label.text() for label in page.form.findChildren(type(form.name_label))}
    assert {"&Name (*):", "Co&mmune (*):", "Date esta&blished (*):"} <= labels
    page.form.revert()


def test_the_language_chosen_in_settings_is_stored_for_the_next_start(main_window):
    from kttt_desktop.languages import saved_language

    page = main_window.show_section("settings")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert saved_language() == "en"
    assert "mở lại chương trình" in main_window.statusBar().currentMessage()
    page.language.setCurrentIndex(page.language.findData("vi"))
    assert saved_language() == "vi"


def _menu_texts(widget) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    finally:
        menu.deleteLater()


def test_the_menus_qt_itself_shows_speak_the_interface_language(qapp, english):
    """Qt ships no Vietnamese for a text field's menu or its standard buttons: the program's own
    catalogue of them is loaded in Vietnamese, Qt's in English."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QFileSystemModel, QLineEdit, QPlainTextEdit

    from kttt_desktop.app import set_language

    assert "&Copy" in _menu_texts(QLineEdit())
    set_language(qapp, "vi")
    line, text = QLineEdit(), QPlainTextEdit()
    assert _menu_texts(line) == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa",
                                 "Chọn tất cả"]
    assert {"&Sao chép", "&Dán", "Chọn tất cả"} <= set(_menu_texts(text))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    assert {b.text() for b in buttons.buttons()} == {"Đồng ý", "Hủy"}
    files = QFileSystemModel()
    assert [files.headerData(n, Qt.Orientation.Horizontal) for n in range(4)] == [
        "Tên", "Kích thước", "Loại", "Ngày sửa"]
