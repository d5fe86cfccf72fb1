"""Put a restored copy in place of the current data, keeping the current data as a safety copy.

SQLite: the current database file (with its -wal/-shm) moves into safety-copies/before-restore-*
and the restored file takes its place; restored media files that are missing are added (media is
addressed by content, so existing files are never overwritten). PostgreSQL: the restored database
is created under a new name and the two are swapped by renaming; the old one stays on the server.
The caller must have closed its own connections first.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app.config import AppPaths, Settings, database_url
from app.storage.db import Database
from backup import deletions as privacy
from backup.crypto import KeyRing
from backup.engines import scratch_database
from backup.errors import BackupError, RestoreFailed
from backup.files import fsync_dir
from backup.media import walk_media
from backup.restore import RestoreResult, restore_into_folder, restore_into_url

Progress = Callable[[float, str], None]


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def current_deletions(url: str) -> list[dict[str, str]]:
    """The deletion list of the data about to be replaced (it may be newer than the backup's)."""
    try:
        db = Database(url)
        try:
            with db.engine.connect() as conn:
                return privacy.read_deletions(conn)
        finally:
            db.dispose()
    except Exception:  # the current data may be the very thing that is broken
        return []


def switch_sqlite(restored: Path, db_file: Path, media_dir: Path, keep: Path) -> Path:
    keep.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        old = Path(str(db_file) + suffix)
        if old.exists():
            os.replace(old, keep / old.name)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    os.replace(restored / "hrdesk.sqlite3", db_file)
    fsync_dir(keep)
    fsync_dir(db_file.parent)
    for rel, _st in walk_media(restored / "media"):
        target = media_dir / rel
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(restored / "media" / rel, target)
    shutil.rmtree(restored, ignore_errors=True)
    return keep


def restore_configured(
    backup: Path, keyring: KeyRing, settings: Settings, paths: AppPaths,
    progress: Progress | None = None,
) -> RestoreResult:
    """Restore over the configured data (the app must have closed its database)."""
    url = database_url(settings, paths)
    listed = current_deletions(url)
    stamp = _stamp()
    dialect = make_url(url).get_backend_name()
    if dialect == "sqlite":
        new_location = paths.data_dir / f"restore-{stamp}"
        result = restore_into_folder(backup, keyring, new_location, extra_deletions=listed,
                                     progress=progress)
        db_file = Path(make_url(url).database or paths.db_file)  # the file in use, wherever
        keep = switch_sqlite(new_location, db_file, paths.media_dir,
                             paths.safety_dir / f"before-restore-{stamp}")
        result.safety_copy = str(keep)
        result.location = paths.data_dir
        return result
    if dialect == "postgresql":
        return _restore_postgres(backup, keyring, url, paths, listed, stamp, progress)
    raise BackupError(
        "HR Desk cannot switch a SQL Server database by itself.",
        "Restore the .bak file listed in the backup's manifest with SQL Server Management Studio, "
        "or restore the portable copy into a new, empty database: "
        "hrdesk restore PATH --to-url URL.",
    )


def _restore_postgres(
    backup: Path, keyring: KeyRing, url: str, paths: AppPaths, listed: list[dict[str, str]],
    stamp: str, progress: Progress | None,
) -> RestoreResult:
    name = make_url(url).database or ""
    kept = f"{name}_before_restore_{stamp.lower()}"
    with scratch_database(url, f"{name}_restore") as new_url:
        result = restore_into_url(backup, keyring, new_url, paths.media_dir,
                                  extra_deletions=listed, progress=progress)
        new_name = make_url(new_url).database or ""
        admin = create_engine(make_url(url).set(database="postgres"), poolclass=NullPool,
                              isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                others = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                    "AND pid <> pg_backend_pid()"), {"d": name}).scalar_one()
                if others:
                    raise RestoreFailed(
                        f"{others} other connection(s) use the database {name}; close HR Desk on "
                        "the other computers and stop the backup service, then restore again")
                conn.exec_driver_sql(f'ALTER DATABASE "{name}" RENAME TO "{kept}"')
                conn.exec_driver_sql(f'ALTER DATABASE "{new_name}" RENAME TO "{name}"')
                # the scratch helper drops "new_name" on exit: it no longer exists, fine.
        finally:
            admin.dispose()
    result.safety_copy = f"database {kept} on the server"
    return result
