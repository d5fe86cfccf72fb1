"""Salary grade tables: which score band leads to which level and starting salary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID, uuid4


@dataclass
class SalaryBand:
    min_score: float
    max_score: float
    level_title: str
    salary_min: Decimal
    salary_mid: Decimal
    salary_max: Decimal
    id: UUID = field(default_factory=uuid4)


@dataclass
class SalaryGradeTable:
    name: str
    effective_from: date
    driver_dimension: str = "skill_match"  # "skill_match" | "overall"
    currency: str = "CNY"
    position_id: UUID | None = None
    department: str = ""
    bands: list[SalaryBand] = field(default_factory=list)
    id: UUID = field(default_factory=uuid4)
    version: int = 0
