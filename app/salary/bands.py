"""Grade table rules: bands must tile the score range without gaps or overlaps.

A band covers scores from `min_score` (included) up to `max_score` (excluded), except the highest
band, which also includes its `max_score`. So 70-80 and 80-90 touch without overlapping and a score
of exactly 80 belongs to 80-90, the way an HR manager reads "80-90 points -> mid-level engineer".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from app.salary.errors import GradeTableError
from app.salary.money import Amount, format_money, to_money

DRIVER_DIMENSIONS = ("skill_match", "overall")
SCORE_MIN = 0.0
SCORE_MAX = 100.0


class BandLike(Protocol):
    @property
    def min_score(self) -> float: ...
    @property
    def max_score(self) -> float: ...
    @property
    def level_title(self) -> str: ...
    @property
    def salary_min(self) -> Amount: ...
    @property
    def salary_mid(self) -> Amount: ...
    @property
    def salary_max(self) -> Amount: ...


def band_label(band: BandLike) -> str:
    return f"'{band.level_title}' ({band.min_score:g}\u2013{band.max_score:g})"


def _band_own_problems(band: BandLike) -> list[str]:
    problems: list[str] = []
    label = band_label(band)
    if not (math.isfinite(band.min_score) and math.isfinite(band.max_score)):
        return [f"{label}: scores must be numbers"]
    if not all(Decimal(v).is_finite() for v in (band.salary_min, band.salary_mid, band.salary_max)):
        return [f"{label}: salaries must be amounts"]
    if not band.level_title.strip():
        problems.append(f"the band {band.min_score:g}\u2013{band.max_score:g} has no level title")
    if band.min_score >= band.max_score:
        problems.append(f"{label}: the lowest score must be below the highest score")
    if band.min_score < SCORE_MIN or band.max_score > SCORE_MAX:
        problems.append(f"{label}: scores must lie between {SCORE_MIN:g} and {SCORE_MAX:g}")
    lo, mid, hi = (to_money(band.salary_min), to_money(band.salary_mid), to_money(band.salary_max))
    if lo < 0 or mid < 0 or hi < 0:
        problems.append(f"{label}: salaries cannot be negative")
    elif not lo <= mid <= hi:
        problems.append(
            f"{label}: salaries must rise from minimum to midpoint to maximum "
            f"(now {format_money(lo)} / {format_money(mid)} / {format_money(hi)})"
        )
    return problems


def check_bands(bands: Sequence[BandLike], driver_dimension: str = "overall") -> list[str]:
    """Every problem with the bands, in words naming the bands; empty when the table is sound."""
    problems: list[str] = []
    if driver_dimension not in DRIVER_DIMENSIONS:
        problems.append(
            f"the score driving the bands must be one of {', '.join(DRIVER_DIMENSIONS)}, "
            f"not '{driver_dimension}'"
        )
    if not bands:
        return [*problems, "the table has no bands"]
    for band in bands:
        problems.extend(_band_own_problems(band))
    ordered = sorted(bands, key=lambda b: (b.min_score, b.max_score))
    for lower, upper in zip(ordered, ordered[1:], strict=False):
        if upper.min_score > lower.max_score:
            problems.append(
                f"gap between {band_label(lower)} and {band_label(upper)}: scores "
                f"{lower.max_score:g}\u2013{upper.min_score:g} have no band"
            )
        elif upper.min_score < lower.max_score:
            top = min(lower.max_score, upper.max_score)
            problems.append(
                f"{band_label(lower)} overlaps {band_label(upper)} on scores "
                f"{upper.min_score:g}\u2013{top:g}"
            )
    titles = [b.level_title.strip().casefold() for b in bands]
    for title in sorted({t for t in titles if t and titles.count(t) > 1}):
        problems.append(f"the level title '{title}' is used by more than one band")
    return problems


def validate_bands(bands: Sequence[BandLike], driver_dimension: str = "overall") -> None:
    problems = check_bands(bands, driver_dimension)
    if problems:
        raise GradeTableError(problems)


def band_for_score(bands: Sequence[BandLike], score: float) -> BandLike | None:
    """The band that holds `score` (half-open bands, the top band closed), or None."""
    ordered = sorted(bands, key=lambda b: b.min_score)
    for i, band in enumerate(ordered):
        is_top = i == len(ordered) - 1
        if band.min_score <= score < band.max_score or (is_top and score == band.max_score):
            return band
    return None


def within_band(band: BandLike, amount: Amount) -> bool:
    value = to_money(amount)
    return to_money(band.salary_min) <= value <= to_money(band.salary_max)


def band_midpoint(band: BandLike) -> Decimal:
    return to_money(band.salary_mid)
