"""Saving when the database is busy, locked or away: retry with backoff, then say so plainly."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from app.services.disk_space import DiskSpaceError
from app.storage.errors import DatabaseUnavailableError

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_RETRY_FOR_S = 6.0


class InterviewKeptError(DatabaseUnavailableError):
    """The database did not take the interview; it is safe in its draft."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.next_step = (
            "Your interview is kept. Retry now, or keep it as a draft and save it later "
            "(it is offered again when HR Desk starts)."
        )
        self.args = (f"{self.what} {self.next_step}",)


def unavailable_reason(exc: BaseException) -> str | None:
    """A short reason if `exc` means "busy, locked or unreachable" (worth a retry), else None."""
    if not isinstance(exc, OperationalError | InterfaceError) and not (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        return None
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "locked" in text or "busy" in text:
        return "the database file is locked by another program"
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return None  # not worth retrying: handled as a disk-space problem
    if "unable to open" in text:
        return "the database file cannot be opened"
    if (
        "connection" in text
        or "server" in text
        or "terminat" in text
        or "timeout" in text
        or "timed out" in text
        or isinstance(exc, InterfaceError)
        or (isinstance(exc, DBAPIError) and exc.connection_invalidated)
    ):
        return "the database server cannot be reached"
    return f"the database refused the operation ({text.splitlines()[0][:120]})"


def is_disk_full(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc) or exc).lower()
    return "disk is full" in text or "disk full" in text or "no space left" in text


def with_retry(
    work: Callable[[], T],
    *,
    retry_for_s: float = DEFAULT_RETRY_FOR_S,
    sleep: Callable[[float], None] = time.sleep,
    on_disk_full: Callable[[], DiskSpaceError] | None = None,
) -> T:
    """Run `work`; while the database is busy or away, try again with growing pauses for about
    `retry_for_s` seconds, then raise InterviewKeptError naming the reason."""
    deadline = time.monotonic() + retry_for_s
    pause = 0.1
    attempt = 0
    while True:
        attempt += 1
        try:
            return work()
        except DBAPIError as exc:
            if is_disk_full(exc) and on_disk_full is not None:
                raise on_disk_full() from exc
            reason = unavailable_reason(exc)
            if reason is None:
                raise
            left = deadline - time.monotonic()
            log.warning("Save attempt %d failed (%s); %.1f s of retries left", attempt, reason, left)
            if left <= 0:
                raise InterviewKeptError(reason) from exc
            sleep(min(pause, left))
            pause = min(pause * 2, 1.0)
