"""Errors a user can meet: each says what happened and what to do next."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error shown to a person. `what` says what happened, `next_step` what to do now."""

    def __init__(self, what: str, next_step: str = "") -> None:
        self.what = what
        self.next_step = next_step
        super().__init__(f"{what} {next_step}".strip())
