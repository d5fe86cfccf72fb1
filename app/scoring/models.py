"""The per-dimension scoring models: small linear ONNX models with their explanation built in.

Each file ``<dimension>-<version>.onnx`` maps that dimension's feature vector to 0..100. The linear
weights are also stored in the file's metadata, so that every score can be explained as
"baseline + sum of (weight x standardised feature)"; a test checks that the explanation adds up to
what onnxruntime computed.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort

from app.scoring.errors import RESTORE_SCORING_MODEL, ScoringModelError
from app.scoring.features import DIMENSION_FEATURES
from app.scoring.scale import to_score

DIMENSIONS = tuple(DIMENSION_FEATURES)
META_PREFIX = "hrdesk."


@dataclass(frozen=True)
class Contribution:
    feature: str
    value: float | None        # None = not measurable for this answer (neutral)
    points: float              # score points this feature added (negative = took away)

    def as_dict(self) -> dict[str, object]:
        return {"feature": self.feature,
                "value": None if self.value is None else round(self.value, 4),
                "points": round(self.points, 2)}


class DimensionModel:
    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise ScoringModelError(path, "is missing", RESTORE_SCORING_MODEL)
        try:
            self._session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
            meta = self._session.get_modelmeta().custom_metadata_map
            self.dimension = meta[META_PREFIX + "dimension"]
            self.version = meta[META_PREFIX + "version"]
            self.features: tuple[str, ...] = tuple(json.loads(meta[META_PREFIX + "features"]))
            self._means = np.array(json.loads(meta[META_PREFIX + "means"]), dtype=np.float64)
            self._scales = np.array(json.loads(meta[META_PREFIX + "scales"]), dtype=np.float64)
            self._coefs = np.array(json.loads(meta[META_PREFIX + "coefs"]), dtype=np.float64)
            self.intercept = float(meta[META_PREFIX + "intercept"])
        except ScoringModelError:
            raise
        except Exception as exc:
            raise ScoringModelError(path, f"cannot be loaded ({type(exc).__name__})",
                                    RESTORE_SCORING_MODEL) from exc
        if self.features != DIMENSION_FEATURES.get(self.dimension):
            raise ScoringModelError(path, "was made for other features than this version of HR Desk",
                                    RESTORE_SCORING_MODEL)
        self._input = self._session.get_inputs()[0].name
        self._run_lock = threading.Lock()

    @property
    def model_version(self) -> str:
        return f"{self.dimension}-{self.version}"

    def predict(self, vectors: list[list[float]]) -> list[float]:
        """0..100 scores for feature vectors (NaN = not measurable, handled inside the model);
        raw model output mapped by app.scoring.scale.to_score."""
        if not vectors:
            return []
        x = np.array(vectors, dtype=np.float32)
        raw = self._session.run(None, {self._input: x})[0].reshape(-1)
        return [to_score(float(v)) for v in raw]

    def explain(self, vector: list[float]) -> list[Contribution]:
        out: list[Contribution] = []
        for i, name in enumerate(self.features):
            value = vector[i]
            missing = value is None or math.isnan(value)
            z = 0.0 if missing else (value - self._means[i]) / self._scales[i]
            out.append(Contribution(name, None if missing else float(value),
                                    float(self._coefs[i] * z)))
        return out


class ModelSet:
    """The three dimension models in force, loaded once and shared between threads."""

    def __init__(self, paths: dict[str, Path]) -> None:
        self.paths = paths
        self._models: dict[str, DimensionModel] = {}
        self._lock = threading.Lock()

    def get(self, dimension: str) -> DimensionModel:
        with self._lock:
            model = self._models.get(dimension)
            if model is None:
                model = DimensionModel(self.paths[dimension])
                self._models[dimension] = model
            return model

    def versions(self) -> dict[str, str]:
        return {d: self.get(d).model_version for d in self.paths}
