"""Test media made on the spot: a real face (scikit-image's astronaut) moving across the frame."""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
import soundfile as sf
from skimage import data


def astronaut_face_crop() -> np.ndarray:
    """The astronaut's head and shoulders, BGR, ~200 px wide."""
    rgb = data.astronaut()[0:300, 100:330]
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def face_frame(i: int, n: int, size: tuple[int, int] = (640, 480)) -> np.ndarray:
    w, h = size
    frame = np.full((h, w, 3), 90, np.uint8)
    face = astronaut_face_crop()
    fh, fw = face.shape[:2]
    x = int((w - fw) * (0.2 + 0.6 * i / max(1, n - 1)))
    y = (h - fh) // 2
    frame[y:y + fh, x:x + fw] = face
    return frame


def write_video(path: Path, frames: list[np.ndarray], fps: int = 15,
                audio: np.ndarray | None = None, rate: int = 16000) -> Path:
    """MP4/MKV/TS by suffix; a keyframe every second so a stream can be joined mid-way."""
    fmt = "mpegts" if path.suffix == ".ts" else None
    with av.open(str(path), "w", format=fmt) as out:
        v = out.add_stream("libx264", rate=fps, options={"preset": "ultrafast", "g": str(fps)})
        v.height, v.width = frames[0].shape[:2]
        v.pix_fmt = "yuv420p"
        a = out.add_stream("aac", rate=rate, layout="mono") if audio is not None else None
        for i, img in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(img, format="bgr24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for p in v.encode(frame):
                out.mux(p)
        for p in v.encode():
            out.mux(p)
        if a is not None and audio is not None:
            af = av.AudioFrame.from_ndarray(audio.reshape(1, -1).astype(np.int16), format="s16",
                                            layout="mono")
            af.sample_rate = rate
            af.pts = 0
            for p in a.encode(af):
                out.mux(p)
            for p in a.encode():
                out.mux(p)
    return path


def face_video(path: Path, seconds: float = 3.0, fps: int = 15, blank_s: float = 0.0,
               audio: np.ndarray | None = None) -> Path:
    n = int(seconds * fps)
    frames = [face_frame(i, n) for i in range(n)]
    frames += [np.full((480, 640, 3), 90, np.uint8)] * int(blank_s * fps)
    return write_video(path, frames, fps, audio)


def espeak_wav(path: Path, text: str, voice: str = "ko") -> Path:
    """Synthetic speech at 16 kHz mono (espeak-ng, resampled with sox)."""
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)], check=True)
    raw.unlink()
    return path


def tone_wav(path: Path, seconds: float, rate: int = 16000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    sf.write(str(path), (np.sin(2 * np.pi * 220 * t) * 6000).astype(np.int16), rate)
    return path
