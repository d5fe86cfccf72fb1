"""Camera frames from a camera index, a video file, or an IP camera URL (RTSP/HTTP), on a thread.

No Qt here: consumers (preview, recorder, face observer) are callbacks called on the camera
thread, so each must be quick or hand the frame on. A camera that stops delivering (unplugged,
stream dropped) is reported once through ``on_lost``; the interview then goes on without video.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

log = logging.getLogger(__name__)

FrameCallback = Callable[[np.ndarray, float], None]
LOST_AFTER_S = 2.0
OPEN_FAILED = "open_failed"      # reasons given to on_lost (the UI words them)
STOPPED = "stopped"


@dataclass(frozen=True)
class CameraSpec:
    """What the ``capture.camera`` setting names: "0" (a camera), a file, or a stream URL."""

    raw: str

    @property
    def index(self) -> int | None:
        return int(self.raw) if self.raw.strip().isdigit() else None

    @property
    def is_stream(self) -> bool:
        return self.raw.lower().startswith(("rtsp://", "rtsps://", "http://", "https://"))

    @property
    def is_file(self) -> bool:
        return self.index is None and not self.is_stream


def open_capture(spec: CameraSpec) -> cv2.VideoCapture:
    if spec.index is not None:
        return cv2.VideoCapture(spec.index)
    if spec.is_stream:
        params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, 5000, cv2.CAP_PROP_READ_TIMEOUT_MSEC, 3000]
        return cv2.VideoCapture(spec.raw, cv2.CAP_FFMPEG, params)
    return cv2.VideoCapture(spec.raw)


class CameraReader:
    def __init__(self, source: str, *, realtime_files: bool = True, max_fps: float = 30.0) -> None:
        self.spec = CameraSpec(source)
        self.realtime_files = realtime_files
        self.max_fps = max_fps
        self._consumers: list[FrameCallback] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.frames_read = 0
        self.on_lost: Callable[[str], None] = lambda reason: None
        self.on_end: Callable[[], None] = lambda: None

    def add_consumer(self, consumer: FrameCallback) -> None:
        with self._lock:
            self._consumers.append(consumer)

    def remove_consumer(self, consumer: FrameCallback) -> None:
        with self._lock:
            if consumer in self._consumers:
                self._consumers.remove(consumer)

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        cap = open_capture(self.spec)
        try:
            if not cap.isOpened():
                self.on_lost(OPEN_FAILED)
                return
            self._loop(cap)
        finally:
            cap.release()

    def _loop(self, cap: cv2.VideoCapture) -> None:
        file_fps = cap.get(cv2.CAP_PROP_FPS) if self.spec.is_file else 0.0
        interval = 1.0 / min(file_fps or self.max_fps, self.max_fps)
        t0 = time.monotonic()
        next_at = t0
        last_good = t0
        while not self._stop.is_set():
            ok, frame = cap.read()
            now = time.monotonic()
            if not ok or frame is None:
                if self.spec.is_file:
                    self.on_end()
                    return
                if now - last_good > LOST_AFTER_S:
                    self.on_lost(STOPPED)
                    return
                self._stop.wait(0.05)
                continue
            last_good = now
            if self.spec.is_file and self.realtime_files:
                if next_at > now and self._stop.wait(next_at - now):
                    return
                next_at += interval
            elif not self.spec.is_file and now < next_at:
                continue  # a camera faster than max_fps: skip this frame
            else:
                next_at = max(next_at + interval, now)
            self.frames_read += 1
            self._deliver(frame, time.monotonic())

    def _deliver(self, frame: np.ndarray, at: float) -> None:
        with self._lock:
            consumers = list(self._consumers)
        for consumer in consumers:
            try:
                consumer(frame, at)
            except Exception:
                log.exception("a frame consumer failed")
