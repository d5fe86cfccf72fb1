from __future__ import annotations

import numpy as np

from app.capture.audio_convert import ToSpeechFormat


def _peak_hz(pcm: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(pcm.astype(np.float64)))
    return float(np.fft.rfftfreq(len(pcm), 1 / rate)[int(np.argmax(spectrum))])


def test_a_48_khz_stereo_float_microphone_becomes_16_khz_mono_int16() -> None:
    t = np.arange(48000 * 2) / 48000
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    stereo = np.stack([tone, tone], axis=1).reshape(-1)
    conv = ToSpeechFormat(48000, 2, "Float")
    raw = stereo.tobytes()
    out = b"".join(conv.convert(raw[i:i + 4001]) for i in range(0, len(raw), 4001))  # odd sizes
    pcm = np.frombuffer(out, dtype="<i2")
    assert abs(len(pcm) - 32000) < 400
    assert abs(_peak_hz(pcm[1000:], 16000) - 440) < 5
    assert 8000 < np.abs(pcm).max() < 11000  # 0.3 of full scale


def test_the_speech_format_passes_through_untouched() -> None:
    conv = ToSpeechFormat(16000, 1, "Int16")
    assert not conv.needed and conv.convert(b"\x01\x02") == b"\x01\x02"


def test_half_a_sample_waits_for_the_next_read() -> None:
    conv = ToSpeechFormat(16000, 1, "Int16")
    assert conv.convert(b"\x01\x02\x03") == b"\x01\x02"
    assert conv.convert(b"\x04") == b"\x03\x04"
