"""The privacy deletion list: recorded when a candidate is deleted, re-applied after a restore.

Restoring a backup taken before a deletion must not bring the person back, so after every
restore each listed record is deleted again together with everything that refers to it
(interviews, answers, scores) and the media files those rows named.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, MetaData, Table, delete, inspect, select
from sqlalchemy.orm import Session

from app.storage.backup_rows import PrivacyDeletionRow

TABLE_FOR = {"candidate": "candidates", "interview": "interviews"}
LIST_TABLE = "privacy_deletions"


def record_privacy_deletion(
    session: Session, record_type: str, record_id: uuid.UUID | str, actor: str, reason: str = ""
) -> None:
    """Call in the same transaction that deletes the record (the candidate area does)."""
    if record_type not in TABLE_FOR:
        raise ValueError(f"unknown record type {record_type!r}")
    session.add(PrivacyDeletionRow(
        id=uuid.uuid4(), record_type=record_type, record_id=str(record_id),
        deleted_at=datetime.now(UTC), deleted_by=actor, reason=reason,
    ))


def _table() -> Table:
    return cast(Table, PrivacyDeletionRow.__table__)


def read_deletions(conn: Connection) -> list[dict[str, str]]:
    if LIST_TABLE not in inspect(conn).get_table_names():
        return []
    t = _table()
    rows = conn.execute(select(t.c.record_type, t.c.record_id, t.c.deleted_at, t.c.deleted_by))
    return [{"record_type": r[0], "record_id": r[1], "deleted_at": r[2].isoformat(),
             "deleted_by": r[3]} for r in rows]


def parse_deletions(data: bytes) -> list[dict[str, str]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def merge(*lists: Iterable[dict[str, str]]) -> list[dict[str, str]]:
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for items in lists:
        for d in items:
            seen.setdefault((d["record_type"], d["record_id"]), d)
    return list(seen.values())


def apply_deletions(
    conn: Connection, metadata: MetaData, deletions: list[dict[str, str]]
) -> tuple[int, set[str]]:
    """Delete every listed record and its dependants; returns (rows deleted, media relpaths)."""
    media: set[str] = set()
    total = 0
    present = set(inspect(conn).get_table_names())
    for d in deletions:
        table = metadata.tables.get(TABLE_FOR.get(d["record_type"], ""))
        if table is None or table.name not in present:
            continue
        total += _delete_tree(conn, metadata, table, [_key(table, d["record_id"])], media, present)
    if LIST_TABLE in present:
        _remember(conn, deletions)
    return total, media


def _key(table: Table, record_id: str) -> Any:
    col = next(iter(table.primary_key.columns))
    try:
        return uuid.UUID(record_id) if col.type.python_type is uuid.UUID else record_id
    except NotImplementedError:
        return record_id


def _delete_tree(
    conn: Connection, metadata: MetaData, table: Table, ids: list[Any], media: set[str],
    present: set[str],
) -> int:
    if not ids:
        return 0
    pk = next(iter(table.primary_key.columns))
    count = 0
    for child in metadata.sorted_tables:
        if child.name not in present:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is table:
                child_pk = next(iter(child.primary_key.columns))
                child_ids = list(conn.execute(select(child_pk).where(fk.parent.in_(ids))).scalars())
                count += _delete_tree(conn, metadata, child, child_ids, media, present)
    if "media" in table.c:
        for value in conn.execute(select(table.c.media).where(pk.in_(ids))).scalars():
            for ref in value or []:
                if isinstance(ref, dict) and ref.get("relpath"):
                    media.add(str(ref["relpath"]))
    count += conn.execute(delete(table).where(pk.in_(ids))).rowcount or 0
    return count


def _remember(conn: Connection, deletions: list[dict[str, str]]) -> None:
    """Keep the merged list in the restored database, so later backups carry it on."""
    t = _table()
    known = {(r[0], r[1]) for r in conn.execute(select(t.c.record_type, t.c.record_id))}
    for d in deletions:
        if (d["record_type"], d["record_id"]) in known:
            continue
        conn.execute(t.insert().values(
            id=uuid.uuid4(), record_type=d["record_type"], record_id=d["record_id"],
            deleted_at=datetime.fromisoformat(d["deleted_at"]) if d.get("deleted_at")
            else datetime.now(UTC),
            deleted_by=d.get("deleted_by", ""), reason="re-applied after a restore",
        ))
