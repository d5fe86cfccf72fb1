"""From the linear model's raw output to a 0..100 score, without flattening the ends.

A hard clip would give every very strong answer exactly 100 (and every empty-ish one 0), losing their
order; HR and the agreement figures both need the order. Inside 10..90 the score is the raw value;
beyond, it bends smoothly towards 0 or 100 (monotone, so a better raw value is always a better score).
"""

from __future__ import annotations

import math

LOW, HIGH, SPAN = 10.0, 90.0, 10.0


def to_score(raw: float) -> float:
    if raw > HIGH:
        return HIGH + SPAN * math.tanh((raw - HIGH) / SPAN)
    if raw < LOW:
        return LOW - SPAN * math.tanh((LOW - raw) / SPAN)
    return raw
