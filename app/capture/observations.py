"""What the camera saw during an answer, for the human reviewer only.

Per answer: the share of sampled frames with exactly one face, no face, or several faces
(integrity: is someone else in the room?), whether the face was centred and large enough, and how
much the picture moved, plus a timeline of these. There is deliberately no emotion, expression or
personality inference (EU AI Act Art. 5(1)(f)), and nothing here feeds an automated score.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

SAMPLE_INTERVAL_S = 0.2          # 5 observations per second are plenty for a timeline
NO_VIDEO_GAP_S = 1.0             # frames further apart than this: the camera was away
_CASCADE = str(getattr(cv2, "data").haarcascades) + "haarcascade_frontalface_default.xml"  # noqa: B009


@dataclass
class FrameObservation:
    t: float
    faces: int                    # -1: no picture at all (camera lost)
    well_framed: bool
    motion: float                 # 0..1, mean absolute change since the previous sample


@dataclass
class FaceObserver:
    """Feed it frames with their time (seconds from the answer start); it samples them."""

    interval_s: float = SAMPLE_INTERVAL_S
    samples: list[FrameObservation] = field(default_factory=list)
    _last_small: np.ndarray | None = None
    _cascade: Any = None

    def __post_init__(self) -> None:
        self._cascade = cv2.CascadeClassifier(_CASCADE)
        if self._cascade.empty():
            raise RuntimeError(f"OpenCV face cascade missing: {_CASCADE}")

    def wants(self, t: float) -> bool:
        return not self.samples or t - self.samples[-1].t >= self.interval_s * 0.95

    def observe(self, frame_bgr: np.ndarray, t: float) -> FrameObservation | None:
        if not self.wants(t):
            return None
        self._fill_gap(t)
        h, w = frame_bgr.shape[:2]
        scale = 320 / w if w > 320 else 1.0
        gray = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2GRAY)
        if scale != 1.0:
            gray = cv2.resize(gray, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
        faces = self._cascade.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5,
                                               minSize=(24, 24))
        small = cv2.resize(gray, (64, 48), interpolation=cv2.INTER_AREA).astype(np.float32)
        motion = 0.0 if self._last_small is None else float(np.mean(np.abs(small - self._last_small)) / 255)
        self._last_small = small
        obs = FrameObservation(round(t, 3), len(faces),
                               len(faces) == 1 and _well_framed(faces[0], gray.shape), round(motion, 4))
        self.samples.append(obs)
        return obs

    def camera_lost(self, t: float) -> None:
        self._fill_gap(t)
        self.samples.append(FrameObservation(round(t, 3), -1, False, 0.0))
        self._last_small = None

    def finish(self, end_t: float) -> dict[str, Any]:
        self._fill_gap(end_t)
        return summarize(self.samples, self.interval_s)

    def _fill_gap(self, t: float) -> None:
        """No frames for a while: the reviewer sees "no picture" for that stretch, not nothing."""
        if not self.samples:
            return
        last = self.samples[-1].t
        if t - last <= NO_VIDEO_GAP_S:
            return
        k = last + self.interval_s
        while k < t - self.interval_s / 2:
            self.samples.append(FrameObservation(round(k, 3), -1, False, 0.0))
            k += self.interval_s
        self._last_small = None


def _well_framed(face: np.ndarray, shape: tuple[int, ...]) -> bool:
    x, y, fw, fh = (int(v) for v in face)
    h, w = shape[:2]
    cx, cy = (x + fw / 2) / w, (y + fh / 2) / h
    return abs(cx - 0.5) <= 0.25 and abs(cy - 0.5) <= 0.3 and fh / h >= 0.15


def _state(s: FrameObservation) -> str:
    if s.faces < 0:
        return "no_video"
    return {0: "no_face", 1: "one_face"}.get(s.faces, "several_faces")


def summarize(samples: list[FrameObservation], interval_s: float = SAMPLE_INTERVAL_S) -> dict[str, Any]:
    n = len(samples)
    if not n:
        return {"frames_observed": 0, "timeline": []}
    states = [_state(s) for s in samples]
    timeline: list[dict[str, Any]] = []
    for s, state in zip(samples, states, strict=True):
        if timeline and timeline[-1]["state"] == state:
            timeline[-1]["end"] = round(s.t + interval_s, 3)
            timeline[-1]["motion"] = max(timeline[-1]["motion"], s.motion)
        else:
            timeline.append({"start": s.t, "end": round(s.t + interval_s, 3), "state": state,
                             "motion": s.motion})
    motions = [s.motion for s in samples if s.faces >= 0]
    return {
        "frames_observed": n,
        "share_one_face": round(states.count("one_face") / n, 3),
        "share_no_face": round((states.count("no_face") + states.count("no_video")) / n, 3),
        "share_several_faces": round(states.count("several_faces") / n, 3),
        "share_no_video": round(states.count("no_video") / n, 3),
        "share_well_framed": round(sum(s.well_framed for s in samples) / n, 3),
        "motion_mean": round(float(np.mean(motions)), 4) if motions else None,
        "motion_p90": round(float(np.percentile(motions, 90)), 4) if motions else None,
        "timeline": timeline,
        "note": "For human review only; never part of an automated score. No emotion inference.",
    }
