"""A candidate, a position and a four-question template in a fresh database."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from app.domain import Candidate, InterviewTemplate, Position, Question, QuestionKind
from app.storage.db import Database
from app.storage.repositories import Repositories


@dataclass
class Seeded:
    candidate_id: UUID
    position_id: UUID
    template_id: UUID
    candidate_name: str = "王小明"


def seed(db: Database, *, questions: int = 4, preparation_s: int = 30) -> Seeded:
    with db.transaction() as s:
        r = Repositories(s)
        c = r.candidates.save(Candidate(name="王小明", phone="13800000000"))
        p = r.positions.save(Position(title="Java 开发工程师", department="研发"))
        t = r.templates.save(
            InterviewTemplate(
                name="Backend",
                questions=[
                    Question(
                        prompt=f"Question {i + 1}: tell us about a project.",
                        kind=QuestionKind.SITUATIONAL if i % 2 else QuestionKind.STRUCTURED,
                        time_limit_s=120,
                        preparation_s=preparation_s,
                    )
                    for i in range(questions)
                ],
            )
        )
    return Seeded(c.id, p.id, t.id)
