"""Grade tables: the default one shipped in resources/, which table applies to an interview, and
saving an edited table (validated, versioned, audited)."""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from app.domain import Position, SalaryBand, SalaryGradeTable
from app.salary.bands import validate_bands
from app.storage.db import Database
from app.storage.repositories import Repositories

DEFAULT_TABLE_FILE = (Path(__file__).resolve().parents[2] / "resources" / "salary"
                      / "default_grade_table.json")


def _pick(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return str(value.get(language) or value.get("en") or next(iter(value.values())))
    return str(value)


def load_default_table(language: str = "zh_CN", path: Path = DEFAULT_TABLE_FILE) -> SalaryGradeTable:
    """The shipped table (80-90 skill-match points -> mid-level engineer, 8,000 a month)."""
    data = json.loads(path.read_text("utf-8"))
    table = SalaryGradeTable(
        name=_pick(data["name"], language),
        effective_from=date.fromisoformat(data["effective_from"]),
        driver_dimension=data["driver_dimension"], currency=data["currency"],
        department=data.get("department", ""),
        bands=[SalaryBand(min_score=float(b["min_score"]), max_score=float(b["max_score"]),
                          level_title=_pick(b["level_title"], language),
                          salary_min=Decimal(str(b["salary_min"])),
                          salary_mid=Decimal(str(b["salary_mid"])),
                          salary_max=Decimal(str(b["salary_max"])))
               for b in data["bands"]],
    )
    validate_bands(table.bands, table.driver_dimension)
    return table


def applicable_table(tables: Sequence[SalaryGradeTable], position: Position,
                     on: date) -> SalaryGradeTable | None:
    """The table for the position, else for its department, else the general one: in each scope
    the latest whose effective date is on or before `on`."""
    scopes = (
        [t for t in tables if t.position_id == position.id],
        [t for t in tables if t.position_id is None and t.department
         and t.department.casefold() == position.department.casefold()],
        [t for t in tables if t.position_id is None and not t.department],
    )
    for scope in scopes:
        current = [t for t in scope if t.effective_from <= on]
        if current:
            return max(current, key=lambda t: (t.effective_from, t.version))
    return None


def save_table(db: Database, table: SalaryGradeTable, actor: str) -> SalaryGradeTable:
    """Validate, store (the version moves even when only bands changed) and audit the change."""
    validate_bands(table.bands, table.driver_dimension)
    with db.transaction() as s:
        repos = Repositories(s)
        before = repos.salary_tables.get(table.id)
        repos.salary_tables.save(table)  # moves the version even when only bands changed
        repos.audit.record(actor, "salary_table.created" if before is None else "salary_table.changed",
                           "salary_grade_table", table.id,
                           {"version": table.version, "before": describe(before) if before else None,
                            "after": describe(table)})
    return table


def new_version(table: SalaryGradeTable, effective_from: date) -> SalaryGradeTable:
    """A copy to edit as the next version from a date; the old version stays for old offers."""
    fresh = copy.deepcopy(table)
    fresh.id, fresh.version, fresh.effective_from = uuid4(), 0, effective_from
    for band in fresh.bands:
        band.id = uuid4()
    return fresh


def ensure_default_table(db: Database, language: str, actor: str = "system") -> SalaryGradeTable:
    """Store the shipped table if the database has none yet; return the general table in force."""
    with db.session() as s:
        tables = Repositories(s).salary_tables.all()
    if tables:
        general = [t for t in tables if t.position_id is None and not t.department]
        return max(general or tables, key=lambda t: t.effective_from)
    return save_table(db, load_default_table(language), actor)


def describe(table: SalaryGradeTable) -> dict[str, Any]:
    """The table as plain JSON for the audit log."""
    return {
        "name": table.name, "effective_from": table.effective_from.isoformat(),
        "driver": table.driver_dimension, "currency": table.currency,
        "position_id": str(table.position_id) if table.position_id else None,
        "department": table.department,
        "bands": [[b.min_score, b.max_score, b.level_title, str(b.salary_min), str(b.salary_mid),
                   str(b.salary_max)] for b in table.bands],
    }


def table_by_id(db: Database, table_id: UUID) -> SalaryGradeTable | None:
    with db.session() as s:
        return Repositories(s).salary_tables.get(table_id)


def all_tables(db: Database) -> list[SalaryGradeTable]:
    with db.session() as s:
        return Repositories(s).salary_tables.all()
