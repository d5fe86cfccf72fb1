"""Band rules: gaps and overlaps are refused with a message naming the bands."""

from dataclasses import dataclass
from decimal import Decimal

import pytest

from app.salary.bands import band_for_score, check_bands, validate_bands
from app.salary.errors import GradeTableError


@dataclass
class Band:
    min_score: float
    max_score: float
    level_title: str
    salary_min: Decimal | int = 7200
    salary_mid: Decimal | int = 8000
    salary_max: Decimal | int = 8800


def seed_bands() -> list[Band]:
    return [Band(0, 60, "Trainee", 4500, 5000, 5500), Band(60, 70, "Assistant", 5500, 6000, 6500),
            Band(70, 80, "Junior", 6500, 7000, 7500), Band(80, 90, "Mid-level", 7200, 8000, 8800),
            Band(90, 100, "Senior", 8800, 10000, 11500)]


def test_contiguous_bands_are_accepted() -> None:
    assert check_bands(seed_bands(), "skill_match") == []


def test_gap_is_refused_naming_both_bands() -> None:
    bands = [Band(60, 70, "Assistant"), Band(80, 90, "Mid-level")]
    with pytest.raises(GradeTableError) as info:
        validate_bands(bands)
    assert info.value.problems == [
        "gap between 'Assistant' (60\u201370) and 'Mid-level' (80\u201390): scores 70\u201380 have no band"]
    assert "nothing was changed" in info.value.next_step


def test_overlap_is_refused_naming_both_bands_and_the_scores() -> None:
    problems = check_bands([Band(70, 85, "Junior"), Band(80, 90, "Mid-level")])
    assert problems == ["'Junior' (70\u201385) overlaps 'Mid-level' (80\u201390) on scores 80\u201385"]


def test_band_inside_another_band_is_an_overlap() -> None:
    problems = check_bands([Band(60, 100, "Wide"), Band(80, 90, "Narrow")])
    assert problems == ["'Wide' (60\u2013100) overlaps 'Narrow' (80\u201390) on scores 80\u201390"]


@pytest.mark.parametrize(
    ("band", "words"),
    [
        (Band(90, 80, "Upside down"), "lowest score must be below"),
        (Band(80, 120, "Too high"), "between 0 and 100"),
        (Band(80, 90, "Falling", 9000, 8000, 8800), "must rise from minimum"),
        (Band(80, 90, "Negative", -1, 8000, 8800), "cannot be negative"),
        (Band(80, 90, "  "), "has no level title"),
    ],
)
def test_impossible_band_is_refused(band: Band, words: str) -> None:
    assert any(words in p for p in check_bands([band]))


def test_unknown_driver_and_empty_table_are_refused() -> None:
    problems = check_bands([], "communication")
    assert "communication" in problems[0] and problems[1] == "the table has no bands"


def test_duplicate_level_title_is_refused() -> None:
    assert "more than one band" in check_bands([Band(0, 50, "A"), Band(50, 100, "a")])[0]


@pytest.mark.parametrize(
    ("score", "title"),
    [(0, "Trainee"), (79.99, "Junior"), (80, "Mid-level"), (85, "Mid-level"),
     (90, "Senior"), (100, "Senior")],
)
def test_score_finds_its_band_lower_bound_included(score: float, title: str) -> None:
    band = band_for_score(seed_bands(), score)
    assert band is not None and band.level_title == title


def test_score_outside_every_band_has_no_band() -> None:
    assert band_for_score([Band(60, 90, "Only")], 95) is None
    assert band_for_score([Band(60, 90, "Only")], 59.5) is None


def test_not_a_number_and_infinity_are_refused_not_silently_accepted() -> None:
    from app.domain import SalaryBand

    nan_score = [SalaryBand(0, 50, "初级", Decimal(1), Decimal(2), Decimal(3)),
                 SalaryBand(float("nan"), 100, "中级", Decimal(4), Decimal(5), Decimal(6))]
    assert any("must be numbers" in p for p in check_bands(nan_score, "skill_match"))
    inf_salary = [SalaryBand(0, 100, "全部", Decimal(1), Decimal("inf"), Decimal(3))]
    assert any("must be amounts" in p for p in check_bands(inf_salary, "skill_match"))
