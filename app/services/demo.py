"""Demo data: so a newcomer sees a populated app, and reports, analytics and backups have data.

The scores of the demo interviews are entered as human scores (marked as such in their evidence):
the demo never pretends a model produced them. Areas add their own demo content through
DEMO_EXTENSIONS (modules with `add_demo(repos: Repositories) -> None`).
"""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

from app.domain import (
    Answer,
    Candidate,
    Consent,
    DimensionScore,
    Interview,
    InterviewStatus,
    InterviewTemplate,
    Position,
    Question,
    QuestionKind,
    SourceChannel,
)
from app.domain.clock import utc_now
from app.extensions import optional_module
from app.resources import resources_dir
from app.services.context import AppContext
from app.storage.repositories import Repositories

DEMO_EXTENSIONS = ["app.salary.demo", "app.scoring.demo"]
DIMENSIONS = ("skill_match", "communication", "stress_resistance")


def load_demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources_dir() / "demo" / "demo_data.json").read_text(encoding="utf-8"))
    return data


def add_demo_data(ctx: AppContext) -> dict[str, int]:
    """Fill the database with the demo set; returns how many of each were added."""
    data = load_demo()
    now = utc_now()
    counts = {"positions": 0, "templates": 0, "candidates": 0, "interviews": 0}
    with ctx.db.transaction() as s:
        repos = Repositories(s)
        positions: dict[str, Position] = {}
        for p in data["positions"]:
            pos = Position(p["title"], p["department"], list(p["required_skills"]), p["description"])
            repos.positions.save(pos.validated())
            positions[p["key"]] = pos
            counts["positions"] += 1
        templates: dict[str, InterviewTemplate] = {}
        for t in data["templates"]:
            tpl = InterviewTemplate(
                name=t["name"],
                language=t["language"],
                questions=[
                    Question(
                        prompt=q["prompt"],
                        kind=QuestionKind(q["kind"]),
                        reference_answer=q["reference_answer"],
                        key_points=list(q["key_points"]),
                        time_limit_s=q["time_limit_s"],
                        preparation_s=q["preparation_s"],
                    )
                    for q in t["questions"]
                ],
            )
            repos.templates.save(tpl.validated())
            templates[t["key"]] = tpl
            counts["templates"] += 1
        for i, c in enumerate(data["candidates"]):
            when = now - timedelta(days=20 - 3 * i, hours=i)
            cand = Candidate(
                name=c["name"],
                phone=c["phone"],
                email=c["email"],
                source_channel=SourceChannel(c["source_channel"]),
                expected_monthly_salary=Decimal(c["expected"]),
                consent=Consent(recording=True, ai_scoring=True, recorded_at=when, recorded_by="demo"),
                created_at=when,
            )
            repos.candidates.save(cand.validated())
            counts["candidates"] += 1
            if not c["answers"]:
                continue
            tpl = templates[c["template"]]
            iv = Interview(
                candidate_id=cand.id,
                position_id=positions[c["position"]].id,
                template_id=tpl.id,
                interviewer="demo",
                status=InterviewStatus.SAVED,
                consent=cand.consent,
                created_at=when,
                started_at=when,
                ended_at=when + timedelta(minutes=14),
                saved_at=when + timedelta(minutes=15),
            )
            for n, (q, text) in enumerate(zip(tpl.questions, c["answers"], strict=True)):
                iv.answers.append(
                    Answer(
                        question_id=q.id,
                        position=n,
                        question_prompt=q.prompt,
                        question_kind=q.kind,
                        typed_text=text,
                        timings={"answer_s": 60 + 15 * n},
                    )
                )
            values = dict(zip(DIMENSIONS, c["scores"], strict=True))
            weights = tpl.dimension_weights
            overall = sum(values[d] * weights[d] for d in DIMENSIONS) / sum(weights[d] for d in DIMENSIONS)
            for dim, value in [*values.items(), ("overall", round(overall, 1))]:
                iv.scores.append(
                    DimensionScore(
                        dimension=dim,
                        final_score=float(value),
                        model_version="human",
                        evidence={"source": "demo data: score entered by HR, not by a model"},
                        overridden_by="demo",
                        overridden_at=when + timedelta(minutes=15),
                        override_reason="demo data",
                    )
                )
            repos.interviews.save(iv)
            repos.audit.record("demo", "save", "interview", iv.id, {"demo": True})
            counts["interviews"] += 1
        for module in DEMO_EXTENSIONS:
            ext = optional_module(module)
            if ext is None:
                continue
            ext.add_demo(repos)
    return counts
