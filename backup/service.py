"""Backups and restores for the configured HR Desk: the entry points the CLI, the scheduler and
the GUI all call (no Qt here)."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError

from app import __version__
from app.config import AppPaths, Settings, database_url
from app.storage.db import Database
from app.storage.rows import Base
from backup import deletions as privacy
from backup.crypto import KeyRing
from backup.dbcheck import check_pg_archive
from backup.engines import PostgresSource, SqlServerSource, check_pg_by_restore
from backup.errors import BackupAlreadyRunning, BackupCancelled, BackupError
from backup.history import RunRecord, record_run
from backup.retention import RetentionPolicy
from backup.run import BackupOptions, BackupResult, make_backup
from backup.sources import DatabaseSource, SqliteSource
from backup.verify import DatabaseChecker, default_database_check

ENV_PASSWORD = "HRDESK_BACKUP_PASSWORD"
KEYRING_KEY = "backup-password"
Progress = Callable[[float, str], None]


def backup_password() -> str | None:
    """From HRDESK_BACKUP_PASSWORD (services without a keyring), else the system keyring."""
    env = os.environ.get(ENV_PASSWORD)
    if env:
        return env
    if os.environ.get("HRDESK_NO_KEYRING"):
        return None
    try:
        import keyring

        return keyring.get_password("hrdesk", KEYRING_KEY)
    except Exception:  # no keyring backend (headless server): no password
        return None


def store_backup_password(password: str) -> None:
    """Keep the backup password in the system keyring (never in the settings file)."""
    try:
        import keyring

        if password:
            keyring.set_password("hrdesk", KEYRING_KEY, password)
        else:
            keyring.delete_password("hrdesk", KEYRING_KEY)
    except Exception as e:
        raise BackupError(
            f"The backup password could not be stored in the system keyring ({e}).",
            f"On a server without a keyring, set the {ENV_PASSWORD} environment variable for "
            "the backup service instead.",
        ) from None


def retention_policy(settings: Settings) -> RetentionPolicy:
    b = settings.backup
    return RetentionPolicy(b.keep_all_days, b.keep_daily_days, b.keep_weekly_weeks,
                           b.keep_monthly_months)


def source_for(db: Database, settings: Settings) -> DatabaseSource:
    if db.dialect == "sqlite" and db.sqlite_path is not None:
        return SqliteSource(db.sqlite_path, Base.metadata)
    if db.dialect == "postgresql":
        return PostgresSource(db.url, Base.metadata)
    if db.dialect == "mssql":
        if not settings.backup.sqlserver_backup_path:
            raise BackupError(
                "SQL Server backups need a folder on the SQL Server machine's own disk.",
                "Set backup.sqlserver_backup_path (Settings > Backups) to a folder the SQL Server "
                "service account can write, e.g. D:\\SQLBackups\\HRDesk.",
            )
        return SqlServerSource(db.url, Base.metadata, settings.backup.sqlserver_backup_path)
    raise BackupError(f"Backups of a {db.dialect} database are not supported.", "Contact IT.")


def database_checker(db: Database) -> DatabaseChecker:
    """After a server backup: restore into a scratch database on the same server when allowed."""
    if db.dialect != "postgresql":
        return default_database_check

    def check(engine: str, decoded: Path) -> str:
        try:
            return check_pg_by_restore(decoded, db.url)
        except SQLAlchemyError:  # no CREATEDB right: the offline structure check still runs
            return check_pg_archive(decoded) + " (no right to create a scratch database)"

    return check


class HasSettings(Protocol):
    settings: Settings
    paths: AppPaths


@dataclass
class Context:
    """Settings and folders; app.services.context.AppContext fits here too."""

    settings: Settings
    paths: AppPaths


def run_backup(
    ctx: HasSettings, trigger: str, *, folder: Path | None = None, password: str | None = None,
    progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False,
) -> BackupResult:
    """One recorded backup run of the configured database and media folder."""
    started = datetime.now(UTC)
    target = folder or ctx.paths.backup_dir
    if folder is None and not ctx.settings.folders.backups:
        # The default folder inside the data folder is ours to create; a configured one is not
        # (missing there means a disconnected drive or share, which must be reported).
        target.mkdir(parents=True, exist_ok=True)
    db: Database | None = None
    try:
        db = Database(database_url(ctx.settings, ctx.paths))
        with db.engine.connect() as conn:
            listed = privacy.read_deletions(conn)
        pw = password if password is not None else backup_password()
        opts = BackupOptions(
            folder=target, media_dir=ctx.paths.media_dir, keyring=KeyRing(pw),
            encrypt=ctx.settings.backup.encrypt and pw is not None,
            policy=retention_policy(ctx.settings), app_version=__version__, deletions=listed,
            database_check=database_checker(db),
        )
        result = make_backup(source_for(db, ctx.settings), opts, progress=progress,
                             cancelled=cancelled)
    except Exception as e:
        status = ("skipped" if isinstance(e, BackupAlreadyRunning)
                  else "cancelled" if isinstance(e, BackupCancelled) else "failed")
        record_run(db, ctx.paths.logs_dir, RunRecord(
            started, datetime.now(UTC), trigger, status, str(target), host=socket.gethostname(),
            message=str(e) if isinstance(e, BackupError) else f"{type(e).__name__}: {e}"))
        if db is not None:
            db.dispose()
        raise
    record_run(db, ctx.paths.logs_dir, RunRecord(
        started, datetime.now(UTC), trigger, "succeeded", str(target), result.path.name,
        sum(f.size for f in result.manifest.files if not f.linked), len(result.manifest.files),
        result.media.new_files, result.seconds, socket.gethostname(),
        f"verified: {result.verify.database}"
        + (f"; thinned {len(result.thinned)} old backup(s)" if result.thinned else "")))
    db.dispose()
    return result
