"""The camera for the Qt screens: preview frames by signal, never more than the UI can take.

The camera thread converts each frame to a ``QImage`` and emits ``frameReady`` only when the
previous preview frame has been picked up, so a busy UI sees fewer frames instead of a backlog.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.capture.camera import CameraReader

PREVIEW_WIDTH = 640


def to_qimage(frame_bgr: np.ndarray, max_width: int = PREVIEW_WIDTH) -> QImage:
    h, w = frame_bgr.shape[:2]
    if w > max_width:
        frame_bgr = cv2.resize(frame_bgr, (max_width, int(h * max_width / w)), interpolation=cv2.INTER_AREA)
        h, w = frame_bgr.shape[:2]
    frame_bgr = np.ascontiguousarray(frame_bgr)
    return QImage(frame_bgr.data, w, h, 3 * w, QImage.Format.Format_BGR888).copy()


class CameraFeed(QObject):
    frameReady = Signal(QImage)
    cameraLost = Signal(str)
    cameraEnded = Signal()

    def __init__(self, source: str, parent: QObject | None = None, *, realtime_files: bool = True) -> None:
        super().__init__(parent)
        self.reader = CameraReader(source, realtime_files=realtime_files)
        self.reader.on_lost = self.cameraLost.emit
        self.reader.on_end = self.cameraEnded.emit
        self.reader.add_consumer(self._preview)
        self._waiting = threading.Event()
        self.previews_shown = 0

    def start(self) -> None:
        self.reader.start()

    def stop(self) -> None:
        self.reader.stop()

    def preview_taken(self) -> None:
        """Call from the slot that displayed a frame: the next one may now be sent."""
        self.previews_shown += 1
        self._waiting.clear()

    def _preview(self, frame: np.ndarray, _at: float) -> None:
        if self._waiting.is_set():
            return
        self._waiting.set()
        self.frameReady.emit(to_qimage(frame))
