"""What the camera saw during each answer, for the reviewer: a coloured timeline per answer
(one face / no face / several faces / no picture), the shares, and a button to play the recording.

For human review only: nothing here is a score, and nothing infers emotion or personality.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.domain import Interview

COLOURS = {"one_face": QColor("#3c9a5f"), "no_face": QColor("#b0b0b0"),
           "several_faces": QColor("#e08a1e"), "no_video": QColor("#404040")}


class ObservationTimeline(QWidget):
    """A bar: each timeline segment painted in its state's colour; motion as a thin line above."""

    def __init__(self, observations: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[dict[str, Any]] = list(observations.get("timeline", []))
        self.end = max((float(s["end"]) for s in self.segments), default=0.0)
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Green: one face · grey: no face · orange: several faces · "
                                "dark: no picture"))

    def sizeHint(self) -> QSize:
        return QSize(400, 22)

    def colour_at(self, x: int) -> QColor:
        """The colour painted at pixel column ``x`` (what the reviewer sees there)."""
        if not self.end:
            return QColor(Qt.GlobalColor.transparent)
        t = x / max(self.width(), 1) * self.end
        for seg in self.segments:
            if float(seg["start"]) <= t < float(seg["end"]):
                return COLOURS.get(seg["state"], QColor("#b0b0b0"))
        return QColor(Qt.GlobalColor.transparent)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.end:
            return
        painter = QPainter(self)
        w, h = self.width(), self.height()
        for seg in self.segments:
            x0 = float(seg["start"]) / self.end * w
            x1 = float(seg["end"]) / self.end * w
            painter.fillRect(QRectF(x0, 4, max(x1 - x0, 1.0), h - 4), COLOURS.get(seg["state"], QColor("#b0b0b0")))
            motion = min(float(seg.get("motion", 0.0)) * 10, 1.0)
            painter.fillRect(QRectF(x0, 0, max(x1 - x0, 1.0), 3), QColor(30, 90, 200, int(255 * motion)))
        painter.end()


def share_text(observations: dict[str, Any]) -> str:
    def pct(key: str) -> str:
        value = observations.get(key)
        return "–" if value is None else f"{round(float(value) * 100)}%"

    motion = observations.get("motion_mean")
    if motion is None or motion < 0.02:
        level = QCoreApplication.translate("ObservationsPanel", "low")
    elif motion < 0.06:
        level = QCoreApplication.translate("ObservationsPanel", "medium")
    else:
        level = QCoreApplication.translate("ObservationsPanel", "high")
    return QCoreApplication.translate(
        "ObservationsPanel",
        "One face {0} · no face {1} · several faces {2} · well framed {3} · motion {4}").format(
        pct("share_one_face"), pct("share_no_face"), pct("share_several_faces"),
        pct("share_well_framed"), level)


class ObservationsPanel(QWidget):
    """Every answer's timeline and recording, in question order."""

    def __init__(self, media_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media_dir = media_dir
        self.timelines: list[ObservationTimeline] = []
        self.play_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Camera observations, for your review only: never part of a score, "
                              "no emotion or personality is read from the face."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def show_interview(self, interview: Interview) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.timelines, self.play_buttons = [], []
        for row, answer in enumerate(sorted(interview.answers, key=lambda a: a.position)):
            self.grid.addWidget(QLabel(f"{row + 1}. {answer.question_prompt}"), row * 2, 0, 1, 2)
            timeline = ObservationTimeline(answer.observations)
            self.timelines.append(timeline)
            summary = QLabel(share_text(answer.observations) if answer.observations
                             else self.tr("No picture was recorded for this answer."))
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(timeline)
            column.addWidget(summary)
            self.grid.addWidget(cell, row * 2 + 1, 0)
            play = QPushButton(self.tr("Play recording"))
            play.setEnabled(bool(answer.media))
            if answer.media:
                path = self.media_dir / answer.media[0].relpath
                play.clicked.connect(lambda _=False, p=path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))))
            self.play_buttons.append(play)
            self.grid.addWidget(play, row * 2 + 1, 1)


def attach_to_review(review_window: QWidget, controller: Any, media_dir: Path) -> ObservationsPanel:
    """Add the camera observations under the review screen's evidence (call where the review
    screen and its controller are made); they follow every report the controller loads."""
    from PySide6.QtWidgets import QScrollArea, QSplitter

    panel = ObservationsPanel(media_dir)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(panel)
    splitter = review_window.findChild(QSplitter)
    if splitter is not None:
        splitter.addWidget(scroll)
    else:
        layout = review_window.layout()
        if layout is not None:
            layout.addWidget(scroll)
    controller.loaded.connect(lambda data: panel.show_interview(data.interview))
    review_window.observations_panel = panel  # type: ignore[attr-defined]
    return panel
