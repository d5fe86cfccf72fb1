"""Thinning simulated over 400 days of nightly backups (plus manual ones on some days)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backup.retention import Candidate, RetentionPolicy, backups_to_delete

POLICY = RetentionPolicy(keep_all_days=2, daily=14, weekly=8, monthly=12)


def simulate(days: int = 400) -> tuple[list[Candidate], datetime, list[list[Candidate]]]:
    start = datetime(2025, 1, 1, 2, 0, tzinfo=UTC)
    kept: list[Candidate] = []
    history = []
    now = start
    for day in range(days):
        now = start + timedelta(days=day)
        kept.append(Candidate(f"n{day}", now))
        if day % 3 == 0:  # "Back up now" at lunch and at exit on some days
            kept.append(Candidate(f"m{day}a", now + timedelta(hours=10)))
            kept.append(Candidate(f"m{day}b", now + timedelta(hours=16)))
        now = now + timedelta(hours=17)
        doomed = backups_to_delete(kept, now, POLICY)
        kept = [b for b in kept if b not in doomed]
        history.append(list(kept))
    return kept, now, history


def test_every_window_is_covered_after_400_days() -> None:
    kept, now, _ = simulate()
    times = sorted(b.created for b in kept)
    # everything of the last 2 days
    recent_all = [b for b in kept if now - b.created < timedelta(days=2)]
    assert len(recent_all) >= 2
    # one per calendar day for the 14 days after that
    for d in range(2, 16):
        day = (now - timedelta(days=d)).date()
        assert any(t.date() == day for t in times), f"no backup kept for {day}"
    # one per ISO week for 8 weeks after that
    for w in range(3, 16 // 7 + 8):
        week = (now - timedelta(weeks=w)).isocalendar()[:2]
        assert any(t.isocalendar()[:2] == week for t in times), f"no backup for week {week}"
    # one per month for 12 months after that (the months fully inside the window)
    for m in range(3, 12):
        probe = now - timedelta(days=16 + 56 + 30 * (m - 2))
        assert any((t.year, t.month) == (probe.year, probe.month) for t in times), probe
    # and nothing beyond the monthly window
    assert min(times) > now - timedelta(days=2 + 14 + 56 + 366)
    # bounded size: all of 2 days (<= 6), 14 daily, 8 weekly, 12 monthly, small overlaps
    assert len(kept) <= 6 + 14 + 8 + 12 + 2


def test_a_kept_backup_is_deleted_only_by_ageing_out_of_its_bucket() -> None:
    _, _, history = simulate(120)
    # Stability: once thinned to one per day, that day's survivor never changes.
    survivors: dict[object, str] = {}
    for kept in history:
        by_day: dict[object, list[str]] = {}
        for b in kept:
            by_day.setdefault(b.created.date(), []).append(b.name)
        for day, names in by_day.items():
            if len(names) == 1:
                if day in survivors:
                    assert survivors[day] == names[0]
                survivors[day] = names[0]


def test_newest_verified_is_never_deleted() -> None:
    now = datetime(2026, 6, 1, tzinfo=UTC)
    old = Candidate("old-verified", now - timedelta(days=1000), verified=True)
    newer_bad = Candidate("new-unverified", now - timedelta(days=900), verified=False)
    doomed = backups_to_delete([old, newer_bad], now, POLICY)
    assert doomed == [newer_bad]


def test_policy_is_configurable() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    backups = [Candidate(str(d), start + timedelta(days=d)) for d in range(30)]
    now = start + timedelta(days=30)
    doomed = backups_to_delete(backups, now, RetentionPolicy(1, 3, 0, 0))
    assert len(backups) - len(doomed) == 1 + 3
