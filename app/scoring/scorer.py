"""Score one answer on every dimension, with the evidence that explains each score."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from app.scoring import delivery as delivery_mod
from app.scoring.encoder import SentenceEncoder, shared_encoder
from app.scoring.features import Features, extract
from app.scoring.item import ScoringItem
from app.scoring.model_store import ModelStore
from app.scoring.models import Contribution, ModelSet

DECISION_SUPPORT = ("Scores are decision support computed on this computer from what the candidate "
                    "said; a person reviews them and may override any score with a reason.")


@dataclass
class DimensionResult:
    dimension: str
    score: float
    model_version: str
    baseline: float
    contributions: list[Contribution] = field(default_factory=list)
    adjustments: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class AnswerScores:
    dimensions: dict[str, DimensionResult]
    features: Features

    def score(self, dimension: str) -> float | None:
        result = self.dimensions.get(dimension)
        return None if result is None else result.score

    def evidence(self, dimension: str) -> dict[str, Any]:
        """Everything HR needs to see why this dimension got its score (stored with the score)."""
        result = self.dimensions[dimension]
        base = self.features.evidence()
        ranked = sorted(result.contributions, key=lambda c: -abs(c.points))
        out: dict[str, Any] = {
            "model_version": result.model_version,
            "baseline": round(result.baseline, 2),
            "raw_score": round(result.baseline + sum(c.points for c in result.contributions), 2),
            "scale": "score = raw inside 10..90, bent smoothly towards 0/100 beyond (app/scoring/scale.py)",
            "contributions": [c.as_dict() for c in ranked],
            "adjustments": result.adjustments,
            "language": base["language"],
            "notes": base["notes"],
        }
        if dimension == "skill_match":
            out["key_points"] = base["key_points"]
            out["key_points_source"] = base["key_points_source"]
            out["key_points_hit"] = sum(1 for k in base["key_points"] if k["hit"])
        if dimension == "stress_resistance":
            out["star"] = base["star"]
        if dimension == "communication":
            out["delivery"] = base["delivery"]
        return out


class Scorer:
    """Holds the encoder and the models in force; safe to share between threads."""

    def __init__(self, store: ModelStore | None = None, encoder: SentenceEncoder | None = None) -> None:
        self.store = store or ModelStore()
        self.encoder = encoder or shared_encoder()
        self.models = ModelSet(self.store.active_paths())

    def load(self) -> None:
        """Load every model now (raises ScoringModelError naming the file when one is unusable)."""
        self.encoder.load()
        for dimension in self.models.paths:
            self.models.get(dimension)

    def dimensions_for(self, item: ScoringItem) -> list[str]:
        dims = ["skill_match", "communication"]
        if item.situational:
            dims.append("stress_resistance")
        return dims

    def score(self, item: ScoringItem) -> AnswerScores:
        features = extract(item, self.encoder)
        results: dict[str, DimensionResult] = {}
        for dimension in self.dimensions_for(item):
            model = self.models.get(dimension)
            if features.empty:
                results[dimension] = DimensionResult(dimension, 0.0, model.model_version, 0.0)
                continue
            vector = features.vector(dimension)
            if all(math.isnan(v) for v in vector):
                # Nothing to measure this dimension against (no question, reference, key points or
                # skills): no score rather than the model's baseline dressed up as one.
                features.notes.append(f"{dimension}: nothing to compare the answer with, not scored")
                continue
            score = model.predict([vector])[0]
            result = DimensionResult(dimension, score, model.model_version, model.intercept,
                                     model.explain(vector))
            if dimension == "communication" and features.delivery is not None:
                points, reasons = delivery_mod.adjustment(features.delivery, features.language)
                if points:
                    result.score = max(0.0, result.score + points)   # points <= 0
                    result.adjustments = [{"rule": "delivery", "points": points, "reasons": reasons}]
            results[dimension] = result
        return AnswerScores(results, features)


def rounded(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else round(value, 1)
