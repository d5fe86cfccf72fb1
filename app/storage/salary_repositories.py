"""Repositories of the salary area: offers, market data imports, demographic fields.

Domain objects leave here as plain dataclasses (`Offer`, `MarketRate`), never ORM rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.domain.clock import utc_now
from app.salary.market import MarketRate, match_key
from app.salary.offers import Decision, Offer
from app.salary.suggestion import Suggestion
from app.storage.errors import ConcurrentEditError
from app.storage.salary_rows import (
    CandidateDemographicRow,
    MarketImportRow,
    MarketRateRow,
    SalaryOfferRow,
)

INSERT_BATCH = 10_000
RATE_COLUMNS = ("id, import_id, position, level, city, position_key, level_key, p25, p50, p75, "
                "source, survey_date")


class OfferRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    @staticmethod
    def to_domain(row: SalaryOfferRow) -> Offer:
        suggestion = None
        if (row.table_id is not None and row.band_min is not None and row.band_mid is not None
                and row.band_max is not None and row.score is not None):
            suggestion = Suggestion(
                table_id=row.table_id, table_version=row.table_version or 0,
                table_name=row.table_name, driver_dimension=row.driver_dimension,
                score=row.score, level_title=row.level_title, salary_min=row.band_min,
                salary_mid=row.band_mid, salary_max=row.band_max, currency=row.currency,
            )
        return Offer(
            id=row.id, version=row.version, interview_id=row.interview_id,
            candidate_id=row.candidate_id, position_id=row.position_id,
            decision=Decision(row.decision), decided_by=row.decided_by,
            decided_at=row.decided_at, suggestion=suggestion,
            offered_salary=row.offered_salary, expected_salary=row.expected_salary,
            reason=row.reason, market_p50=row.market_p50,
            market_survey_date=row.market_survey_date,
        )

    def for_interview(self, interview_id: UUID) -> Offer | None:
        row = self.s.scalar(select(SalaryOfferRow).where(SalaryOfferRow.interview_id == interview_id))
        return self.to_domain(row) if row else None

    def save(self, offer: Offer) -> Offer:
        row = self.s.get(SalaryOfferRow, offer.id)
        if row is None and offer.version != 0:
            raise ConcurrentEditError("This salary decision (deleted meanwhile)")
        if row is not None and row.version != offer.version:
            raise ConcurrentEditError("This salary decision")
        if row is None:
            if self.for_interview(offer.interview_id) is not None:
                raise ConcurrentEditError("The salary decision on this interview")
            row = SalaryOfferRow(id=offer.id, interview_id=offer.interview_id)
            self.s.add(row)
        if offer.position_id is None:
            raise ValueError("an offer needs the interview's position")
        sug = offer.suggestion
        row.candidate_id = offer.candidate_id
        row.position_id = offer.position_id
        row.decision = str(offer.decision)
        row.offered_salary = offer.offered_salary
        row.expected_salary = offer.expected_salary
        row.suggested_salary = sug.suggested_salary if sug else None
        row.reason = offer.reason
        row.table_id = sug.table_id if sug else None
        row.table_version = sug.table_version if sug else None
        row.table_name = sug.table_name if sug else ""
        row.driver_dimension = sug.driver_dimension if sug else ""
        row.score = sug.score if sug else None
        row.level_title = sug.level_title if sug else ""
        row.band_min = sug.salary_min if sug else None
        row.band_mid = sug.salary_mid if sug else None
        row.band_max = sug.salary_max if sug else None
        row.currency = sug.currency if sug else row.currency or "CNY"
        row.market_p50 = offer.market_p50
        row.market_survey_date = offer.market_survey_date
        row.decided_by = offer.decided_by
        row.decided_at = offer.decided_at
        self.s.flush()
        offer.version = row.version
        return offer

    def offers(self, since: datetime | None = None) -> list[Offer]:
        q = (select(SalaryOfferRow).where(SalaryOfferRow.decision == str(Decision.OFFER))
             .order_by(SalaryOfferRow.decided_at))
        if since is not None:
            q = q.where(SalaryOfferRow.decided_at >= since)
        return [self.to_domain(r) for r in self.s.scalars(q)]


@dataclass(frozen=True)
class MarketImport:
    id: UUID
    file_name: str
    sha256: str
    encoding: str
    row_count: int
    imported_by: str
    imported_at: datetime


def _id_base() -> int:
    """Ids for one import: a random 128-bit start, then consecutive. Unique like uuid4 (the low 24
    bits are the counter), but inserted in key order, so the primary-key index is appended to
    instead of being split at random places 100,000 times."""
    return uuid.uuid4().int >> 24 << 24


class MarketRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add_import(self, file_name: str, sha256: str, encoding: str,
                   rates: Sequence[MarketRate], actor: str) -> MarketImport:
        """Insert the file record and all its rates with bulk INSERTs in the caller's transaction."""
        record = MarketImport(uuid.uuid4(), file_name[:260], sha256, encoding, len(rates), actor,
                              utc_now())
        self.s.add(MarketImportRow(
            id=record.id, file_name=record.file_name, sha256=sha256, encoding=encoding,
            row_count=record.row_count, imported_by=actor, imported_at=record.imported_at))
        self.s.flush()
        dialect = self.s.get_bind().dialect.name
        if dialect == "sqlite":
            self._insert_sqlite(record.id, rates)
        elif dialect == "postgresql":
            self._copy_postgresql(record.id, rates)
        else:
            self._insert_core(record.id, rates)
        return record

    # Bulk paths: one driver-level executemany (SQLite) or COPY (PostgreSQL) inside the session's
    # transaction; 100,000 rows through per-row ORM or Core type processing took several seconds.
    def _insert_sqlite(self, import_id: UUID, rates: Sequence[MarketRate]) -> None:
        imp = import_id.hex  # the Uuid type stores 32 hex digits on SQLite
        base = _id_base()
        params = [(f"{base + i:032x}", imp, r.position, r.level, r.city, match_key(r.position),
                      match_key(r.level), float(r.p25), float(r.p50), float(r.p75), r.source,
                   r.survey_date.isoformat()) for i, r in enumerate(rates)]
        self.s.connection().exec_driver_sql(
            f"INSERT INTO market_rates ({RATE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", params)

    def _copy_postgresql(self, import_id: UUID, rates: Sequence[MarketRate]) -> None:
        raw: Any = self.s.connection().connection.driver_connection
        base = _id_base()
        with raw.cursor() as cursor, cursor.copy(
                f"COPY market_rates ({RATE_COLUMNS}) FROM STDIN") as copy:
            for i, r in enumerate(rates):
                copy.write_row((UUID(int=base + i), import_id, r.position, r.level, r.city,
                                match_key(r.position), match_key(r.level), r.p25, r.p50, r.p75,
                                r.source, r.survey_date))

    def _insert_core(self, import_id: UUID, rates: Sequence[MarketRate]) -> None:
        for start in range(0, len(rates), INSERT_BATCH):
            batch: list[dict[str, Any]] = [
                {"id": uuid.uuid4(), "import_id": import_id, "position": r.position,
                 "level": r.level, "city": r.city, "position_key": match_key(r.position),
                 "level_key": match_key(r.level), "p25": r.p25, "p50": r.p50, "p75": r.p75,
                 "source": r.source, "survey_date": r.survey_date}
                for r in rates[start:start + INSERT_BATCH]
            ]
            self.s.execute(insert(MarketRateRow), batch)

    def imports(self) -> list[MarketImport]:
        q = select(MarketImportRow).order_by(MarketImportRow.imported_at.desc())
        return [MarketImport(r.id, r.file_name, r.sha256, r.encoding, r.row_count, r.imported_by,
                             r.imported_at) for r in self.s.scalars(q)]

    def find_import_by_hash(self, sha256: str) -> MarketImport | None:
        r = self.s.scalar(select(MarketImportRow).where(MarketImportRow.sha256 == sha256).limit(1))
        if r is None:
            return None
        return MarketImport(r.id, r.file_name, r.sha256, r.encoding, r.row_count, r.imported_by,
                            r.imported_at)

    def delete_import(self, import_id: UUID) -> int:
        """Remove an import and its rates; returns how many rates went."""
        gone = self.s.execute(delete(MarketRateRow).where(MarketRateRow.import_id == import_id))
        self.s.execute(delete(MarketImportRow).where(MarketImportRow.id == import_id))
        return int(getattr(gone, "rowcount", 0) or 0)

    def rates_for(self, position: str, level: str) -> list[MarketRate]:
        q = select(MarketRateRow).where(MarketRateRow.position_key == match_key(position),
                                        MarketRateRow.level_key == match_key(level))
        return [MarketRate(r.position, r.level, r.city, r.p25, r.p50, r.p75, r.source,
                           r.survey_date) for r in self.s.scalars(q)]

    def count(self) -> int:
        return int(self.s.scalar(select(func.count()).select_from(MarketRateRow)) or 0)


class DemographicsRepository:
    """Optional fields recorded by HR; read only by the fairness check, never by scoring."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def for_candidate(self, candidate_id: UUID) -> dict[str, str]:
        q = select(CandidateDemographicRow).where(
            CandidateDemographicRow.candidate_id == candidate_id)
        return {r.attribute: r.value for r in self.s.scalars(q)}

    def set(self, candidate_id: UUID, attribute: str, value: str, actor: str) -> None:
        """Record, change, or (with an empty value) remove one attribute."""
        row = self.s.scalar(select(CandidateDemographicRow).where(
            CandidateDemographicRow.candidate_id == candidate_id,
            CandidateDemographicRow.attribute == attribute))
        if not value.strip():
            if row is not None:
                self.s.delete(row)
            return
        if row is None:
            row = CandidateDemographicRow(id=uuid.uuid4(), candidate_id=candidate_id,
                                          attribute=attribute)
            self.s.add(row)
        row.value = value.strip()[:100]
        row.recorded_by = actor
        row.recorded_at = utc_now()
        self.s.flush()

    def attributes(self) -> list[str]:
        q = select(CandidateDemographicRow.attribute).distinct().order_by(
            CandidateDemographicRow.attribute)
        return list(self.s.scalars(q))


@dataclass(frozen=True)
class InterviewForOffer:
    """One line of the offers list: a saved interview and its salary decision, if any."""

    interview_id: UUID
    candidate_id: UUID
    candidate_name: str
    source_channel: str
    position_title: str
    saved_at: datetime | None
    decision: str | None
    offered_salary: Decimal | None
    level_title: str


def interviews_for_offers(session: Session, limit: int = 5000) -> list[InterviewForOffer]:
    from app.storage.rows import CandidateRow, InterviewRow, PositionRow

    q = (select(InterviewRow.id, CandidateRow.id, CandidateRow.name, CandidateRow.source_channel,
                PositionRow.title, InterviewRow.saved_at, SalaryOfferRow.decision,
                SalaryOfferRow.offered_salary, SalaryOfferRow.level_title)
         .join(CandidateRow, CandidateRow.id == InterviewRow.candidate_id)
         .join(PositionRow, PositionRow.id == InterviewRow.position_id)
         .outerjoin(SalaryOfferRow, SalaryOfferRow.interview_id == InterviewRow.id)
         .where(InterviewRow.status == "saved")
         .order_by(InterviewRow.saved_at.desc())
         .limit(limit))
    return [InterviewForOffer(*row) for row in session.execute(q)]
