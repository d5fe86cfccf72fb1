"""An opening: its title, department and the skills it requires."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID, uuid4

from app.domain import validation
from app.domain.clock import utc_now


@dataclass
class Position:
    title: str
    department: str = ""
    required_skills: list[str] = field(default_factory=list)
    description: str = ""
    id: UUID = field(default_factory=uuid4)
    version: int = 0
    created_at: datetime = field(default_factory=utc_now)

    def validated(self) -> Position:
        self.title = validation.required_name("title", self.title)
        self.department = validation.optional_text("department", self.department)
        self.required_skills = [
            s for s in (validation.clean_text(x) for x in self.required_skills) if s
        ]
        self.description = validation.optional_text(
            "description", self.description, max_length=validation.MAX_LONG_TEXT
        )
        return self
