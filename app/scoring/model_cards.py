"""Model cards for the dimension models, written next to each .onnx file by the trainer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.scoring.training import DIRECTION, RIDGE_ALPHA, TrainedModel

FEATURE_MEANING = {
    "semantic_similarity": "cosine between the answer and the reference answer (multilingual USE)",
    "key_point_coverage": "mean strength (0..1) with which each key point is said by some answer "
                          "sentence (semantic or lexical); key points = written ones, else the reference's clauses",
    "lexical_recall": "share of the reference's content words (minus words of the question) in the answer",
    "question_relevance": "cosine between the answer and the question",
    "skills_similarity": "cosine between the answer and the position's required skills",
    "skills_named": "share of the position's required skills named in the answer",
    "star_completeness": "situational answers only: share of situation/task/action/result found",
    "length_fit": "1 when the answer's length suits the time limit, lower when far too short or long",
    "length_log": "log(1 + Chinese characters + English words)",
    "sentence_count_log": "log(1 + sentences)",
    "coherence": "mean cosine between adjacent sentences",
    "connectives": "discourse markers (首先/因此/first/because ...) per sentence, capped at 1.5",
    "filler_ratio": "filler words (嗯/那个/um/you know ...) per word",
    "repetition": "1 - distinct words / words",
    "star_situation": "situation named (cue list in app/scoring/star.py)",
    "star_task": "task or responsibility named",
    "star_action": "an action the candidate took named",
    "star_result": "a result named",
    "composure_positive": "words of composure (冷静, prioritise, calm ...), or negated panic words, capped at 3",
    "composure_negative": "words of panic, giving up or blaming, capped at 3",
    "quantified_result": "a number in the second half of a story that names a result",
}

PURPOSE = {
    "skill_match": "How well an answer covers the question's reference answer and key points and the "
                   "position's required skills (技能匹配度).",
    "communication": "Structure and clarity of what was said: length against the time limit, "
                     "coherence, connectives, fillers, repetition (沟通能力). Speaking rate and pauses, "
                     "when a timed transcript exists, adjust the score by a documented rule "
                     "(app/scoring/delivery.py, at most -10 points), not by this model.",
    "stress_resistance": "From the content of situational answers only: does the answer name the "
                         "situation, task, action and result, and does it express composure (抗压性). "
                         "Never from the face or the voice. Not computed for structured questions.",
}

LIMITS = {
    "skill_match": [
        "Semantic similarity cannot tell a fluent wrong statement from a right one when both use the "
        "reference's words (e.g. 'the worker signs with the user company' for a dispatch question).",
        "Key points written as instructions ('describe the context') match stories poorly; the STAR "
        "completeness feature compensates for situational questions only.",
        "An answer in another language than the reference gets no lexical overlap; only semantic "
        "similarity carries it (cross-lingual cosine is lower than same-language cosine).",
        "Trained on short, synthetic answers written for this project; not validated on real candidates.",
    ],
    "communication": [
        "Typed answers are judged as text; the length target assumes typed answers are shorter than speech.",
        "Coherence needs at least two sentences; speech transcripts without punctuation are cut in chunks.",
        "Filler lists are Chinese and English only.",
    ],
    "stress_resistance": [
        "Cue lists are explicit and can be gamed by a candidate who names the parts without substance.",
        "Only 3 training questions are situational; figures on 2 validation questions are indicative.",
        "Measures what the candidate says about pressure, not how the candidate reacts to it.",
    ],
}


def write_card(path: Path, model: TrainedModel, filename: str, *, train: dict[str, Any],
               validation: dict[str, Any], n_questions: int) -> None:
    ridge = model.pipeline.named_steps["ridge"]
    scaler = model.pipeline.named_steps["scale"]
    rows = "\n".join(
        f"| `{f}` | {FEATURE_MEANING[f]} | {'+' if DIRECTION[f] > 0 else '−'} | {c:+.2f} | {m:.3f} | {s:.3f} |"
        for f, c, m, s in zip(model.features, ridge.coef_, scaler.mean_, scaler.scale_, strict=True)
    )
    val_rows = "\n".join(
        f"| {k} | {v['n']} | {v['pearson_r']} | {v['mae']} | {v['within_one_level']} |"
        for k, v in validation.items() if k != "baseline"
    )
    text = f"""# Model card: {model.dimension} (version {model.version})

File: `models/scoring/{filename}` (ONNX, written by `tools/train_scoring_models.py`). Every score
records `model_version = "{model.dimension}-{model.version}"`.

## Purpose
{PURPOSE[model.dimension]}
Scores are 0..100 and are **decision support**: HR reads the evidence and may override any score with a reason.

## Model
Mean imputation → standardisation → ridge regression (alpha {RIDGE_ALPHA}) with each weight's sign fixed
in advance (column "sign"); the raw output becomes 0..100 through a smooth, monotone bend beyond
10 and 90 (`app/scoring/scale.py`), so very strong answers keep their order instead of all reading 100. Baseline (intercept) {ridge.intercept_:.2f} points.
Explanation of a score = baseline + Σ weight × (value − mean) / scale (the raw score); a feature that cannot be measured
(NaN) takes the training mean and contributes 0. The weights are stored in the ONNX metadata.

| feature | meaning | sign | weight (points per SD) | training mean | training SD |
|---|---|---|---|---|---|
{rows}

## Training data
`app/scoring/data/calibration.jsonl`: {model.trained_on} answers to {n_questions} questions (Chinese and
English), each graded on behaviourally anchored levels 1–5 (level → (level − 1) × 25). Written for this
project by the HR Desk scoring engineer (synthetic; no real candidate's answer, no personal data); see
`app/scoring/data/README.md` for the anchors and provenance.

## Validation
`app/scoring/data/validation.jsonl`: different questions, never used for fitting.

| subset | n | Pearson r | MAE (points) | within one level |
|---|---|---|---|---|
{val_rows}

Training fit: r = {train['pearson_r']}, MAE = {train['mae']}.
Single-feature baseline on the same validation rows: `{validation['baseline']['feature']}` alone,
r = {validation['baseline']['pearson_r']}.

## Known limits
""" + "\n".join(f"- {line}" for line in LIMITS[model.dimension]) + "\n"
    path.write_text(text, encoding="utf-8")


