"""Fairness check: selection rate and impact ratio per group (four-fifths rule), the share scoring
above the median, small groups flagged, unknowns counted. Built only from optional fields that HR
recorded apart from the interview; scorers never see them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.salary.fairness import FOUR_FIFTHS, SMALL_GROUP_SHARE, FairnessReport
from app.salary.fairness_desk import ATTRIBUTES, fairness
from app.services.context import AppContext
from app.ui.salary.common import run_in_background
from app.ui.tasks import TaskManager

FLAG = QColor("#fde2e1")


class FairnessPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.report: FairnessReport | None = None
        self.attribute = QComboBox()
        for key, text in (("gender", self.tr("Gender")), ("age_band", self.tr("Age band"))):
            self.attribute.addItem(text, key)
        assert self.attribute.count() == len(ATTRIBUTES)
        self.attribute.currentIndexChanged.connect(self.refresh)
        refresh = QPushButton(self.tr("Recalculate"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group by")))
        top.addWidget(self.attribute)
        top.addStretch(1)
        top.addWidget(refresh)
        self.explain = QLabel(self.tr(
            "Selection rate = offers / candidates interviewed. Impact ratio = a group's selection "
            "rate / the highest group's rate; below {0:.0%} (the four-fifths rule) is flagged for "
            "review. Groups under {1:.0%} of the candidates are too small for a reliable ratio."
        ).format(FOUR_FIFTHS, SMALL_GROUP_SHARE))
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Group"), self.tr("Candidates"), self.tr("Offers"), self.tr("Selection rate"),
            self.tr("Impact ratio"), self.tr("Scoring above median"), self.tr("Flags")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        attribute = str(self.attribute.currentData())
        run_in_background(self.tasks, self, self.tr("Checking fairness"),
                          lambda: fairness(self.ctx.db, attribute), self._show)

    def _show(self, report: FairnessReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.groups))
        for row, g in enumerate(report.groups):
            flags = []
            if g.below_four_fifths:
                flags.append(self.tr("below four-fifths"))
            if g.small_group:
                flags.append(self.tr("small group"))
            cells = [g.group, str(g.candidates), str(g.selected), f"{g.selection_rate:.0%}",
                     "\u2013" if g.impact_ratio is None else f"{g.impact_ratio:.2f}",
                     "\u2013" if g.above_median_rate is None else f"{g.above_median_rate:.0%}",
                     ", ".join(flags)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < col < 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if flags:
                    item.setBackground(FLAG)
                self.table.setItem(row, col, item)
        median = "\u2013" if report.median_score is None else f"{report.median_score:.1f}"
        self.summary.setText(self.tr(
            "{0} candidates; {1} without this field recorded (not counted in the ratios). "
            "Median overall score {2}. {3} group(s) flagged.").format(
                report.total, report.unknown, median, len(report.flagged)))
        self.loaded.emit()
