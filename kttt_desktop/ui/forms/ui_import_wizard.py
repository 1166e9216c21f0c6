# Generated from forms/import_wizard.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportWizardForm(object):
    def setupUi(self, ImportWizardForm):
        if not ImportWizardForm.objectName():
            ImportWizardForm.setObjectName(u"ImportWizardForm")
        ImportWizardForm.resize(960, 640)
        self.main_layout = QVBoxLayout(ImportWizardForm)
        self.main_layout.setObjectName(u"main_layout")
        self.step_title = QLabel(ImportWizardForm)
        self.step_title.setObjectName(u"step_title")

        self.main_layout.addWidget(self.step_title)

        self.pages = QStackedWidget(ImportWizardForm)
        self.pages.setObjectName(u"pages")
        self.page_file = QWidget()
        self.page_file.setObjectName(u"page_file")
        self.file_layout = QVBoxLayout(self.page_file)
        self.file_layout.setObjectName(u"file_layout")
        self.file_hint = QLabel(self.page_file)
        self.file_hint.setObjectName(u"file_hint")
        self.file_hint.setWordWrap(True)

        self.file_layout.addWidget(self.file_hint)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_path = QLineEdit(self.page_file)
        self.file_path.setObjectName(u"file_path")

        self.file_row.addWidget(self.file_path)

        self.choose_file = QPushButton(self.page_file)
        self.choose_file.setObjectName(u"choose_file")

        self.file_row.addWidget(self.choose_file)


        self.file_layout.addLayout(self.file_row)

        self.file_status = QLabel(self.page_file)
        self.file_status.setObjectName(u"file_status")
        self.file_status.setWordWrap(True)
        self.file_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.file_layout.addWidget(self.file_status)

        self.file_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_spacer)

        self.pages.addWidget(self.page_file)
        self.page_mapping = QWidget()
        self.page_mapping.setObjectName(u"page_mapping")
        self.mapping_layout = QVBoxLayout(self.page_mapping)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_hint = QLabel(self.page_mapping)
        self.mapping_hint.setObjectName(u"mapping_hint")
        self.mapping_hint.setWordWrap(True)

        self.mapping_layout.addWidget(self.mapping_hint)

        self.sheets_table = QTableWidget(self.page_mapping)
        self.sheets_table.setObjectName(u"sheets_table")
        self.sheets_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheets_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheets_table.setWordWrap(True)

        self.mapping_layout.addWidget(self.sheets_table)

        self.columns_label = QLabel(self.page_mapping)
        self.columns_label.setObjectName(u"columns_label")

        self.mapping_layout.addWidget(self.columns_label)

        self.columns_table = QTableWidget(self.page_mapping)
        self.columns_table.setObjectName(u"columns_table")
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns_table.setWordWrap(True)

        self.mapping_layout.addWidget(self.columns_table)

        self.missing_label = QLabel(self.page_mapping)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)

        self.mapping_layout.addWidget(self.missing_label)

        self.missing_table = QTableWidget(self.page_mapping)
        self.missing_table.setObjectName(u"missing_table")
        self.missing_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missing_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.missing_table.setWordWrap(True)

        self.mapping_layout.addWidget(self.missing_table)

        self.saved_row = QHBoxLayout()
        self.saved_row.setObjectName(u"saved_row")
        self.saved_label = QLabel(self.page_mapping)
        self.saved_label.setObjectName(u"saved_label")

        self.saved_row.addWidget(self.saved_label)

        self.saved_mappings = QComboBox(self.page_mapping)
        self.saved_mappings.setObjectName(u"saved_mappings")
        self.saved_mappings.setMinimumContentsLength(16)

        self.saved_row.addWidget(self.saved_mappings)

        self.apply_mapping = QPushButton(self.page_mapping)
        self.apply_mapping.setObjectName(u"apply_mapping")

        self.saved_row.addWidget(self.apply_mapping)

        self.saved_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saved_row.addItem(self.saved_spacer)

        self.mapping_name = QLineEdit(self.page_mapping)
        self.mapping_name.setObjectName(u"mapping_name")

        self.saved_row.addWidget(self.mapping_name)

        self.save_mapping = QPushButton(self.page_mapping)
        self.save_mapping.setObjectName(u"save_mapping")

        self.saved_row.addWidget(self.save_mapping)


        self.mapping_layout.addLayout(self.saved_row)

        self.pages.addWidget(self.page_mapping)
        self.page_check = QWidget()
        self.page_check.setObjectName(u"page_check")
        self.check_layout = QVBoxLayout(self.page_check)
        self.check_layout.setObjectName(u"check_layout")
        self.check_status = QLabel(self.page_check)
        self.check_status.setObjectName(u"check_status")
        self.check_status.setWordWrap(True)
        self.check_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.check_layout.addWidget(self.check_status)

        self.skip_outside_area = QCheckBox(self.page_check)
        self.skip_outside_area.setObjectName(u"skip_outside_area")

        self.check_layout.addWidget(self.skip_outside_area)

        self.check_progress = QProgressBar(self.page_check)
        self.check_progress.setObjectName(u"check_progress")
        self.check_progress.setValue(0)
        self.check_progress.setTextVisible(True)

        self.check_layout.addWidget(self.check_progress)

        self.counts_table = QTableWidget(self.page_check)
        self.counts_table.setObjectName(u"counts_table")
        self.counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.counts_table.setWordWrap(True)

        self.check_layout.addWidget(self.counts_table)

        self.notes = QLabel(self.page_check)
        self.notes.setObjectName(u"notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.check_layout.addWidget(self.notes)

        self.inferences_group = QGroupBox(self.page_check)
        self.inferences_group.setObjectName(u"inferences_group")
        self.inferences_layout = QVBoxLayout(self.inferences_group)
        self.inferences_layout.setObjectName(u"inferences_layout")
        self.inferences_table = QTableWidget(self.inferences_group)
        self.inferences_table.setObjectName(u"inferences_table")
        self.inferences_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inferences_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inferences_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inferences_table.setWordWrap(True)

        self.inferences_layout.addWidget(self.inferences_table)


        self.check_layout.addWidget(self.inferences_group)

        self.units_group = QGroupBox(self.page_check)
        self.units_group.setObjectName(u"units_group")
        self.units_layout = QVBoxLayout(self.units_group)
        self.units_layout.setObjectName(u"units_layout")
        self.choices_hint = QLabel(self.units_group)
        self.choices_hint.setObjectName(u"choices_hint")
        self.choices_hint.setWordWrap(True)

        self.units_layout.addWidget(self.choices_hint)

        self.commune_choices_table = QTableWidget(self.units_group)
        self.commune_choices_table.setObjectName(u"commune_choices_table")
        self.commune_choices_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.commune_choices_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commune_choices_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commune_choices_table.setWordWrap(True)

        self.units_layout.addWidget(self.commune_choices_table)

        self.choices_row = QHBoxLayout()
        self.choices_row.setObjectName(u"choices_row")
        self.choices_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choices_row.addItem(self.choices_spacer)

        self.apply_choices = QPushButton(self.units_group)
        self.apply_choices.setObjectName(u"apply_choices")

        self.choices_row.addWidget(self.apply_choices)


        self.units_layout.addLayout(self.choices_row)

        self.renamings_hint = QLabel(self.units_group)
        self.renamings_hint.setObjectName(u"renamings_hint")
        self.renamings_hint.setWordWrap(True)

        self.units_layout.addWidget(self.renamings_hint)

        self.renamings_table = QTableWidget(self.units_group)
        self.renamings_table.setObjectName(u"renamings_table")
        self.renamings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.renamings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.renamings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.renamings_table.setWordWrap(True)

        self.units_layout.addWidget(self.renamings_table)


        self.check_layout.addWidget(self.units_group)

        self.problems_label = QLabel(self.page_check)
        self.problems_label.setObjectName(u"problems_label")

        self.check_layout.addWidget(self.problems_label)

        self.problems_table = QTableWidget(self.page_check)
        self.problems_table.setObjectName(u"problems_table")
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems_table.setWordWrap(True)

        self.check_layout.addWidget(self.problems_table)

        self.report_row = QHBoxLayout()
        self.report_row.setObjectName(u"report_row")
        self.report_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_row.addItem(self.report_spacer)

        self.save_report = QPushButton(self.page_check)
        self.save_report.setObjectName(u"save_report")

        self.report_row.addWidget(self.save_report)


        self.check_layout.addLayout(self.report_row)

        self.pages.addWidget(self.page_check)
        self.page_import = QWidget()
        self.page_import.setObjectName(u"page_import")
        self.import_layout = QVBoxLayout(self.page_import)
        self.import_layout.setObjectName(u"import_layout")
        self.import_status = QLabel(self.page_import)
        self.import_status.setObjectName(u"import_status")
        self.import_status.setWordWrap(True)
        self.import_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_layout.addWidget(self.import_status)

        self.import_progress = QProgressBar(self.page_import)
        self.import_progress.setObjectName(u"import_progress")
        self.import_progress.setValue(0)
        self.import_progress.setTextVisible(True)

        self.import_layout.addWidget(self.import_progress)

        self.import_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.import_layout.addItem(self.import_spacer)

        self.pages.addWidget(self.page_import)

        self.main_layout.addWidget(self.pages)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.back = QPushButton(ImportWizardForm)
        self.back.setObjectName(u"back")

        self.button_row.addWidget(self.back)

        self.next = QPushButton(ImportWizardForm)
        self.next.setObjectName(u"next")

        self.button_row.addWidget(self.next)

        self.run_import = QPushButton(ImportWizardForm)
        self.run_import.setObjectName(u"run_import")

        self.button_row.addWidget(self.run_import)

        self.cancel = QPushButton(ImportWizardForm)
        self.cancel.setObjectName(u"cancel")

        self.button_row.addWidget(self.cancel)

        self.close = QPushButton(ImportWizardForm)
        self.close.setObjectName(u"close")

        self.button_row.addWidget(self.close)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.saved_label.setBuddy(self.saved_mappings)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizardForm)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportWizardForm)
    # setupUi

    def retranslateUi(self, ImportWizardForm):
        ImportWizardForm.setWindowTitle(QCoreApplication.translate("ImportWizardForm", u"Nh\u1eadp s\u1ed5 \u0111\u0103ng k\u00fd t\u1eeb b\u1ea3ng t\u00ednh", None))
        self.step_title.setText(QCoreApplication.translate("ImportWizardForm", u"B\u01b0\u1edbc 1/4: ch\u1ecdn t\u1ec7p", None))
        self.file_hint.setText(QCoreApplication.translate("ImportWizardForm", u"Ch\u1ecdn b\u1ea3ng t\u00ednh c\u1ea7n nh\u1eadp. Ch\u01b0\u01a1ng tr\u00ecnh nh\u1eadn ra c\u00e1c trang v\u00e0 c\u00e1c c\u1ed9t theo t\u00ean c\u1ed9t (c\u00f3 d\u1ea5u hay kh\u00f4ng d\u1ea5u, hoa hay th\u01b0\u1eddng); b\u01b0\u1edbc sau cho xem v\u00e0 s\u1eeda c\u00e1ch gh\u00e9p.", None))
        self.file_path.setPlaceholderText(QCoreApplication.translate("ImportWizardForm", u"G\u00f5 ho\u1eb7c d\u00e1n \u0111\u01b0\u1eddng d\u1eabn t\u1ec7p r\u1ed3i b\u1ea5m Enter, ho\u1eb7c b\u1ea5m Ch\u1ecdn t\u1ec7p\u2026", None))
        self.choose_file.setText(QCoreApplication.translate("ImportWizardForm", u"&Ch\u1ecdn t\u1ec7p\u2026", None))
        self.mapping_hint.setText(QCoreApplication.translate("ImportWizardForm", u"M\u1ed7i trang c\u1ee7a t\u1ec7p \u0111\u01b0\u1ee3c nh\u1eadp v\u00e0o m\u1ed9t s\u1ed5; m\u1ed7i c\u1ed9t v\u00e0o m\u1ed9t tr\u01b0\u1eddng. S\u1eeda ch\u1ed7 ch\u01b0\u01a1ng tr\u00ecnh nh\u1eadn sai b\u1eb1ng c\u00e1c danh s\u00e1ch ch\u1ecdn.", None))
        self.missing_label.setText(QCoreApplication.translate("ImportWizardForm", u"C\u00e1c tr\u01b0\u1eddng m\u00e0 trang n\u00e0y kh\u00f4ng c\u00f3 c\u1ed9t ri\u00eang: \u0111\u1ecdc t\u1eeb c\u1ed9t kh\u00e1c, ho\u1eb7c ch\u1ecdn (g\u00f5) m\u1ed9t gi\u00e1 tr\u1ecb cho m\u1ecdi d\u00f2ng.", None))
        self.saved_label.setText(QCoreApplication.translate("ImportWizardForm", u"C\u00e1ch gh\u00e9p \u0111\u00e3 &l\u01b0u:", None))
        self.apply_mapping.setText(QCoreApplication.translate("ImportWizardForm", u"\u00c1p &d\u1ee5ng", None))
#if QT_CONFIG(tooltip)
        self.apply_mapping.setToolTip(QCoreApplication.translate("ImportWizardForm", u"Gh\u00e9p c\u00e1c c\u1ed9t theo c\u00e1ch \u0111\u00e3 l\u01b0u", None))
#endif // QT_CONFIG(tooltip)
        self.mapping_name.setPlaceholderText(QCoreApplication.translate("ImportWizardForm", u"T\u00ean \u0111\u1ec3 l\u01b0u c\u00e1ch gh\u00e9p n\u00e0y", None))
        self.save_mapping.setText(QCoreApplication.translate("ImportWizardForm", u"L\u01b0u &c\u00e1ch gh\u00e9p", None))
#if QT_CONFIG(tooltip)
        self.save_mapping.setToolTip(QCoreApplication.translate("ImportWizardForm", u"L\u01b0u c\u00e1ch gh\u00e9p \u0111\u1ec3 d\u00f9ng cho l\u1ea7n nh\u1eadp sau", None))
#endif // QT_CONFIG(tooltip)
        self.skip_outside_area.setText(QCoreApplication.translate("ImportWizardForm", u"B\u1ecf qua c\u00e1c d\u00f2ng ngo\u00e0i \u0111\u1ecba b\u00e0n", None))
#if QT_CONFIG(tooltip)
        self.skip_outside_area.setToolTip(QCoreApplication.translate("ImportWizardForm", u"Kh\u00f4ng nh\u1eadp c\u00e1c t\u1ed5 ch\u1ee9c \u1edf x\u00e3, ph\u01b0\u1eddng ngo\u00e0i \u0111\u1ecba b\u00e0n c\u1ee7a c\u01a1 quan, c\u00f9ng c\u00e1c d\u00f2ng c\u1ee7a ch\u00fang \u1edf c\u00e1c trang kh\u00e1c; c\u00e1c d\u00f2ng b\u1ecf qua \u0111\u01b0\u1ee3c li\u1ec7t k\u00ea b\u00ean d\u01b0\u1edbi", None))
#endif // QT_CONFIG(tooltip)
        self.inferences_group.setTitle(QCoreApplication.translate("ImportWizardForm", u"\u0110\u1ecdc t\u1eeb n\u1ed9i dung t\u1ec7p (t\u1ec7p kh\u00f4ng c\u00f3 c\u1ed9t ri\u00eang)", None))
        self.units_group.setTitle(QCoreApplication.translate("ImportWizardForm", u"X\u00e3, ph\u01b0\u1eddng theo s\u1eafp x\u1ebfp \u0111\u01a1n v\u1ecb h\u00e0nh ch\u00ednh 2025", None))
        self.choices_hint.setText(QCoreApplication.translate("ImportWizardForm", u"C\u00e1c t\u00ean sau ch\u1ec9 nhi\u1ec1u x\u00e3, ph\u01b0\u1eddng m\u1edbi (x\u00e3 c\u0169 \u0111\u00e3 \u0111\u01b0\u1ee3c chia, ho\u1eb7c nhi\u1ec1u x\u00e3 c\u00f9ng t\u00ean). H\u00e3y ch\u1ecdn x\u00e3, ph\u01b0\u1eddng m\u1edbi cho t\u1eebng t\u00ean: l\u1ef1a ch\u1ecdn \u00e1p d\u1ee5ng cho m\u1ecdi d\u00f2ng ghi t\u00ean \u0111\u00f3.", None))
        self.apply_choices.setText(QCoreApplication.translate("ImportWizardForm", u"\u00c1p d\u1ee5ng l\u1ef1a ch\u1ecdn v\u00e0 &ki\u1ec3m tra l\u1ea1i", None))
#if QT_CONFIG(tooltip)
        self.apply_choices.setToolTip(QCoreApplication.translate("ImportWizardForm", u"Ki\u1ec3m tra l\u1ea1i t\u1ec7p v\u1edbi c\u00e1c x\u00e3, ph\u01b0\u1eddng \u0111\u00e3 ch\u1ecdn", None))
#endif // QT_CONFIG(tooltip)
        self.renamings_hint.setText(QCoreApplication.translate("ImportWizardForm", u"C\u00e1c t\u00ean x\u00e3, ph\u01b0\u1eddng c\u0169 sau \u0111\u01b0\u1ee3c \u0111\u1ed5i theo s\u1eafp x\u1ebfp \u0111\u01a1n v\u1ecb h\u00e0nh ch\u00ednh 2025:", None))
        self.save_report.setText(QCoreApplication.translate("ImportWizardForm", u"L\u01b0u &b\u00e1o c\u00e1o l\u1ed7i\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_report.setToolTip(QCoreApplication.translate("ImportWizardForm", u"Ghi b\u1ea3n sao c\u1ee7a t\u1ec7p v\u1edbi c\u00e1c \u00f4 l\u1ed7i \u0111\u01b0\u1ee3c t\u00f4 m\u00e0u v\u00e0 gi\u1ea3i th\u00edch", None))
#endif // QT_CONFIG(tooltip)
        self.back.setText(QCoreApplication.translate("ImportWizardForm", u"&Quay l\u1ea1i", None))
        self.next.setText(QCoreApplication.translate("ImportWizardForm", u"&Ti\u1ebfp", None))
        self.run_import.setText(QCoreApplication.translate("ImportWizardForm", u"&Nh\u1eadp", None))
#if QT_CONFIG(tooltip)
        self.run_import.setToolTip(QCoreApplication.translate("ImportWizardForm", u"Ghi m\u1ecdi thay \u0111\u1ed5i \u0111\u00e3 ki\u1ec3m tra v\u00e0o c\u01a1 s\u1edf d\u1eef li\u1ec7u (sao l\u01b0u tr\u01b0\u1edbc khi ghi)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel.setText(QCoreApplication.translate("ImportWizardForm", u"H\u1ee7y", None))
#if QT_CONFIG(tooltip)
        self.cancel.setToolTip(QCoreApplication.translate("ImportWizardForm", u"D\u1eebng vi\u1ec7c nh\u1eadp; ch\u01b0a c\u00f3 g\u00ec \u0111\u01b0\u1ee3c ghi", None))
#endif // QT_CONFIG(tooltip)
        self.close.setText(QCoreApplication.translate("ImportWizardForm", u"\u0110\u00f3&ng", None))
    # retranslateUi

