"""Which backups to keep: Anki-style thinning by day, week and month.

Keep every backup of the last `keep_all_days`; then the newest of each calendar day for `daily`
days, the newest of each ISO week for `weekly` weeks and the newest of each month for `monthly`
months; delete the rest. The newest verified backup is never deleted. Keeping the newest of each
bucket is stable: the newest of a week is also the newest of its day, so thinning never removes a
backup that a later, coarser bucket would have wanted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetentionPolicy:
    keep_all_days: int = 2
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


@dataclass(frozen=True)
class Candidate:
    name: str
    created: datetime  # aware, UTC or local: buckets use this clock
    verified: bool = True


def backups_to_delete(
    backups: Sequence[Candidate], now: datetime, policy: RetentionPolicy
) -> list[Candidate]:
    newest_first = sorted(backups, key=lambda b: (b.created, b.name), reverse=True)
    all_until = now - timedelta(days=policy.keep_all_days)
    daily_until = all_until - timedelta(days=policy.daily)
    weekly_until = daily_until - timedelta(weeks=policy.weekly)
    monthly_until = weekly_until - timedelta(days=round(policy.monthly * 30.44))
    seen_day: set[object] = set()
    seen_week: set[object] = set()
    seen_month: set[object] = set()
    delete: list[Candidate] = []
    for b in newest_first:
        t = b.created
        day, week, month = t.date(), t.isocalendar()[:2], (t.year, t.month)
        keep = t >= all_until
        if not keep and t >= daily_until:
            keep = day not in seen_day
        elif not keep and t >= weekly_until:
            keep = week not in seen_week
        elif not keep and t >= monthly_until:
            keep = month not in seen_month
        # Buckets are filled by every backup, kept or not, newest first: the newest wins.
        seen_day.add(day)
        seen_week.add(week)
        seen_month.add(month)
        if not keep:
            delete.append(b)
    newest_verified = next((b for b in newest_first if b.verified), None)
    return [b for b in delete if b is not newest_verified]
