"""Storage errors, each phrased for the person who meets it."""

from __future__ import annotations

from app.errors import UserFacingError


class ConcurrentEditError(UserFacingError):
    """Someone else saved this record since it was opened: refuse to overwrite it silently."""

    def __init__(self, record: str) -> None:
        super().__init__(
            f"{record} was changed by someone else after you opened it.",
            "Reload it to see their changes, then apply yours again; nothing of yours was written.",
        )


class DatabaseUnavailableError(UserFacingError):
    """The database could not be reached, or stayed busy or locked past the retries."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"Database unavailable: {reason}.",
            "Check that the database server is running and reachable, then try again.",
        )


class CorruptDatabaseError(UserFacingError):
    def __init__(self, path: str, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"The database file {path} is damaged ({detail}).",
            "Restore the latest backup; the damaged file is kept untouched for IT.",
        )


class NewerDatabaseError(UserFacingError):
    def __init__(self, found: str, known: str) -> None:
        self.found = found
        self.known = known
        super().__init__(
            f"The database was written by a newer version of HR Desk (schema {found}; this app knows up to {known}).",
            "Install the newer HR Desk version that your colleagues use; the database was not changed.",
        )
