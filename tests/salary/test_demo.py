"""The demo set, with the salary area's content, through the real `hrdesk demo` code path."""

from pathlib import Path

from app.domain import InterviewStatus
from app.salary.analytics import GroupBy
from app.salary.offer_desk import offer_context
from app.services.context import make_context
from app.services.demo import add_demo_data
from app.services.startup import open_database
from app.storage.repositories import Repositories
from app.storage.salary_analytics import group_figures


def test_demo_reproduces_the_seed_below_market_example(tmp_path: Path) -> None:
    ctx = make_context(tmp_path / "config.toml", tmp_path / "data")
    open_database(ctx)
    add_demo_data(ctx)
    with ctx.db.session() as s:
        repos = Repositories(s)
        by_name = {c.name: c for c in repos.candidates.search("王小明")}
        interview = repos.interviews.find(candidate_id=by_name["王小明"].id,
                                          status=InterviewStatus.SAVED)[0]
        figures = {f.group: f for f in group_figures(s, GroupBy.SOURCE)}
    ctx_offer = offer_context(ctx.db, interview.id)
    assert ctx_offer.suggestion is not None and ctx_offer.suggestion.level_title == "中级工程师"
    assert ctx_offer.market_comparison is not None
    assert ctx_offer.market_comparison.describe() == (
        "8,000 suggested, market median 8,500: below market")
    assert ctx_offer.offer is not None and ctx_offer.offer.offered_salary == 8000
    assert figures["referral"].offers == 1 and figures["job_board"].offers == 1
    assert sum(f.candidates for f in figures.values()) == 4  # the demo list stays small
    ctx.close()
