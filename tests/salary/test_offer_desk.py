"""The offer on a saved interview, end to end on SQLite and PostgreSQL."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.salary.errors import GradeTableError, OfferRuleError
from app.salary.grade_tables import ensure_default_table, new_version, save_table
from app.salary.market_import import import_market_file
from app.salary.offer_desk import offer_context, record_decision
from app.salary.offers import Decision
from app.storage.db import Database
from app.storage.errors import ConcurrentEditError
from app.storage.repositories import Repositories
from tests.salary.builders import saved_interview


def test_seed_example_suggestion_gap_market_flag_and_audited_offer(
        database: Database, tmp_path: Path) -> None:
    ensure_default_table(database, "zh_CN")
    interview = saved_interview(database, skill=85, expected=9000)
    market = tmp_path / "market.csv"
    market.write_text("position,level,city,P25,P50,P75,source,date\n"
                      "Software engineer,中级工程师,Shanghai,7000,8500,10000,Survey,2026-06-30\n",
                      encoding="utf-8")
    assert import_market_file(database, market, "hr.li").imported

    ctx = offer_context(database, interview.id)
    assert ctx.suggestion is not None
    assert (ctx.suggestion.level_title, ctx.suggestion.suggested_salary) == ("中级工程师", 8000)
    assert ctx.gap is not None and ctx.gap.describe() == "\u22121,000, \u221211 %"
    assert ctx.market_comparison is not None
    assert ctx.market_comparison.describe() == "8,000 suggested, market median 8,500: below market"

    with pytest.raises(OfferRuleError):
        record_decision(database, ctx, Decision.OFFER, 9500, "", "hr.li")
    offer = record_decision(database, ctx, Decision.OFFER, 9500, "Competing offer", "hr.li")
    assert offer.within_band is False and offer.version == 1

    again = offer_context(database, interview.id)
    assert again.offer is not None and again.offer.offered_salary == Decimal(9500)
    assert again.offer.suggestion == ctx.suggestion and again.offer.market_p50 == Decimal(8500)
    with database.session() as s:
        events = Repositories(s).audit.for_record(offer.id)
    assert [e.action for e in events] == ["salary.offer"]
    assert events[0].details["reason"] == "Competing offer"
    assert events[0].details["within_band"] is False

    # a second clerk who loaded the screen before the first decision cannot overwrite it silently
    with pytest.raises(ConcurrentEditError):
        record_decision(database, ctx, Decision.REJECT, None, "", "hr.wang")
    record_decision(database, again, Decision.HOLD, None, "", "hr.wang")
    with database.session() as s:
        assert [e.action for e in Repositories(s).audit.for_record(offer.id)] == [
            "salary.offer", "salary.hold"]


def test_offer_keeps_the_table_version_it_used(database: Database) -> None:
    table = ensure_default_table(database, "en")
    interview = saved_interview(database, skill=85)
    ctx = offer_context(database, interview.id)
    record_decision(database, ctx, Decision.OFFER, 8000, "", "hr.li")
    used = table.version
    table.bands[3].salary_mid = Decimal(8200)
    save_table(database, table, "hr.boss")
    assert table.version == used + 1  # editing only a band still moves the table's version
    offer = offer_context(database, interview.id).offer
    assert offer is not None and offer.suggestion is not None
    assert (offer.suggestion.table_version, offer.suggestion.salary_mid) == (used, 8000)
    assert offer_context(database, interview.id).suggestion.salary_mid == 8200  # type: ignore[union-attr]


def test_gaps_are_refused_and_nothing_is_saved(database: Database) -> None:
    table = ensure_default_table(database, "en")
    version = table.version
    table.bands[2].max_score = 75
    with pytest.raises(GradeTableError, match="scores 75\u201380 have no band"):
        save_table(database, table, "hr.boss")
    with database.session() as s:
        stored = Repositories(s).salary_tables.get(table.id)
    assert stored is not None and stored.version == version and stored.bands[2].max_score == 80


def test_new_version_from_a_date_applies_to_later_interviews(database: Database) -> None:
    table = ensure_default_table(database, "en")
    later = new_version(table, date(2099, 1, 1))
    later.bands[3].salary_mid = Decimal(8400)
    save_table(database, later, "hr.boss")
    ctx = offer_context(database, saved_interview(database, skill=85).id)
    assert ctx.table is not None and ctx.table.id == table.id  # 2099 is not in force yet


def test_unscored_interview_explains_and_offer_needs_a_reason(database: Database) -> None:
    ensure_default_table(database, "en")
    ctx = offer_context(database, saved_interview(database, skill=None).id)
    assert ctx.suggestion is None and "no final 'skill_match' score" in ctx.suggestion_problem
    with pytest.raises(OfferRuleError, match="no grade band"):
        record_decision(database, ctx, Decision.OFFER, 8000, "", "hr.li")
    offer = record_decision(database, ctx, Decision.OFFER, 8000, "Scored on paper", "hr.li")
    assert offer.suggestion is None and offer.within_band is None
