"""Realistic HR Desk rows (candidates, interviews, answers with media, scores) for backup tests."""

from __future__ import annotations

import decimal
import hashlib
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.storage.db import Database
from app.storage.rows import (
    AnswerRow,
    Base,
    CandidateRow,
    DimensionScoreRow,
    InterviewRow,
    InterviewTemplateRow,
    PositionRow,
    QuestionRow,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def media_file(media_dir: Path, size: int) -> dict[str, Any]:
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    rel = f"{sha[:2]}/{sha}.mkv"
    (media_dir / rel).parent.mkdir(parents=True, exist_ok=True)
    (media_dir / rel).write_bytes(data)
    return {"kind": "video", "relpath": rel, "size": size, "sha256": sha, "duration_s": 3.5}


def fill(db: Database, media_dir: Path, candidates: int = 3, media_size: int = 30_000) -> list[uuid.UUID]:
    ids = []
    with db.transaction() as s:
        pos = PositionRow(id=uuid.uuid4(), title="会计", department="财务部",
                          required_skills=["Excel", "税务"], created_at=NOW)
        tpl = InterviewTemplateRow(id=uuid.uuid4(), name="会计 结构化面试", created_at=NOW,
                                   dimension_weights={"专业": 0.6, "抗压": 0.4})
        q = QuestionRow(id=uuid.uuid4(), ordinal=1, kind="structured", prompt="请介绍一下你自己",
                        key_points=["经历", "动机"], time_limit_s=120, preparation_s=10)
        tpl.questions.append(q)
        s.add_all([pos, tpl])
        s.flush()
        for k in range(candidates):
            c = CandidateRow(id=uuid.uuid4(), name=f"张{k}", phone="13800000000",
                             expected_monthly_salary=decimal.Decimal("12000.50"),
                             consent_recording=True, consent_at=NOW, created_at=NOW, updated_at=NOW)
            s.add(c)
            s.flush()
            iv = InterviewRow(id=uuid.uuid4(), candidate_id=c.id, position_id=pos.id,
                              template_id=tpl.id, status="saved", created_at=NOW,
                              updated_at=NOW, notes="0")
            iv.answers.append(AnswerRow(
                id=uuid.uuid4(), question_id=q.id, ordinal=1, question_kind="structured",
                transcript="我在一家会计师事务所工作了三年", words=[{"w": "我", "t": 0.1}],
                media=[media_file(media_dir, media_size)], timings={"answer_s": 80.5}))
            iv.scores.append(DimensionScoreRow(id=uuid.uuid4(), dimension="专业",
                                               model_score=3.75, final_score=4.0,
                                               evidence={"hit": ["经历"]}))
            s.add(iv)
            ids.append(c.id)
    return ids


def _norm(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value.normalize())
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def all_rows(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, normalised so that engines compare equal."""
    out = {}
    with db.engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            if t.name == "backup_runs":
                continue  # the run history grows with every backup by design
            rows = conn.execute(select(t).order_by(*t.primary_key.columns)).mappings()
            out[t.name] = [{k: _norm(v) for k, v in r.items()} for r in rows]
    return out


def media_hashes(media_dir: Path) -> dict[str, str]:
    return {p.relative_to(media_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(media_dir.rglob("*")) if p.is_file()}
