"""The offer screen's use cases: what the grade table suggests for a saved interview, how that
compares with what the candidate expects and with the market, and recording HR's decision."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from app.domain import Candidate, Interview, InterviewStatus, Position, SalaryGradeTable
from app.domain.clock import utc_now
from app.errors import UserFacingError
from app.salary.errors import OfferRuleError
from app.salary.grade_tables import applicable_table
from app.salary.market import MarketComparison, MarketReference, compare_to_market, market_reference
from app.salary.money import Amount, to_money
from app.salary.offers import Decision, Offer, check_offer
from app.salary.suggestion import SalaryGap, Suggestion, salary_gap, suggest
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.storage.salary_repositories import MarketRepository, OfferRepository


class InterviewNotFound(UserFacingError):
    def __init__(self) -> None:
        super().__init__("This interview no longer exists.",
                         "Reload the interview list; someone may have deleted it.")


@dataclass(frozen=True)
class OfferContext:
    """Everything the offer screen shows for one saved interview."""

    interview: Interview
    candidate: Candidate
    position: Position
    table: SalaryGradeTable | None
    suggestion: Suggestion | None
    suggestion_problem: str  # why there is no suggestion ("" when there is one)
    gap: SalaryGap | None
    market: MarketReference | None
    market_comparison: MarketComparison | None
    offer: Offer | None

    @property
    def expected(self) -> Decimal | None:
        return self.candidate.expected_monthly_salary


def offer_context(db: Database, interview_id: UUID) -> OfferContext:
    with db.session() as s:
        repos = Repositories(s)
        interview = repos.interviews.get(interview_id)
        if interview is None:
            raise InterviewNotFound()
        candidate = repos.candidates.get(interview.candidate_id)
        position = repos.positions.get(interview.position_id)
        if candidate is None or position is None:
            raise InterviewNotFound()
        # Effective dates are local calendar dates; stored times are UTC.
        on = (interview.saved_at or interview.created_at).astimezone().date()
        table = applicable_table(repos.salary_tables.all(), position, on)
        offer = OfferRepository(s).for_interview(interview_id)
        suggestion, problem = None, ""
        if table is None:
            problem = ("No salary grade table applies to this position on "
                       f"{on.isoformat()}. Create one under Salary -> Grade tables.")
        else:
            try:
                suggestion = suggest(table, interview.scores)
            except UserFacingError as exc:
                problem = str(exc)
        reference = None
        if suggestion is not None:
            reference = market_reference(
                MarketRepository(s).rates_for(position.title, suggestion.level_title),
                position.title, suggestion.level_title)
    expected = candidate.expected_monthly_salary
    return OfferContext(
        interview=interview, candidate=candidate, position=position, table=table,
        suggestion=suggestion, suggestion_problem=problem,
        gap=salary_gap(suggestion.suggested_salary, expected) if suggestion else None,
        market=reference,
        market_comparison=(compare_to_market(suggestion.suggested_salary, reference)
                           if suggestion else None),
        offer=offer,
    )


def record_decision(db: Database, context: OfferContext, decision: Decision,
                    offered: Amount | None, reason: str, actor: str) -> Offer:
    """Check the rules, store the decision with the suggestion it was based on, and audit it.

    Saving over a decision that someone else changed since `context` was loaded raises
    ConcurrentEditError (nothing is written).
    """
    if context.interview.status is not InterviewStatus.SAVED:
        raise OfferRuleError(
            "A salary decision can only be recorded on a saved interview.",
            "Finish and save the interview first, then open the offer again.",
        )
    amount = check_offer(decision, offered, context.suggestion, reason)
    previous = context.offer
    offer = Offer(
        interview_id=context.interview.id, candidate_id=context.candidate.id,
        position_id=context.position.id, decision=decision, decided_by=actor,
        decided_at=utc_now(), suggestion=context.suggestion, offered_salary=amount,
        expected_salary=(to_money(context.expected) if context.expected is not None else None),
        reason=reason.strip(),
        market_p50=context.market.p50 if context.market else None,
        market_survey_date=context.market.survey_date if context.market else None,
    )
    if previous is not None:
        offer.id, offer.version = previous.id, previous.version
    with db.transaction() as s:
        OfferRepository(s).save(offer)
        Repositories(s).audit.record(actor, f"salary.{decision}", "salary_offer", offer.id, {
            "interview_id": str(offer.interview_id),
            "candidate_id": str(offer.candidate_id),
            "offered_salary": None if amount is None else str(amount),
            "suggested_salary": (str(context.suggestion.suggested_salary)
                                 if context.suggestion else None),
            "level_title": context.suggestion.level_title if context.suggestion else None,
            "table_id": str(context.suggestion.table_id) if context.suggestion else None,
            "table_version": context.suggestion.table_version if context.suggestion else None,
            "within_band": offer.within_band,
            "reason": offer.reason,
            "market_p50": None if offer.market_p50 is None else str(offer.market_p50),
            "previous": None if previous is None else {
                "decision": str(previous.decision),
                "offered_salary": (None if previous.offered_salary is None
                                   else str(previous.offered_salary)),
                "decided_by": previous.decided_by,
            },
        })
    return offer
