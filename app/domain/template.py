"""Interview templates: an ordered list of questions in one language, with how to weigh them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from uuid import UUID, uuid4

from app.domain import validation
from app.domain.clock import utc_now

DEFAULT_DIMENSIONS: dict[str, float] = {
    "skill_match": 0.5,
    "communication": 0.3,
    "stress_resistance": 0.2,
}


class QuestionKind(StrEnum):
    STRUCTURED = "structured"
    SITUATIONAL = "situational"


@dataclass
class Question:
    prompt: str
    kind: QuestionKind = QuestionKind.STRUCTURED
    reference_answer: str = ""
    key_points: list[str] = field(default_factory=list)
    time_limit_s: int = 180
    preparation_s: int = 30
    dimension_weights: dict[str, float] = field(default_factory=dict)
    id: UUID = field(default_factory=uuid4)
    version: int = 0

    def validated(self) -> Question:
        self.prompt = validation.required_name(
            "question", self.prompt, max_length=validation.MAX_SHORT_TEXT * 4
        )
        self.reference_answer = validation.optional_text(
            "reference answer", self.reference_answer, max_length=validation.MAX_LONG_TEXT
        )
        self.key_points = [k for k in (validation.clean_text(p) for p in self.key_points) if k]
        if not 10 <= self.time_limit_s <= 3600:
            raise validation.InvalidField(
                "time limit",
                f"A time limit of {self.time_limit_s} s is outside 10 s to 60 min.",
                "Choose a time limit between 10 seconds and 60 minutes.",
            )
        if not 0 <= self.preparation_s <= 600:
            raise validation.InvalidField(
                "preparation time",
                f"A preparation time of {self.preparation_s} s is outside 0 to 10 min.",
                "Choose a preparation time between 0 and 10 minutes.",
            )
        for name, weight in self.dimension_weights.items():
            if weight < 0:
                raise validation.InvalidField(
                    "weights", f"The weight of {name} is negative.", "Use weights of 0 or more."
                )
        return self


@dataclass
class InterviewTemplate:
    name: str
    language: str = "zh"
    questions: list[Question] = field(default_factory=list)
    dimension_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_DIMENSIONS))
    id: UUID = field(default_factory=uuid4)
    version: int = 0
    created_at: datetime = field(default_factory=utc_now)

    def validated(self) -> InterviewTemplate:
        self.name = validation.required_name("template name", self.name)
        if self.language not in ("zh", "en"):
            raise validation.InvalidField(
                "language", f"Language '{self.language}' is not supported.", "Choose zh or en."
            )
        for q in self.questions:
            q.validated()
        if any(w < 0 for w in self.dimension_weights.values()):
            raise validation.InvalidField(
                "weights", "A dimension weight is negative.", "Use weights of 0 or more."
            )
        return self
