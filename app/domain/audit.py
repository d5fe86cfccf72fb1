"""Who did what to which record, and when: the audit trail that HR and a regulator can read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from app.domain.clock import utc_now


@dataclass
class AuditEvent:
    actor: str
    action: str
    record_type: str
    record_id: str
    details: dict[str, Any] = field(default_factory=dict)
    at: datetime = field(default_factory=utc_now)
    id: UUID = field(default_factory=uuid4)
