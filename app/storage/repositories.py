"""Repositories: the only place that turns rows into domain objects and back.

Domain objects leave a session as plain dataclasses, so they can cross threads and outlive sessions.
Saving checks `version` (optimistic concurrency): a stale object raises ConcurrentEditError.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any
from uuid import UUID

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from app.domain import (
    Answer,
    AuditEvent,
    Candidate,
    Consent,
    DimensionScore,
    Interview,
    InterviewStatus,
    InterviewTemplate,
    MediaRef,
    Position,
    Question,
    QuestionKind,
    SalaryBand,
    SalaryGradeTable,
    SourceChannel,
)
from app.domain.clock import utc_now
from app.storage.errors import ConcurrentEditError
from app.storage.rows import (
    AnswerRow,
    AuditEventRow,
    CandidateRow,
    DimensionScoreRow,
    InterviewRow,
    InterviewTemplateRow,
    PositionRow,
    QuestionRow,
    SalaryBandRow,
    SalaryGradeTableRow,
)


def _consent_from(row: CandidateRow | InterviewRow) -> Consent | None:
    """Candidates and interviews store consent in the same four columns."""
    if row.consent_at is None:
        return None
    return Consent(
        recording=bool(row.consent_recording),
        ai_scoring=bool(row.consent_ai),
        recorded_at=row.consent_at,
        recorded_by=row.consent_by,
    )


def _store_consent(row: CandidateRow | InterviewRow, consent: Consent | None) -> None:
    row.consent_recording = consent.recording if consent else None
    row.consent_ai = consent.ai_scoring if consent else None
    row.consent_at = consent.recorded_at if consent else None
    row.consent_by = consent.recorded_by if consent else ""


def _check_version(row_version: int | None, obj_version: int, record: str) -> None:
    if row_version is None and obj_version != 0:
        raise ConcurrentEditError(f"{record} (deleted meanwhile)")
    if row_version is not None and row_version != obj_version:
        raise ConcurrentEditError(record)


class _Repository:
    """One session per repository; helpers every repository uses."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def _count(self, condition: Any = None, row: Any = None) -> int:
        q = select(func.count()).select_from(row)
        if condition is not None:
            q = q.where(condition)
        return int(self.s.scalar(q) or 0)


class CandidateRepository(_Repository):

    @staticmethod
    def to_domain(row: CandidateRow) -> Candidate:
        """From an ORM row or a plain result row with the same column names."""
        consent = _consent_from(row)
        return Candidate(
            id=row.id,
            version=row.version,
            name=row.name,
            phone=row.phone,
            email=row.email,
            source_channel=SourceChannel(row.source_channel),
            expected_monthly_salary=row.expected_monthly_salary,
            notes=row.notes,
            consent=consent,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    def get(self, candidate_id: UUID) -> Candidate | None:
        row = self.s.get(CandidateRow, candidate_id)
        return self.to_domain(row) if row else None

    def save(self, c: Candidate) -> Candidate:
        row = self.s.get(CandidateRow, c.id, with_for_update=False)
        _check_version(row.version if row else None, c.version, f"Candidate {c.name}")
        if row is None:
            row = CandidateRow(id=c.id, created_at=c.created_at)
            self.s.add(row)
        row.name = c.name
        row.phone = c.phone
        row.email = c.email
        row.source_channel = str(c.source_channel)
        row.expected_monthly_salary = c.expected_monthly_salary
        row.notes = c.notes
        _store_consent(row, c.consent)
        c.updated_at = utc_now()
        row.updated_at = c.updated_at
        self.s.flush()
        c.version = row.version
        return c

    def delete(self, candidate_id: UUID) -> None:
        self.s.execute(delete(CandidateRow).where(CandidateRow.id == candidate_id))

    def search(self, text: str = "", limit: int | None = None) -> list[Candidate]:
        """Plain column rows, not ORM objects: listing 10,000 candidates stays fast."""
        t = CandidateRow.__table__
        q = select(t).order_by(t.c.name)
        if text:
            like = f"%{text}%"
            q = q.where(
                or_(
                    CandidateRow.name.ilike(like),
                    CandidateRow.phone.ilike(like),
                    CandidateRow.email.ilike(like),
                )
            )
        if limit:
            q = q.limit(limit)
        return [self.to_domain(r) for r in self.s.execute(q)]  # type: ignore[arg-type]

    def find_duplicates(self, c: Candidate) -> list[Candidate]:
        """Others with the same name and the same phone or e-mail (a warning, not a refusal)."""
        conditions = []
        if c.phone:
            conditions.append(CandidateRow.phone == c.phone)
        if c.email:
            conditions.append(func.lower(CandidateRow.email) == c.email.casefold())
        q = select(CandidateRow).where(CandidateRow.id != c.id, CandidateRow.name == c.name)
        if conditions:
            q = q.where(or_(*conditions))
        return [self.to_domain(r) for r in self.s.scalars(q)]

    def count(self) -> int:
        return self._count(row=CandidateRow)


class PositionRepository(_Repository):

    @staticmethod
    def to_domain(row: PositionRow) -> Position:
        return Position(
            id=row.id,
            version=row.version,
            title=row.title,
            department=row.department,
            required_skills=list(row.required_skills),
            description=row.description,
            created_at=row.created_at,
        )

    def get(self, position_id: UUID) -> Position | None:
        row = self.s.get(PositionRow, position_id)
        return self.to_domain(row) if row else None

    def all(self) -> list[Position]:
        rows = self.s.scalars(select(PositionRow).order_by(PositionRow.title))
        return [self.to_domain(r) for r in rows]

    def save(self, p: Position) -> Position:
        row = self.s.get(PositionRow, p.id)
        _check_version(row.version if row else None, p.version, f"Position {p.title}")
        if row is None:
            row = PositionRow(id=p.id, created_at=p.created_at)
            self.s.add(row)
        row.title = p.title
        row.department = p.department
        row.required_skills = list(p.required_skills)
        row.description = p.description
        self.s.flush()
        p.version = row.version
        return p

    def delete(self, position_id: UUID) -> None:
        self.s.execute(delete(PositionRow).where(PositionRow.id == position_id))

    def is_used(self, position_id: UUID) -> bool:
        return self._count(InterviewRow.position_id == position_id, InterviewRow) > 0


class TemplateRepository(_Repository):

    @staticmethod
    def question_to_domain(row: QuestionRow) -> Question:
        return Question(
            id=row.id,
            version=row.version,
            prompt=row.prompt,
            kind=QuestionKind(row.kind),
            reference_answer=row.reference_answer,
            key_points=list(row.key_points),
            time_limit_s=row.time_limit_s,
            preparation_s=row.preparation_s,
            dimension_weights=dict(row.dimension_weights),
        )

    @classmethod
    def to_domain(cls, row: InterviewTemplateRow) -> InterviewTemplate:
        return InterviewTemplate(
            id=row.id,
            version=row.version,
            name=row.name,
            language=row.language,
            dimension_weights=dict(row.dimension_weights),
            questions=[cls.question_to_domain(q) for q in row.questions],
            created_at=row.created_at,
        )

    def get(self, template_id: UUID) -> InterviewTemplate | None:
        row = self.s.get(InterviewTemplateRow, template_id)
        return self.to_domain(row) if row else None

    def all(self) -> list[InterviewTemplate]:
        q = (
            select(InterviewTemplateRow)
            .options(selectinload(InterviewTemplateRow.questions))
            .order_by(InterviewTemplateRow.name)
        )
        return [self.to_domain(r) for r in self.s.scalars(q)]

    def save(self, t: InterviewTemplate) -> InterviewTemplate:
        row = self.s.get(InterviewTemplateRow, t.id)
        _check_version(row.version if row else None, t.version, f"Template {t.name}")
        if row is None:
            row = InterviewTemplateRow(id=t.id, created_at=t.created_at)
            self.s.add(row)
        row.name = t.name
        row.language = t.language
        row.dimension_weights = dict(t.dimension_weights)
        existing = {q.id: q for q in row.questions}
        new_rows: list[QuestionRow] = []
        for ordinal, q in enumerate(t.questions):
            qrow = existing.get(q.id) or QuestionRow(id=q.id, template_id=t.id)
            qrow.ordinal = ordinal
            qrow.kind = str(q.kind)
            qrow.prompt = q.prompt
            qrow.reference_answer = q.reference_answer
            qrow.key_points = list(q.key_points)
            qrow.time_limit_s = q.time_limit_s
            qrow.preparation_s = q.preparation_s
            qrow.dimension_weights = dict(q.dimension_weights)
            new_rows.append(qrow)
        row.questions = new_rows
        # The template's own version must move even when only its questions changed.
        flag_modified(row, "name")
        self.s.flush()
        t.version = row.version
        for q, qrow in zip(t.questions, new_rows, strict=True):
            q.version = qrow.version
        return t

    def delete(self, template_id: UUID) -> None:
        row = self.s.get(InterviewTemplateRow, template_id)
        if row is not None:
            self.s.delete(row)

    def is_used(self, template_id: UUID) -> bool:
        return self._count(InterviewRow.template_id == template_id, InterviewRow) > 0


def _media_from_json(items: Sequence[Any]) -> list[MediaRef]:
    return [MediaRef(**dict(m)) for m in items]


class InterviewRepository(_Repository):

    @staticmethod
    def answer_to_domain(row: AnswerRow) -> Answer:
        return Answer(
            id=row.id,
            version=row.version,
            question_id=row.question_id,
            position=row.ordinal,
            question_prompt=row.question_prompt,
            question_kind=QuestionKind(row.question_kind),
            typed_text=row.typed_text,
            transcript=row.transcript,
            transcript_original=row.transcript_original,
            words=list(row.words),
            media=_media_from_json(row.media),
            timings=dict(row.timings),
            features=dict(row.features),
            observations=dict(row.observations),
        )

    @staticmethod
    def score_to_domain(row: DimensionScoreRow) -> DimensionScore:
        return DimensionScore(
            id=row.id,
            version=row.version,
            dimension=row.dimension,
            question_id=row.question_id,
            model_score=row.model_score,
            final_score=row.final_score,
            model_version=row.model_version,
            evidence=dict(row.evidence),
            override_reason=row.override_reason,
            overridden_by=row.overridden_by,
            overridden_at=row.overridden_at,
        )

    @classmethod
    def to_domain(cls, row: InterviewRow, *, with_children: bool = True) -> Interview:
        consent = _consent_from(row)
        return Interview(
            id=row.id,
            version=row.version,
            candidate_id=row.candidate_id,
            position_id=row.position_id,
            template_id=row.template_id,
            round=row.round,
            interviewer=row.interviewer,
            status=InterviewStatus(row.status),
            consent=consent,
            notes=row.notes,
            answers=[cls.answer_to_domain(a) for a in row.answers] if with_children else [],
            scores=[cls.score_to_domain(s) for s in row.scores] if with_children else [],
            created_at=row.created_at,
            started_at=row.started_at,
            ended_at=row.ended_at,
            saved_at=row.saved_at,
        )

    def get(self, interview_id: UUID) -> Interview | None:
        row = self.s.get(InterviewRow, interview_id)
        return self.to_domain(row) if row else None

    def find(
        self,
        *,
        candidate_id: UUID | None = None,
        status: InterviewStatus | None = None,
        with_children: bool = False,
    ) -> list[Interview]:
        q = select(InterviewRow).order_by(InterviewRow.created_at.desc())
        if candidate_id is not None:
            q = q.where(InterviewRow.candidate_id == candidate_id)
        if status is not None:
            q = q.where(InterviewRow.status == str(status))
        if with_children:
            q = q.options(selectinload(InterviewRow.answers), selectinload(InterviewRow.scores))
        return [self.to_domain(r, with_children=with_children) for r in self.s.scalars(q)]

    def save(self, iv: Interview) -> Interview:
        """Write the whole interview (answers and scores too) as the caller's transaction."""
        row = self.s.get(InterviewRow, iv.id)
        _check_version(row.version if row else None, iv.version, "This interview")
        if row is None:
            row = InterviewRow(id=iv.id, created_at=iv.created_at)
            self.s.add(row)
        row.candidate_id = iv.candidate_id
        row.position_id = iv.position_id
        row.template_id = iv.template_id
        row.round = iv.round
        row.interviewer = iv.interviewer
        row.status = str(iv.status)
        _store_consent(row, iv.consent)
        row.notes = iv.notes
        row.started_at = iv.started_at
        row.ended_at = iv.ended_at
        row.saved_at = iv.saved_at
        row.updated_at = utc_now()  # always dirty: the version moves even if only children changed
        self._sync_answers(row, iv.answers)
        self._sync_scores(row, iv.scores)
        self.s.flush()
        iv.version = row.version
        for a, arow in zip(iv.answers, row.answers, strict=True):
            a.version = arow.version
        by_id = {r.id: r for r in row.scores}
        for sc in iv.scores:
            sc.version = by_id[sc.id].version
        return iv

    def _sync_answers(self, row: InterviewRow, answers: list[Answer]) -> None:
        existing = {a.id: a for a in row.answers}
        rows: list[AnswerRow] = []
        for a in answers:
            arow = existing.get(a.id) or AnswerRow(id=a.id, interview_id=row.id)
            arow.question_id = a.question_id
            arow.ordinal = a.position
            arow.question_prompt = a.question_prompt
            arow.question_kind = str(a.question_kind)
            arow.typed_text = a.typed_text
            arow.transcript = a.transcript
            arow.transcript_original = a.transcript_original
            arow.words = list(a.words)
            arow.media = [asdict(m) for m in a.media]
            arow.timings = dict(a.timings)
            arow.features = dict(a.features)
            arow.observations = dict(a.observations)
            rows.append(arow)
        row.answers = rows

    def _sync_scores(self, row: InterviewRow, scores: list[DimensionScore]) -> None:
        existing = {s.id: s for s in row.scores}
        rows: list[DimensionScoreRow] = []
        for sc in scores:
            srow = existing.get(sc.id) or DimensionScoreRow(id=sc.id, interview_id=row.id)
            srow.dimension = sc.dimension
            srow.question_id = sc.question_id
            srow.model_score = sc.model_score
            srow.final_score = sc.final_score
            srow.model_version = sc.model_version
            srow.evidence = dict(sc.evidence)
            srow.override_reason = sc.override_reason
            srow.overridden_by = sc.overridden_by
            srow.overridden_at = sc.overridden_at
            rows.append(srow)
        row.scores = rows

    def delete(self, interview_id: UUID) -> None:
        row = self.s.get(InterviewRow, interview_id)
        if row is not None:
            self.s.delete(row)

    def count(self) -> int:
        return self._count(row=InterviewRow)


class SalaryTableRepository(_Repository):

    @staticmethod
    def to_domain(row: SalaryGradeTableRow) -> SalaryGradeTable:
        return SalaryGradeTable(
            id=row.id,
            version=row.version,
            name=row.name,
            effective_from=row.effective_from,
            driver_dimension=row.driver_dimension,
            currency=row.currency,
            position_id=row.position_id,
            department=row.department,
            bands=[
                SalaryBand(
                    id=b.id,
                    min_score=b.min_score,
                    max_score=b.max_score,
                    level_title=b.level_title,
                    salary_min=b.salary_min,
                    salary_mid=b.salary_mid,
                    salary_max=b.salary_max,
                )
                for b in row.bands
            ],
        )

    def all(self) -> list[SalaryGradeTable]:
        q = select(SalaryGradeTableRow).order_by(
            SalaryGradeTableRow.name, SalaryGradeTableRow.effective_from
        )
        return [self.to_domain(r) for r in self.s.scalars(q)]

    def get(self, table_id: UUID) -> SalaryGradeTable | None:
        row = self.s.get(SalaryGradeTableRow, table_id)
        return self.to_domain(row) if row else None

    def save(self, t: SalaryGradeTable) -> SalaryGradeTable:
        row = self.s.get(SalaryGradeTableRow, t.id)
        _check_version(row.version if row else None, t.version, f"Salary table {t.name}")
        if row is None:
            row = SalaryGradeTableRow(id=t.id)
            self.s.add(row)
        row.name = t.name
        row.effective_from = t.effective_from
        row.driver_dimension = t.driver_dimension
        row.currency = t.currency
        row.position_id = t.position_id
        row.department = t.department
        row.bands = [
            SalaryBandRow(
                id=b.id,
                table_id=t.id,
                min_score=b.min_score,
                max_score=b.max_score,
                level_title=b.level_title,
                salary_min=b.salary_min,
                salary_mid=b.salary_mid,
                salary_max=b.salary_max,
            )
            for b in t.bands
        ]
        flag_modified(row, "name")  # bands are guarded by the table's version: it moves with them
        self.s.flush()
        t.version = row.version
        return t


class AuditRepository(_Repository):

    def record(
        self,
        actor: str,
        action: str,
        record_type: str,
        record_id: UUID | str,
        details: dict[str, Any] | None = None,
    ) -> AuditEvent:
        event = AuditEvent(
            actor=actor or "unknown",
            action=action,
            record_type=record_type,
            record_id=str(record_id),
            details=dict(details or {}),
        )
        self.s.add(
            AuditEventRow(
                id=event.id,
                at=event.at,
                actor=event.actor,
                action=event.action,
                record_type=event.record_type,
                record_id=event.record_id,
                details=event.details,
            )
        )
        return event

    def for_record(self, record_id: UUID | str) -> list[AuditEvent]:
        q = (
            select(AuditEventRow)
            .where(AuditEventRow.record_id == str(record_id))
            .order_by(AuditEventRow.at)
        )
        return [
            AuditEvent(
                id=r.id,
                at=r.at,
                actor=r.actor,
                action=r.action,
                record_type=r.record_type,
                record_id=r.record_id,
                details=dict(r.details),
            )
            for r in self.s.scalars(q)
        ]


class Repositories:
    """Every repository on one session: `with db.transaction() as s: repos = Repositories(s)`."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.candidates = CandidateRepository(session)
        self.positions = PositionRepository(session)
        self.templates = TemplateRepository(session)
        self.interviews = InterviewRepository(session)
        self.salary_tables = SalaryTableRepository(session)
        self.audit = AuditRepository(session)
