"""Writers for the short segments of an answer's recording (no threads here, see recorder.py)."""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np
import soundfile as sf

from app.capture.durable import fsync_dir, fsync_file

MS = Fraction(1, 1000)
# Identical encoder settings in every segment give identical H.264 parameter sets, so the
# finalizer can join the segments by copying packets instead of encoding again.
X264_OPTIONS = {"preset": "ultrafast", "tune": "zerolatency", "g": "30"}


class VideoSegmentWriter:
    """Encodes frames into ``video_NNNNNN.mkv`` files of about ``segment_ms`` each."""

    def __init__(self, folder: Path, width: int, height: int, segment_ms: int = 1000) -> None:
        self.folder = folder
        self.width = width
        self.height = height
        self.segment_ms = segment_ms
        self.index = 0
        self.frames_written = 0
        self.last_pts_ms = -1
        self._container: av.container.OutputContainer | None = None
        self._stream: av.video.stream.VideoStream | None = None
        self._path: Path | None = None
        self._seg_start_ms = 0
        self._seg_opened_at = 0.0

    def add(self, frame_bgr: np.ndarray, pts_ms: int) -> None:
        if pts_ms <= self.last_pts_ms:
            return  # two frames in the same millisecond: keep the first
        if self._container is not None and pts_ms - self._seg_start_ms >= self.segment_ms:
            self.close_segment()
        if self._container is None:
            self._open(pts_ms)
        if frame_bgr.shape[1] != self.width or frame_bgr.shape[0] != self.height:
            frame_bgr = cv2.resize(frame_bgr, (self.width, self.height))
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(frame_bgr), format="bgr24")
        frame.pts = pts_ms
        frame.time_base = MS
        assert self._stream is not None and self._container is not None
        try:
            for packet in self._stream.encode(frame):
                self._container.mux(packet)
        except Exception:
            self.abandon_segment()  # the next frame starts a fresh segment
            raise
        self.last_pts_ms = pts_ms
        self.frames_written += 1

    def segment_age_s(self) -> float:
        """Wall-clock age of the open segment (0 when none is open)."""
        return time.monotonic() - self._seg_opened_at if self._container is not None else 0.0

    def _open(self, pts_ms: int) -> None:
        self._path = self.folder / f"video_{self.index:06d}.mkv"
        self.index += 1
        container = av.open(str(self._path), "w", format="matroska")
        stream = container.add_stream("libx264", rate=15, options=dict(X264_OPTIONS))
        stream.width, stream.height, stream.pix_fmt = self.width, self.height, "yuv420p"
        stream.time_base = MS
        stream.codec_context.time_base = MS
        stream.codec_context.thread_count = 1
        self._container, self._stream, self._seg_start_ms = container, stream, pts_ms
        self._seg_opened_at = time.monotonic()

    def close_segment(self) -> None:
        if self._container is None or self._stream is None or self._path is None:
            return
        try:
            for packet in self._stream.encode():
                self._container.mux(packet)
            self._container.close()
        except Exception:
            self.abandon_segment()
            raise
        self._container = self._stream = None
        fsync_file(self._path)
        fsync_dir(self.folder)

    def abandon_segment(self) -> None:
        """After a write error (disk full): drop the broken encoder; what reached disk stays."""
        container, self._container, self._stream = self._container, None, None
        if container is not None:
            with contextlib.suppress(Exception):
                container.close()


@dataclass
class EncodedAudio:
    """The answer's sound already encoded to AAC while it was recorded (finalize only muxes it)."""

    packets: list[av.Packet[Any]]
    extradata: bytes
    samples: int
    rate: int


class AacTrack:
    """A continuous AAC encoder fed with each audio chunk as it is written to disk.

    Encoding while the candidate speaks spreads the cost over the answer instead of making the
    clerk wait for it at the end. On any encoder error it stops and finalize encodes the WAV
    chunks instead (the path recovery after a crash always takes).
    """

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.failed = False
        self.samples = 0
        self.packets: list[av.Packet[Any]] = []
        self._enc: Any = av.CodecContext.create("aac", "w")
        self._enc.sample_rate = rate
        self._enc.layout = "mono"
        self._enc.format = "fltp"
        self._enc.bit_rate = 48000
        self._enc.time_base = Fraction(1, rate)
        self._enc.options = {"aac_coder": "fast"}
        self._enc.open()
        self._resampler = av.AudioResampler(format="fltp", layout="mono", rate=rate)

    def add(self, samples: np.ndarray) -> None:
        if self.failed or not len(samples):
            return
        try:
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples.reshape(1, -1)),
                                               format="s16", layout="mono")
            frame.sample_rate = self.rate
            frame.pts = self.samples
            frame.time_base = Fraction(1, self.rate)
            for converted in self._resampler.resample(frame):
                self.packets.extend(self._enc.encode(converted))
            self.samples += len(samples)
        except Exception:
            self.failed = True

    def finish(self) -> EncodedAudio | None:
        if self.failed:
            return None
        try:
            self.packets.extend(self._enc.encode(None))
        except Exception:
            return None
        return EncodedAudio(self.packets, bytes(self._enc.extradata or b""), self.samples, self.rate)


class AudioChunkWriter:
    """Collects 16-bit mono PCM and writes each full second as its own ``audio_NNNNNN.wav``."""

    def __init__(self, folder: Path, sample_rate: int = 16000, chunk_s: float = 1.0) -> None:
        self.folder = folder
        self.sample_rate = sample_rate
        self.chunk_samples = int(sample_rate * chunk_s)
        self.index = 0
        self.samples_written = 0
        self._pending: list[np.ndarray] = []
        self._pending_len = 0
        self.aac = AacTrack(sample_rate)

    def add(self, pcm: bytes) -> None:
        samples = np.frombuffer(pcm, dtype="<i2")
        self._pending.append(samples)
        self._pending_len += len(samples)
        while self._pending_len >= self.chunk_samples:
            joined = np.concatenate(self._pending)
            self._write(joined[: self.chunk_samples])
            rest = joined[self.chunk_samples:]
            self._pending = [rest] if len(rest) else []
            self._pending_len = len(rest)

    def flush(self) -> None:
        """Write what is pending as a (shorter) last chunk."""
        if self._pending_len:
            self._write(np.concatenate(self._pending))
            self._pending, self._pending_len = [], 0

    def _write(self, samples: np.ndarray) -> None:
        final = self.folder / f"audio_{self.index:06d}.wav"
        tmp = final.with_suffix(".part")
        sf.write(str(tmp), samples, self.sample_rate, subtype="PCM_16", format="WAV")
        fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(self.folder)
        self.index += 1
        self.samples_written += len(samples)
        self.aac.add(samples)  # only what is safely on disk, so both stay in step
