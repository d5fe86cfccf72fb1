"""Plain-Python domain model of HR Desk: no Qt, no SQL."""

from app.domain.audit import AuditEvent
from app.domain.candidate import Candidate, Consent, SourceChannel
from app.domain.interview import (
    Answer,
    DimensionScore,
    Interview,
    InterviewStatus,
    MediaRef,
)
from app.domain.position import Position
from app.domain.salary import SalaryBand, SalaryGradeTable
from app.domain.template import InterviewTemplate, Question, QuestionKind

__all__ = [
    "Answer",
    "AuditEvent",
    "Candidate",
    "Consent",
    "DimensionScore",
    "Interview",
    "InterviewStatus",
    "InterviewTemplate",
    "MediaRef",
    "Position",
    "Question",
    "QuestionKind",
    "SalaryBand",
    "SalaryGradeTable",
    "SourceChannel",
]
