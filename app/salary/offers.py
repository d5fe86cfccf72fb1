"""Offer rules: HR decides offer / hold / reject; an offer outside the band needs a reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID, uuid4

from app.salary.errors import OfferRuleError
from app.salary.money import Amount, format_money, to_money
from app.salary.suggestion import Suggestion

MIN_REASON_LENGTH = 5


class Decision(StrEnum):
    OFFER = "offer"
    HOLD = "hold"
    REJECT = "reject"


def check_offer(
    decision: Decision, offered: Amount | None, suggestion: Suggestion | None, reason: str
) -> Decimal | None:
    """Return the offered amount as money if the decision may be saved, else raise OfferRuleError.

    An offer needs a positive amount. Outside the band's minimum..maximum (or with no band at all)
    it also needs a reason of a few words, which is kept with the offer and in the audit log.
    Hold and reject keep any amount HR typed but do not require one.
    """
    amount = None if offered is None else to_money(offered)
    if amount is not None and amount <= 0:
        raise OfferRuleError(
            f"The offered salary {format_money(amount)} is not a positive amount.",
            "Enter the monthly salary the candidate is offered.",
        )
    if decision is not Decision.OFFER:
        return amount
    if amount is None:
        raise OfferRuleError(
            "An offer needs a monthly salary.",
            "Enter the offered monthly salary, or choose hold or reject instead.",
        )
    if not needs_reason(amount, suggestion):
        return amount
    if len(reason.strip()) < MIN_REASON_LENGTH:
        if suggestion is None:
            where = "no grade band applies to this interview"
        else:
            where = (f"{format_money(amount)} is outside the band '{suggestion.level_title}' "
                     f"({format_money(suggestion.salary_min)}\u2013"
                     f"{format_money(suggestion.salary_max)})")
        raise OfferRuleError(
            f"The offer cannot be saved: {where}, and no reason was given.",
            "Write why this salary is right (a few words), or choose a salary within the band.",
        )
    return amount


def needs_reason(amount: Decimal, suggestion: Suggestion | None) -> bool:
    return suggestion is None or not suggestion.salary_min <= amount <= suggestion.salary_max


@dataclass
class Offer:
    """HR's salary decision on one saved interview, with the suggestion it was based on."""

    interview_id: UUID
    candidate_id: UUID
    decision: Decision
    decided_by: str
    decided_at: datetime
    suggestion: Suggestion | None
    offered_salary: Decimal | None
    expected_salary: Decimal | None
    reason: str = ""
    market_p50: Decimal | None = None
    market_survey_date: date | None = None
    position_id: UUID | None = None
    id: UUID = field(default_factory=uuid4)
    version: int = 0

    @property
    def within_band(self) -> bool | None:
        if self.offered_salary is None or self.suggestion is None:
            return None
        return not needs_reason(self.offered_salary, self.suggestion)
