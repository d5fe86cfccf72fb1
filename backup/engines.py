"""Snapshot sources for the server engines: PostgreSQL (pg_dump) and SQL Server (BACKUP DATABASE)."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from backup.dbcheck import DatabaseCheckFailed, pg_tool
from backup.rows_json import export_all
from backup.sources import Snapshot


def libpq_args(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password, plus an environment carrying it (not on the cmd line)."""
    u = make_url(url)
    env = dict(os.environ)
    if u.password is not None:
        env["PGPASSWORD"] = str(u.password)
    plain = u.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _revision(conn: Connection) -> str:
    try:
        with conn.begin_nested():
            return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or "")
    except DBAPIError:
        return ""


class PostgresSource:
    """pg_dump -Fc and the JSON Lines export read from one exported snapshot (same instant)."""

    engine = "postgresql"

    def __init__(self, url: str, metadata: MetaData) -> None:
        self.url = url
        self.metadata = metadata

    def estimated_size(self) -> int:
        eng = create_engine(self.url, poolclass=NullPool)
        try:
            with eng.connect() as conn:
                return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
        finally:
            eng.dispose()

    @contextmanager
    def snapshot(self, tmp: Path) -> Iterator[Snapshot]:
        eng = create_engine(self.url, poolclass=NullPool,
                            execution_options={"isolation_level": "REPEATABLE READ"})
        counts: dict[str, int] = {}
        try:
            with eng.connect() as conn:
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
                snapshot_id = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
                revision = _revision(conn)
                dump = tmp / "database.pgdump"
                url, env = libpq_args(self.url)
                proc = subprocess.run(
                    [pg_tool("pg_dump"), "--format=custom", f"--snapshot={snapshot_id}",
                     "--no-owner", "--no-privileges", f"--file={dump}", f"--dbname={url}"],
                    capture_output=True, text=True, env=env, check=False,
                )
                if proc.returncode != 0:
                    raise DatabaseCheckFailed(f"pg_dump failed: {proc.stderr.strip()}")
                with open(dump, "rb+") as f:
                    os.fsync(f.fileno())

                def export() -> Iterator[tuple[str, Iterator[bytes]]]:
                    return export_all(conn, self.metadata, counts)

                yield Snapshot(dump, "database.pgdump", revision, export, counts)
                conn.rollback()
        finally:
            eng.dispose()


def restore_pg_dump(dump: Path, url: str) -> None:
    """pg_restore into an existing, empty database; the first error stops it."""
    target, env = libpq_args(url)
    proc = subprocess.run(
        [pg_tool("pg_restore"), "--exit-on-error", "--no-owner", "--no-privileges",
         f"--dbname={target}", str(dump)],
        capture_output=True, text=True, env=env, check=False,
    )
    if proc.returncode != 0:
        raise DatabaseCheckFailed(f"pg_restore failed: {proc.stderr.strip()[:500]}")


@contextmanager
def scratch_database(server_url: str, prefix: str = "hrdesk_scratch") -> Iterator[str]:
    """A new, empty database on the same server, dropped afterwards. Yields its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def check_pg_by_restore(dump: Path, server_url: str) -> str:
    """Restore the dump into a scratch database and count what arrived."""
    with scratch_database(server_url, "hrdesk_verify") as url:
        restore_pg_dump(dump, url)
        eng = create_engine(url, poolclass=NullPool)
        try:
            with eng.connect() as conn:
                tables = conn.execute(text(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema='public'"
                )).scalar_one()
        finally:
            eng.dispose()
    return f"pg_restore into a scratch database ok ({tables} tables)"


# --- SQL Server -----------------------------------------------------------------------------


def mssql_ident(name: str) -> str:
    return "[" + name.replace("]", "]]") + "]"


def mssql_string(value: str) -> str:
    return "N'" + value.replace("'", "''") + "'"


def mssql_backup_statement(database: str, server_file: str) -> str:
    """The copy-only full backup, checksummed, written on the SQL Server machine's own disk."""
    return (
        f"BACKUP DATABASE {mssql_ident(database)} TO DISK = {mssql_string(server_file)} "
        f"WITH CHECKSUM, COPY_ONLY, INIT, FORMAT, NAME = {mssql_string('HR Desk backup')}"
    )


def mssql_verify_statement(server_file: str) -> str:
    return f"RESTORE VERIFYONLY FROM DISK = {mssql_string(server_file)} WITH CHECKSUM"


def run_all_results(cursor: Any, statement: str) -> None:
    """Execute and drain every result set: pyodbc reports a BACKUP error only when the result
    set that carries it is read, so stopping at the first one hides failures."""
    cursor.execute(statement)
    while cursor.nextset():
        pass


class SqlServerSource:
    """BACKUP DATABASE ... WITH CHECKSUM, COPY_ONLY in autocommit, plus the JSON Lines export.

    Not run here (no SQL Server on these machines): the statements are unit-tested.
    """

    engine = "mssql"

    def __init__(self, url: str, metadata: MetaData, server_folder: str) -> None:
        self.url = url
        self.metadata = metadata
        self.server_folder = server_folder.rstrip("\\/")

    def estimated_size(self) -> int:
        return 0  # the .bak goes to the server's disk; only the export lands in our folder

    @contextmanager
    def snapshot(self, tmp: Path) -> Iterator[Snapshot]:
        from datetime import UTC, datetime

        database = make_url(self.url).database or ""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        server_file = f"{self.server_folder}\\hrdesk-{stamp}.bak"
        eng = create_engine(self.url, poolclass=NullPool)
        counts: dict[str, int] = {}
        try:
            raw = eng.raw_connection()
            try:
                raw.driver_connection.autocommit = True  # type: ignore[union-attr]
                cur = raw.cursor()
                run_all_results(cur, mssql_backup_statement(database, server_file))
                run_all_results(cur, mssql_verify_statement(server_file))
            finally:
                raw.close()
            with eng.connect() as conn:
                conn = conn.execution_options(isolation_level="SNAPSHOT")

                def export() -> Iterator[tuple[str, Iterator[bytes]]]:
                    return export_all(conn, self.metadata, counts)

                yield Snapshot(None, "", _revision(conn), export, counts,
                               {"sqlserver_backup_file": server_file})
        finally:
            eng.dispose()
