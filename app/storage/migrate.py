"""Schema versions: upgrade with Alembic, refuse a newer database, keep a safety copy first."""

from __future__ import annotations

import io
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from app.storage.db import Database
from app.storage.errors import NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")

# Alembic is imported only when a migration must run: checking the schema at every start must not
# cost the ~0.4 s its import takes. Revision ids are zero-padded numbers in file-name order, so the
# list of known revisions can be read from the folder.


def alembic_config(url: str = "sqlite://") -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first (from the file names)."""
    names = (p.name for p in (MIGRATIONS / "versions").iterdir())
    return sorted(m.group(1) for m in map(_REVISION_FILE.match, names) if m)


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)


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
    from alembic import command

    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return head


def offline_sql(dialect_url: str = "mssql+pyodbc://", start: str | None = None) -> str:
    """The SQL script of every migration for an engine we cannot connect to (e.g. SQL Server)."""
    from alembic import command

    buffer = io.StringIO()
    cfg = alembic_config(dialect_url)
    cfg.output_buffer = buffer
    command.upgrade(cfg, f"{start}:head" if start else "head", sql=True)
    return buffer.getvalue()
