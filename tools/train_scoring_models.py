"""Train the dimension scoring models on the calibration set and write them with their model cards.

    python tools/train_scoring_models.py [--version 1.0] [--out models/scoring]

Reads app/scoring/data/{questions.json,calibration.jsonl,validation.jsonl}; the validation set is
never used for fitting, only for the figures in the model cards and docs/SCORING.md.
Needs the sentence encoder (python tools/fetch_models.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from app.scoring.encoder import SentenceEncoder  # noqa: E402
from app.scoring.evaluation import Agreement, agreement  # noqa: E402
from app.scoring.features import DIMENSION_FEATURES, Features, extract  # noqa: E402
from app.scoring.labelled import LabelledAnswer, load_set  # noqa: E402
from app.scoring.model_cards import write_card  # noqa: E402
from app.scoring.training import TrainedModel, export_onnx, fit  # noqa: E402

BASELINE_FEATURE = {"skill_match": "semantic_similarity", "communication": "length_fit",
                    "stress_resistance": "star_action"}


def matrix(rows: list[tuple[LabelledAnswer, Features]], dimension: str) -> tuple[np.ndarray, np.ndarray,
                                                                                list[LabelledAnswer]]:
    kept = [(r, f) for r, f in rows if r.labels.get(dimension) is not None]
    x = np.array([f.vector(dimension) for _, f in kept], dtype=np.float64)
    y = np.array([r.labels[dimension] for r, _ in kept], dtype=np.float64)
    return x, y, [r for r, _ in kept]


def validate(model: TrainedModel, rows: list[tuple[LabelledAnswer, Features]]) -> dict[str, object]:
    x, y, kept = matrix(rows, model.dimension)
    predicted = model.predict(x)
    out: dict[str, object] = {"all": agreement(predicted, y).as_dict()}
    for label, mask in (
        ("zh", [r.language == "zh" for r in kept]), ("en", [r.language == "en" for r in kept]),
        ("structured", [not r.item.situational for r in kept]),
        ("situational", [r.item.situational for r in kept]),
    ):
        m = np.array(mask, dtype=bool)
        if m.sum() >= 3:
            out[label] = agreement(predicted[m], y[m]).as_dict()
    base = BASELINE_FEATURE[model.dimension]
    j = model.features.index(base)
    col = x[:, j]
    ok = ~np.isnan(col)
    sign = -1.0 if base in ("filler_ratio", "repetition") else 1.0
    out["baseline"] = {"feature": base,
                       "pearson_r": round(float(np.corrcoef(sign * col[ok], y[ok])[0, 1]), 3)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the HR Desk dimension scoring models.")
    parser.add_argument("--version", default="1.0")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "models" / "scoring")
    args = parser.parse_args(argv)

    encoder = SentenceEncoder()
    calibration = load_set("calibration")
    validation = load_set("validation")
    cal_rows = [(r, extract(r.item, encoder)) for r in calibration]
    val_rows = [(r, extract(r.item, encoder)) for r in validation]
    figures: dict[str, object] = {}
    for dimension in DIMENSION_FEATURES:
        x, y, kept = matrix(cal_rows, dimension)
        model = fit(dimension, x, y, args.version)
        train_fig: Agreement = agreement(model.predict(x), y)
        val_fig = validate(model, val_rows)
        for old in args.out.glob(f"{dimension}-*.onnx"):
            old.unlink()
        path = args.out / f"{dimension}-{args.version}.onnx"
        export_onnx(model, path, {"trained_at": datetime.now(UTC).strftime("%Y-%m-%d"),
                                  "training_set": "app/scoring/data/calibration.jsonl"})
        write_card(args.out / f"{dimension}.md", model, path.name,
                   train=train_fig.as_dict(), validation=val_fig,
                   n_questions=len({r.question_id for r in kept}))
        figures[dimension] = {"train": train_fig.as_dict(), "validation": val_fig,
                              "file": path.name, "bytes": path.stat().st_size}
        print(f"{dimension}: train r={train_fig.pearson_r:.3f}  validation "
              f"{json.dumps(val_fig['all'])}  -> {path}")
    (args.out / "validation.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
