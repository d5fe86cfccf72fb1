"""A small real database and media folder for backup tests (no foundation needed)."""

from __future__ import annotations

import datetime as dt
import decimal
import os
import uuid
from pathlib import Path

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Uuid,
    create_engine,
    event,
    insert,
)
from sqlalchemy.engine import Engine

metadata = MetaData()
people = Table(
    "people", metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("salary", Numeric(12, 2)),
    Column("tags", JSON),
    Column("photo", LargeBinary),
    Column("version", Integer, nullable=False, default=1),
)
notes = Table(
    "notes", metadata,
    Column("id", Uuid, primary_key=True),
    Column("person_id", Uuid, ForeignKey("people.id"), nullable=False),
    Column("text", String(2000), nullable=False),
)


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(con, _rec):  # type: ignore[no-untyped-def]
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA busy_timeout=5000")
        con.execute("PRAGMA synchronous=FULL")

    return engine


def fill(engine: Engine, n: int = 20) -> list[uuid.UUID]:
    metadata.create_all(engine)
    ids = [uuid.uuid4() for _ in range(n)]
    with engine.begin() as conn:
        conn.execute(insert(people), [
            {"id": i, "name": f"候选人 {k}", "created_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
             "salary": decimal.Decimal("12345.67"), "tags": {"k": [k, "面试"]},
             "photo": bytes([k % 256]) * 10, "version": 1}
            for k, i in enumerate(ids)
        ])
        conn.execute(insert(notes), [
            {"id": uuid.uuid4(), "person_id": i, "text": "答 " * 50} for i in ids
        ])
    return ids


def make_media(folder: Path, files: int = 5, size: int = 200_000) -> None:
    for k in range(files):
        p = folder / f"{k:02x}" / f"answer-{k}.mkv"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(os.urandom(size))
