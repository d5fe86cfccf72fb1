"""Rows <-> JSON Lines, engine-independent, so any backup can be restored into any engine.

Values are encoded by their SQLAlchemy column type: UUIDs and decimals as strings, timestamps in
ISO 8601, binary as base64, JSON columns as JSON. Decoding uses the same column types.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, MetaData, Table, inspect, select
from sqlalchemy import types as sat

BATCH = 500


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict | list):
        return value
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return str(value)


def _decoder(column_type: sat.TypeEngine[Any]) -> Callable[[Any], Any]:
    t = column_type
    while isinstance(t, sat.TypeDecorator):  # e.g. UtcDateTime wraps DateTime
        t = t.impl_instance
    if isinstance(t, sat.Uuid):
        return lambda v: uuid.UUID(v) if t.as_uuid else v
    if isinstance(t, sat.DateTime):
        return dt.datetime.fromisoformat
    if isinstance(t, sat.Date):
        return dt.date.fromisoformat
    if isinstance(t, sat.Time):
        return dt.time.fromisoformat
    if isinstance(t, sat.Interval):
        return lambda v: dt.timedelta(seconds=v)
    if isinstance(t, sat.Numeric) and not isinstance(t, sat.Float):
        return decimal.Decimal if t.asdecimal else float
    if isinstance(t, sat.LargeBinary):
        return base64.b64decode
    return lambda v: v


def export_table(conn: Connection, table: Table, counter: dict[str, int]) -> Iterator[bytes]:
    """Stream one table as JSON Lines, in primary-key order, counting rows into counter."""
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*order)
    )
    counter[table.name] = 0
    buf: list[bytes] = []
    for row in result:
        doc = {k: _encode(v) for k, v in row._mapping.items()}
        buf.append(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        counter[table.name] += 1
        if len(buf) >= BATCH:
            yield b"".join(buf)
            buf.clear()
    if buf:
        yield b"".join(buf)


def export_all(
    conn: Connection, metadata: MetaData, counter: dict[str, int]
) -> Iterator[tuple[str, Iterator[bytes]]]:
    present = set(inspect(conn).get_table_names())
    for table in metadata.sorted_tables:
        if table.name in present:  # an older schema may lack newer tables
            yield table.name, export_table(conn, table, counter)


def json_lines(chunks: Iterator[bytes]) -> Iterator[dict[str, Any]]:
    rest = b""
    for data in chunks:
        lines = (rest + data).split(b"\n")
        rest = lines.pop()
        for line in lines:
            if line:
                yield json.loads(line)
    if rest.strip():
        yield json.loads(rest)


def import_table(conn: Connection, table: Table, rows: Iterator[dict[str, Any]]) -> int:
    decoders = {c.name: _decoder(c.type) for c in table.columns}
    count = 0
    batch: list[dict[str, Any]] = []
    for doc in rows:
        unknown = set(doc) - set(decoders)
        if unknown:
            raise ValueError(f"table {table.name} has no column(s) {sorted(unknown)}")
        batch.append({k: (None if v is None else decoders[k](v)) for k, v in doc.items()})
        if len(batch) >= BATCH:
            conn.execute(table.insert(), batch)
            count += len(batch)
            batch.clear()
    if batch:
        conn.execute(table.insert(), batch)
        count += len(batch)
    return count
