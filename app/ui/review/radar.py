"""A radar chart of the dimension scores (QtCharts), also rendered to an image for the PDF."""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QPolarChart, QValueAxis
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.ui.review.texts import dimension_name


class RadarChart(QChartView):
    """Scores 0..100 on one spoke per dimension; call `set_scores` to redraw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(QSize(260, 260))
        self._scores: dict[str, float] = {}
        self.setChart(self._build({}))

    @property
    def scores(self) -> dict[str, float]:
        return dict(self._scores)

    def set_scores(self, scores: dict[str, float]) -> None:
        self._scores = dict(scores)
        self.setChart(self._build(self._scores))

    def _build(self, scores: dict[str, float]) -> QChart:
        chart = QPolarChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        names = list(scores)
        n = max(len(names), 1)
        spokes = QCategoryAxis()
        spokes.setRange(0, 360)
        spokes.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, name in enumerate(names):
            spokes.append(dimension_name(name), 360.0 * i / n)
        radial = QValueAxis()
        radial.setRange(0, 100)
        radial.setTickCount(5)
        radial.setLabelFormat("%d")
        chart.addAxis(spokes, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        if names:
            series = QLineSeries()
            for i, name in enumerate([*names, names[0]]):
                series.append(360.0 * i / n, max(0.0, min(100.0, scores[name])))
            series.setPen(QPen(QColor("#1f6feb"), 2.5))
            chart.addSeries(series)
            series.attachAxis(spokes)
            series.attachAxis(radial)
        return chart

    def to_image(self, side: int = 600) -> QImage:
        size = QSize(side, side)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        old = self.size()
        self.resize(size)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render(painter)
        painter.end()
        self.resize(old)
        return image
