"""Migrations: empty database to head, every released schema version to head, SQL Server offline."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from app.storage.db import Database, sqlite_url
from app.storage.errors import NewerDatabaseError
from app.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    offline_sql,
    upgrade,
)
from app.storage.rows import Base


def _upgrade_to(db: Database, revision: str) -> None:
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_empty_database_upgrades_to_head_with_every_table(db_url: str) -> None:
    db = Database(db_url)
    assert current_revision(db) is None
    assert upgrade(db) == head_revision()
    from sqlalchemy import inspect

    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    db.dispose()


@pytest.mark.parametrize("start", known_revisions())
def test_database_from_every_released_version_upgrades_and_keeps_rows(
    db_url: str, start: str, tmp_path: Path
) -> None:
    db = Database(db_url)
    _upgrade_to(db, start)
    cid = uuid.uuid4()
    now = datetime.now(UTC).replace(tzinfo=None)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO candidates (id, name, phone, email, source_channel, notes, consent_by, "
                "created_at, updated_at, version) VALUES (:id, :name, '', '', 'referral', '', '', :now, :now, 1)"
            ),
            {"id": cid.hex if db.dialect == "sqlite" else cid, "name": "老用户 😀", "now": now},
        )
    upgrade(db, safety_copy_dir=tmp_path / "safety")
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM candidates")).scalar_one() == "老用户 😀"
    if db.dialect == "sqlite" and start != head_revision():
        copies = list((tmp_path / "safety").glob("*.sqlite3"))
        assert len(copies) == 1, "an upgrade of a file with data makes a safety copy first"
    db.dispose()


def test_database_newer_than_the_app_is_refused_untouched(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "new.sqlite3"))
    upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerDatabaseError) as info:
        upgrade(db)
    assert "newer version of HR Desk" in info.value.what
    assert current_revision(db) == "9999"
    db.dispose()


def test_sql_server_schema_and_every_migration_compile_for_mssql() -> None:
    sql = offline_sql("mssql+pyodbc://")
    for table in Base.metadata.tables:
        assert f"CREATE TABLE {table} (" in sql, table
    for revision in known_revisions():
        assert f"-> {revision}" in sql
    # Chinese must survive on SQL Server: text columns are NVARCHAR, keys UNIQUEIDENTIFIER.
    assert "NVARCHAR(max)" in sql and "UNIQUEIDENTIFIER" in sql
    assert " TEXT" not in sql and "NTEXT" not in sql


def test_mssql_pyodbc_url_is_accepted() -> None:
    db = Database("mssql+pyodbc://hr@HRDSN")
    assert db.dialect == "mssql"
    db.dispose()


def test_revision_list_read_from_files_matches_alembic() -> None:
    from app.storage.migrate import _scripts

    chain = [s.revision for s in reversed(list(_scripts().walk_revisions()))]
    assert chain == known_revisions(), "migrations must be numbered in order, one chain"
    assert _scripts().get_current_head() == head_revision()
