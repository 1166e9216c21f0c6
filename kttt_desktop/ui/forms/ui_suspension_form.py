# Generated from forms/suspension_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suspension_form.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from kttt_desktop.ui.registers.widgets import DateEdit

class Ui_SuspensionForm(object):
    def setupUi(self, SuspensionForm):
        if not SuspensionForm.objectName():
            SuspensionForm.setObjectName(u"SuspensionForm")
        SuspensionForm.resize(520, 640)
        self.form_layout = QVBoxLayout(SuspensionForm)
        self.form_layout.setObjectName(u"form_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.starts_on_label = QLabel(SuspensionForm)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.starts_on_label)

        self.starts_on = DateEdit(SuspensionForm)
        self.starts_on.setObjectName(u"starts_on")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.starts_on)

        self.starts_on_error = QLabel(SuspensionForm)
        self.starts_on_error.setObjectName(u"starts_on_error")
        self.starts_on_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.starts_on_error)

        self.ends_on_label = QLabel(SuspensionForm)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on = DateEdit(SuspensionForm)
        self.ends_on.setObjectName(u"ends_on")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends_on)

        self.ends_on_error = QLabel(SuspensionForm)
        self.ends_on_error.setObjectName(u"ends_on_error")
        self.ends_on_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ends_on_error)

        self.reason_label = QLabel(SuspensionForm)
        self.reason_label.setObjectName(u"reason_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(SuspensionForm)
        self.reason.setObjectName(u"reason")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(SuspensionForm)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.form_layout.addLayout(self.fields_layout)

#if QT_CONFIG(shortcut)
        self.starts_on_label.setBuddy(self.starts_on)
        self.ends_on_label.setBuddy(self.ends_on)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.starts_on, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.reason)

        self.retranslateUi(SuspensionForm)

        QMetaObject.connectSlotsByName(SuspensionForm)
    # setupUi

    def retranslateUi(self, SuspensionForm):
        SuspensionForm.setWindowTitle(QCoreApplication.translate("SuspensionForm", u"T\u1ea1m ng\u1eebng ho\u1ea1t \u0111\u1ed9ng", None))
        self.starts_on_label.setText(QCoreApplication.translate("SuspensionForm", u"&T\u1eeb ng\u00e0y (*):", None))
        self.ends_on_label.setText(QCoreApplication.translate("SuspensionForm", u"\u0110\u1ebf&n ng\u00e0y:", None))
        self.ends_on.setPlaceholderText(QCoreApplication.translate("SuspensionForm", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu ch\u01b0a ho\u1ea1t \u0111\u1ed9ng l\u1ea1i", None))
        self.reason_label.setText(QCoreApplication.translate("SuspensionForm", u"&L\u00fd do:", None))
    # retranslateUi

