"""The database tables, as typed SQLAlchemy 2 rows.

Text columns are Unicode/LongText so that SQL Server stores Chinese (NVARCHAR). Every mutable row has
a `version` column that SQLAlchemy checks on UPDATE (optimistic concurrency between clerks).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    Unicode,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.storage.types import LongText, UtcDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        Decimal: Numeric(12, 2),
    }


class Versioned:
    """Mixin: the optimistic-concurrency column."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class CandidateRow(Versioned, Base):
    __tablename__ = "candidates"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Unicode(200), index=True)
    phone: Mapped[str] = mapped_column(Unicode(40), default="")
    email: Mapped[str] = mapped_column(Unicode(200), default="")
    source_channel: Mapped[str] = mapped_column(Unicode(40), default="job_board", index=True)
    expected_monthly_salary: Mapped[Decimal | None]
    notes: Mapped[str] = mapped_column(LongText, default="")
    consent_recording: Mapped[bool | None] = mapped_column(Boolean)
    consent_ai: Mapped[bool | None] = mapped_column(Boolean)
    consent_at: Mapped[datetime | None]
    consent_by: Mapped[str] = mapped_column(Unicode(200), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    __mapper_args__ = {"version_id_col": Versioned.version}


class PositionRow(Versioned, Base):
    __tablename__ = "positions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Unicode(200), index=True)
    department: Mapped[str] = mapped_column(Unicode(200), default="")
    required_skills: Mapped[list[Any]] = mapped_column(default=list)
    description: Mapped[str] = mapped_column(LongText, default="")
    created_at: Mapped[datetime]
    __mapper_args__ = {"version_id_col": Versioned.version}


class InterviewTemplateRow(Versioned, Base):
    __tablename__ = "interview_templates"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Unicode(200))
    language: Mapped[str] = mapped_column(Unicode(8), default="zh")
    dimension_weights: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    questions: Mapped[list[QuestionRow]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="QuestionRow.ordinal",
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


class QuestionRow(Versioned, Base):
    __tablename__ = "questions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interview_templates.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int]
    kind: Mapped[str] = mapped_column(Unicode(20))
    prompt: Mapped[str] = mapped_column(LongText)
    reference_answer: Mapped[str] = mapped_column(LongText, default="")
    key_points: Mapped[list[Any]] = mapped_column(default=list)
    time_limit_s: Mapped[int]
    preparation_s: Mapped[int]
    dimension_weights: Mapped[dict[str, Any]] = mapped_column(default=dict)
    template: Mapped[InterviewTemplateRow] = relationship(back_populates="questions")
    __mapper_args__ = {"version_id_col": Versioned.version}


class InterviewRow(Versioned, Base):
    __tablename__ = "interviews"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id"), index=True)
    position_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("positions.id"), index=True)
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interview_templates.id"), index=True)
    round: Mapped[int] = mapped_column(default=1)
    interviewer: Mapped[str] = mapped_column(Unicode(200), default="")
    status: Mapped[str] = mapped_column(Unicode(20), index=True)
    consent_recording: Mapped[bool | None] = mapped_column(Boolean)
    consent_ai: Mapped[bool | None] = mapped_column(Boolean)
    consent_at: Mapped[datetime | None]
    consent_by: Mapped[str] = mapped_column(Unicode(200), default="")
    notes: Mapped[str] = mapped_column(LongText, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    saved_at: Mapped[datetime | None]
    answers: Mapped[list[AnswerRow]] = relationship(
        cascade="all, delete-orphan", order_by="AnswerRow.ordinal"
    )
    scores: Mapped[list[DimensionScoreRow]] = relationship(cascade="all, delete-orphan")
    __mapper_args__ = {"version_id_col": Versioned.version}


class AnswerRow(Versioned, Base):
    __tablename__ = "answers"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[uuid.UUID]
    ordinal: Mapped[int]
    question_prompt: Mapped[str] = mapped_column(LongText, default="")
    question_kind: Mapped[str] = mapped_column(Unicode(20))
    typed_text: Mapped[str] = mapped_column(LongText, default="")
    transcript: Mapped[str] = mapped_column(LongText, default="")
    transcript_original: Mapped[str] = mapped_column(LongText, default="")
    words: Mapped[list[Any]] = mapped_column(default=list)
    media: Mapped[list[Any]] = mapped_column(default=list)
    timings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    features: Mapped[dict[str, Any]] = mapped_column(default=dict)
    observations: Mapped[dict[str, Any]] = mapped_column(default=dict)
    __mapper_args__ = {"version_id_col": Versioned.version}


class DimensionScoreRow(Versioned, Base):
    __tablename__ = "dimension_scores"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[uuid.UUID | None]
    dimension: Mapped[str] = mapped_column(Unicode(60))
    model_score: Mapped[float | None] = mapped_column(Float)
    final_score: Mapped[float | None] = mapped_column(Float)
    model_version: Mapped[str] = mapped_column(Unicode(100), default="")
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    override_reason: Mapped[str] = mapped_column(LongText, default="")
    overridden_by: Mapped[str] = mapped_column(Unicode(200), default="")
    overridden_at: Mapped[datetime | None]
    __mapper_args__ = {"version_id_col": Versioned.version}


class AuditEventRow(Base):
    """Immutable: written once, never updated, so it has no version."""

    __tablename__ = "audit_events"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(Unicode(200))
    action: Mapped[str] = mapped_column(Unicode(100))
    record_type: Mapped[str] = mapped_column(Unicode(60))
    record_id: Mapped[str] = mapped_column(Unicode(64), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SalaryGradeTableRow(Versioned, Base):
    __tablename__ = "salary_grade_tables"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Unicode(200))
    position_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("positions.id"), index=True)
    department: Mapped[str] = mapped_column(Unicode(200), default="")
    effective_from: Mapped[date] = mapped_column(Date)
    driver_dimension: Mapped[str] = mapped_column(Unicode(60), default="skill_match")
    currency: Mapped[str] = mapped_column(Unicode(8), default="CNY")
    bands: Mapped[list[SalaryBandRow]] = relationship(
        cascade="all, delete-orphan", order_by="SalaryBandRow.min_score"
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


class SalaryBandRow(Base):
    """Bands change only with their table (a new table version), so the table's version guards them."""

    __tablename__ = "salary_bands"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    table_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("salary_grade_tables.id", ondelete="CASCADE"), index=True
    )
    min_score: Mapped[float] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float)
    level_title: Mapped[str] = mapped_column(Unicode(200))
    salary_min: Mapped[Decimal]
    salary_mid: Mapped[Decimal]
    salary_max: Mapped[Decimal]


Index("ix_interviews_candidate_status", InterviewRow.candidate_id, InterviewRow.status)

# Areas add their tables in their own modules; importing them here registers them in Base.metadata.
from app.storage import backup_rows  # noqa: E402,F401
from app.storage import salary_rows as _salary_rows  # noqa: E402,F401
