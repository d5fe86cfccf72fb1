"""The committed dimension models: loadable, matching the features, and as good as their cards say."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from app.scoring.encoder import SentenceEncoder
from app.scoring.errors import ScoringModelError
from app.scoring.evaluation import agreement
from app.scoring.features import DIMENSION_FEATURES, extract
from app.scoring.labelled import load_set
from app.scoring.model_store import ModelStore
from app.scoring.models import DimensionModel
from app.scoring.paths import scoring_models_dir
from app.scoring.scorer import Scorer


@pytest.mark.parametrize("dimension", list(DIMENSION_FEATURES))
def test_committed_model_matches_features_and_has_a_card(dimension: str) -> None:
    path = ModelStore().shipped_path(dimension)
    model = DimensionModel(path)
    assert model.features == DIMENSION_FEATURES[dimension]
    assert path.name == f"{model.model_version}.onnx"
    assert path.stat().st_size < 50_000
    card = (scoring_models_dir() / f"{dimension}.md").read_text(encoding="utf-8")
    for heading in ("## Training data", "## Validation", "## Known limits", "version"):
        assert heading in card


def test_validation_set_is_separate_from_calibration() -> None:
    cal, val = load_set("calibration"), load_set("validation")
    assert not {r.question_id for r in cal} & {r.question_id for r in val}
    assert not {r.item.answer for r in cal} & {r.item.answer for r in val}
    assert {r.language for r in cal} == {"zh", "en"} == {r.language for r in val}


def test_skill_match_agrees_with_the_validation_grades(encoder: SentenceEncoder, scorer: Scorer) -> None:
    rows = load_set("validation")
    predicted = [scorer.score(r.item).score("skill_match") or 0.0 for r in rows]
    human = [r.labels["skill_match"] or 0.0 for r in rows]
    fig = agreement(predicted, human)
    assert fig.pearson_r > 0.55
    published = json.loads((scoring_models_dir() / "validation.json").read_text())
    assert abs(published["skill_match"]["validation"]["all"]["pearson_r"] - fig.pearson_r) < 0.02


def test_communication_sees_fillers(encoder: SentenceEncoder, scorer: Scorer) -> None:
    rows = [r for r in load_set("validation") if r.labels["communication"] is not None]
    predicted = np.array([scorer.score(r.item).score("communication") or 0.0 for r in rows])
    human = np.array([r.labels["communication"] or 0.0 for r in rows])
    assert agreement(predicted, human).pearson_r > 0.7


def test_corrupt_scoring_model_names_the_file(tmp_path: Path) -> None:
    shipped = scoring_models_dir()
    for f in shipped.glob("*.onnx"):
        shutil.copy(f, tmp_path / f.name)
    victim = next(tmp_path.glob("skill_match-*.onnx"))
    victim.write_bytes(b"\x00garbage")
    with pytest.raises(ScoringModelError) as info:
        Scorer(ModelStore(shipped_dir=tmp_path)).load()
    assert victim.name in info.value.what
    assert "models/scoring" in info.value.next_step


def test_missing_scoring_model_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ScoringModelError) as info:
        ModelStore(shipped_dir=tmp_path).active_paths()
    assert "skill_match" in info.value.what


def test_features_of_a_labelled_answer_are_finite_or_nan(encoder: SentenceEncoder) -> None:
    row = load_set("calibration")[0]
    feats = extract(row.item, encoder)
    for dimension in DIMENSION_FEATURES:
        assert len(feats.vector(dimension)) == len(DIMENSION_FEATURES[dimension])
