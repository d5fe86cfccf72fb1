"""One place that says what "now" is, in UTC, so stored times never depend on the machine's zone."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
