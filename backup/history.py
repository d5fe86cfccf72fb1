"""Every backup run, success or failure, in the backup_runs table and in a JSON Lines log.

The log file is written first and always: when the database server is unreachable, the failure
still has to be recorded somewhere an IT admin will look.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import desc, select
from sqlalchemy.exc import SQLAlchemyError

from app.storage.backup_rows import BackupRunRow
from app.storage.db import Database
from backup.layout import list_backups

log = logging.getLogger("hrdesk.backup")
LOG_NAME = "backup-history.jsonl"


@dataclass
class RunRecord:
    started_at: datetime
    finished_at: datetime
    trigger: str
    status: str  # "succeeded" | "failed" | "skipped" | "cancelled"
    folder: str = ""
    backup_name: str = ""
    size_bytes: int = 0
    files: int = 0
    new_media_files: int = 0
    seconds: float = 0.0
    host: str = ""
    message: str = ""


def record_run(db: Database | None, logs_dir: Path, rec: RunRecord) -> None:
    doc: dict[str, Any] = asdict(rec)
    doc["started_at"] = rec.started_at.isoformat()
    doc["finished_at"] = rec.finished_at.isoformat()
    (log.info if rec.status == "succeeded" else log.warning)(
        "backup %s (%s): %s %s", rec.status, rec.trigger, rec.backup_name, rec.message)
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        with open(logs_dir / LOG_NAME, "a", encoding="utf-8") as f:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    except OSError:
        log.exception("cannot write the backup history log in %s", logs_dir)
    if db is None:
        return
    try:
        with db.transaction() as s:
            s.add(BackupRunRow(id=uuid.uuid4(), **asdict(rec)))
    except SQLAlchemyError as e:
        log.warning("backup history not stored in the database: %s", e)


def recent_runs(db: Database | None, logs_dir: Path, limit: int = 50) -> list[RunRecord]:
    """Newest first: from the database, else from the log file."""
    if db is not None:
        try:
            with db.session() as s:
                rows = s.scalars(select(BackupRunRow).order_by(desc(BackupRunRow.started_at))
                                 .limit(limit)).all()
                return [RunRecord(**{k: getattr(r, k) for k in RunRecord.__dataclass_fields__})
                        for r in rows]
        except SQLAlchemyError:
            pass
    return _from_log(logs_dir)[:limit]


def _from_log(logs_dir: Path) -> list[RunRecord]:
    out = []
    try:
        lines = (logs_dir / LOG_NAME).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            doc = json.loads(line)
            doc["started_at"] = datetime.fromisoformat(doc["started_at"])
            doc["finished_at"] = datetime.fromisoformat(doc["finished_at"])
            out.append(RunRecord(**doc))
        except (ValueError, TypeError, KeyError):
            continue
    out.sort(key=lambda r: r.started_at, reverse=True)
    return out


def last_success(db: Database | None, logs_dir: Path, folder: Path) -> datetime | None:
    """The newest complete backup in the folder, or the newest recorded success."""
    times = [r.created for r in list_backups(folder)[:1]]
    times += [r.finished_at for r in recent_runs(db, logs_dir, 20) if r.status == "succeeded"][:1]
    return max(times) if times else None
