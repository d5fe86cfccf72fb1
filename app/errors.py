"""Errors a user can meet: each says what happened and what to do next."""


class UserFacingError(Exception):
    """An error shown to the HR clerk or the IT admin as it is."""

    def __init__(self, what: str, next_step: str) -> None:
        super().__init__(f"{what} {next_step}")
        self.what = what
        self.next_step = next_step
