"""Saving, discarding and recovering interviews on the real SQLite and the real PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain import DimensionScore, InterviewStatus
from app.services.drafts import DraftKeeper, DraftWriter
from app.services.interviews import InterviewService
from app.storage.db import Database
from app.storage.errors import ConcurrentEditError
from app.storage.repositories import Repositories
from app.storage.rows import AnswerRow, InterviewRow
from tests.interview.seed import Seeded

LONG = ("面试回答" * 5000)[:20_000]


def run_interview(service: InterviewService, seeded: Seeded, texts: list[str]):
    run = service.start(seeded.candidate_id, seeded.position_id, seeded.template_id, round=2)
    run.record_consent(recording=False, ai_scoring=False, by="clerk-a")
    run.begin()
    for i, text in enumerate(texts):
        run.go_to(i)
        run.start_answer()
        run.set_text(text)
    run.end()
    return run


def audit_actions(db: Database, interview_id) -> list[str]:
    with db.session() as s:
        return [e.action for e in Repositories(s).audit.for_record(interview_id)]


def test_save_writes_the_whole_record_and_audits_it(service, seeded, database) -> None:
    run = run_interview(service, seeded, ["a", "", LONG, "\x01rich\x0b text\u00a0"])
    run.interview.scores.append(DimensionScore(dimension="overall", final_score=71.0))
    iv, rev = service.prepare(run)
    out = service.save(iv)
    run.mark_saved(out.interview, rev)
    assert not run.modified and run.interview.status == InterviewStatus.SAVED
    with database.session() as s:
        stored = Repositories(s).interviews.get(run.interview.id)
    assert stored is not None and stored.status == InterviewStatus.SAVED
    assert [a.typed_text for a in stored.answers] == ["a", "", LONG, "rich text\u00a0".strip()]
    assert len(stored.answers[2].typed_text) == 20_000
    assert stored.consent is not None and stored.consent.ai_scoring is False
    assert stored.answers[0].timings["visits"] >= 1 and "answer_s" in stored.answers[0].timings
    assert stored.round == 2 and stored.overall_score() == 71.0
    assert audit_actions(database, run.interview.id) == ["save"]
    # A second save of the same window moves the version, no ConcurrentEditError.
    run.set_text("changed")
    iv, rev = service.prepare(run)
    run.mark_saved(service.save(iv).interview, rev)
    assert audit_actions(database, run.interview.id) == ["save", "save"]


def test_two_clerks_on_one_record_are_refused_then_merged(service, seeded, database, journal) -> None:
    run = run_interview(service, seeded, ["one", "two", "three", "four"])
    iv, rev = service.prepare(run)
    run.mark_saved(service.save(iv).interview, rev)
    other = InterviewService(database, actor="clerk-b", drafts=journal)
    theirs = other.open_saved(run.interview.id)
    assert theirs is not None
    theirs.go_to(1)
    theirs.set_text("two, corrected by B")
    theirs.set_notes("B's note")
    iv_b, rev_b = other.prepare(theirs)
    theirs.mark_saved(other.save(iv_b).interview, rev_b)
    # Clerk A still has the old version open and changes answer 1 and answer 2.
    run.go_to(0)
    run.set_text("one, corrected by A")
    run.go_to(1)
    run.set_text("two, corrected by A")
    mine, _ = service.prepare(run)
    with pytest.raises(ConcurrentEditError) as err:
        service.save(mine)
    assert "changed by someone else" in str(err.value)
    with database.session() as s:  # nothing of A's was written
        assert Repositories(s).interviews.get(run.interview.id).answers[0].typed_text == "one"
    result = service.reload_and_merge(run.base, mine)
    assert [c.where for c in result.conflicts] == ["answer 2 (typed text)"]
    assert result.merged.notes == "B's note"
    assert result.merged.answers[0].typed_text == "one, corrected by A"
    out = service.save(result.merged, audit_details=service.record_merge(result))
    assert out.interview.version == result.theirs.version + 1
    with database.session() as s:
        events = Repositories(s).audit.for_record(run.interview.id)
    assert "two, corrected by B" in str(events[-1].details["conflicts"])


def test_discard_and_recover_are_audited_and_drafts_go_after_save(service, seeded, database, journal) -> None:
    writer = DraftWriter(journal)
    try:
        run = run_interview(service, seeded, ["draft text"])
        keeper = DraftKeeper(run, writer)
        assert keeper.journal() and not keeper.journal()  # nothing new: no second write
        writer.flush()
        [draft] = service.drafts_to_offer()
        assert draft.candidate_name == seeded.candidate_name
        recovered, pending = service.recover(draft)
        assert pending == []
        assert recovered.interview == run.interview
        assert service.list_interviews()[0].unsaved
        iv, rev = service.prepare(recovered)
        recovered.mark_saved(service.save(iv).interview, rev)
        # The crash came right after the commit: the draft is still on disk but already saved.
        assert journal.exists(run.interview.id)
        assert service.drafts_to_offer() == []
        assert not journal.exists(run.interview.id)
        [item] = service.list_interviews()
        assert not item.unsaved and item.status == InterviewStatus.SAVED
        other = run_interview(service, seeded, ["to be thrown away"])
        DraftKeeper(other, writer).journal()
        writer.flush()
        service.discard(other.interview, other.candidate_name)
        assert not journal.exists(other.interview.id)
        assert audit_actions(database, run.interview.id) == ["recover", "save"]
        assert audit_actions(database, other.interview.id) == ["discard"]
    finally:
        writer.close()


def test_recover_while_database_is_away_keeps_the_audit_event_for_the_save(seeded, database, journal, tmp_path) -> None:
    good = InterviewService(database, actor="clerk-a", drafts=journal)
    run = run_interview(good, seeded, ["x"])
    writer = DraftWriter(journal)
    DraftKeeper(run, writer).journal()
    writer.close()
    away = Database("sqlite:///" + str(tmp_path / "missing-dir" / "no.sqlite3"))
    broken = InterviewService(away, actor="clerk-a", drafts=journal, retry_for_s=0.2)
    [draft] = broken.drafts_to_offer()
    recovered, pending = broken.recover(draft)
    assert [p["action"] for p in pending] == ["recover"]
    iv, _ = good.prepare(recovered)
    out = good.save(iv, pending_audit=pending)
    assert out.audit == ["recover", "save"]
    assert audit_actions(database, run.interview.id) == ["recover", "save"]


def test_a_failed_save_leaves_no_partial_record(service, seeded, database) -> None:
    run = run_interview(service, seeded, ["a", "b"])
    iv, _ = service.prepare(run)
    iv.answers[1].question_kind = "not-a-kind"  # type: ignore[assignment]
    iv.answers[1].typed_text = None  # type: ignore[assignment]  # NOT NULL: the insert fails late
    with pytest.raises(Exception):  # noqa: B017
        service.save(iv)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(InterviewRow)) == 0
        assert s.scalar(select(func.count()).select_from(AnswerRow)) == 0
