"""Scoring a saved interview, overriding a score, confirming a review: the use cases of this area.

No Qt here: the review window, the interview screen and the CLI all call these functions.
- `score_interview` gives per-question and interview-level scores for each dimension plus the
  weighted overall score. No automated score at all without the candidate's AI consent.
- `override_score` records HR's own score with a mandatory reason; the model's score stays beside it
  and the change is written to the audit log in the same transaction.
- `confirm_scores` marks the scores as reviewed by a person (these feed `hrdesk calibrate`).
A missing or damaged model raises ScoringModelError (a UserFacingError): save the interview
unscored and score it later.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from app.domain import (
    DimensionScore,
    Interview,
    InterviewTemplate,
    Position,
    Question,
    QuestionKind,
)
from app.domain.interview import Answer
from app.domain.template import DEFAULT_DIMENSIONS
from app.errors import UserFacingError
from app.scoring.aggregate import OVERALL, weighted
from app.scoring.item import ScoringItem
from app.scoring.model_store import ModelStore
from app.scoring.overrides import (
    InvalidOverride,
    OverrideReasonRequired,
    _recompute_aggregates,
    apply_override,
    confirm_scores,
    find_score,
    is_reviewed,
    override_score,
)
from app.scoring.paths import calibrated_models_dir
from app.scoring.scorer import DECISION_SUPPORT, Scorer

DIMENSION_NAMES = {"skill_match": "Skill match", "communication": "Communication",
                   "stress_resistance": "Stress resistance", OVERALL: "Overall"}

if TYPE_CHECKING:
    from app.storage.repositories import Repositories

__all__ = [
    "DIMENSION_NAMES", "OVERALL", "InvalidOverride", "OverrideReasonRequired", "apply_override",
    "confirm_scores", "find_score", "forget_shared_scorers", "is_reviewed", "item_for",
    "live_skill_curve", "overall_from", "override_score", "score_interview", "score_saved_interview",
    "shared_scorer", "try_score_interview", "use_models_dir", "warm_up",
]

_scorers: dict[str, Scorer] = {}
_scorers_lock = threading.Lock()


_default_models_dir: Path | None = None


def use_models_dir(app_models_dir: Path | None) -> None:
    """The data folder's models for every scorer asked for without a folder (the GUI sets it at start,
    so interviews, "Score again", the live curve and the warm-up all use the calibrated models)."""
    global _default_models_dir
    _default_models_dir = app_models_dir


def shared_scorer(app_models_dir: Path | None = None) -> Scorer:
    """The scorer for this data folder (calibrated models in force), created once per process."""
    app_models_dir = app_models_dir or _default_models_dir
    user_dir = calibrated_models_dir(app_models_dir) if app_models_dir else None
    key = str(user_dir)
    with _scorers_lock:
        if key not in _scorers:
            _scorers[key] = Scorer(ModelStore(user_dir=user_dir))
        return _scorers[key]


def forget_shared_scorers() -> None:
    """After a calibration or a restore, so that the next scorer loads the models now in force."""
    with _scorers_lock:
        _scorers.clear()


def item_for(answer: Answer, question: Question | None, position: Position | None) -> ScoringItem:
    kind = question.kind if question else answer.question_kind
    return ScoringItem(
        question=(question.prompt if question else answer.question_prompt) or answer.question_prompt,
        answer=answer.text,
        reference=question.reference_answer if question else "",
        key_points=tuple(question.key_points) if question else (),
        skills=tuple(position.required_skills) if position else (),
        kind=str(kind.value if isinstance(kind, QuestionKind) else kind),
        time_limit_s=float(question.time_limit_s) if question else None,
        words=tuple(answer.words),
    )


def _question_weight(question: Question | None, dimension: str) -> float:
    if question is None or not question.dimension_weights:
        return 1.0
    return float(question.dimension_weights.get(dimension, 0.0))


def score_interview(interview: Interview, template: InterviewTemplate, position: Position | None, *,
                    consent_ai: bool, scorer: Scorer | None = None) -> list[DimensionScore]:
    """Per-question scores, one score per dimension for the interview, and the overall score.

    Returns [] when the candidate did not consent to AI scoring (nothing is computed at all).
    """
    if not consent_ai:
        return []
    scorer = scorer or shared_scorer()
    questions = {q.id: q for q in template.questions}
    out: list[DimensionScore] = []
    per_dimension: dict[str, list[tuple[UUID, float, float]]] = {}
    for answer in sorted(interview.answers, key=lambda a: a.position):
        question = questions.get(answer.question_id)
        scores = scorer.score(item_for(answer, question, position))
        for dimension, result in scores.dimensions.items():
            evidence = scores.evidence(dimension)
            evidence["question"] = answer.question_prompt or (question.prompt if question else "")
            out.append(DimensionScore(dimension=dimension, question_id=answer.question_id,
                                      model_score=round(result.score, 1),
                                      final_score=round(result.score, 1),
                                      model_version=result.model_version, evidence=evidence))
            per_dimension.setdefault(dimension, []).append(
                (answer.question_id, result.score, _question_weight(question, dimension)))
    out.extend(_interview_level(per_dimension, template))
    return out


def try_score_interview(interview: Interview, template: InterviewTemplate, position: Position | None, *,
                        consent_ai: bool, scorer: Scorer | None = None
                        ) -> tuple[list[DimensionScore], UserFacingError | None]:
    """Like score_interview, but a missing or damaged model gives ([], the error to show) so that the
    caller saves the interview unscored (it can be scored later from the review screen)."""
    try:
        return score_interview(interview, template, position, consent_ai=consent_ai, scorer=scorer), None
    except UserFacingError as exc:
        return [], exc


def score_saved_interview(repos: Repositories, interview_id: UUID, actor: str,
                          scorer: Scorer | None = None) -> Interview:
    """Score (or re-score) a stored interview: scores HR overrode are kept as they are."""
    interview = repos.interviews.get(interview_id)
    if interview is None:
        raise InvalidOverride("This interview no longer exists.", "Close the report.")
    template = repos.templates.get(interview.template_id)
    if template is None:
        raise InvalidOverride("The interview's template no longer exists.",
                              "Restore it from a backup to score this interview.")
    consent = bool(interview.consent and interview.consent.ai_scoring)
    fresh = score_interview(interview, template, repos.positions.get(interview.position_id),
                            consent_ai=consent, scorer=scorer)
    kept = {(s.dimension, s.question_id): s for s in interview.scores if s.overridden}
    interview.scores = [kept.get((s.dimension, s.question_id), s) for s in fresh]
    _recompute_aggregates(interview)  # scores built from HR's changed ones follow them
    repos.interviews.save(interview)
    repos.audit.record(actor, "scores.computed", "interview", interview.id,
                       {"scores": len(fresh), "kept_overrides": len(kept),
                        "model_versions": sorted({s.model_version for s in fresh})})
    return interview


def _interview_level(per_dimension: dict[str, list[tuple[UUID, float, float]]],
                     template: InterviewTemplate) -> list[DimensionScore]:
    out: list[DimensionScore] = []
    for dimension, parts in per_dimension.items():
        value = weighted((s, w) for _, s, w in parts)
        if value is None:
            continue
        out.append(DimensionScore(
            dimension=dimension, question_id=None, model_score=round(value, 1),
            final_score=round(value, 1), model_version=f"{dimension}-aggregate",
            evidence={"per_question": [{"question_id": str(q), "score": round(s, 1), "weight": w}
                                       for q, s, w in parts],
                      "method": "weighted mean of the questions' scores"}))
    overall = overall_from(out, template)
    if overall is not None:
        out.append(overall)
    return out


def _dimension_weights(template: InterviewTemplate) -> dict[str, float]:
    return dict(template.dimension_weights or DEFAULT_DIMENSIONS)


def overall_from(interview_level: list[DimensionScore], template: InterviewTemplate) -> DimensionScore | None:
    weights = _dimension_weights(template)
    parts = [(s.final_score, weights.get(s.dimension, 0.0)) for s in interview_level
             if s.question_id is None and s.dimension != OVERALL and s.final_score is not None]
    model_parts = [(s.model_score, weights.get(s.dimension, 0.0)) for s in interview_level
                   if s.question_id is None and s.dimension != OVERALL and s.model_score is not None]
    final = weighted((float(v), w) for v, w in parts if v is not None)
    model = weighted((float(v), w) for v, w in model_parts if v is not None)
    if final is None:
        return None
    return DimensionScore(
        dimension=OVERALL, question_id=None,
        model_score=None if model is None else round(model, 1), final_score=round(final, 1),
        model_version="overall-weighted",
        evidence={"weights": {d: w for d, w in weights.items()
                              if any(s.dimension == d for s in interview_level)},
                  "method": "weighted mean of the dimension scores (template weights), "
                            "over the dimensions this interview measured",
                  "statement": DECISION_SUPPORT})


def live_skill_curve(partial_text: str, question: Question, skills: tuple[str, ...] = (),
                     scorer: Scorer | None = None) -> tuple[float, float]:
    """(skill-match score 0..100, key-point coverage 0..1) of what has been said so far.

    Built from the words only (never the face). About 5-20 ms per call with the models warm, so it
    can run on every partial transcript (every 2 s) in a worker without stalling the preview.
    """
    scorer = scorer or shared_scorer()
    item = ScoringItem(question=question.prompt, answer=partial_text or "",
                       reference=question.reference_answer, key_points=tuple(question.key_points),
                       skills=skills, kind=str(question.kind.value), time_limit_s=question.time_limit_s)
    scores = scorer.score(item)
    skill = scores.score("skill_match") or 0.0
    points = scores.features.key_points
    coverage = sum(1 for k in points if k.hit) / len(points) if points else 0.0
    return round(skill, 1), round(coverage, 3)


def warm_up(scorer: Scorer | None = None) -> None:
    """Load models and the Chinese dictionary now (call in a worker when an interview starts), so
    that scoring after "End interview" takes well under a second."""
    scorer = scorer or shared_scorer()
    scorer.load()
    scorer.score(ScoringItem(question="热身", answer="我负责数据分析。I analysed data.", reference="数据分析"))
