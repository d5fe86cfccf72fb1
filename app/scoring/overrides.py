"""Overriding a score and confirming a review: what HR does with the scores.

The model's score always stays beside HR's; the reason is mandatory; the change and the review are
written to the audit log in the same transaction as the scores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from app.domain import DimensionScore, Interview
from app.domain.clock import utc_now
from app.errors import UserFacingError
from app.scoring.aggregate import OVERALL, weighted

if TYPE_CHECKING:
    from app.storage.repositories import Repositories


class OverrideReasonRequired(UserFacingError):
    def __init__(self) -> None:
        super().__init__("A score can only be changed with a reason.",
                         "Write why you give a different score (e.g. what the model missed).")


class InvalidOverride(UserFacingError):
    pass


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


def _recompute_aggregates(interview: Interview) -> None:
    """Interview-level scores that HR did not override follow the per-question finals."""
    for agg in interview.scores:
        if agg.question_id is not None or agg.dimension == OVERALL or agg.overridden:
            continue
        weights = {p["question_id"]: p["weight"] for p in agg.evidence.get("per_question", [])}
        parts = [(float(s.final_score), float(weights.get(str(s.question_id), 1.0)))
                 for s in interview.scores
                 if s.dimension == agg.dimension and s.question_id is not None
                 and s.final_score is not None]
        value = weighted(parts)
        if value is not None:
            agg.final_score = round(value, 1)
    overall = next((s for s in interview.scores if s.dimension == OVERALL and s.question_id is None), None)
    if overall is not None and not overall.overridden:
        weights = overall.evidence.get("weights", {})
        value = weighted((float(s.final_score), float(weights.get(s.dimension, 0.0)))
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
