"""Use cases of the fairness view: optional demographic fields and the four-fifths report."""

from __future__ import annotations

from uuid import UUID

from app.salary.fairness import FairnessReport, fairness_report
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.storage.salary_analytics import fairness_facts
from app.storage.salary_repositories import DemographicsRepository

ATTRIBUTES = ("gender", "age_band")


def load_demographics(db: Database, candidate_id: UUID) -> dict[str, str]:
    with db.session() as s:
        return DemographicsRepository(s).for_candidate(candidate_id)


def save_demographics(db: Database, candidate_id: UUID, values: dict[str, str],
                      actor: str) -> None:
    """Record what the candidate chose to tell; the audit keeps who changed which field, not the
    values (they are sensitive and not needed to reconstruct a decision)."""
    with db.transaction() as s:
        repo = DemographicsRepository(s)
        before = repo.for_candidate(candidate_id)
        for attribute, value in values.items():
            repo.set(candidate_id, attribute, value, actor)
        changed = sorted(a for a, v in values.items() if before.get(a, "") != v.strip())
        if changed:
            Repositories(s).audit.record(actor, "demographics.changed", "candidate", candidate_id,
                                         {"fields": changed})


def fairness(db: Database, attribute: str) -> FairnessReport:
    with db.session() as s:
        return fairness_report(attribute, fairness_facts(s, attribute))
