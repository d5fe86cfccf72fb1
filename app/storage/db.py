"""Engines and sessions for SQLite (embedded default), PostgreSQL and SQL Server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import UserFacingError

SQLITE_BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "hrdesk_write"

SUPPORTED = {
    "sqlite": "embedded SQLite file",
    "postgresql": "PostgreSQL server",
    "mssql": "SQL Server (mssql+pyodbc)",
}


class BadDatabaseUrl(UserFacingError):
    def __init__(self, url: str, problem: str) -> None:
        super().__init__(
            f"The database URL '{redact(url)}' cannot be used: {problem}.",
            "Use sqlite:///path/to/file.sqlite3, postgresql+psycopg://user@host/db or "
            "mssql+pyodbc://user@dsn in Settings -> Database.",
        )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"


def redact(url: str) -> str:
    """The URL without its password, fit for a message or a log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # isolation_level=None hands transaction control to SQLAlchemy's "begin" hook below, so that
    # write transactions start with BEGIN IMMEDIATE (take the write lock up front, wait busy_timeout
    # for it) instead of failing half-way when a reader upgrades to a writer.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # 16 KiB pages (effective only when the file is new): the online backup API copies page by page,
    # and measured here it snapshots ~2.5x faster than with the default 4 KiB pages.
    cur.execute("PRAGMA page_size=16384")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the lock when they begin (and wait up to busy_timeout for it); readers do not
    # block anybody, thanks to WAL.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


class Database:
    """One database, whatever the engine: an Engine plus transactional sessions."""

    def __init__(self, url: str, *, echo: bool = False, connect_timeout_s: int = 5) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise BadDatabaseUrl(url, "it is not a database URL") from exc
        backend = parsed.get_backend_name()
        if backend not in SUPPORTED:
            raise BadDatabaseUrl(url, f"'{backend}' is not one of {', '.join(SUPPORTED)}")
        if backend == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": backend != "sqlite"}
        if backend == "postgresql":
            kwargs["connect_args"] = {"connect_timeout": connect_timeout_s}
        elif backend == "mssql":
            kwargs["connect_args"] = {"timeout": connect_timeout_s}
        try:
            self.engine: Engine = create_engine(parsed, **kwargs)
        except (NoSuchModuleError, ImportError) as exc:
            raise BadDatabaseUrl(url, f"the driver is not installed ({exc})") from exc
        self.url = parsed.render_as_string(hide_password=False)
        self.dialect: str = backend
        if backend == "sqlite":
            event.listen(self.engine, "connect", _on_sqlite_connect)
            event.listen(self.engine, "begin", _on_sqlite_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return redact(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        if self.dialect != "sqlite":
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; nothing is committed."""
        with self._sessions() as s:
            yield s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end as one transaction, or rolled back."""
        with self._sessions() as s, s.begin():
            s.connection(execution_options={WRITE_OPTION: True})
            yield s

    def dispose(self) -> None:
        self.engine.dispose()
