"""Suggestion from the final score, and the gap to the expected salary."""

from dataclasses import dataclass, field
from decimal import Decimal
from uuid import UUID, uuid4

import pytest

from app.salary.errors import NoBandError, NotScoredError
from app.salary.money import format_money, format_percent
from app.salary.suggestion import driving_score, salary_gap, suggest
from tests.salary.test_bands import Band, seed_bands


@dataclass
class Score:
    dimension: str
    final_score: float | None
    question_id: UUID | None = None
    model_score: float | None = None


@dataclass
class Table:
    bands: list[Band]
    driver_dimension: str = "skill_match"
    name: str = "Engineering"
    currency: str = "CNY"
    version: int = 3
    id: UUID = field(default_factory=uuid4)


def test_seed_example_85_skill_match_suggests_mid_level_8000() -> None:
    scores = [Score("skill_match", 85.0), Score("overall", 72.0)]
    s = suggest(Table(seed_bands()), scores)
    assert (s.level_title, s.suggested_salary, s.currency) == ("Mid-level", Decimal("8000"), "CNY")
    assert s.table_version == 3 and s.score == 85.0


def test_table_driven_by_overall_uses_overall() -> None:
    scores = [Score("skill_match", 85.0), Score("overall", 72.0)]
    assert suggest(Table(seed_bands(), "overall"), scores).level_title == "Junior"


def test_overridden_final_score_drives_not_the_model_score() -> None:
    scores = [Score("skill_match", final_score=91.0, model_score=84.0)]
    assert suggest(Table(seed_bands()), scores).level_title == "Senior"


def test_per_question_scores_are_averaged_without_an_interview_level_score() -> None:
    q1, q2 = uuid4(), uuid4()
    scores = [Score("skill_match", 80.0, q1), Score("skill_match", 90.0, q2),
              Score("skill_match", None, uuid4())]
    assert driving_score(scores, "skill_match") == 85.0


def test_unscored_interview_and_score_outside_bands_say_what_to_do() -> None:
    with pytest.raises(NotScoredError) as info:
        suggest(Table(seed_bands()), [Score("skill_match", None)])
    assert "Score the interview" in info.value.next_step
    with pytest.raises(NoBandError):
        suggest(Table([Band(60, 90, "Only")]), [Score("skill_match", 95.0)])


def test_gap_8000_suggested_vs_9000_expected_is_minus_1000_and_minus_11_percent() -> None:
    gap = salary_gap(8000, 9000)
    assert gap is not None
    assert gap.amount == Decimal("-1000") and gap.percent == Decimal("-11.1")
    assert gap.describe() == "\u22121,000, \u221211 %"


def test_gap_above_expectation_and_without_expectation() -> None:
    gap = salary_gap(Decimal("10000"), Decimal("8000"))
    assert gap is not None and gap.describe() == "+2,000, +25 %"
    assert salary_gap(8000, None) is None
    zero = salary_gap(8000, 0)
    assert zero is not None and zero.percent is None


def test_money_formatting() -> None:
    assert format_money(8000) == "8,000"
    assert format_money(Decimal("8000.5")) == "8,000.50"
    assert format_percent(-0.4) == "0 %"
