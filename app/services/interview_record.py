"""An interview as plain JSON: what the draft journal writes and reads back exactly.

Written by hand rather than with `asdict`, so that UUIDs, times and enums come back as the same
types and a draft restores the interview exactly (same ids, same version, same timings).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from app.domain import (
    Answer,
    Consent,
    DimensionScore,
    Interview,
    InterviewStatus,
    MediaRef,
    Question,
    QuestionKind,
)

JsonDict = dict[str, Any]


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _consent_to_json(c: Consent | None) -> JsonDict | None:
    if c is None:
        return None
    return {
        "recording": c.recording,
        "ai_scoring": c.ai_scoring,
        "recorded_at": _time(c.recorded_at),
        "recorded_by": c.recorded_by,
    }


def _consent_from_json(d: JsonDict | None) -> Consent | None:
    if d is None:
        return None
    at = _parse_time(d["recorded_at"])
    assert at is not None
    return Consent(
        recording=bool(d["recording"]),
        ai_scoring=bool(d["ai_scoring"]),
        recorded_at=at,
        recorded_by=d.get("recorded_by", ""),
    )


def answer_to_json(a: Answer) -> JsonDict:
    return {
        "id": str(a.id),
        "version": a.version,
        "question_id": str(a.question_id),
        "position": a.position,
        "question_prompt": a.question_prompt,
        "question_kind": str(a.question_kind),
        "typed_text": a.typed_text,
        "transcript": a.transcript,
        "transcript_original": a.transcript_original,
        "words": a.words,
        "media": [
            {"kind": m.kind, "relpath": m.relpath, "size": m.size, "sha256": m.sha256,
             "duration_s": m.duration_s}
            for m in a.media
        ],
        "timings": a.timings,
        "features": a.features,
        "observations": a.observations,
    }


def answer_from_json(d: JsonDict) -> Answer:
    return Answer(
        id=UUID(d["id"]),
        version=int(d["version"]),
        question_id=UUID(d["question_id"]),
        position=int(d["position"]),
        question_prompt=d["question_prompt"],
        question_kind=QuestionKind(d["question_kind"]),
        typed_text=d["typed_text"],
        transcript=d["transcript"],
        transcript_original=d["transcript_original"],
        words=list(d["words"]),
        media=[MediaRef(**m) for m in d["media"]],
        timings=dict(d["timings"]),
        features=dict(d["features"]),
        observations=dict(d["observations"]),
    )


def score_to_json(s: DimensionScore) -> JsonDict:
    return {
        "id": str(s.id),
        "version": s.version,
        "dimension": s.dimension,
        "question_id": str(s.question_id) if s.question_id else None,
        "model_score": s.model_score,
        "final_score": s.final_score,
        "model_version": s.model_version,
        "evidence": s.evidence,
        "override_reason": s.override_reason,
        "overridden_by": s.overridden_by,
        "overridden_at": _time(s.overridden_at),
    }


def score_from_json(d: JsonDict) -> DimensionScore:
    return DimensionScore(
        id=UUID(d["id"]),
        version=int(d["version"]),
        dimension=d["dimension"],
        question_id=UUID(d["question_id"]) if d["question_id"] else None,
        model_score=d["model_score"],
        final_score=d["final_score"],
        model_version=d["model_version"],
        evidence=dict(d["evidence"]),
        override_reason=d["override_reason"],
        overridden_by=d["overridden_by"],
        overridden_at=_parse_time(d["overridden_at"]),
    )


def interview_to_json(iv: Interview) -> JsonDict:
    return {
        "id": str(iv.id),
        "version": iv.version,
        "candidate_id": str(iv.candidate_id),
        "position_id": str(iv.position_id),
        "template_id": str(iv.template_id),
        "round": iv.round,
        "interviewer": iv.interviewer,
        "status": str(iv.status),
        "consent": _consent_to_json(iv.consent),
        "notes": iv.notes,
        "answers": [answer_to_json(a) for a in iv.answers],
        "scores": [score_to_json(s) for s in iv.scores],
        "created_at": _time(iv.created_at),
        "started_at": _time(iv.started_at),
        "ended_at": _time(iv.ended_at),
        "saved_at": _time(iv.saved_at),
    }


def interview_from_json(d: JsonDict) -> Interview:
    created = _parse_time(d["created_at"])
    assert created is not None
    return Interview(
        id=UUID(d["id"]),
        version=int(d["version"]),
        candidate_id=UUID(d["candidate_id"]),
        position_id=UUID(d["position_id"]),
        template_id=UUID(d["template_id"]),
        round=int(d["round"]),
        interviewer=d["interviewer"],
        status=InterviewStatus(d["status"]),
        consent=_consent_from_json(d["consent"]),
        notes=d["notes"],
        answers=[answer_from_json(a) for a in d["answers"]],
        scores=[score_from_json(s) for s in d["scores"]],
        created_at=created,
        started_at=_parse_time(d["started_at"]),
        ended_at=_parse_time(d["ended_at"]),
        saved_at=_parse_time(d["saved_at"]),
    )


def copy_interview(iv: Interview) -> Interview:
    """A deep, independent copy (what a background save works on while the clerk keeps typing)."""
    return interview_from_json(interview_to_json(iv))


def question_to_json(q: Question) -> JsonDict:
    return {
        "id": str(q.id),
        "version": q.version,
        "prompt": q.prompt,
        "kind": str(q.kind),
        "reference_answer": q.reference_answer,
        "key_points": list(q.key_points),
        "time_limit_s": q.time_limit_s,
        "preparation_s": q.preparation_s,
        "dimension_weights": dict(q.dimension_weights),
    }


def question_from_json(d: JsonDict) -> Question:
    return Question(
        id=UUID(d["id"]),
        version=int(d["version"]),
        prompt=d["prompt"],
        kind=QuestionKind(d["kind"]),
        reference_answer=d["reference_answer"],
        key_points=list(d["key_points"]),
        time_limit_s=int(d["time_limit_s"]),
        preparation_s=int(d["preparation_s"]),
        dimension_weights=dict(d["dimension_weights"]),
    )
