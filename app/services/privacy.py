"""Erasing a candidate for privacy: the person, their interviews, answers, scores and recordings.

One transaction deletes every row that refers to the candidate, records the deletion in the privacy
deletion list (which travels with every backup and is re-applied after a restore, so a restore never
brings the person back), and blanks the personal details in the audit trail while keeping the fact
that an erasure happened, by whom and when. Recordings are removed from the media folder after the
commit; a file still named by another answer is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import select, update

from app.domain.validation import InvalidField, clean_text
from app.services.context import AppContext
from app.storage.repositories import Repositories
from app.storage.rows import AnswerRow, AuditEventRow, Base, InterviewRow


@dataclass
class Erasure:
    rows_deleted: int
    files_deleted: int  # recordings and unsaved drafts


def erase_candidate(ctx: AppContext, candidate_id: UUID, reason: str) -> Erasure:
    from backup.deletions import apply_deletions, record_privacy_deletion

    reason = clean_text(reason)
    if not reason:
        raise InvalidField("reason", "A reason for the erasure is required.", "Type why the data is erased (e.g. the candidate's request).")
    with ctx.db.transaction() as s:
        interview_ids = [str(i) for i in s.scalars(select(InterviewRow.id).where(InterviewRow.candidate_id == candidate_id))]
        record_ids = [str(candidate_id), *interview_ids]
        record_privacy_deletion(s, "candidate", candidate_id, ctx.actor, reason)
        rows, media = apply_deletions(
            s.connection(), Base.metadata,
            [{"record_type": "candidate", "record_id": str(candidate_id)}],
        )
        s.execute(
            update(AuditEventRow)
            .where(AuditEventRow.record_id.in_(record_ids))
            .values(details={"erased": "privacy deletion"})
        )
        Repositories(s).audit.record(
            ctx.actor, "privacy_erase", "candidate", candidate_id,
            {"reason": reason, "interviews": len(interview_ids), "rows": rows},
        )
        still_used = _media_still_referenced(s, media)
    removed = _erase_drafts(ctx, candidate_id)
    for relpath in sorted(media - still_used):
        path = _inside(ctx.paths.media_dir, relpath)
        if path is not None and path.exists():
            path.unlink()
            removed += 1
    return Erasure(rows, removed)


def _erase_drafts(ctx: AppContext, candidate_id: UUID) -> int:
    """Unsaved interview drafts of the person go too (they hold the name and the answers)."""
    from app.services.drafts import DraftJournal

    journal = DraftJournal(ctx.paths.drafts_dir)
    erased = 0
    for draft in journal.recoverable():
        if draft.interview.candidate_id == candidate_id:
            journal.remove(draft.interview.id)
            erased += 1
    return erased


def _media_still_referenced(session: object, media: set[str]) -> set[str]:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    if not media:
        return set()
    used: set[str] = set()
    for value in session.scalars(select(AnswerRow.media)):
        for ref in value or []:
            if isinstance(ref, dict) and ref.get("relpath") in media:
                used.add(str(ref["relpath"]))
    return used


def _inside(folder: Path, relpath: str) -> Path | None:
    """The file under the media folder, or None for a path that would leave it."""
    root = folder.resolve()
    path = (root / relpath).resolve()
    return path if path.is_relative_to(root) else None
