"""Salary analytics dashboard: figures by source channel or position, a chart, and the seed's
question — do referred candidates start lower than job-board candidates? — answered on opening."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
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

from app.salary.analytics import GroupBy, GroupFigures, compare_groups, salary_figures
from app.services.context import AppContext
from app.ui.salary.common import run_in_background, source_label
from app.ui.tasks import TaskManager

CHART_METRICS = ("mean_offered", "mean_suggested", "mean_expected_minus_offered",
                 "mean_offer_vs_market_pct", "pass_rate", "mean_score", "mean_days_to_offer")


class AnalyticsPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.figures: list[GroupFigures] = []
        self.by = GroupBy.SOURCE
        self.chosen_metric = "mean_offered"
        self.metric_names = {
            "mean_offered": self.tr("Offered salary"), "mean_suggested": self.tr("Suggested salary"),
            "mean_expected_minus_offered": self.tr("Expected minus offered"),
            "mean_offer_vs_market_pct": self.tr("Offer vs market median (%)"),
            "pass_rate": self.tr("Pass rate"), "mean_score": self.tr("Mean score"),
            "mean_days_to_offer": self.tr("Days from first interview to offer"),
        }
        self.by_buttons = QButtonGroup(self)
        by_row = QHBoxLayout()
        for by, text in ((GroupBy.SOURCE, self.tr("By source channel")),
                         (GroupBy.POSITION, self.tr("By position"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setChecked(by is self.by)
            b.clicked.connect(lambda _c=False, g=by: self.set_group(g))
            self.by_buttons.addButton(b)
            by_row.addWidget(b)
        by_row.addStretch(1)
        self.metric_buttons: dict[str, QPushButton] = {}
        metric_group = QButtonGroup(self)
        metric_row = QHBoxLayout()
        for key in CHART_METRICS:
            b = QPushButton(self.metric_names[key])
            b.setCheckable(True)
            b.setChecked(key == self.chosen_metric)
            b.clicked.connect(lambda _c=False, k=key: self.set_metric(k))
            metric_group.addButton(b)
            metric_row.addWidget(b)
            self.metric_buttons[key] = b
        metric_row.addStretch(1)
        self.group_combo, self.reference_combo = QComboBox(), QComboBox()
        self.group_combo.currentIndexChanged.connect(self._update_comparison)
        self.reference_combo.currentIndexChanged.connect(self._update_comparison)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Compare")))
        compare_row.addWidget(self.group_combo)
        compare_row.addWidget(QLabel(self.tr("with")))
        compare_row.addWidget(self.reference_combo)
        compare_row.addStretch(1)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setStyleSheet("font-size: 14px; font-weight: bold")
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        refresh = QPushButton(self.tr("Recalculate"))
        refresh.clicked.connect(self.refresh)
        by_row.addWidget(refresh)
        layout = QVBoxLayout(self)
        for row in (by_row, metric_row, compare_row):
            layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addWidget(self.chart_view, 2)
        layout.addWidget(self.table, 1)
        self.refresh()

    def label(self, group: str) -> str:
        return source_label(group) if self.by is GroupBy.SOURCE else group

    def set_group(self, by: GroupBy) -> None:
        self.by = by
        self.refresh()

    def set_metric(self, metric: str) -> None:
        self.chosen_metric = metric
        self.metric_buttons[metric].setChecked(True)
        self._draw()
        self._update_comparison()

    def refresh(self) -> None:
        by = self.by
        run_in_background(self.tasks, self, self.tr("Calculating salary analytics"),
                          lambda: salary_figures(self.ctx.db, by), self._show)

    def _show(self, figures: list[GroupFigures]) -> None:
        self.figures = figures
        groups = [f.group for f in figures]
        for combo, preferred in ((self.group_combo, "referral"),
                                 (self.reference_combo, "job_board")):
            combo.blockSignals(True)
            combo.clear()
            for g in groups:
                combo.addItem(self.label(g), g)
            index = combo.findData(preferred)
            combo.setCurrentIndex(index if index >= 0 else min(1, len(groups) - 1))
            combo.blockSignals(False)
        self._fill_table()
        self._draw()
        self._update_comparison()
        self.loaded.emit()

    def _value_text(self, metric: str, value: float | int | None) -> str:
        if value is None:
            return "\u2013"
        if metric == "pass_rate":
            return f"{value * 100:.0f} %"
        if metric.endswith("_pct"):
            return f"{value:+.1f} %"
        if metric in ("mean_score", "mean_days_to_offer"):
            return f"{value:.1f}"
        return f"{value:,.0f}"

    def _fill_table(self) -> None:
        columns = [("group", self.tr("Group")), ("candidates", self.tr("Candidates")),
                   ("interviews", self.tr("Interviews")), ("offers", self.tr("Offers")),
                   *[(k, self.metric_names[k]) for k in CHART_METRICS],
                   ("offers_below_market", self.tr("Offers below market"))]
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([title for _k, title in columns])
        self.table.setRowCount(len(self.figures))
        for row, f in enumerate(self.figures):
            for col, (key, _title) in enumerate(columns):
                value = getattr(f, key)
                text = self.label(value) if key == "group" else self._value_text(key, value)
                item = QTableWidgetItem(text)
                if key != "group":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        values = [getattr(f, self.chosen_metric) for f in self.figures]
        scale = 100.0 if self.chosen_metric == "pass_rate" else 1.0
        bars = QBarSet(self.metric_names[self.chosen_metric])
        for v in values:
            bars.append(0.0 if v is None else float(v) * scale)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        self.chart.setTitle(self.metric_names[self.chosen_metric])
        categories = QBarCategoryAxis()
        categories.append([self.label(f.group) for f in self.figures])
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        numbers = [float(v) * scale for v in values if v is not None] or [0.0]
        axis = QValueAxis()
        axis.setRange(min(0.0, min(numbers) * 1.1), max(0.0, max(numbers) * 1.1) or 1.0)
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)

    def _update_comparison(self) -> None:
        group, reference = self.group_combo.currentData(), self.reference_combo.currentData()
        c = compare_groups(self.figures, self.chosen_metric, str(group), str(reference))
        if c is None or group == reference:
            self.answer.setText(self.tr("Choose two different groups with data to compare."))
            return
        direction = self.tr("lower") if c.percent < 0 else self.tr("higher")
        self.answer.setText(self.tr("{0}: {1} {2} vs {3} for {4} \u2014 {5:.1f} % {6}.").format(
            self.label(c.group), self.metric_names[c.metric].lower(),
            self._value_text(c.metric, c.value), self._value_text(c.metric, c.reference_value),
            self.label(c.reference), abs(c.percent), direction))
