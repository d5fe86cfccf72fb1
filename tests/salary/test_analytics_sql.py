"""SQL aggregates give exactly the figures of the plain-Python reference, on both engines."""

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.salary.analytics import GroupBy, InterviewFact, compare_groups, figures_from_facts
from app.salary.fairness import fairness_report
from app.salary.grade_tables import ensure_default_table
from app.salary.history import add_history
from app.salary.payroll import export_payroll
from app.storage.db import Database
from app.storage.rows import CandidateRow, DimensionScoreRow, InterviewRow, PositionRow
from app.storage.salary_analytics import fairness_facts, group_figures
from app.storage.salary_repositories import DemographicsRepository
from app.storage.salary_rows import SalaryOfferRow


def facts_from_rows(db: Database, by: GroupBy) -> list[InterviewFact]:
    with db.session() as s:
        offers = {o.interview_id: o for o in s.scalars(select(SalaryOfferRow))}
        overall = {d.interview_id: d.final_score for d in s.scalars(
            select(DimensionScoreRow).where(DimensionScoreRow.dimension == "overall",
                                            DimensionScoreRow.question_id.is_(None)))}
        cands = {c.id: c for c in s.scalars(select(CandidateRow))}
        titles = {p.id: p.title for p in s.scalars(select(PositionRow))}
        facts = []
        for iv in s.scalars(select(InterviewRow).where(InterviewRow.status == "saved")):
            o = offers.get(iv.id)
            group = (cands[iv.candidate_id].source_channel if by is GroupBy.SOURCE
                     else titles[iv.position_id])
            facts.append(InterviewFact(
                iv.candidate_id, group, overall.get(iv.id), iv.started_at,
                o.decision if o else None, o.suggested_salary if o else None,
                o.offered_salary if o else None, o.expected_salary if o else None,
                o.market_p50 if o else None, o.decided_at if o else None))
    return facts


@pytest.mark.parametrize("by", list(GroupBy))
def test_sql_figures_match_the_python_reference(database: Database, by: GroupBy) -> None:
    table = ensure_default_table(database, "en")
    with database.transaction() as s:
        add_history(s, table, 600, seed=3, questions_per_interview=2)
    with database.session() as s:
        sql = group_figures(s, by)
    reference = figures_from_facts(facts_from_rows(database, by))
    assert [f.group for f in sql] == [f.group for f in reference]
    for got, want in zip(sql, reference, strict=True):
        for name in got.__dataclass_fields__:
            a, b = getattr(got, name), getattr(want, name)
            if isinstance(a, float) and b is not None:
                assert a == pytest.approx(b, rel=1e-6, abs=1e-6), (got.group, name)
            else:
                assert a == b, (got.group, name)


def test_referral_versus_job_board_is_about_ten_percent_lower(database: Database) -> None:
    table = ensure_default_table(database, "en")
    with database.transaction() as s:
        add_history(s, table, 800, seed=11, questions_per_interview=1)
    with database.session() as s:
        figures = group_figures(s, GroupBy.SOURCE)
    comparison = compare_groups(figures, "mean_offered", "referral", "job_board")
    assert comparison is not None and -15 < comparison.percent < -5


def test_fairness_facts_from_sql_and_payroll_export(database: Database, tmp_path: Path) -> None:
    table = ensure_default_table(database, "en")
    with database.transaction() as s:
        add_history(s, table, 200, seed=5, questions_per_interview=1)
        ids = list(s.scalars(select(CandidateRow.id).order_by(CandidateRow.name)))
        demographics = DemographicsRepository(s)
        for i, cid in enumerate(ids[:150]):
            demographics.set(cid, "gender", "female" if i % 2 else "male", "hr.li")
        demographics.set(ids[0], "gender", "", "hr.li")  # withdrawn by the candidate
    with database.session() as s:
        facts = fairness_facts(s, "gender")
        assert DemographicsRepository(s).attributes() == ["gender"]
    report = fairness_report("gender", facts)
    assert report.total == len(ids) and report.unknown == len(ids) - 149
    assert {g.group for g in report.groups} == {"female", "male"}
    assert sum(g.candidates for g in report.groups) == 149

    target = tmp_path / "payroll.xlsx"
    with database.session() as s:
        offered = s.scalars(select(SalaryOfferRow).where(
            SalaryOfferRow.decision == "offer", SalaryOfferRow.offered_salary.is_not(None))).all()
        total = sum((o.offered_salary for o in offered), Decimal(0))
    assert export_payroll(database, target, "hr.li") == len(offered) > 0
    import openpyxl
    sheet = openpyxl.load_workbook(target).active
    assert sum(Decimal(str(r[6])) for r in sheet.iter_rows(min_row=2, values_only=True)) == total
