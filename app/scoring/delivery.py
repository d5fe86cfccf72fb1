"""Delivery features from recognizer word timings: speaking rate and pauses.

Only computed when a transcript with word timings exists; typed answers have none. The figures
describe pace, never emotion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.scoring.text import length_units

LONG_PAUSE_S = 2.0
# Comfortable pace in spoken units (Chinese characters or English words) per minute.
COMFORTABLE_RATE = {"zh": (150.0, 300.0), "en": (100.0, 190.0), "mixed": (120.0, 260.0)}


@dataclass(frozen=True)
class Delivery:
    speaking_rate: float        # units per minute of speech
    long_pauses: int            # gaps >= LONG_PAUSE_S between words
    pause_ratio: float          # share of the answer's span spent in gaps >= 0.5 s
    duration_s: float

    def as_dict(self) -> dict[str, float]:
        return {"speaking_rate": round(self.speaking_rate, 1), "long_pauses": self.long_pauses,
                "pause_ratio": round(self.pause_ratio, 3), "duration_s": round(self.duration_s, 2)}


def measure(words: Sequence[dict[str, Any]]) -> Delivery | None:
    timed = [w for w in words if "start" in w and "end" in w]
    if len(timed) < 3:
        return None
    timed.sort(key=lambda w: float(w["start"]))
    span = float(timed[-1]["end"]) - float(timed[0]["start"])
    if span <= 0:
        return None
    gaps = [float(b["start"]) - float(a["end"]) for a, b in zip(timed, timed[1:], strict=False)]
    units = sum(max(1, length_units(str(w.get("word", "")))) for w in timed)
    return Delivery(
        speaking_rate=units / (span / 60.0),
        long_pauses=sum(1 for g in gaps if g >= LONG_PAUSE_S),
        pause_ratio=sum(g for g in gaps if g >= 0.5) / span,
        duration_s=span,
    )


def adjustment(delivery: Delivery | None, language: str) -> tuple[float, list[str]]:
    """A small, rule-based change to the communication score (points) and the reasons for it.

    Rule, not learned: the calibration set is text, so it cannot teach pace. At most -10 points.
    """
    if delivery is None:
        return 0.0, []
    low, high = COMFORTABLE_RATE.get(language, COMFORTABLE_RATE["mixed"])
    points, reasons = 0.0, []
    if delivery.speaking_rate < low * 0.7:
        points -= 4.0
        reasons.append("speaking rate well below a comfortable pace")
    elif delivery.speaking_rate > high * 1.3:
        points -= 4.0
        reasons.append("speaking rate well above a comfortable pace")
    if delivery.pause_ratio > 0.35:
        points -= 3.0
        reasons.append("more than a third of the answer spent in pauses")
    if delivery.long_pauses >= 4:
        points -= 3.0
        reasons.append(f"{delivery.long_pauses} pauses of {LONG_PAUSE_S:.0f} s or more")
    return points, reasons
