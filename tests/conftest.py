"""Fixtures shared by every area: Qt offscreen, a real PostgreSQL, fresh databases per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HRDESK_NO_KEYRING", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.storage.db import Database, sqlite_url  # noqa: E402
from app.storage.migrate import upgrade  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.init()
    server.start()
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture
def pg_running(pg_server: PostgresServer) -> PostgresServer:
    """The server, started again if an earlier test stopped it."""
    if not pg_server.is_running():
        pg_server.start()
    return pg_server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "hrdesk.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("pg_running")
    name = server.create_database()
    yield server.url_for(name)
    if server.is_running():
        server.drop_database(name)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = Database(db_url)
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    db = Database(sqlite_url(tmp_path / "hrdesk.sqlite3"))
    upgrade(db)
    yield db
    db.dispose()
