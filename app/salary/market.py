"""Market salary data and the below-market flag on the offer screen."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from app.salary.money import Amount, format_money, to_money


class MarketRate(NamedTuple):
    """One line of a salary survey: monthly P25 / P50 / P75 for a position, level and city.
    (A named tuple: 100,000 of them are built per import.)"""

    position: str
    level: str
    city: str
    p25: Decimal
    p50: Decimal
    p75: Decimal
    source: str
    survey_date: date


def match_key(text: str) -> str:
    """Position and level titles match ignoring case and surrounding/inner extra spaces."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class MarketReference:
    """The market median used for a comparison, and where it came from."""

    position: str
    level: str
    p50: Decimal
    survey_date: date
    cities: tuple[str, ...]
    sources: tuple[str, ...]


def market_reference(
    rates: Iterable[MarketRate], position: str, level: str, city: str | None = None
) -> MarketReference | None:
    """The latest survey's P50 for this position and level.

    With a city, only that city's lines count; without one (or when the city has no line), the
    median of the P50s of all cities on the latest survey date.
    """
    pos, lvl = match_key(position), match_key(level)
    found = [r for r in rates if match_key(r.position) == pos and match_key(r.level) == lvl]
    if city:
        in_city = [r for r in found if match_key(r.city) == match_key(city)]
        found = in_city or found
    if not found:
        return None
    latest = max(r.survey_date for r in found)
    current = [r for r in found if r.survey_date == latest]
    p50 = to_money(statistics.median(r.p50 for r in current))
    return MarketReference(
        position=current[0].position, level=current[0].level, p50=p50, survey_date=latest,
        cities=tuple(sorted({r.city for r in current})),
        sources=tuple(sorted({r.source for r in current})),
    )


@dataclass(frozen=True)
class MarketComparison:
    salary: Decimal
    p50: Decimal
    difference: Decimal

    @property
    def below_market(self) -> bool:
        return self.difference < 0

    @property
    def percent(self) -> Decimal:
        return (self.difference * 100 / self.p50).quantize(Decimal("0.1"))

    def describe(self, what: str = "suggested") -> str:
        """'8,000 suggested, market median 8,500: below market'."""
        verdict = "below market" if self.below_market else "at or above market"
        return (f"{format_money(self.salary)} {what}, market median "
                f"{format_money(self.p50)}: {verdict}")


def compare_to_market(salary: Amount, reference: MarketReference | None) -> MarketComparison | None:
    if reference is None or reference.p50 <= 0:
        return None
    s = to_money(salary)
    return MarketComparison(salary=s, p50=reference.p50, difference=s - reference.p50)
