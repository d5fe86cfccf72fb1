"""Opening the database at start: folders, corruption check, automatic upgrade, newer-schema refusal."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from app.errors import UserFacingError
from app.services.context import AppContext
from app.storage import migrate
from app.storage.errors import CorruptDatabaseError, DatabaseUnavailableError


class FolderNotWritable(UserFacingError):
    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        super().__init__(
            f"The folder {folder} cannot be written ({reason}).",
            "Ask IT to give your account write access, or choose another data folder "
            "(--data-dir or HRDESK_DATA_DIR).",
        )


def ensure_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-probe-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise FolderNotWritable(folder, exc.strerror or str(exc)) from exc


def quick_check(path: Path) -> None:
    """PRAGMA quick_check on a SQLite file, read-only, before SQLAlchemy touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:  # locked or unopenable: not damage, never offer a restore
        raise DatabaseUnavailableError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(str(path), str(exc)) from exc
    result = "; ".join(str(r[0]) for r in rows)
    if result != "ok":
        raise CorruptDatabaseError(str(path), result[:200])


def open_database(ctx: AppContext) -> str:
    """Make the database ready to use; return its schema revision.

    Raises a UserFacingError (FolderNotWritable, CorruptDatabaseError, NewerDatabaseError,
    DatabaseUnavailableError) that the GUI or CLI shows as it is.
    """
    ensure_writable(ctx.paths.data_dir)
    path = ctx.db.sqlite_path
    if path is not None:
        quick_check(path)
    try:
        return migrate.upgrade(ctx.db, safety_copy_dir=ctx.paths.safety_dir)
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailableError(_reason(exc)) from exc


def current_schema(ctx: AppContext) -> str | None:
    """The schema revision as found, after the same safety checks as open_database."""
    path = ctx.db.sqlite_path
    if path is not None:
        if not path.exists():
            return None
        quick_check(path)
    try:
        return migrate.current_revision(ctx.db)
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailableError(_reason(exc)) from exc


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__
