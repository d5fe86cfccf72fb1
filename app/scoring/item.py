"""What the scoring area needs to know about one answer, independent of the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_TIME_LIMIT_S = 180.0


@dataclass(frozen=True)
class ScoringItem:
    """One answer to score, with what it is measured against.

    ``kind`` is "structured" or "situational" (only situational answers get a stress-resistance
    score). ``words`` are recognizer word timings ``{"word", "start", "end"}`` in seconds, empty for
    typed answers.
    """

    question: str
    answer: str
    reference: str = ""
    key_points: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    kind: str = "structured"
    time_limit_s: float | None = None
    words: tuple[dict[str, Any], ...] = field(default=())

    @property
    def situational(self) -> bool:
        return self.kind.lower() == "situational"
