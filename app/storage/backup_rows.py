"""Tables of the backup area: the history of every backup run and the privacy deletion list."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Float, Integer, Unicode
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.rows import Base
from app.storage.types import LongText


class BackupRunRow(Base):
    """One backup run, success or failure. Written once when the run ends (immutable)."""

    __tablename__ = "backup_runs"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    finished_at: Mapped[datetime]
    trigger: Mapped[str] = mapped_column(Unicode(20))  # scheduled|catch-up|manual|exit|cli|daemon
    status: Mapped[str] = mapped_column(Unicode(20), index=True)  # succeeded|failed|skipped|cancelled
    folder: Mapped[str] = mapped_column(Unicode(1000), default="")
    backup_name: Mapped[str] = mapped_column(Unicode(200), default="")
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    files: Mapped[int] = mapped_column(Integer, default=0)
    new_media_files: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    host: Mapped[str] = mapped_column(Unicode(200), default="")
    message: Mapped[str] = mapped_column(LongText, default="")


class PrivacyDeletionRow(Base):
    """A record deleted for privacy. Travels with every backup and is re-applied on restore,
    so restoring an older backup never brings a deleted candidate back."""

    __tablename__ = "privacy_deletions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(Unicode(60))  # "candidate" | "interview"
    record_id: Mapped[str] = mapped_column(Unicode(64), index=True)
    deleted_at: Mapped[datetime]
    deleted_by: Mapped[str] = mapped_column(Unicode(200), default="")
    reason: Mapped[str] = mapped_column(Unicode(500), default="")
