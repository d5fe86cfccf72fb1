"""Schema versions: upgrade with Alembic, refuse a newer database, keep a safety copy first."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.storage.db import Database
from app.storage.errors import NewerDatabaseError

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str = "sqlite://") -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first."""
    return [s.revision for s in reversed(list(_scripts().walk_revisions()))]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(db: Database) -> str | None:
    """The database's revision, or NewerDatabaseError when this app does not know it."""
    current = current_revision(db)
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(current, head_revision())
    return current


def sqlite_safety_copy(source: Path, folder: Path, label: str) -> Path:
    """A consistent copy through SQLite's online backup API (never a copy of the live file)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{source.stem}-before-{label}-{stamp}.sqlite3"
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def needs_upgrade(db: Database) -> bool:
    return check_not_newer(db) != head_revision()


def upgrade(db: Database, safety_copy_dir: Path | None = None) -> str:
    """Bring the schema to the newest revision; return it.

    A SQLite file that already holds data is copied first (safety_copy_dir), so a failed migration
    can never cost a record.
    """
    current = check_not_newer(db)
    head = head_revision()
    if current == head:
        return head
    path = db.sqlite_path
    if current is not None and path is not None and path.exists() and safety_copy_dir is not None:
        sqlite_safety_copy(path, safety_copy_dir, f"schema-{current}")
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return head


def offline_sql(dialect_url: str = "mssql+pyodbc://", start: str | None = None) -> str:
    """The SQL script of every migration for an engine we cannot connect to (e.g. SQL Server)."""
    buffer = io.StringIO()
    cfg = alembic_config(dialect_url)
    cfg.output_buffer = buffer
    command.upgrade(cfg, f"{start}:head" if start else "head", sql=True)
    return buffer.getvalue()
