"""Column types that behave the same on SQLite, PostgreSQL and SQL Server."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, UnicodeText
from sqlalchemy.dialects import mssql
from sqlalchemy.types import TypeDecorator

#: Long Unicode text: NVARCHAR(max) on SQL Server (NTEXT is deprecated there), TEXT elsewhere.
LongText = UnicodeText().with_variant(mssql.NVARCHAR(), "mssql")


class UtcDateTime(TypeDecorator[datetime]):
    """Stores UTC, returns timezone-aware UTC whatever the engine keeps (SQLite keeps naive text)."""

    impl = DateTime(timezone=False).with_variant(mssql.DATETIME2(), "mssql")  # type: ignore[no-untyped-call]
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)
