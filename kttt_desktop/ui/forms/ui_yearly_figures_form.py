# Generated from forms/yearly_figures_form.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'yearly_figures_form.ui'
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

from kttt_desktop.ui.registers.widgets import (IntEdit, MoneyEdit, SearchCombo)

class Ui_YearlyFiguresForm(object):
    def setupUi(self, YearlyFiguresForm):
        if not YearlyFiguresForm.objectName():
            YearlyFiguresForm.setObjectName(u"YearlyFiguresForm")
        YearlyFiguresForm.resize(460, 420)
        self.fields_layout = QFormLayout(YearlyFiguresForm)
        self.fields_layout.setObjectName(u"fields_layout")
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation_id_label = QLabel(YearlyFiguresForm)
        self.organisation_id_label.setObjectName(u"organisation_id_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_id_label)

        self.organisation_id = SearchCombo(YearlyFiguresForm)
        self.organisation_id.setObjectName(u"organisation_id")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_id)

        self.organisation_id_error = QLabel(YearlyFiguresForm)
        self.organisation_id_error.setObjectName(u"organisation_id_error")
        self.organisation_id_error.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_id_error)

        self.year_label = QLabel(YearlyFiguresForm)
        self.year_label.setObjectName(u"year_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year = IntEdit(YearlyFiguresForm)
        self.year.setObjectName(u"year")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.year)

        self.year_error = QLabel(YearlyFiguresForm)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setWordWrap(True)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year_error)

        self.revenue_label = QLabel(YearlyFiguresForm)
        self.revenue_label.setObjectName(u"revenue_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.revenue_label)

        self.revenue = MoneyEdit(YearlyFiguresForm)
        self.revenue.setObjectName(u"revenue")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.revenue)

        self.revenue_error = QLabel(YearlyFiguresForm)
        self.revenue_error.setObjectName(u"revenue_error")
        self.revenue_error.setWordWrap(True)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.revenue_error)

        self.profit_label = QLabel(YearlyFiguresForm)
        self.profit_label.setObjectName(u"profit_label")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.profit_label)

        self.profit = MoneyEdit(YearlyFiguresForm)
        self.profit.setObjectName(u"profit")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.profit)

        self.profit_error = QLabel(YearlyFiguresForm)
        self.profit_error.setObjectName(u"profit_error")
        self.profit_error.setWordWrap(True)

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.profit_error)

        self.workers_label = QLabel(YearlyFiguresForm)
        self.workers_label.setObjectName(u"workers_label")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.workers_label)

        self.workers = IntEdit(YearlyFiguresForm)
        self.workers.setObjectName(u"workers")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.workers)

        self.workers_error = QLabel(YearlyFiguresForm)
        self.workers_error.setObjectName(u"workers_error")
        self.workers_error.setWordWrap(True)

        self.fields_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.workers_error)

        self.avg_income_label = QLabel(YearlyFiguresForm)
        self.avg_income_label.setObjectName(u"avg_income_label")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.avg_income_label)

        self.avg_income = MoneyEdit(YearlyFiguresForm)
        self.avg_income.setObjectName(u"avg_income")

        self.fields_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.avg_income)

        self.avg_income_error = QLabel(YearlyFiguresForm)
        self.avg_income_error.setObjectName(u"avg_income_error")
        self.avg_income_error.setWordWrap(True)

        self.fields_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.avg_income_error)

        self.declared_members_label = QLabel(YearlyFiguresForm)
        self.declared_members_label.setObjectName(u"declared_members_label")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.declared_members_label)

        self.declared_members = IntEdit(YearlyFiguresForm)
        self.declared_members.setObjectName(u"declared_members")

        self.fields_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.declared_members)

        self.declared_members_error = QLabel(YearlyFiguresForm)
        self.declared_members_error.setObjectName(u"declared_members_error")
        self.declared_members_error.setWordWrap(True)

        self.fields_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.declared_members_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fields_layout.setItem(14, QFormLayout.ItemRole.SpanningRole, self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.organisation_id_label.setBuddy(self.organisation_id)
        self.year_label.setBuddy(self.year)
        self.revenue_label.setBuddy(self.revenue)
        self.profit_label.setBuddy(self.profit)
        self.workers_label.setBuddy(self.workers)
        self.avg_income_label.setBuddy(self.avg_income)
        self.declared_members_label.setBuddy(self.declared_members)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_id, self.year)
        QWidget.setTabOrder(self.year, self.revenue)
        QWidget.setTabOrder(self.revenue, self.profit)
        QWidget.setTabOrder(self.profit, self.workers)
        QWidget.setTabOrder(self.workers, self.avg_income)
        QWidget.setTabOrder(self.avg_income, self.declared_members)

        self.retranslateUi(YearlyFiguresForm)

        QMetaObject.connectSlotsByName(YearlyFiguresForm)
    # setupUi

    def retranslateUi(self, YearlyFiguresForm):
        YearlyFiguresForm.setWindowTitle(QCoreApplication.translate("YearlyFiguresForm", u"S\u1ed1 li\u1ec7u", None))
        self.organisation_id_label.setText(QCoreApplication.translate("YearlyFiguresForm", u"T\u1ed5 &ch\u1ee9c (*):", None))
#if QT_CONFIG(tooltip)
        self.organisation_id.setToolTip(QCoreApplication.translate("YearlyFiguresForm", u"G\u00f5 m\u1ed9t ph\u1ea7n t\u00ean t\u1ed5 ch\u1ee9c (kh\u00f4ng c\u1ea7n d\u1ea5u) r\u1ed3i ch\u1ecdn trong danh s\u00e1ch.", None))
#endif // QT_CONFIG(tooltip)
        self.year_label.setText(QCoreApplication.translate("YearlyFiguresForm", u"&N\u0103m (*):", None))
        self.year.setPlaceholderText(QCoreApplication.translate("YearlyFiguresForm", u"V\u00ed d\u1ee5: 2025", None))
        self.revenue_label.setText(QCoreApplication.translate("YearlyFiguresForm", u"&Doanh thu (tri\u1ec7u \u0111\u1ed3ng):", None))
#if QT_CONFIG(tooltip)
        self.revenue.setToolTip(QCoreApplication.translate("YearlyFiguresForm", u"T\u1ed5ng doanh thu c\u1ea3 n\u0103m, tri\u1ec7u \u0111\u1ed3ng (v\u00ed d\u1ee5 1.250,5).", None))
#endif // QT_CONFIG(tooltip)
        self.profit_label.setText(QCoreApplication.translate("YearlyFiguresForm", u"L\u1ee3i nh&u\u1eadn (tri\u1ec7u \u0111\u1ed3ng):", None))
#if QT_CONFIG(tooltip)
        self.profit.setToolTip(QCoreApplication.translate("YearlyFiguresForm", u"L\u1ee3i nhu\u1eadn tr\u01b0\u1edbc thu\u1ebf c\u1ea3 n\u0103m, tri\u1ec7u \u0111\u1ed3ng; l\u1ed7 th\u00ec g\u00f5 d\u1ea5u tr\u1eeb (v\u00ed d\u1ee5 -15,5).", None))
#endif // QT_CONFIG(tooltip)
        self.workers_label.setText(QCoreApplication.translate("YearlyFiguresForm", u"Lao \u0111\u1ed9ng th\u01b0\u1eddn&g xuy\u00ean (ng\u01b0\u1eddi):", None))
        self.workers.setPlaceholderText(QCoreApplication.translate("YearlyFiguresForm", u"ng\u01b0\u1eddi", None))
        self.avg_income_label.setText(QCoreApplication.translate("YearlyFiguresForm", u"Thu nh\u1eadp &b\u00ecnh qu\u00e2n (tri\u1ec7u \u0111\u1ed3ng/ng\u01b0\u1eddi/n\u0103m):", None))
#if QT_CONFIG(tooltip)
        self.avg_income.setToolTip(QCoreApplication.translate("YearlyFiguresForm", u"Thu nh\u1eadp b\u00ecnh qu\u00e2n c\u1ee7a m\u1ed9t lao \u0111\u1ed9ng th\u01b0\u1eddng xuy\u00ean trong c\u1ea3 n\u0103m (kh\u00f4ng ph\u1ea3i m\u1ed9t th\u00e1ng), tri\u1ec7u \u0111\u1ed3ng/ng\u01b0\u1eddi/n\u0103m.", None))
#endif // QT_CONFIG(tooltip)
        self.declared_members_label.setText(QCoreApplication.translate("YearlyFiguresForm", u"S\u1ed1 th\u00e0nh vi\u00ean &k\u00ea khai:", None))
#if QT_CONFIG(tooltip)
        self.declared_members.setToolTip(QCoreApplication.translate("YearlyFiguresForm", u"S\u1ed1 th\u00e0nh vi\u00ean t\u1ed5 ch\u1ee9c b\u00e1o c\u00e1o; ch\u1ec9 d\u00f9ng khi ch\u01b0a nh\u1eadp danh s\u00e1ch th\u00e0nh vi\u00ean.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

