"""The user guide: every picture it shows exists, and Trợ giúp → Hướng dẫn sử dụng shows it with
its pictures, without any network."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

from kttt_desktop.ui.guide import ENGLISH_HEADING, GuideWindow, guide_path

GUIDE = guide_path()
TEXT = GUIDE.read_text(encoding="utf-8")
IMAGES = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", TEXT)


def test_every_picture_of_the_guide_exists_and_every_screen_is_shown():
    assert IMAGES
    missing = [image for image in IMAGES if not (GUIDE.parent / image).is_file()]
    assert missing == []
    for screen in ("office-dialog", "main-window", "members", "import-check", "targets", "returns",
                   "consolidation", "backup", "restore-preview", "read-only", "audit-log",
                   "checks", "main-window-en", "organisation-form-en"):
        assert f"screenshots/{screen}.png" in IMAGES


def test_the_guide_names_every_rule_of_the_data_checks():
    from kttt_desktop.services.findings import RULES

    for rule in RULES:
        assert f"| {rule.raw_title} |" in TEXT, rule.raw_title


def test_the_help_menu_opens_the_guide_with_its_pictures(main_window, qtbot):
    action = next(a for a in main_window.findChildren(type(main_window.open_action))
                  if a.objectName() == "guide")
    action.trigger()
    guide = main_window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    document = guide.browser.document()
    assert document.toPlainText().startswith("Hướng dẫn sử dụng KTTT Desktop")
    assert "Cài đặt từ USB" in document.toPlainText()

    pictures = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                pictures.append(form.toImageFormat())
            fragments += 1
        block = block.next()
    assert len(pictures) == len(IMAGES)
    # each picture is found and drawn (a missing one would be a zero-sized placeholder)
    for picture in pictures:
        image = document.resource(document.ResourceType.ImageResource, picture.name())
        assert image is not None and not image.isNull(), picture.name()
    # wide screenshots are shrunk to the reading width, keeping their proportions
    wide = [p for p in pictures if p.width() > 0]
    assert wide and all(p.width() <= 860 for p in wide)


def test_the_guide_can_jump_to_its_english_summary(qtbot):
    guide = GuideWindow()
    qtbot.addWidget(guide)
    assert guide.show_heading(ENGLISH_HEADING)
    cursor: QTextCursor = guide.browser.textCursor()
    assert cursor.block().text() == "18. English summary"
    assert not guide.show_heading("no such heading")


def test_a_missing_guide_is_said_plainly(qtbot, tmp_path):
    guide = GuideWindow(path=tmp_path / "none.md")
    qtbot.addWidget(guide)
    assert "Không mở được hướng dẫn" in guide.browser.toPlainText()
