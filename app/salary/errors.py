"""Errors an HR user can meet in the salary area; each says what happened and what to do next."""

from __future__ import annotations

from app.errors import UserFacingError


class GradeTableError(UserFacingError):
    """The grade table has gaps, overlaps or impossible bands; `problems` lists each one."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            "The salary grade table cannot be saved: " + "; ".join(problems) + ".",
            "Correct the bands named above and save again; nothing was changed.",
        )


class NoBandError(UserFacingError):
    """The score falls outside every band of the table."""

    def __init__(self, score: float, table_name: str) -> None:
        self.score = score
        super().__init__(
            f"A score of {score:g} falls outside every band of the grade table '{table_name}'.",
            "Add a band covering this score to the table, or set the offer by hand with a reason.",
        )


class NotScoredError(UserFacingError):
    def __init__(self, dimension: str) -> None:
        self.dimension = dimension
        super().__init__(
            f"The interview has no final '{dimension}' score yet, so no salary can be suggested.",
            "Score the interview (or enter the score by hand) and open the offer again.",
        )


class OfferRuleError(UserFacingError):
    """The offer breaks a rule (outside the band without a reason, missing amount, ...)."""

    def __init__(self, what: str, next_step: str) -> None:
        super().__init__(what, next_step)


class MarketFileError(UserFacingError):
    """The market data file could not be read at all (not a problem in one cell)."""

    def __init__(self, what: str, next_step: str) -> None:
        super().__init__(what, next_step)
