"""Where the data of one backup comes from: a consistent snapshot per database engine.

Each source yields a Snapshot: the engine's own copy (SQLite file, pg_dump archive) plus the
portable JSON Lines export read from the very same point in time.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import MetaData, create_engine
from sqlalchemy.pool import NullPool

from backup.rows_json import export_all

Export = Callable[[], Iterator[tuple[str, Iterator[bytes]]]]


@dataclass
class Snapshot:
    database_file: Path | None  # None: the copy stays on the database server (SQL Server)
    database_name: str
    revision: str
    export: Export
    counts: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


class DatabaseSource(Protocol):
    engine: str

    def estimated_size(self) -> int: ...

    def snapshot(self, tmp: Path) -> AbstractContextManager[Snapshot]: ...


def sqlite_online_copy(src_file: Path, dest: Path) -> None:
    """Copy a live SQLite database with the online backup API, then fsync the copy.

    One step (pages=-1) reads under a single read transaction: in WAL mode that never blocks the
    clerk's writes and yields a consistent image; the copy is never a raw file copy.
    """
    src = sqlite3.connect(f"file:{src_file}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(dest, "rb+") as f:
        os.fsync(f.fileno())


def alembic_revision_sqlite(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return ""
    finally:
        con.close()
    return str(row[0]) if row else ""


class SqliteSource:
    engine = "sqlite"

    def __init__(self, db_file: Path, metadata: MetaData) -> None:
        self.db_file = db_file
        self.metadata = metadata

    def estimated_size(self) -> int:
        wal = self.db_file.with_name(self.db_file.name + "-wal")
        return sum(p.stat().st_size for p in (self.db_file, wal) if p.exists())

    @contextmanager
    def snapshot(self, tmp: Path) -> Iterator[Snapshot]:
        copy = tmp / "snapshot.sqlite3"
        sqlite_online_copy(self.db_file, copy)
        engine = create_engine(f"sqlite:///{copy}", poolclass=NullPool)
        counts: dict[str, int] = {}
        try:
            with engine.connect() as conn:

                def export() -> Iterator[tuple[str, Iterator[bytes]]]:
                    return export_all(conn, self.metadata, counts)

                yield Snapshot(copy, "snapshot.sqlite3", alembic_revision_sqlite(copy), export,
                               counts)
        finally:
            engine.dispose()
