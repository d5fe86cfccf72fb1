"""Errors of the scoring area. Each names the file concerned and how to put it right."""

from __future__ import annotations

from pathlib import Path

from app.errors import UserFacingError

RESTORE_ENCODER = (
    "Restore it with `make models` (or `python tools/fetch_models.py`) on the installation machine; "
    "the interview can still be saved without scores and scored later."
)
RESTORE_SCORING_MODEL = (
    "Reinstall HR Desk or restore the file from the installation folder (models/scoring), or run "
    "`python tools/train_scoring_models.py`; the interview can still be saved without scores."
)


class ScoringModelError(UserFacingError):
    """A model file the scores depend on is missing, unreadable or not the expected file."""

    def __init__(self, path: Path, problem: str, next_step: str) -> None:
        super().__init__(f"The model file {path} {problem}.", next_step)
        self.path = path


class ScoringInputError(UserFacingError):
    """A batch input file cannot be read as answers to score."""


class NoConsentError(UserFacingError):
    """The candidate did not consent to automated scoring."""
