"""Everything the review screen and the PDF report show, gathered once (plain data, no widgets)."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from app.domain import Candidate, DimensionScore, Interview, InterviewTemplate, Position, Question
from app.domain.interview import Answer
from app.storage.repositories import Repositories

DIMENSIONS = ("skill_match", "communication", "stress_resistance")


@dataclass
class QuestionReport:
    number: int
    question: Question | None
    answer: Answer
    scores: dict[str, DimensionScore] = field(default_factory=dict)

    @property
    def prompt(self) -> str:
        return self.answer.question_prompt or (self.question.prompt if self.question else "")


@dataclass
class ReportData:
    interview: Interview
    template: InterviewTemplate | None
    position: Position | None
    candidate: Candidate | None

    @property
    def ai_consent(self) -> bool:
        return bool(self.interview.consent and self.interview.consent.ai_scoring)

    def interview_scores(self) -> dict[str, DimensionScore]:
        return {s.dimension: s for s in self.interview.scores if s.question_id is None}

    def questions(self) -> list[QuestionReport]:
        by_id: dict[UUID, Question] = {q.id: q for q in self.template.questions} if self.template else {}
        out: list[QuestionReport] = []
        for n, answer in enumerate(sorted(self.interview.answers, key=lambda a: a.position), start=1):
            scores = {s.dimension: s for s in self.interview.scores if s.question_id == answer.question_id}
            out.append(QuestionReport(n, by_id.get(answer.question_id), answer, scores))
        return out

    def radar_values(self) -> dict[str, float]:
        top = self.interview_scores()
        out: dict[str, float] = {}
        for d in DIMENSIONS:
            value = top[d].final_score if d in top else None
            if value is not None:
                out[d] = float(value)
        return out


def load_report_data(repos: Repositories, interview_id: UUID) -> ReportData | None:
    """Read everything the review screen shows about one interview (in the caller's session)."""
    interview = repos.interviews.get(interview_id)
    if interview is None:
        return None
    return ReportData(interview, repos.templates.get(interview.template_id),
                      repos.positions.get(interview.position_id),
                      repos.candidates.get(interview.candidate_id))
