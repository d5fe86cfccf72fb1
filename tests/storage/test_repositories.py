"""Storage on real SQLite and real PostgreSQL: round trips, Unicode, optimistic concurrency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from app.domain import (
    Answer,
    Candidate,
    Consent,
    DimensionScore,
    Interview,
    InterviewStatus,
    InterviewTemplate,
    MediaRef,
    Position,
    Question,
    QuestionKind,
    SourceChannel,
)
from app.storage.db import Database
from app.storage.errors import ConcurrentEditError
from app.storage.repositories import Repositories


def _seed(db: Database) -> tuple[Candidate, Position, InterviewTemplate]:
    c = Candidate(
        name="李雷 🧑‍💻",
        phone="+86 138 0000 0000",
        email="li.lei@example.com",
        source_channel=SourceChannel.REFERRAL,
        expected_monthly_salary=Decimal("9000.50"),
        consent=Consent(recording=True, ai_scoring=False, recorded_by="hr"),
    )
    p = Position(title="数据工程师", department="研发", required_skills=["SQL", "Python", "数据建模"])
    t = InterviewTemplate(
        name="模板",
        questions=[
            Question(prompt="介绍你自己", key_points=["经历", "技能"]),
            Question(prompt="压力情景", kind=QuestionKind.SITUATIONAL, dimension_weights={"stress_resistance": 1.0}),
        ],
    )
    with db.transaction() as s:
        r = Repositories(s)
        r.candidates.save(c.validated())
        r.positions.save(p.validated())
        r.templates.save(t.validated())
    return c, p, t


def test_every_entity_round_trips_with_chinese_and_emoji(database: Database) -> None:
    c, p, t = _seed(database)
    iv = Interview(candidate_id=c.id, position_id=p.id, template_id=t.id, interviewer="王老师",
                   status=InterviewStatus.SAVED, consent=c.consent)
    iv.answers.append(Answer(question_id=t.questions[0].id, position=0, question_prompt="介绍你自己",
                             typed_text="我叫李雷 😀" * 100, words=[{"word": "我", "start": 0.1, "end": 0.3}],
                             media=[MediaRef("video", "ab/abcd.mkv", 1234, "abcd" * 16, 12.5)],
                             timings={"answer_s": 42.0}))
    iv.scores.append(DimensionScore("skill_match", model_score=71.5, final_score=80.0, model_version="skill-1",
                                    evidence={"hit": ["经历"]}, override_reason="补充了证据", overridden_by="王老师"))
    with database.transaction() as s:
        Repositories(s).interviews.save(iv)
        Repositories(s).audit.record("王老师", "save", "interview", iv.id, {"answers": 1})
    with database.session() as s:
        r = Repositories(s)
        got_c = r.candidates.get(c.id)
        got_t = r.templates.get(t.id)
        got = r.interviews.get(iv.id)
        events = r.audit.for_record(iv.id)
    assert got_c is not None and got_c.name == "李雷 🧑‍💻"
    assert got_c.expected_monthly_salary == Decimal("9000.50")
    assert got_c.consent is not None and got_c.consent.ai_scoring is False
    assert got_t is not None and [q.kind for q in got_t.questions] == [QuestionKind.STRUCTURED, QuestionKind.SITUATIONAL]
    assert got is not None and got.answers[0].typed_text == "我叫李雷 😀" * 100
    assert got.answers[0].media[0].sha256 == "abcd" * 16
    assert got.score_of("skill_match") == 80.0 and got.scores[0].model_score == 71.5
    assert got.created_at.tzinfo is not None
    assert [e.action for e in events] == ["save"]


def test_two_clerks_saving_the_same_interview_second_is_refused(database: Database) -> None:
    c, p, t = _seed(database)
    iv = Interview(candidate_id=c.id, position_id=p.id, template_id=t.id)
    with database.transaction() as s:
        Repositories(s).interviews.save(iv)
    with database.session() as s:
        clerk_a = Repositories(s).interviews.get(iv.id)
    with database.session() as s:
        clerk_b = Repositories(s).interviews.get(iv.id)
    assert clerk_a is not None and clerk_b is not None
    clerk_a.notes = "A's notes"
    with database.transaction() as s:
        Repositories(s).interviews.save(clerk_a)
    clerk_b.notes = "B's notes"
    with pytest.raises(ConcurrentEditError), database.transaction() as s:
        Repositories(s).interviews.save(clerk_b)
    with database.session() as s:
        stored = Repositories(s).interviews.get(iv.id)
    assert stored is not None and stored.notes == "A's notes"


def test_template_version_moves_when_only_a_question_changes(database: Database) -> None:
    _, _, t = _seed(database)
    before = t.version
    t.questions[1].prompt = "新的情景题"
    with database.transaction() as s:
        Repositories(s).templates.save(t)
    assert t.version == before + 1


def test_duplicate_candidates_are_found_not_refused(database: Database) -> None:
    c, _, _ = _seed(database)
    twin = Candidate(name=c.name, phone=c.phone)
    with database.transaction() as s:
        r = Repositories(s)
        assert [d.id for d in r.candidates.find_duplicates(twin)] == [c.id]
        r.candidates.save(twin)
    with database.session() as s:
        assert Repositories(s).candidates.count() == 2


def test_sqlite_connections_are_configured_for_safety(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_salary_table_version_moves_when_only_its_bands_change(database: Database) -> None:
    from datetime import date

    from app.domain import SalaryBand, SalaryGradeTable

    table = SalaryGradeTable(name="研发", effective_from=date(2026, 1, 1), bands=[
        SalaryBand(80, 90, "中级工程师", Decimal(7000), Decimal(8000), Decimal(9000))])
    with database.transaction() as s:
        Repositories(s).salary_tables.save(table)
    first = table.version
    table.bands[0].salary_mid = Decimal(8500)
    with database.transaction() as s:
        Repositories(s).salary_tables.save(table)
    assert table.version == first + 1
    stale = SalaryGradeTable(name="研发", effective_from=date(2026, 1, 1), id=table.id, version=first)
    with pytest.raises(ConcurrentEditError), database.transaction() as s:
        Repositories(s).salary_tables.save(stale)
