"""Microphones that cannot deliver 16 kHz mono 16-bit directly (common with WASAPI on Windows):
their native format is converted here, so the recorder and the recognizer always get the same."""

from __future__ import annotations

import av
import numpy as np

TARGET_RATE = 16000
_FORMATS = {"Int16": ("s16", np.int16), "Int32": ("s32", np.int32), "Float": ("flt", np.float32),
            "UInt8": ("u8", np.uint8)}


class ToSpeechFormat:
    """Converts interleaved PCM of ``rate`` Hz / ``channels`` / ``sample_format`` (Qt's names)
    into 16 kHz mono little-endian 16-bit PCM, keeping the resampler's state between calls."""

    def __init__(self, rate: int, channels: int, sample_format: str) -> None:
        if sample_format not in _FORMATS:
            raise ValueError(f"unsupported sample format {sample_format}")
        self.rate, self.channels = rate, channels
        self._av_format, self._dtype = _FORMATS[sample_format]
        layout = "mono" if channels == 1 else "stereo" if channels == 2 else f"{channels}c"
        self._layout = layout
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=TARGET_RATE)
        self._pts = 0
        self._leftover = b""

    @property
    def needed(self) -> bool:
        return not (self.rate == TARGET_RATE and self.channels == 1 and self._av_format == "s16")

    def convert(self, data: bytes) -> bytes:
        data = self._leftover + data
        frame_bytes = np.dtype(self._dtype).itemsize * self.channels
        usable = len(data) // frame_bytes * frame_bytes
        self._leftover = data[usable:]  # half a sample waits for the next read
        if not self.needed or not usable:
            return data[:usable]
        samples = np.frombuffer(data[:usable], dtype=self._dtype).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(samples, format=self._av_format, layout=self._layout)
        frame.sample_rate = self.rate
        frame.pts = self._pts
        self._pts += usable // frame_bytes
        return b"".join(out.to_ndarray().astype("<i2").tobytes() for out in self._resampler.resample(frame))
