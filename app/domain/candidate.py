"""A person who applies, how they reached us, what they expect to earn, and what they agreed to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID, uuid4

from app.domain import validation
from app.domain.clock import utc_now


class SourceChannel(StrEnum):
    JOB_BOARD = "job_board"
    REFERRAL = "referral"
    CAMPUS = "campus"
    AGENCY = "agency"
    WEBSITE = "website"
    OTHER = "other"


@dataclass
class Consent:
    """What the candidate agreed to, separately: being recorded, and being scored by the AI."""

    recording: bool
    ai_scoring: bool
    recorded_at: datetime = field(default_factory=utc_now)
    recorded_by: str = ""


@dataclass
class Candidate:
    name: str
    phone: str = ""
    email: str = ""
    source_channel: SourceChannel = SourceChannel.JOB_BOARD
    expected_monthly_salary: Decimal | None = None
    notes: str = ""
    consent: Consent | None = None
    id: UUID = field(default_factory=uuid4)
    version: int = 0
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    def validated(self) -> Candidate:
        """Return self with cleaned fields, or raise InvalidField naming the first bad one."""
        self.name = validation.required_name("name", self.name)
        self.phone = validation.optional_phone(self.phone)
        self.email = validation.optional_email(self.email)
        self.notes = validation.optional_text("notes", self.notes, max_length=validation.MAX_LONG_TEXT)
        if self.expected_monthly_salary is not None and self.expected_monthly_salary < 0:
            raise validation.InvalidField(
                "expected salary",
                "The expected salary is negative.",
                "Type the monthly amount the candidate expects, or leave it empty.",
            )
        return self

    def duplicate_key(self) -> tuple[str, str, str]:
        """Two candidates with the same key are probably the same person (warned, not refused)."""
        return (self.name.casefold(), self.phone.replace(" ", ""), self.email.casefold())
