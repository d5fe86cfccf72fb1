"""Offer rules: within the band, or outside it with a mandatory reason."""

from decimal import Decimal
from uuid import uuid4

import pytest

from app.salary.errors import OfferRuleError
from app.salary.offers import Decision, check_offer
from app.salary.suggestion import Suggestion

MID = Suggestion(uuid4(), 1, "Engineering", "skill_match", 85.0, "Mid-level",
                 Decimal(7200), Decimal(8000), Decimal(8800), "CNY")


@pytest.mark.parametrize("amount", [7200, 8000, 8800])
def test_offer_within_band_needs_no_reason(amount: int) -> None:
    assert check_offer(Decision.OFFER, amount, MID, "") == Decimal(amount)


def test_offer_above_band_without_reason_is_refused_naming_the_band() -> None:
    with pytest.raises(OfferRuleError) as info:
        check_offer(Decision.OFFER, 9500, MID, "  ")
    assert "9,500 is outside the band 'Mid-level' (7,200\u20138,800)" in info.value.what
    assert "Write why" in info.value.next_step


def test_offer_outside_band_with_reason_is_accepted() -> None:
    assert check_offer(Decision.OFFER, 9500, MID, "Competing offer from a bank") == 9500


def test_offer_without_band_needs_reason() -> None:
    with pytest.raises(OfferRuleError, match="no grade band"):
        check_offer(Decision.OFFER, 8000, None, "")


def test_offer_needs_a_positive_amount() -> None:
    with pytest.raises(OfferRuleError, match="needs a monthly salary"):
        check_offer(Decision.OFFER, None, MID, "")
    with pytest.raises(OfferRuleError, match="not a positive amount"):
        check_offer(Decision.OFFER, -100, MID, "reason enough")


@pytest.mark.parametrize("decision", [Decision.HOLD, Decision.REJECT])
def test_hold_and_reject_need_no_amount_or_reason(decision: Decision) -> None:
    assert check_offer(decision, None, MID, "") is None
