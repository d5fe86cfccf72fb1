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
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from app.domain import (
    DimensionScore,
    Interview,
    InterviewTemplate,
    Position,
    Question,
    QuestionKind,
)
from app.domain.clock import utc_now
from app.domain.interview import Answer
from app.domain.template import DEFAULT_DIMENSIONS
from app.errors import UserFacingError
from app.scoring.item import ScoringItem
from app.scoring.model_store import ModelStore
from app.scoring.paths import calibrated_models_dir
from app.scoring.scorer import DECISION_SUPPORT, Scorer

if TYPE_CHECKING:
    from app.storage.repositories import Repositories

OVERALL = "overall"
DIMENSION_NAMES = {"skill_match": "Skill match", "communication": "Communication",
                   "stress_resistance": "Stress resistance", OVERALL: "Overall"}

_scorers: dict[str, Scorer] = {}
_scorers_lock = threading.Lock()


def shared_scorer(app_models_dir: Path | None = None) -> Scorer:
    """The scorer for this data folder (calibrated models in force), created once per process."""
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


class OverrideReasonRequired(UserFacingError):
    def __init__(self) -> None:
        super().__init__("A score can only be changed with a reason.",
                         "Write why you give a different score (e.g. what the model missed).")


class InvalidOverride(UserFacingError):
    pass


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


def _weighted(parts: Iterable[tuple[float, float]]) -> float | None:
    items = [(v, w) for v, w in parts if w > 0]
    total = sum(w for _, w in items)
    return None if total <= 0 else sum(v * w for v, w in items) / total


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


def _interview_level(per_dimension: dict[str, list[tuple[UUID, float, float]]],
                     template: InterviewTemplate) -> list[DimensionScore]:
    out: list[DimensionScore] = []
    for dimension, parts in per_dimension.items():
        value = _weighted((s, w) for _, s, w in parts)
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
    final = _weighted((float(v), w) for v, w in parts if v is not None)
    model = _weighted((float(v), w) for v, w in model_parts if v is not None)
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


def find_score(interview: Interview, score_id: UUID) -> DimensionScore:
    for s in interview.scores:
        if s.id == score_id:
            return s
    raise InvalidOverride("This score is no longer part of the interview.",
                          "Close the report and open it again.")


def apply_override(interview: Interview, score_id: UUID, new_score: float, reason: str,
                   actor: str) -> dict[str, Any]:
    """Change one score in memory (the model's score stays) and recompute what depends on it.
    Returns the audit details."""
    reason = (reason or "").strip()
    if not reason:
        raise OverrideReasonRequired()
    if not 0.0 <= float(new_score) <= 100.0:
        raise InvalidOverride(f"{new_score} is not a score.", "Give a score from 0 to 100.")
    score = find_score(interview, score_id)
    previous = score.final_score
    history = list(score.evidence.get("override_history", []))
    if score.overridden:
        history.append({"final_score": previous, "reason": score.override_reason,
                        "by": score.overridden_by,
                        "at": score.overridden_at.isoformat() if score.overridden_at else None})
    score.evidence = {**score.evidence, "override_history": history}
    score.final_score = round(float(new_score), 1)
    score.override_reason = reason
    score.overridden_by = actor
    score.overridden_at = utc_now()
    _recompute_aggregates(interview)
    return {"interview_id": str(interview.id), "dimension": score.dimension,
            "question_id": str(score.question_id) if score.question_id else None,
            "model_score": score.model_score, "previous_final_score": previous,
            "final_score": score.final_score, "reason": reason,
            "model_version": score.model_version}


def _recompute_aggregates(interview: Interview, template: InterviewTemplate | None = None) -> None:
    """Interview-level scores that HR did not override follow the per-question finals."""
    for agg in interview.scores:
        if agg.question_id is not None or agg.dimension == OVERALL or agg.overridden:
            continue
        weights = {p["question_id"]: p["weight"] for p in agg.evidence.get("per_question", [])}
        parts = [(float(s.final_score), float(weights.get(str(s.question_id), 1.0)))
                 for s in interview.scores
                 if s.dimension == agg.dimension and s.question_id is not None
                 and s.final_score is not None]
        value = _weighted(parts)
        if value is not None:
            agg.final_score = round(value, 1)
    overall = next((s for s in interview.scores if s.dimension == OVERALL and s.question_id is None), None)
    if overall is not None and not overall.overridden:
        weights = overall.evidence.get("weights", {})
        value = _weighted((float(s.final_score), float(weights.get(s.dimension, 0.0)))
                          for s in interview.scores
                          if s.question_id is None and s.dimension != OVERALL
                          and s.final_score is not None)
        if value is not None:
            overall.final_score = round(value, 1)


def override_score(repos: Repositories, interview_id: UUID, score_id: UUID, new_score: float, reason: str,
                   actor: str) -> Interview:
    """Override and audit in the caller's transaction (`with db.transaction() as s: Repositories(s)`)."""
    interview = repos.interviews.get(interview_id)
    if interview is None:
        raise InvalidOverride("This interview no longer exists.", "Close the report.")
    details = apply_override(interview, score_id, new_score, reason, actor)
    repos.interviews.save(interview)
    repos.audit.record(actor, "score.override", "dimension_score", score_id, details)
    return interview


def confirm_scores(repos: Repositories, interview_id: UUID, actor: str) -> Interview:
    """A person has read the scores and their evidence and accepts them (or has overridden some)."""
    interview = repos.interviews.get(interview_id)
    if interview is None:
        raise InvalidOverride("This interview no longer exists.", "Close the report.")
    now = utc_now().isoformat()
    for s in interview.scores:
        s.evidence = {**s.evidence, "reviewed_by": actor, "reviewed_at": now}
    repos.interviews.save(interview)
    repos.audit.record(actor, "scores.reviewed", "interview", interview.id,
                       {"scores": len(interview.scores)})
    return interview


def is_reviewed(score: DimensionScore) -> bool:
    return score.overridden or bool(score.evidence.get("reviewed_at"))


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
