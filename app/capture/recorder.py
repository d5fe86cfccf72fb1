"""Records one answer (camera frames + microphone PCM) into a crash-safe recording folder.

Producers (camera thread, microphone) call ``add_frame`` / ``add_audio`` and never wait: encoding
and disk writes happen on the recorder's own thread. If the disk or encoder falls behind, video
frames are dropped (counted) rather than letting memory grow; audio is never dropped.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.capture.recording_folder import RecordingFolder
from app.capture.segment_writers import AudioChunkWriter, EncodedAudio, VideoSegmentWriter

log = logging.getLogger(__name__)

_STOP = object()


class AnswerRecorder:
    def __init__(self, recordings_dir: Path, *, labels: dict[str, str] | None = None,
                 width: int = 640, height: int = 480, sample_rate: int = 16000,
                 segment_ms: int = 1000, max_queued_frames: int = 30, max_fps: float = 15.0) -> None:
        self.folder = RecordingFolder.create(recordings_dir, labels=labels, width=width,
                                             height=height, sample_rate=sample_rate)
        self.sample_rate = sample_rate
        self._video = VideoSegmentWriter(self.folder.path, width, height, segment_ms)
        self._audio = AudioChunkWriter(self.folder.path, sample_rate, segment_ms / 1000)
        self._queue: queue.Queue[object] = queue.Queue()
        self._max_frames = max_queued_frames
        self._min_frame_gap = 1.0 / max_fps * 0.9
        self._last_frame_at = -1e9
        self._frames_queued = 0
        self._lock = threading.Lock()
        self._t0 = time.monotonic()
        self.started_at = self._t0
        self._audio_started = False
        self.dropped_frames = 0
        self.encoded_audio: EncodedAudio | None = None  # set by stop()
        self.error: BaseException | None = None
        #: called once, on the recorder's thread, when writing fails (disk full, drive gone)
        self.on_error: Callable[[BaseException], None] = lambda exc: None
        self._thread = threading.Thread(target=self._run, name="answer-recorder", daemon=True)
        self._thread.start()

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self._t0

    def add_frame(self, frame_bgr: np.ndarray, captured_at: float | None = None) -> None:
        """``captured_at`` is a ``time.monotonic()`` value; default: now."""
        at = time.monotonic() if captured_at is None else captured_at
        with self._lock:
            if at - self._last_frame_at < self._min_frame_gap:
                return  # a 30 fps camera is recorded at 15 fps: plenty for review, half the work
            self._last_frame_at = at
            if self._frames_queued >= self._max_frames:
                self.dropped_frames += 1
                return
            self._frames_queued += 1
        self._queue.put(("frame", frame_bgr, at))

    def add_audio(self, pcm: bytes, captured_at: float | None = None) -> None:
        """``pcm``: 16-bit mono little-endian samples whose last sample was heard at ``captured_at``."""
        at = time.monotonic() if captured_at is None else captured_at
        self._queue.put(("audio", pcm, at))

    def stop(self, timeout: float = 30.0) -> RecordingFolder:
        """Close the open segments; the folder is then ready for ``finalize_recording``."""
        self._queue.put(_STOP)
        self._thread.join(timeout)
        self.encoded_audio = self._audio.aac.finish()
        try:
            self.folder.set_state("stopped", dropped_frames=self.dropped_frames,
                                  video_frames=self._video.frames_written,
                                  audio_samples=self._audio.samples_written)
        except OSError as exc:  # disk full: the folder stays "recording" and is recovered later
            self._failed(exc)
        return self.folder

    def _run(self) -> None:
        while True:
            try:
                item = self._queue.get(timeout=0.2)
            except queue.Empty:
                self._close_stale_segment()
                continue
            if item is _STOP:
                break
            try:
                self._handle(item)
            except Exception as exc:  # keep recording audio even if one frame fails
                self._failed(exc)
        for close in (self._video.close_segment, self._audio.flush):
            try:
                close()
            except Exception as exc:
                self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        first = self.error is None
        self.error = exc
        if first:  # a full disk fails every write: say it once
            log.error("recording to %s failed: %s", self.folder.path, exc, exc_info=exc)
            self.on_error(exc)

    def _handle(self, item: object) -> None:
        assert isinstance(item, tuple)
        kind, payload, at = item
        if kind == "frame":
            with self._lock:
                self._frames_queued -= 1
            self._video.add(payload, int(round((at - self._t0) * 1000)))
        else:
            if not self._audio_started:
                first_sample_at = at - (len(payload) // 2) / self.sample_rate
                self.folder.write_audio_start(max(0.0, first_sample_at - self._t0))
                self._audio_started = True
            self._audio.add(payload)
        self._close_stale_segment()

    def _close_stale_segment(self) -> None:
        """A camera that stopped delivering must not keep a segment open (and unsynced)."""
        if self._video.segment_age_s() * 1000 > self._video.segment_ms + 300:
            self._video.close_segment()
