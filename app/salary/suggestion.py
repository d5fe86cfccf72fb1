"""From an interview's final score to a suggested level and starting salary, and the gap to what
the candidate expects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol
from uuid import UUID

from app.salary.bands import BandLike, band_for_score
from app.salary.errors import NoBandError, NotScoredError
from app.salary.money import Amount, format_money, format_percent, to_money


class ScoreLike(Protocol):
    @property
    def dimension(self) -> str: ...
    @property
    def question_id(self) -> UUID | None: ...
    @property
    def final_score(self) -> float | None: ...


class TableLike(Protocol):
    @property
    def id(self) -> UUID: ...
    @property
    def version(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def driver_dimension(self) -> str: ...
    @property
    def currency(self) -> str: ...
    @property
    def bands(self) -> Sequence[BandLike]: ...


def driving_score(scores: Sequence[ScoreLike], dimension: str) -> float | None:
    """The final (possibly overridden) score for `dimension`.

    The interview-level score (no question) wins; without one, the mean of the per-question final
    scores of that dimension. None when nothing has a final score yet.
    """
    whole = [s.final_score for s in scores
             if s.dimension == dimension and s.question_id is None and s.final_score is not None]
    if whole:
        return float(whole[-1])
    per_question = [float(s.final_score) for s in scores
                    if s.dimension == dimension and s.final_score is not None]
    if not per_question:
        return None
    return sum(per_question) / len(per_question)


@dataclass(frozen=True)
class Suggestion:
    """What the grade table suggests for one score; kept on the offer as it was at decision time."""

    table_id: UUID
    table_version: int
    table_name: str
    driver_dimension: str
    score: float
    level_title: str
    salary_min: Decimal
    salary_mid: Decimal
    salary_max: Decimal
    currency: str

    @property
    def suggested_salary(self) -> Decimal:
        """The band midpoint is the suggested starting salary (the seed's 8,000 for 80-90)."""
        return self.salary_mid


def suggest_for_score(table: TableLike, score: float) -> Suggestion:
    band = band_for_score(table.bands, score)
    if band is None:
        raise NoBandError(score, table.name)
    return Suggestion(
        table_id=table.id, table_version=table.version, table_name=table.name,
        driver_dimension=table.driver_dimension, score=score, level_title=band.level_title,
        salary_min=to_money(band.salary_min), salary_mid=to_money(band.salary_mid),
        salary_max=to_money(band.salary_max), currency=table.currency,
    )


def suggest(table: TableLike, scores: Sequence[ScoreLike]) -> Suggestion:
    """Suggestion from the interview's scores, using the dimension the table is driven by."""
    score = driving_score(scores, table.driver_dimension)
    if score is None:
        raise NotScoredError(table.driver_dimension)
    return suggest_for_score(table, score)


@dataclass(frozen=True)
class SalaryGap:
    """Suggested minus expected, in money and as a percentage of what the candidate expects."""

    suggested: Decimal
    expected: Decimal
    amount: Decimal
    percent: Decimal | None

    def describe(self) -> str:
        """'−1,000, −11 %' (no percent when the candidate expects nothing)."""
        money = format_money(self.amount, signed=True)
        return money if self.percent is None else f"{money}, {format_percent(self.percent)}"


def salary_gap(suggested: Amount, expected: Amount | None) -> SalaryGap | None:
    """8,000 suggested vs 9,000 expected -> −1,000 and −11.1 %. None without an expectation."""
    if expected is None:
        return None
    s, e = to_money(suggested), to_money(expected)
    amount = s - e
    percent = None if e == 0 else (amount * 100 / e).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return SalaryGap(suggested=s, expected=e, amount=amount, percent=percent)
