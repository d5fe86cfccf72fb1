"""Training of the dimension models (used by tools/train_scoring_models.py and `hrdesk calibrate`).

Small data, so a linear model: mean imputation -> standardisation -> ridge regression, with the sign
of every weight fixed in advance (``DIRECTION``): more key-point coverage may never lower a score,
more filler words may never raise one. This keeps the models sensible on answers unlike the
calibration set, and makes the explanation "weight x standardised feature" honest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from app.scoring.features import DIMENSION_FEATURES
from app.scoring.models import META_PREFIX
from app.scoring.scale import to_score

# +1: may only raise the score; -1: may only lower it.
DIRECTION: dict[str, int] = {
    "semantic_similarity": 1, "key_point_coverage": 1, "lexical_recall": 1, "question_relevance": 1,
    "skills_similarity": 1, "skills_named": 1, "star_completeness": 1,
    "length_fit": 1, "length_log": 1, "sentence_count_log": 1, "coherence": 1, "connectives": 1,
    "filler_ratio": -1, "repetition": -1,
    "star_situation": 1, "star_task": 1, "star_action": 1, "star_result": 1,
    "composure_positive": 1, "composure_negative": -1, "quantified_result": 1,
}
RIDGE_ALPHA = 2.0


@dataclass
class TrainedModel:
    dimension: str
    version: str
    pipeline: Pipeline
    features: tuple[str, ...]
    trained_on: int

    def predict(self, x: np.ndarray) -> np.ndarray:
        scores: np.ndarray = np.array([to_score(float(v)) for v in self.pipeline.predict(x)])
        return scores


def fit(dimension: str, x: np.ndarray, y: np.ndarray, version: str,
        sample_weight: np.ndarray | None = None) -> TrainedModel:
    features = DIMENSION_FEATURES[dimension]
    # A column never measured in training (all NaN) is kept at 0 so the imputer keeps its place.
    x = x.copy()
    for j in range(x.shape[1]):
        if np.all(np.isnan(x[:, j])):
            x[:, j] = 0.0
    imputer = SimpleImputer(strategy="mean", keep_empty_features=True).fit(x)
    scaler = StandardScaler().fit(imputer.transform(x))
    scaler.scale_ = np.where(scaler.scale_ < 1e-6, 1.0, scaler.scale_)
    z = scaler.transform(imputer.transform(x))
    direction = np.array([DIRECTION[f] for f in features], dtype=np.float64)
    ridge = Ridge(alpha=RIDGE_ALPHA, positive=True, solver="lbfgs").fit(
        z * direction, y, sample_weight=sample_weight)
    ridge.coef_ = ridge.coef_ * direction
    pipeline = Pipeline([("impute", imputer), ("scale", scaler), ("ridge", ridge)])
    return TrainedModel(dimension, version, pipeline, features, len(y))


def export_onnx(model: TrainedModel, path: Path, extra: dict[str, str] | None = None) -> None:
    """Write the pipeline as ONNX with its weights in the metadata (for explanations)."""
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import FloatTensorType

    onnx_model = convert_sklearn(
        model.pipeline, initial_types=[("features", FloatTensorType([None, len(model.features)]))],
        target_opset=17,
    )
    scaler: StandardScaler = model.pipeline.named_steps["scale"]
    ridge: Ridge = model.pipeline.named_steps["ridge"]
    meta = {
        "dimension": model.dimension,
        "version": model.version,
        "features": json.dumps(list(model.features)),
        "means": json.dumps([float(v) for v in scaler.mean_]),
        "scales": json.dumps([float(v) for v in scaler.scale_]),
        "coefs": json.dumps([float(v) for v in ridge.coef_]),
        "intercept": repr(float(ridge.intercept_)),
        "trained_on": str(model.trained_on),
        **(extra or {}),
    }
    for key, value in meta.items():
        prop = onnx_model.metadata_props.add()
        prop.key, prop.value = META_PREFIX + key, value
    onnx_model.producer_name = "hrdesk"
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(onnx_model.SerializeToString())
    partial.replace(path)


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 3 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])
