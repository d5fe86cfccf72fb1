"""Analytics arithmetic and the two-group comparison (referral vs job board)."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import uuid4

from app.salary.analytics import InterviewFact, compare_groups, figures_from_facts

T0 = datetime(2026, 6, 1, tzinfo=UTC)


def offer(group: str, offered: int, expected: int, score: float, days: int = 4) -> InterviewFact:
    return InterviewFact(uuid4(), group, score, T0, "offer", Decimal(offered), Decimal(offered),
                         Decimal(expected), Decimal(8500), T0 + timedelta(days=days))


def test_figures_per_group() -> None:
    cid = uuid4()
    facts = [offer("job_board", 8000, 9000, 85), offer("job_board", 9000, 9000, 90, days=2),
             InterviewFact(cid, "referral", 60, T0, "reject"),
             InterviewFact(cid, "referral", 70, T0 - timedelta(days=10), "hold"),
             InterviewFact(uuid4(), None, None, None)]
    figures = {f.group: f for f in figures_from_facts(facts)}
    board = figures["job_board"]
    assert (board.candidates, board.interviews, board.offers, board.pass_rate) == (2, 2, 2, 1.0)
    assert board.mean_offered == 8500 and board.mean_expected_minus_offered == 500
    assert board.offers_below_market == 1 and board.mean_days_to_offer == 3
    assert round(board.mean_offer_vs_market_pct or 0, 3) == round((-500 / 8500 + 500 / 8500) * 50, 3)
    referral = figures["referral"]
    assert (referral.candidates, referral.interviews, referral.offers) == (1, 2, 0)
    assert referral.mean_score == 65 and referral.mean_offered is None
    assert figures["(unknown)"].interviews == 1


def test_referral_offers_about_ten_percent_lower_than_job_board() -> None:
    facts = [offer("job_board", 8000, 8000, 85), offer("job_board", 8000, 8000, 85),
             offer("referral", 7200, 8000, 85)]
    comparison = compare_groups(figures_from_facts(facts), "mean_offered", "referral", "job_board")
    assert comparison is not None and comparison.percent == -10.0
    assert compare_groups(figures_from_facts(facts), "mean_offered", "campus", "job_board") is None
