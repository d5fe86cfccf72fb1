"""Demo content of the salary area (called by app.services.demo inside its transaction).

Reproduces the seed on the demo interviews: 84 skill-match points -> 中级工程师, 8,000 suggested,
market median 8,500 -> "below market"; adds a few decisions, some optional demographic fields,
and optional fairness fields. A half-year synthetic history for the analytics dashboard is a
separate, explicit step (`hrdesk salary demo-history`), so the demo's candidate list stays small.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain import InterviewStatus, SalaryGradeTable
from app.domain.clock import utc_now
from app.salary.grade_tables import load_default_table
from app.salary.market import MarketRate
from app.salary.offers import Decision, Offer
from app.salary.suggestion import suggest
from app.storage.repositories import Repositories
from app.storage.salary_repositories import (
    DemographicsRepository,
    MarketRepository,
    OfferRepository,
)

MARKET = [  # position, level, city, P25, P50, P75
    ("Python 后端工程师", "中级工程师", "上海", 7200, 8500, 9800),
    ("Python 后端工程师", "高级工程师", "上海", 9500, 11000, 13000),
    ("Python 后端工程师", "助理工程师", "上海", 5200, 6000, 6800),
    ("Sales Representative", "中级工程师", "上海", 6800, 7800, 9000),
]
DECISIONS = {  # candidate name -> (decision, offered, reason)
    "王小明": (Decision.OFFER, Decimal(8000), ""),
    "李娜": (Decision.OFFER, Decimal(7400), ""),
    "张伟": (Decision.HOLD, None, ""),
    "Emily Chen": (Decision.OFFER, Decimal(9200), "Competing offer from another company"),
}


def _table(repos: Repositories) -> SalaryGradeTable:
    tables = repos.salary_tables.all()
    if tables:
        return tables[0]
    table = repos.salary_tables.save(load_default_table("zh_CN"))
    repos.audit.record("demo", "salary_table.created", "salary_grade_table", table.id, {"demo": True})
    return table


def add_demo(repos: Repositories) -> None:
    table = _table(repos)
    survey = date(2026, 6, 30)
    MarketRepository(repos.session).add_import(
        "demo-market-2026.csv", "demo", "UTF-8",
        [MarketRate(p, lvl, city, Decimal(a), Decimal(b), Decimal(c), "薪酬调查 2026", survey)
         for p, lvl, city, a, b, c in MARKET], "demo")
    offers = OfferRepository(repos.session)
    demographics = DemographicsRepository(repos.session)
    for n, interview in enumerate(repos.interviews.find(status=InterviewStatus.SAVED,
                                                        with_children=True)):
        candidate = repos.candidates.get(interview.candidate_id)
        if candidate is None or offers.for_interview(interview.id) is not None:
            continue
        if n % 3 != 2:
            demographics.set(candidate.id, "gender", "female" if n % 2 else "male", "demo")
        plan = DECISIONS.get(candidate.name)
        if plan is None:
            continue
        decision, offered, reason = plan
        suggestion = suggest(table, interview.scores)
        position = repos.positions.get(interview.position_id)
        title = position.title if position else ""
        market = [r for r in MARKET if (r[0], r[1]) == (title, suggestion.level_title)]
        offer = Offer(interview_id=interview.id, candidate_id=candidate.id,
                      position_id=interview.position_id, decision=decision, decided_by="demo",
                      decided_at=utc_now(), suggestion=suggestion, offered_salary=offered,
                      expected_salary=candidate.expected_monthly_salary, reason=reason,
                      market_p50=Decimal(market[0][4]) if market else None)
        offers.save(offer)
        repos.audit.record("demo", f"salary.{decision}", "salary_offer", offer.id, {"demo": True})
