"""Errors a user can meet: what happened and what to do next (placeholder until main's lands)."""


class UserFacingError(Exception):
    def __init__(self, what: str, next_step: str) -> None:
        super().__init__(f"{what} {next_step}")
        self.what = what
        self.next_step = next_step
