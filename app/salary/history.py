"""A synthetic interview history for the demo dashboard and the benchmark.

Bulk Core INSERTs (not one ORM object per row) so 50,000 interviews take seconds, not minutes.
The numbers are shaped like the seed's question: referred candidates are offered about 10 % less
than job-board candidates for the same score, so the dashboard has something true to show.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain import SalaryGradeTable
from app.salary.bands import band_for_score
from app.storage.rows import (
    CandidateRow,
    DimensionScoreRow,
    InterviewRow,
    InterviewTemplateRow,
    PositionRow,
)
from app.storage.salary_rows import CandidateDemographicRow, SalaryOfferRow

SOURCES = (("job_board", 40), ("referral", 20), ("campus", 20), ("agency", 10), ("website", 10))
OFFER_FACTOR = {"referral": 0.90, "campus": 0.95}
POSITIONS = (("Software engineer", "R&D"), ("Test engineer", "R&D"), ("Data analyst", "Finance"),
             ("Sales representative", "Sales"), ("HR specialist", "HR"))
DIMENSIONS = ("skill_match", "communication", "stress_resistance", "overall")
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英",
         "华", "丹", "鹏", "婷")
BATCH = 5_000


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def add_history(session: Session, table: SalaryGradeTable, interviews: int, seed: int = 7,
                questions_per_interview: int = 5, with_demographics: bool = False) -> int:
    """Insert `interviews` saved interviews (with scores and decisions) and their candidates,
    positions and one template; returns the number of interviews written."""
    rnd = random.Random(seed)
    now = START
    template_id = uuid.uuid4()
    session.execute(insert(InterviewTemplateRow), [{
        "id": template_id, "name": "Synthetic history", "language": "zh",
        "dimension_weights": {}, "created_at": now, "version": 1}])
    position_ids = [uuid.uuid4() for _ in POSITIONS]
    session.execute(insert(PositionRow), [
        {"id": pid, "title": f"{title} (history)", "department": dept, "required_skills": [],
         "description": "", "created_at": now, "version": 1}
        for pid, (title, dept) in zip(position_ids, POSITIONS, strict=True)])
    sources = [s for s, _ in SOURCES]
    weights = [w for _, w in SOURCES]
    candidates: list[tuple[uuid.UUID, str]] = []
    cand_rows: list[dict[str, Any]] = []
    iv_rows: list[dict[str, Any]] = []
    score_rows: list[dict[str, Any]] = []
    offer_rows: list[dict[str, Any]] = []
    demo_rows: list[dict[str, Any]] = []
    question_ids = [uuid.uuid4() for _ in range(questions_per_interview)]
    for n in range(interviews):
        if not candidates or rnd.random() < 0.8:
            cid, source = uuid.uuid4(), rnd.choices(sources, weights)[0]
            candidates.append((cid, source))
            expected = Decimal(rnd.randrange(5000, 12000, 100))
            if with_demographics and rnd.random() < 0.85:
                demo_rows.append({
                    "id": uuid.uuid4(), "candidate_id": cid, "attribute": "gender",
                    "value": rnd.choice(("female", "male")), "recorded_by": "demo",
                    "recorded_at": now, "version": 1})
            cand_rows.append({
                "id": cid, "name": _name(len(candidates)), "phone": "", "email": "",
                "source_channel": source, "expected_monthly_salary": expected, "notes": "",
                "consent_by": "", "created_at": now, "updated_at": now, "version": 1})
        else:
            cid, source = rnd.choice(candidates)
            expected = Decimal(rnd.randrange(5000, 12000, 100))
        iid = uuid.uuid4()
        started = START + timedelta(minutes=37 * n)
        position_id = rnd.choice(position_ids)
        iv_rows.append({
            "id": iid, "candidate_id": cid, "position_id": position_id,
            "template_id": template_id, "round": 1, "interviewer": "demo", "status": "saved",
            "consent_by": "", "notes": "", "created_at": started, "updated_at": started,
            "started_at": started, "ended_at": started + timedelta(minutes=40),
            "saved_at": started + timedelta(minutes=45), "version": 1})
        scores = {d: min(100.0, max(0.0, rnd.gauss(76, 10))) for d in DIMENSIONS}
        for dim, value in scores.items():
            score_rows.append(_score(iid, None, dim, value))
            for qid in question_ids if dim != "overall" else ():
                score_rows.append(_score(iid, qid, dim, min(100.0, max(0.0, value + rnd.gauss(0, 5)))))
        offer_rows.append(_decision(rnd, table, iid, cid, position_id, source, scores, expected,
                                    started))
        if len(iv_rows) >= BATCH:
            _flush(session, cand_rows, iv_rows, score_rows, offer_rows, demo_rows)
    _flush(session, cand_rows, iv_rows, score_rows, offer_rows, demo_rows)
    return interviews


def _name(n: int) -> str:
    """Plausible, clearly numbered names: 王伟 (历史 00042)."""
    return f"{SURNAMES[n % len(SURNAMES)]}{GIVEN[(n // len(SURNAMES)) % len(GIVEN)]} (历史 {n:05d})"


def _score(iid: uuid.UUID, qid: uuid.UUID | None, dim: str, value: float) -> dict[str, Any]:
    return {"id": uuid.uuid4(), "interview_id": iid, "question_id": qid, "dimension": dim,
            "model_score": value, "final_score": round(value, 1), "model_version": "synthetic",
            "evidence": {}, "override_reason": "", "overridden_by": "", "version": 1}


def _decision(rnd: random.Random, table: SalaryGradeTable, iid: uuid.UUID, cid: uuid.UUID,
              position_id: uuid.UUID, source: str, scores: dict[str, float], expected: Decimal,
              started: datetime) -> dict[str, Any]:
    driver = round(scores[table.driver_dimension], 1)
    band = band_for_score(table.bands, driver)
    decision = "offer" if scores["overall"] >= 72 else rnd.choice(("hold", "reject", "reject"))
    offered = None
    if decision == "offer" and band is not None:
        factor = OFFER_FACTOR.get(source, 1.0) * rnd.uniform(0.97, 1.03)
        offered = (Decimal(band.salary_mid) * Decimal(str(round(factor, 3)))).quantize(Decimal(1))
    mid = Decimal(band.salary_mid) if band else None
    return {
        "id": uuid.uuid4(), "interview_id": iid, "candidate_id": cid, "position_id": position_id,
        "decision": decision, "offered_salary": offered, "expected_salary": expected,
        "suggested_salary": mid, "reason": "" if offered is None or band is None or
        band.salary_min <= offered <= band.salary_max else "Synthetic history",
        "table_id": table.id, "table_version": table.version, "table_name": table.name,
        "driver_dimension": table.driver_dimension, "score": driver,
        "level_title": band.level_title if band else "",
        "band_min": band.salary_min if band else None, "band_mid": mid,
        "band_max": band.salary_max if band else None, "currency": table.currency,
        "market_p50": ((mid * Decimal(str(round(rnd.uniform(0.94, 1.10), 3)))).quantize(Decimal(1))
                       if mid else None),
        "market_survey_date": None, "decided_by": "demo",
        "decided_at": started + timedelta(days=rnd.randint(1, 20)), "version": 1,
    }


def _flush(session: Session, *lists: list[dict[str, Any]]) -> None:
    targets: Sequence[Any] = (CandidateRow, InterviewRow, DimensionScoreRow, SalaryOfferRow,
                              CandidateDemographicRow)
    for target, rows in zip(targets, lists, strict=True):
        for batch in _batches(iter(rows)):
            session.execute(insert(target), batch)
        rows.clear()
