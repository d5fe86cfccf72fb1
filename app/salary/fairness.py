"""Fairness check: selection rates and impact ratios per group (the four-fifths rule).

Demographic fields are optional, recorded by HR apart from the interview, and never reach the
scorers; this module only sees the group label, whether the candidate was offered, and the score.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

FOUR_FIFTHS = 0.8
SMALL_GROUP_SHARE = 0.02


@dataclass(frozen=True)
class FairnessFact:
    group: str | None  # None = not recorded
    selected: bool
    score: float | None


@dataclass(frozen=True)
class GroupFairness:
    group: str
    candidates: int
    selected: int
    selection_rate: float
    impact_ratio: float | None  # selection rate / the highest group's selection rate
    below_four_fifths: bool
    scored: int
    above_median_rate: float | None  # share scoring above the median of everyone with a group
    share_of_sample: float
    small_group: bool  # under 2 % of the sample: ratios are not reliable


@dataclass(frozen=True)
class FairnessReport:
    attribute: str
    groups: list[GroupFairness]
    unknown: int
    total: int
    median_score: float | None

    @property
    def flagged(self) -> list[GroupFairness]:
        return [g for g in self.groups if g.below_four_fifths]


def fairness_report(attribute: str, facts: Iterable[FairnessFact]) -> FairnessReport:
    by_group: dict[str, list[FairnessFact]] = defaultdict(list)
    unknown = 0
    for fact in facts:
        if fact.group is None or not fact.group.strip():
            unknown += 1
        else:
            by_group[fact.group.strip()].append(fact)
    known = sum(len(v) for v in by_group.values())
    total = known + unknown
    scores = [f.score for v in by_group.values() for f in v if f.score is not None]
    median = statistics.median(scores) if scores else None
    rates = {g: sum(f.selected for f in v) / len(v) for g, v in by_group.items()}
    best = max(rates.values(), default=0.0)
    groups = []
    for group, items in sorted(by_group.items()):
        scored = [f.score for f in items if f.score is not None]
        ratio = rates[group] / best if best > 0 else None
        share = len(items) / total
        groups.append(GroupFairness(
            group=group, candidates=len(items), selected=sum(f.selected for f in items),
            selection_rate=rates[group], impact_ratio=ratio,
            below_four_fifths=ratio is not None and ratio < FOUR_FIFTHS,
            scored=len(scored),
            above_median_rate=(sum(s > median for s in scored) / len(scored)
                               if scored and median is not None else None),
            share_of_sample=share, small_group=share < SMALL_GROUP_SHARE,
        ))
    return FairnessReport(attribute=attribute, groups=groups, unknown=unknown, total=total,
                          median_score=median)
