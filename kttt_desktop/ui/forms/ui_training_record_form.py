# Generated from forms/training_record_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_record_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QWidget)

from kttt_desktop.ui.registers.widgets import (DateEdit, EnumCombo)

class Ui_TrainingRecordForm(object):
    def setupUi(self, TrainingRecordForm):
        if not TrainingRecordForm.objectName():
            TrainingRecordForm.setObjectName(u"TrainingRecordForm")
        TrainingRecordForm.resize(460, 420)
        self.fields_layout = QFormLayout(TrainingRecordForm)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.course_label = QLabel(TrainingRecordForm)
        self.course_label.setObjectName(u"course_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.course_label)

        self.course = QLineEdit(TrainingRecordForm)
        self.course.setObjectName(u"course")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.course)

        self.course_error = QLabel(TrainingRecordForm)
        self.course_error.setObjectName(u"course_error")
        self.course_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.course_error)

        self.institution_label = QLabel(TrainingRecordForm)
        self.institution_label.setObjectName(u"institution_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.institution_label)

        self.institution = QLineEdit(TrainingRecordForm)
        self.institution.setObjectName(u"institution")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.institution)

        self.institution_error = QLabel(TrainingRecordForm)
        self.institution_error.setObjectName(u"institution_error")
        self.institution_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.institution_error)

        self.starts_on_label = QLabel(TrainingRecordForm)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.starts_on_label)

        self.starts_on = DateEdit(TrainingRecordForm)
        self.starts_on.setObjectName(u"starts_on")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.starts_on)

        self.starts_on_error = QLabel(TrainingRecordForm)
        self.starts_on_error.setObjectName(u"starts_on_error")
        self.starts_on_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.starts_on_error)

        self.ends_on_label = QLabel(TrainingRecordForm)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on = DateEdit(TrainingRecordForm)
        self.ends_on.setObjectName(u"ends_on")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ends_on)

        self.ends_on_error = QLabel(TrainingRecordForm)
        self.ends_on_error.setObjectName(u"ends_on_error")
        self.ends_on_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ends_on_error)

        self.level_label = QLabel(TrainingRecordForm)
        self.level_label.setObjectName(u"level_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level = EnumCombo(TrainingRecordForm)
        self.level.setObjectName(u"level")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.level)

        self.level_error = QLabel(TrainingRecordForm)
        self.level_error.setObjectName(u"level_error")
        self.level_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.level_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fields_layout.setItem(10, QFormLayout.ItemRole.SpanningRole, self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.course_label.setBuddy(self.course)
        self.institution_label.setBuddy(self.institution)
        self.starts_on_label.setBuddy(self.starts_on)
        self.ends_on_label.setBuddy(self.ends_on)
        self.level_label.setBuddy(self.level)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.course, self.institution)
        QWidget.setTabOrder(self.institution, self.starts_on)
        QWidget.setTabOrder(self.starts_on, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.level)

        self.retranslateUi(TrainingRecordForm)

        QMetaObject.connectSlotsByName(TrainingRecordForm)
    # setupUi

    def retranslateUi(self, TrainingRecordForm):
        TrainingRecordForm.setWindowTitle(QCoreApplication.translate("TrainingRecordForm", u"\u0110\u00e0o t\u1ea1o", None))
        self.course_label.setText(QCoreApplication.translate("TrainingRecordForm", u"&Kh\u00f3a h\u1ecdc (*):", None))
        self.course.setPlaceholderText(QCoreApplication.translate("TrainingRecordForm", u"V\u00ed d\u1ee5: S\u01a1 c\u1ea5p ngh\u1ec1 gi\u00e1m \u0111\u1ed1c h\u1ee3p t\u00e1c x\u00e3", None))
        self.institution_label.setText(QCoreApplication.translate("TrainingRecordForm", u"C\u01a1 &s\u1edf \u0111\u00e0o t\u1ea1o:", None))
        self.starts_on_label.setText(QCoreApplication.translate("TrainingRecordForm", u"T\u1eeb &ng\u00e0y (*):", None))
        self.ends_on_label.setText(QCoreApplication.translate("TrainingRecordForm", u"\u0110\u1ebfn ng\u00e0&y:", None))
        self.level_label.setText(QCoreApplication.translate("TrainingRecordForm", u"T&r\u00ecnh \u0111\u1ed9 \u0111\u1ea1t \u0111\u01b0\u1ee3c:", None))
#if QT_CONFIG(tooltip)
        self.level.setToolTip(QCoreApplication.translate("TrainingRecordForm", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f3a h\u1ecdc kh\u00f4ng c\u1ea5p v\u0103n b\u1eb1ng, ch\u1ee9ng ch\u1ec9 theo tr\u00ecnh \u0111\u1ed9.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

