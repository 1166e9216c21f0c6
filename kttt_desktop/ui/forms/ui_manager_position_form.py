# Generated from forms/manager_position_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_position_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QWidget)

from kttt_desktop.ui.registers.widgets import (DateEdit, EnumCombo)

class Ui_ManagerPositionForm(object):
    def setupUi(self, ManagerPositionForm):
        if not ManagerPositionForm.objectName():
            ManagerPositionForm.setObjectName(u"ManagerPositionForm")
        ManagerPositionForm.resize(460, 420)
        self.fields_layout = QFormLayout(ManagerPositionForm)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.position_label = QLabel(ManagerPositionForm)
        self.position_label.setObjectName(u"position_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = EnumCombo(ManagerPositionForm)
        self.position.setObjectName(u"position")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.position)

        self.position_error = QLabel(ManagerPositionForm)
        self.position_error.setObjectName(u"position_error")
        self.position_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.position_error)

        self.starts_on_label = QLabel(ManagerPositionForm)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.starts_on_label)

        self.starts_on = DateEdit(ManagerPositionForm)
        self.starts_on.setObjectName(u"starts_on")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.starts_on)

        self.starts_on_error = QLabel(ManagerPositionForm)
        self.starts_on_error.setObjectName(u"starts_on_error")
        self.starts_on_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.starts_on_error)

        self.ends_on_label = QLabel(ManagerPositionForm)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on = DateEdit(ManagerPositionForm)
        self.ends_on.setObjectName(u"ends_on")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ends_on)

        self.ends_on_error = QLabel(ManagerPositionForm)
        self.ends_on_error.setObjectName(u"ends_on_error")
        self.ends_on_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ends_on_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fields_layout.setItem(6, QFormLayout.ItemRole.SpanningRole, self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.position_label.setBuddy(self.position)
        self.starts_on_label.setBuddy(self.starts_on)
        self.ends_on_label.setBuddy(self.ends_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.position, self.starts_on)
        QWidget.setTabOrder(self.starts_on, self.ends_on)

        self.retranslateUi(ManagerPositionForm)

        QMetaObject.connectSlotsByName(ManagerPositionForm)
    # setupUi

    def retranslateUi(self, ManagerPositionForm):
        ManagerPositionForm.setWindowTitle(QCoreApplication.translate("ManagerPositionForm", u"Ch\u1ee9c v\u1ee5", None))
        self.position_label.setText(QCoreApplication.translate("ManagerPositionForm", u"&Ch\u1ee9c v\u1ee5 (*):", None))
        self.starts_on_label.setText(QCoreApplication.translate("ManagerPositionForm", u"T\u1eeb &ng\u00e0y (*):", None))
        self.ends_on_label.setText(QCoreApplication.translate("ManagerPositionForm", u"\u0110\u1ebfn ng\u00e0&y:", None))
#if QT_CONFIG(tooltip)
        self.ends_on.setToolTip(QCoreApplication.translate("ManagerPositionForm", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu c\u00e1n b\u1ed9 v\u1eabn \u0111ang gi\u1eef ch\u1ee9c v\u1ee5 n\u00e0y.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

