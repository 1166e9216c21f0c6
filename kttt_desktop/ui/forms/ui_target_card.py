# Generated from forms/target_card.ui by scripts/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_card.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TargetCardForm(object):
    def setupUi(self, TargetCardForm):
        if not TargetCardForm.objectName():
            TargetCardForm.setObjectName(u"TargetCardForm")
        TargetCardForm.resize(300, 170)
        TargetCardForm.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        TargetCardForm.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_layout = QVBoxLayout(TargetCardForm)
        self.card_layout.setSpacing(3)
        self.card_layout.setObjectName(u"card_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.indicator_label = QLabel(TargetCardForm)
        self.indicator_label.setObjectName(u"indicator_label")
        self.indicator_label.setWordWrap(True)

        self.top_layout.addWidget(self.indicator_label)

        self.status_label = QLabel(TargetCardForm)
        self.status_label.setObjectName(u"status_label")

        self.top_layout.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)

        self.top_layout.setStretch(0, 1)

        self.card_layout.addLayout(self.top_layout)

        self.goal_label = QLabel(TargetCardForm)
        self.goal_label.setObjectName(u"goal_label")
        self.goal_label.setWordWrap(True)

        self.card_layout.addWidget(self.goal_label)

        self.actual_label = QLabel(TargetCardForm)
        self.actual_label.setObjectName(u"actual_label")
        self.actual_label.setWordWrap(True)

        self.card_layout.addWidget(self.actual_label)

        self.progress = QProgressBar(TargetCardForm)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)
        self.progress.setTextVisible(True)

        self.card_layout.addWidget(self.progress)

        self.gap_label = QLabel(TargetCardForm)
        self.gap_label.setObjectName(u"gap_label")
        self.gap_label.setWordWrap(True)

        self.card_layout.addWidget(self.gap_label)

        self.pace_label = QLabel(TargetCardForm)
        self.pace_label.setObjectName(u"pace_label")
        self.pace_label.setWordWrap(True)

        self.card_layout.addWidget(self.pace_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.card_layout.addItem(self.bottom_spacer)


        self.retranslateUi(TargetCardForm)

        QMetaObject.connectSlotsByName(TargetCardForm)
    # setupUi

    def retranslateUi(self, TargetCardForm):
#if QT_CONFIG(tooltip)
        TargetCardForm.setToolTip(QCoreApplication.translate("TargetCardForm", u"Nh\u1ea5p (ho\u1eb7c nh\u1ea5n Enter) \u0111\u1ec3 xem danh s\u00e1ch h\u1ed3 s\u01a1 t\u1ea1o n\u00ean s\u1ed1 li\u1ec7u n\u00e0y.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

