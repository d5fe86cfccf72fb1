"""The live skill-match curve for the interview screen, computed from the partial transcript.

`LiveScoreCurve` draws skill match (0..100) and key-point coverage (0..100 %) against seconds.
`LiveScoreFeeder` takes each new partial transcript, scores it in a worker (never on the main
thread, so the camera preview never stalls), and keeps at most one job in flight: a transcript
that arrives while one is being scored replaces the waiting one.
"""

from __future__ import annotations

import time

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.domain import Question
from app.scoring.service import live_skill_curve
from app.ui.tasks import Job, TaskManager


class LiveScoreCurve(QChartView):
    def __init__(self, parent: QWidget | None = None, window_s: float = 180.0) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.skill = QLineSeries()
        self.skill.setName(self.tr("Skill match"))
        self.skill.setPen(QPen(QColor("#1f6feb"), 2))
        self.coverage = QLineSeries()
        self.coverage.setName(self.tr("Key points covered (%)"))
        self.coverage.setPen(QPen(QColor("#2da44e"), 2))
        self.x_axis = QValueAxis()
        self.x_axis.setRange(0, window_s)
        self.x_axis.setLabelFormat("%d s")
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.skill, self.coverage):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(y_axis)
        self.setChart(chart)

    def add_point(self, t_s: float, skill: float, coverage: float) -> None:
        self.skill.append(t_s, skill)
        self.coverage.append(t_s, coverage * 100.0)
        if t_s > self.x_axis.max():
            self.x_axis.setRange(0, t_s * 1.25)

    def clear(self) -> None:
        self.skill.clear()
        self.coverage.clear()


class LiveScoreFeeder(QObject):
    """Feed partial transcripts in; `point` is emitted on the main thread (t_s, skill, coverage)."""

    point = Signal(float, float, float)

    def __init__(self, tasks: TaskManager, question: Question, skills: tuple[str, ...] = (),
                 curve: LiveScoreCurve | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.question, self.skills = tasks, question, skills
        self.started = time.monotonic()
        self._busy = False
        self._waiting: tuple[float, str] | None = None
        if curve is not None:
            self.point.connect(curve.add_point)

    def update_text(self, partial_text: str) -> None:
        request = (time.monotonic() - self.started, partial_text)
        if self._busy:
            self._waiting = request
            return
        self._start(request)

    def _start(self, request: tuple[float, str]) -> None:
        self._busy = True
        at, text = request

        def work(_job: Job) -> tuple[float, float, float]:
            skill, coverage = live_skill_curve(text, self.question, self.skills)
            return at, skill, coverage

        self.tasks.run(self.tr("Live score"), work, on_done=self._done, on_error=self._failed)

    def _done(self, result: tuple[float, float, float]) -> None:
        self.point.emit(*result)
        self._next()

    def _failed(self, _exc: BaseException) -> None:
        self._next()     # a missing model must not disturb the interview; the review shows it

    def _next(self) -> None:
        self._busy = False
        if self._waiting is not None:
            request, self._waiting = self._waiting, None
            self._start(request)
