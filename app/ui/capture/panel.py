"""The capture area of the interview screen: camera preview, live captions, device banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.capture.answer_capture import AnswerCapture

BANNER_STYLE = "background:#fff4ce; color:#5c4400; border:1px solid #e0c060; padding:6px;"


class CapturePanel(QWidget):
    def __init__(self, capture: AnswerCapture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.frames_shown = 0
        self.preview = QLabel(self.tr("No camera"), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 240)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background:#202020; color:#c0c0c0;")
        self.mode = QLabel(self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.mode)
        layout.addWidget(self.caption)
        capture.frameReady.connect(self._show_frame)
        capture.captionChanged.connect(self.caption.setText)
        capture.deviceProblem.connect(self._show_problem)
        capture.recordingFailed.connect(self._show_problem)
        capture.speechUnavailable.connect(self._show_problem)
        capture.modeChanged.connect(self._show_mode)
        self._show_mode(capture.mode)

    def _show_frame(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation)
        self.preview.setPixmap(pixmap)
        self.frames_shown += 1
        self.capture.preview_taken()

    def _show_problem(self, text: str) -> None:
        lines = [t for t in self.banner.text().split("\n") if t]
        if text not in lines:
            lines.append(text)
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def _show_mode(self, mode: str) -> None:
        texts = {
            "video": self.tr("Recording picture and sound"),
            "audio-only": self.tr("Recording sound only (no camera)"),
            "video-only": self.tr("Recording picture only (no microphone): type the answer"),
            "text-only": self.tr("Nothing is recorded: type the answer"),
        }
        self.mode.setText(texts.get(mode, mode))
        if mode in ("audio-only", "text-only"):
            self.preview.clear()
            self.preview.setText(self.tr("No camera"))
