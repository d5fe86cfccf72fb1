"""One interview of one candidate for one position: its answers, its scores and its state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

from app.domain.candidate import Consent
from app.domain.clock import utc_now
from app.domain.template import QuestionKind

JsonDict = dict[str, Any]


class InterviewStatus(StrEnum):
    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    ENDED = "ended"
    SAVED = "saved"


@dataclass
class MediaRef:
    """A recorded file in the media folder, addressed by its content hash."""

    kind: str  # "video" | "audio"
    relpath: str
    size: int
    sha256: str
    duration_s: float = 0.0


@dataclass
class Answer:
    question_id: UUID
    position: int
    question_prompt: str = ""
    question_kind: QuestionKind = QuestionKind.STRUCTURED
    typed_text: str = ""
    transcript: str = ""
    transcript_original: str = ""
    words: list[JsonDict] = field(default_factory=list)
    media: list[MediaRef] = field(default_factory=list)
    timings: JsonDict = field(default_factory=dict)
    features: JsonDict = field(default_factory=dict)
    observations: JsonDict = field(default_factory=dict)
    id: UUID = field(default_factory=uuid4)
    version: int = 0

    @property
    def text(self) -> str:
        """What the candidate answered: the (possibly edited) transcript and the typed text."""
        return "\n".join(p for p in (self.transcript.strip(), self.typed_text.strip()) if p)

    @property
    def is_empty(self) -> bool:
        return not self.text


@dataclass
class DimensionScore:
    dimension: str
    question_id: UUID | None = None
    model_score: float | None = None
    final_score: float | None = None
    model_version: str = ""
    evidence: JsonDict = field(default_factory=dict)
    override_reason: str = ""
    overridden_by: str = ""
    overridden_at: datetime | None = None
    id: UUID = field(default_factory=uuid4)
    version: int = 0

    @property
    def overridden(self) -> bool:
        return self.overridden_at is not None


@dataclass
class Interview:
    candidate_id: UUID
    position_id: UUID
    template_id: UUID
    round: int = 1
    interviewer: str = ""
    status: InterviewStatus = InterviewStatus.DRAFT
    consent: Consent | None = None
    notes: str = ""
    answers: list[Answer] = field(default_factory=list)
    scores: list[DimensionScore] = field(default_factory=list)
    created_at: datetime = field(default_factory=utc_now)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    saved_at: datetime | None = None
    id: UUID = field(default_factory=uuid4)
    version: int = 0

    def overall_score(self) -> float | None:
        for s in self.scores:
            if s.dimension == "overall" and s.question_id is None:
                return s.final_score
        return None

    def score_of(self, dimension: str) -> float | None:
        for s in self.scores:
            if s.dimension == dimension and s.question_id is None:
                return s.final_score
        return None
