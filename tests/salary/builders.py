"""Real records in a real database for the salary tests (no mocks: repositories and SQL)."""

from __future__ import annotations

from decimal import Decimal

from app.domain import (
    Candidate,
    DimensionScore,
    Interview,
    InterviewStatus,
    InterviewTemplate,
    Position,
    SourceChannel,
)
from app.domain.clock import utc_now
from app.storage.db import Database
from app.storage.repositories import Repositories


def saved_interview(db: Database, *, skill: float | None = 85.0, overall: float = 80.0,
                    expected: int | None = 9000, source: SourceChannel = SourceChannel.JOB_BOARD,
                    title: str = "Software engineer", department: str = "R&D",
                    position: Position | None = None, name: str = "张伟") -> Interview:
    with db.transaction() as s:
        repos = Repositories(s)
        if position is None:
            position = repos.positions.save(Position(title=title, department=department))
        template = repos.templates.save(InterviewTemplate(name="T"))
        candidate = repos.candidates.save(Candidate(
            name=name, source_channel=source,
            expected_monthly_salary=None if expected is None else Decimal(expected)))
        scores = [DimensionScore("overall", final_score=overall, model_score=overall)]
        if skill is not None:
            scores.append(DimensionScore("skill_match", final_score=skill, model_score=skill))
        now = utc_now()
        return repos.interviews.save(Interview(
            candidate_id=candidate.id, position_id=position.id, template_id=template.id,
            status=InterviewStatus.SAVED, scores=scores, started_at=now, ended_at=now,
            saved_at=now))
