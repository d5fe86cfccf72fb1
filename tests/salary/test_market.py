"""The below-market flag: '8,000 suggested, market median 8,500: below market'."""

from datetime import date
from decimal import Decimal

from app.salary.market import MarketRate, compare_to_market, market_reference


def rate(city: str, p50: int, when: date = date(2026, 6, 30), level: str = "Mid-level") -> MarketRate:
    return MarketRate("Software engineer", level, city, Decimal(p50 - 1000), Decimal(p50),
                      Decimal(p50 + 1000), "Survey", when)


def test_seed_example_is_flagged_below_market() -> None:
    ref = market_reference([rate("Shanghai", 8500)], "software  ENGINEER", "mid-level")
    comparison = compare_to_market(8000, ref)
    assert comparison is not None and comparison.below_market
    assert comparison.describe() == "8,000 suggested, market median 8,500: below market"
    assert comparison.percent == Decimal("-5.9")


def test_latest_survey_wins_and_cities_are_combined_by_median() -> None:
    rates = [rate("Shanghai", 9900, date(2025, 1, 1)), rate("Shanghai", 8500),
             rate("Beijing", 8700), rate("Chengdu", 7000)]
    ref = market_reference(rates, "Software engineer", "Mid-level")
    assert ref is not None and ref.p50 == Decimal(8500) and ref.cities == (
        "Beijing", "Chengdu", "Shanghai")
    in_city = market_reference(rates, "Software engineer", "Mid-level", city="Chengdu")
    assert in_city is not None and in_city.p50 == Decimal(7000)


def test_no_market_line_gives_no_flag() -> None:
    assert market_reference([rate("Shanghai", 8500)], "Software engineer", "Senior") is None
    assert compare_to_market(8000, None) is None
    ref = market_reference([rate("Shanghai", 7900)], "Software engineer", "Mid-level")
    comparison = compare_to_market(8000, ref)
    assert comparison is not None and not comparison.below_market
