"""Exporting offers to payroll from the database (columns: docs/PAYROLL_EXPORT.md)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.salary.payroll_export import PayrollLine, write_payroll
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.storage.salary_repositories import OfferRepository


def payroll_lines(db: Database, since: datetime | None = None) -> list[PayrollLine]:
    with db.session() as s:
        repos = Repositories(s)
        offers = OfferRepository(s).offers(since)
        candidates = {c.id: c for c in repos.candidates.search()}
        positions = {p.id: p for p in repos.positions.all()}
    lines = []
    for o in offers:
        if o.offered_salary is None:
            continue
        candidate = candidates.get(o.candidate_id)
        position = positions.get(o.position_id) if o.position_id else None
        sug = o.suggestion
        lines.append(PayrollLine(
            offer_id=o.id, candidate_id=o.candidate_id,
            candidate_name=candidate.name if candidate else "",
            position=position.title if position else "",
            department=position.department if position else "",
            level_title=sug.level_title if sug else "", monthly_salary=o.offered_salary,
            currency=sug.currency if sug else "CNY",
            band_min=sug.salary_min if sug else None, band_mid=sug.salary_mid if sug else None,
            band_max=sug.salary_max if sug else None, within_band=o.within_band,
            outside_band_reason="" if o.within_band else o.reason,
            grade_table=sug.table_name if sug else "",
            grade_table_version=sug.table_version if sug else None,
            decided_by=o.decided_by, decided_at=o.decided_at,
        ))
    return lines


def export_payroll(db: Database, target: Path, actor: str, since: datetime | None = None) -> int:
    lines = payroll_lines(db, since)
    count = write_payroll(lines, target)
    with db.transaction() as s:
        Repositories(s).audit.record(actor, "salary.payroll_exported", "payroll_export",
                                     target.name, {"file": str(target), "offers": count,
                                                   "since": since.isoformat() if since else None})
    return count
