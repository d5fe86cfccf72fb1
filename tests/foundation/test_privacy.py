"""Erasing a candidate for privacy removes every trace, on SQLite and PostgreSQL, and is listed for restores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import Answer, Candidate, MediaRef
from app.domain.validation import InvalidField
from app.services.catalog import Catalog
from app.services.context import AppContext, make_context
from app.services.demo import add_demo_data
from app.services.privacy import erase_candidate
from app.services.startup import open_database
from app.storage.backup_rows import PrivacyDeletionRow
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.storage.rows import AuditEventRow


@pytest.fixture
def ctx(tmp_path: Path, db_url: str) -> Iterator[AppContext]:
    context = make_context(data_dir=tmp_path)
    context.db.dispose()
    context.db = Database(db_url)
    open_database(context)
    add_demo_data(context)
    yield context
    context.close()


def test_erasure_removes_rows_media_and_personal_audit_details(ctx: AppContext) -> None:
    wang = next(c for c in Catalog(ctx).candidates() if c.name == "王小明")
    media_file = ctx.paths.media_dir / "ab" / "abcdef.mkv"
    media_file.parent.mkdir(parents=True)
    media_file.write_bytes(b"video")
    with ctx.db.transaction() as s:
        r = Repositories(s)
        iv = r.interviews.find(candidate_id=wang.id, with_children=True)[0]
        iv.answers.append(Answer(question_id=iv.answers[0].question_id, position=9,
                                 media=[MediaRef("video", "ab/abcdef.mkv", 5, "ab" * 32)]))
        r.interviews.save(iv)
    with pytest.raises(InvalidField):
        erase_candidate(ctx, wang.id, "  ")
    result = erase_candidate(ctx, wang.id, "the candidate asked for erasure")
    assert result.rows_deleted >= 1 + 1 + 5  # candidate, interview, answers (+ scores)
    assert result.files_deleted == 1 and not media_file.exists()
    assert all(c.name != "王小明" for c in Catalog(ctx).candidates())
    with ctx.db.session() as s:
        assert Repositories(s).interviews.find(candidate_id=wang.id) == []
        listed = s.scalars(select(PrivacyDeletionRow.record_id)).all()
        assert str(wang.id) in listed
        details = [e.details for e in s.scalars(select(AuditEventRow).where(AuditEventRow.record_id == str(wang.id)))]
    assert any(d.get("reason") == "the candidate asked for erasure" for d in details)
    assert not any("王小明" in str(d) for d in details), "no personal data left in the audit trail"


def test_plain_delete_of_a_candidate_with_interviews_points_to_erasure(ctx: AppContext) -> None:
    wang = next(c for c in Catalog(ctx).candidates() if c.name == "王小明")
    with pytest.raises(Exception) as info:
        Catalog(ctx).delete_candidate(wang)
    assert "Erase candidate data" in str(info.value)
    fresh = Catalog(ctx).save_candidate(Candidate(name="No interviews")).candidate
    Catalog(ctx).delete_candidate(fresh)
    assert all(c.id != fresh.id for c in Catalog(ctx).candidates())



def test_erasure_also_removes_the_persons_unsaved_drafts(ctx: AppContext) -> None:
    from app.services.drafts import DraftJournal, DraftKeeper, DraftWriter
    from app.services.interviews import InterviewService

    journal = DraftJournal(ctx.paths.drafts_dir)
    service = InterviewService(ctx.db, actor="clerk", drafts=journal, media_dir=ctx.paths.media_dir)
    catalog = Catalog(ctx)
    zhao = next(c for c in catalog.candidates() if c.name == "赵敏")
    other = next(c for c in catalog.candidates() if c.name == "Tom Li")
    position, template = catalog.positions()[0], catalog.templates()[0]
    for person in (zhao, other):
        run = service.start(person.id, position.id, template.id)
        run.record_consent(recording=False, ai_scoring=False, by="clerk")
        run.begin()
        run.start_answer()
        run.set_text(f"{person.name} 的回答")
        writer = DraftWriter(journal)
        DraftKeeper(run, writer).journal()
        writer.close()
    assert len(journal.recoverable()) == 2
    erase_candidate(ctx, zhao.id, "erasure request")
    left = journal.recoverable()
    assert [d.interview.candidate_id for d in left] == [other.id]
