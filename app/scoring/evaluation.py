"""Agreement figures between model scores and human grades (validation, calibration reports)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.scoring.training import pearson


@dataclass(frozen=True)
class Agreement:
    n: int
    pearson_r: float
    mae: float                  # mean absolute difference, score points (0..100)
    within_one_level: float     # share of answers within 25 points of the human grade

    def as_dict(self) -> dict[str, float]:
        return {"n": self.n, "pearson_r": round(self.pearson_r, 3), "mae": round(self.mae, 1),
                "within_one_level": round(self.within_one_level, 3)}


def agreement(predicted: list[float] | np.ndarray, human: list[float] | np.ndarray) -> Agreement:
    p, h = np.asarray(predicted, dtype=float), np.asarray(human, dtype=float)
    if len(p) == 0:
        return Agreement(0, float("nan"), float("nan"), float("nan"))
    diff = np.abs(p - h)
    return Agreement(len(p), pearson(p, h), float(diff.mean()), float(np.mean(diff <= 25.0)))
