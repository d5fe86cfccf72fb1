"""Calibration from HR's own reviews: retrain the dimension models, offline, and report agreement.

Training data = the shipped calibration set + every per-question score a person reviewed or
overrode (interviews saved with AI consent). "Before" is the model in force on those reviewed
answers; "after" is the new model on the same answers by 5-fold cross-validation (each answer
scored by a model that did not see it), so the figure is not flattered. A new model is put into
force only when it agrees at least as well as the old one (or with --force); the previous model
stays on disk and `hrdesk calibrate --restore` puts it back.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import numpy as np

from app.domain import InterviewStatus, InterviewTemplate, Position
from app.errors import UserFacingError
from app.scoring.encoder import SentenceEncoder
from app.scoring.evaluation import Agreement, agreement
from app.scoring.features import DIMENSION_FEATURES, Features, extract
from app.scoring.item import ScoringItem
from app.scoring.labelled import load_set
from app.scoring.model_store import ModelStore
from app.scoring.models import DimensionModel
from app.scoring.paths import calibrated_models_dir
from app.scoring.service import forget_shared_scorers, is_reviewed, item_for
from app.scoring.training import TrainedModel, export_onnx, fit
from app.storage.repositories import Repositories

REVIEWED_WEIGHT = 2.0   # a real reviewed answer counts twice as much as a synthetic one
FOLDS = 5


@dataclass
class DimensionReport:
    dimension: str
    reviewed: int
    before: Agreement | None = None
    after: Agreement | None = None
    installed: str = ""
    note: str = ""


@dataclass
class CalibrationReport:
    dimensions: list[DimensionReport] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for d in self.dimensions:
            def fmt(a: Agreement | None) -> str:
                return "-" if a is None else f"r={a.pearson_r:.2f} MAE={a.mae:.1f}"
            out.append(f"{d.dimension:18} reviewed={d.reviewed:4}  before {fmt(d.before):20} "
                       f"after {fmt(d.after):20} {d.installed or d.note}")
        return out


def collect_reviewed(repos: Repositories) -> list[tuple[ScoringItem, dict[str, float]]]:
    """(answer, {dimension: the score a person confirmed or gave}) for every reviewed answer."""
    templates: dict[UUID, InterviewTemplate | None] = {}
    positions: dict[UUID, Position | None] = {}
    out: list[tuple[ScoringItem, dict[str, float]]] = []
    for interview in repos.interviews.find(status=InterviewStatus.SAVED, with_children=True):
        if interview.consent is None or not interview.consent.ai_scoring:
            continue
        if interview.template_id not in templates:
            templates[interview.template_id] = repos.templates.get(interview.template_id)
        if interview.position_id not in positions:
            positions[interview.position_id] = repos.positions.get(interview.position_id)
        template, position = templates[interview.template_id], positions[interview.position_id]
        questions = {q.id: q for q in template.questions} if template else {}
        for answer in interview.answers:
            labels = {s.dimension: float(s.final_score) for s in interview.scores
                      if s.question_id == answer.question_id and s.final_score is not None
                      and s.dimension in DIMENSION_FEATURES and is_reviewed(s)}
            if labels and answer.text:
                out.append((item_for(answer, questions.get(answer.question_id), position), labels))
    return out


def _cross_validated(dimension: str, base_x: np.ndarray, base_y: np.ndarray, x: np.ndarray,
                     y: np.ndarray) -> np.ndarray:
    predicted = np.zeros(len(y))
    folds = np.arange(len(y)) % FOLDS
    for k in range(FOLDS):
        test = folds == k
        if not test.any():
            continue
        xs = np.vstack([base_x, x[~test]])
        ys = np.concatenate([base_y, y[~test]])
        weights = np.concatenate([np.ones(len(base_y)), np.full((~test).sum(), REVIEWED_WEIGHT)])
        predicted[test] = fit(dimension, xs, ys, "cv", weights).predict(x[test])
    return predicted


def calibrate(repos: Repositories, store: ModelStore, encoder: SentenceEncoder, *,
              min_reviewed: int = 20, force: bool = False) -> CalibrationReport:
    if store.user_dir is None:
        raise ValueError("calibration needs a writable models folder")
    reviewed = collect_reviewed(repos)
    base_rows = load_set("calibration")
    base_feats = [extract(r.item, encoder) for r in base_rows]
    feats: list[Features] = [extract(item, encoder) for item, _ in reviewed]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    report = CalibrationReport()
    for dimension in DIMENSION_FEATURES:
        rows = [(f, labels[dimension]) for f, (_, labels) in zip(feats, reviewed, strict=True)
                if dimension in labels and not f.empty]
        entry = DimensionReport(dimension, len(rows))
        report.dimensions.append(entry)
        if len(rows) < min_reviewed:
            entry.note = f"kept: {len(rows)} reviewed answers, {min_reviewed} needed"
            continue
        x = np.array([f.vector(dimension) for f, _ in rows], dtype=np.float64)
        y = np.array([v for _, v in rows], dtype=np.float64)
        kept = [(f, r.labels[dimension]) for f, r in zip(base_feats, base_rows, strict=True)
                if r.labels.get(dimension) is not None]
        base_x = np.array([f.vector(dimension) for f, _ in kept], dtype=np.float64)
        base_y = np.array([v for _, v in kept], dtype=np.float64)
        current = DimensionModel(store.active_path(dimension))
        entry.before = agreement(current.predict(x.tolist()), y)
        entry.after = agreement(_cross_validated(dimension, base_x, base_y, x, y), y)
        if not force and entry.after.pearson_r < entry.before.pearson_r:
            entry.note = "kept: the retrained model agreed less with the reviews"
            continue
        version = f"{current.version.split('-cal')[0]}-cal{stamp}"
        weights = np.concatenate([np.ones(len(base_y)), np.full(len(y), REVIEWED_WEIGHT)])
        model: TrainedModel = fit(dimension, np.vstack([base_x, x]), np.concatenate([base_y, y]),
                                  version, weights)
        filename = f"{dimension}-{version}.onnx"
        assert store.user_dir is not None
        export_onnx(model, store.user_dir / filename,
                    {"trained_at": stamp, "training_set": f"calibration set + {len(y)} reviewed answers",
                     "previous": current.model_version})
        store.install(dimension, filename)
        entry.installed = f"now in force: {dimension}-{version}"
    forget_shared_scorers()
    return report


class CalibrationNeedsData(UserFacingError):
    pass


def run_calibrate_command(args: argparse.Namespace) -> int:
    from app.scoring.encoder import shared_encoder
    from app.services.context import make_context
    from app.services.startup import open_database

    ctx = make_context(getattr(args, "config", None), getattr(args, "data_dir", None))
    store = ModelStore(user_dir=calibrated_models_dir(ctx.paths.models_dir))
    if args.restore:
        for dimension in DIMENSION_FEATURES:
            path = store.restore_previous(dimension)
            print(f"{dimension:18} now in force: {Path(path).name}")
        forget_shared_scorers()
        return 0
    open_database(ctx)
    try:
        with ctx.db.transaction() as session:
            report = calibrate(Repositories(session), store, shared_encoder(),
                               min_reviewed=args.min_reviewed, force=args.force)
    finally:
        ctx.close()
    print("Agreement with HR's reviewed scores (Pearson r, mean absolute difference in points);")
    print("'after' is cross-validated: each answer scored by a model trained without it.")
    for line in report.lines():
        print(line)
    print("Undo with: hrdesk calibrate --restore")
    return 0
