"""Migration 0006 creates exactly the salary rows' schema, and goes down and up again."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from app.storage.db import Database
from app.storage.migrate import alembic_config, offline_sql
from app.storage.rows import Base

SALARY_TABLES = {"salary_offers", "market_imports", "market_rates", "candidate_demographics"}


def test_schema_matches_the_rows_and_downgrade_works(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    cfg = alembic_config(database.url)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert not SALARY_TABLES & set(inspect(database.engine).get_table_names())
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert set(inspect(database.engine).get_table_names()) >= SALARY_TABLES


def test_sql_server_script_compiles() -> None:
    script = offline_sql()
    assert "CREATE TABLE salary_offers" in script and "NVARCHAR" in script
