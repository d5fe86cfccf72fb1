"""Fairness: selection rates, impact ratios (four-fifths rule), small groups, unknowns."""

from app.salary.fairness import FairnessFact, fairness_report


def facts(group: str | None, n: int, selected: int, score: float = 70) -> list[FairnessFact]:
    return [FairnessFact(group, i < selected, score) for i in range(n)]


def test_four_fifths_rule_flags_the_group_below_80_percent_of_the_best_rate() -> None:
    data = (facts("women", 50, 15, 80) + facts("men", 45, 20, 60) + facts("other", 1, 1, 90)
            + facts(None, 4, 2))
    report = fairness_report("gender", data)
    groups = {g.group: g for g in report.groups}
    assert report.unknown == 4 and report.total == 100
    assert groups["other"].selection_rate == 1.0 and groups["other"].small_group
    assert groups["men"].impact_ratio == 20 / 45 and groups["men"].below_four_fifths
    assert not groups["women"].small_group and groups["women"].share_of_sample == 0.5
    assert report.median_score == 80
    assert groups["women"].above_median_rate == 0.0 and groups["other"].above_median_rate == 1.0
    assert [g.group for g in report.flagged] == ["men", "women"]


def test_equal_rates_pass_and_empty_input_is_safe() -> None:
    report = fairness_report("age_band", facts("<30", 10, 5) + facts("30+", 20, 10))
    assert report.flagged == [] and all(g.impact_ratio == 1.0 for g in report.groups)
    empty = fairness_report("gender", facts(None, 3, 1))
    assert empty.groups == [] and empty.unknown == 3 and empty.median_score is None
