"""Salary analytics by source channel or position: the figures and how to compare two groups.

The storage layer computes `GroupFigures` with SQL aggregates (`app/salary/analytics_sql.py`);
`figures_from_facts` is the same arithmetic in plain Python, used as the reference in tests and
for small in-memory lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

UNKNOWN_GROUP = "(unknown)"


class GroupBy(StrEnum):
    SOURCE = "source"
    POSITION = "position"


@dataclass(frozen=True)
class InterviewFact:
    """One saved interview, flattened for analytics."""

    candidate_id: UUID
    group: str | None
    score: float | None
    interviewed_at: datetime | None
    decision: str | None = None
    suggested: Decimal | None = None
    offered: Decimal | None = None
    expected: Decimal | None = None
    market_p50: Decimal | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True)
class GroupFigures:
    group: str
    candidates: int
    interviews: int
    offers: int
    pass_rate: float | None
    mean_score: float | None
    mean_suggested: float | None
    mean_offered: float | None
    mean_expected_minus_offered: float | None
    offers_with_market: int
    mean_offer_vs_market_pct: float | None
    offers_below_market: int
    mean_days_to_offer: float | None


METRICS: tuple[str, ...] = tuple(
    f.name for f in fields(GroupFigures) if f.name != "group"
)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def figures_from_facts(facts: Iterable[InterviewFact]) -> list[GroupFigures]:
    """Figures per group; time to offer counts from the candidate's first interview of any group."""
    by_group: dict[str, list[InterviewFact]] = defaultdict(list)
    first_seen: dict[UUID, datetime] = {}
    for fact in facts:
        by_group[fact.group or UNKNOWN_GROUP].append(fact)
        if fact.interviewed_at is not None:
            old = first_seen.get(fact.candidate_id)
            first_seen[fact.candidate_id] = min(old, fact.interviewed_at) if old else fact.interviewed_at
    result = []
    for group, items in sorted(by_group.items()):
        offers = [f for f in items if f.decision == "offer"]
        paid = [f for f in offers if f.offered is not None]
        market = [f for f in paid if f.market_p50]
        days = [(f.decided_at - first_seen[f.candidate_id]).total_seconds() / 86400
                for f in offers if f.decided_at and f.candidate_id in first_seen]
        result.append(GroupFigures(
            group=group,
            candidates=len({f.candidate_id for f in items}),
            interviews=len(items),
            offers=len(offers),
            pass_rate=len(offers) / len(items),
            mean_score=_mean([f.score for f in items if f.score is not None]),
            mean_suggested=_mean([float(f.suggested) for f in items if f.suggested is not None]),
            mean_offered=_mean([float(f.offered) for f in paid if f.offered is not None]),
            mean_expected_minus_offered=_mean([
                float(f.expected - f.offered) for f in paid
                if f.expected is not None and f.offered is not None]),
            offers_with_market=len(market),
            mean_offer_vs_market_pct=_mean([
                float((f.offered - f.market_p50) * 100 / f.market_p50) for f in market
                if f.offered is not None and f.market_p50]),
            offers_below_market=sum(1 for f in market
                                    if f.offered is not None and f.market_p50
                                    and f.offered < f.market_p50),
            mean_days_to_offer=_mean(days),
        ))
    return result


@dataclass(frozen=True)
class GroupComparison:
    """'Referral offers are 9.8 % lower than job board offers (7,216 vs 8,000)'."""

    metric: str
    group: str
    reference: str
    value: float
    reference_value: float

    @property
    def percent(self) -> float:
        return (self.value - self.reference_value) * 100 / self.reference_value


def compare_groups(figures: Iterable[GroupFigures], metric: str, group: str,
                   reference: str) -> GroupComparison | None:
    """None when either group is missing, has no value, or the reference value is zero."""
    table = {f.group: f for f in figures}
    if metric not in METRICS or group not in table or reference not in table:
        return None
    value, ref = getattr(table[group], metric), getattr(table[reference], metric)
    if value is None or not ref:
        return None
    return GroupComparison(metric, group, reference, float(value), float(ref))


def salary_figures(db: object, by: GroupBy) -> list[GroupFigures]:
    """The dashboard's and the CLI's figures (db: app.storage.db.Database)."""
    from app.storage.db import Database
    from app.storage.salary_analytics import group_figures

    assert isinstance(db, Database)
    with db.session() as s:
        return group_figures(s, by)
