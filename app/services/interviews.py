"""Interviews as the clerk sees them: start one, save it whole, discard it, recover it, list them.

The save path is the careful one: check the disk first, write interview + answers + scores + audit
in ONE transaction, retry while the database is busy or away, and never drop the draft until the
database has the record.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy.orm.exc import StaleDataError

from app.domain import Answer, Interview, InterviewStatus, InterviewTemplate, Position
from app.domain.clock import utc_now
from app.domain.validation import clean_text
from app.errors import UserFacingError
from app.services.db_retry import DEFAULT_RETRY_FOR_S, with_retry
from app.services.disk_space import (
    MB,
    DiskSpaceError,
    SpaceNeed,
    SpaceProbe,
    check_space,
    free_bytes,
    volume_of,
)
from app.services.drafts import Draft, DraftJournal
from app.services.interview_merge import MergeResult, merge
from app.services.interview_record import copy_interview, interview_to_json
from app.services.interview_run import Clock, InterviewRun
from app.storage.db import Database
from app.storage.errors import ConcurrentEditError
from app.storage.repositories import Repositories

RECORD_TYPE = "interview"
RESERVE_BYTES = 2 * MB  # room kept free for the database's own journal and the next draft


class CannotStartInterview(UserFacingError):
    pass


@dataclass
class StartChoices:
    positions: list[Position]
    templates: list[InterviewTemplate]


@dataclass
class InterviewListItem:
    interview_id: UUID
    candidate_id: UUID
    candidate_name: str
    position_title: str
    round: int
    status: InterviewStatus
    when: datetime
    unsaved: bool
    in_database: bool
    draft: Draft | None = None


@dataclass
class SaveOutcome:
    interview: Interview  # as stored: the versions to take over
    audit: list[str] = field(default_factory=list)


class InterviewService:
    def __init__(
        self,
        db: Database,
        *,
        actor: str,
        drafts: DraftJournal,
        media_dir: Path | None = None,
        space_probe: SpaceProbe = free_bytes,
        retry_for_s: float = DEFAULT_RETRY_FOR_S,
        reserve_bytes: int = RESERVE_BYTES,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.db = db
        self.actor = actor
        self.drafts = drafts
        self.media_dir = media_dir
        self.space_probe = space_probe
        self.retry_for_s = retry_for_s
        self.reserve_bytes = reserve_bytes
        self.sleep = sleep

    # ----- starting -------------------------------------------------------------------------
    def start_choices(self) -> StartChoices:
        with self.db.session() as s:
            r = Repositories(s)
            return StartChoices(r.positions.all(), [t for t in r.templates.all() if t.questions])

    def start(
        self,
        candidate_id: UUID,
        position_id: UUID,
        template_id: UUID,
        round: int = 1,
        interviewer: str = "",
        clock: Clock | None = None,
    ) -> InterviewRun:
        with self.db.session() as s:
            r = Repositories(s)
            candidate = r.candidates.get(candidate_id)
            position = r.positions.get(position_id)
            template = r.templates.get(template_id)
        if candidate is None or position is None or template is None:
            raise CannotStartInterview(
                "The candidate, position or template was deleted meanwhile.",
                "Refresh the list and choose again.",
            )
        if not template.questions:
            raise CannotStartInterview(
                f"The template '{template.name}' has no questions.",
                "Add questions to it under Templates, or choose another template.",
            )
        interview = Interview(
            candidate_id=candidate_id,
            position_id=position_id,
            template_id=template_id,
            round=max(1, round),
            interviewer=interviewer or self.actor,
            answers=[
                Answer(question_id=q.id, position=i, question_prompt=q.prompt, question_kind=q.kind)
                for i, q in enumerate(template.questions)
            ],
        )
        return InterviewRun(
            interview, list(template.questions), candidate_name=candidate.name,
            position_title=position.title, clock=clock,
        )

    def open_saved(self, interview_id: UUID) -> InterviewRun | None:
        """A stored interview, to read or correct it; its questions come from the answers."""
        from app.domain import Question

        with self.db.session() as s:
            r = Repositories(s)
            iv = r.interviews.get(interview_id)
            if iv is None:
                return None
            candidate = r.candidates.get(iv.candidate_id)
            position = r.positions.get(iv.position_id)
            template = r.templates.get(iv.template_id)
        by_id = {q.id: q for q in template.questions} if template else {}
        questions = [
            by_id.get(a.question_id)
            or Question(id=a.question_id, prompt=a.question_prompt, kind=a.question_kind)
            for a in iv.answers
        ]
        run = InterviewRun(
            iv, questions, candidate_name=candidate.name if candidate else "",
            position_title=position.title if position else "", saved=True,
        )
        run.place.ended = iv.status in (InterviewStatus.ENDED, InterviewStatus.SAVED)
        run.base = copy_interview(iv)
        return run

    # ----- saving ---------------------------------------------------------------------------
    def prepare(self, run: InterviewRun) -> tuple[Interview, int]:
        """The copy a save works on (taken where the clerk types), and the revision it shows."""
        run.settle()
        iv = copy_interview(run.interview)
        for a in iv.answers:
            a.typed_text = clean_text(a.typed_text)
        return iv, run.revision

    def space_needs(self, iv: Interview) -> list[SpaceNeed]:
        size = len(json.dumps(interview_to_json(iv), ensure_ascii=False).encode("utf-8"))
        needs = [SpaceNeed(self.drafts.folder, size + self.reserve_bytes // 2, "draft")]
        path = self.db.sqlite_path
        if path is not None:  # a server's disk is the server's business; it reports its own
            needs.append(SpaceNeed(path.parent, 4 * size + self.reserve_bytes, "database"))
        if self.media_dir is not None:
            missing = sum(
                m.size for a in iv.answers for m in a.media if not (self.media_dir / m.relpath).exists()
            )
            needs.append(SpaceNeed(self.media_dir, missing + self.reserve_bytes // 2, "media"))
        return needs

    def _disk_full(self) -> DiskSpaceError:
        # The database itself hit the end of the disk: report what is really free there now.
        path = self.db.sqlite_path or self.drafts.folder
        return DiskSpaceError(self.reserve_bytes, free_bytes(path.parent), volume_of(path.parent))

    def save(
        self,
        iv: Interview,
        *,
        pending_audit: list[dict[str, Any]] | None = None,
        audit_details: dict[str, Any] | None = None,
    ) -> SaveOutcome:
        """Store the whole interview in one transaction (safe to call off the UI thread)."""
        record = copy_interview(iv)
        record.status = InterviewStatus.SAVED
        record.saved_at = utc_now()
        record.ended_at = record.ended_at or record.saved_at
        check_space(self.space_needs(record), self.space_probe)
        details = {
            "answers": len(record.answers),
            "empty_answers": [a.position + 1 for a in record.answers if a.is_empty],
            "version_before": iv.version,
            **(audit_details or {}),
        }

        def attempt() -> SaveOutcome:
            work = copy_interview(record)  # a failed attempt may have bumped versions in memory
            try:
                return write(work)
            except StaleDataError as exc:  # the other clerk's UPDATE landed between check and write
                raise ConcurrentEditError("This interview") from exc

        def write(work: Interview) -> SaveOutcome:
            with self.db.transaction() as s:
                r = Repositories(s)
                stored = r.interviews.save(work)
                for ev in pending_audit or []:
                    r.audit.record(ev["actor"], ev["action"], RECORD_TYPE, ev["record_id"], ev["details"])
                r.audit.record(self.actor, "save", RECORD_TYPE, stored.id, details)
            return SaveOutcome(stored, [e["action"] for e in pending_audit or []] + ["save"])

        return with_retry(
            attempt, retry_for_s=self.retry_for_s, sleep=self.sleep, on_disk_full=self._disk_full
        )

    def reload_and_merge(self, base: Interview | None, mine: Interview) -> MergeResult:
        """After ConcurrentEditError: their stored version with my changes on top (see merge)."""
        with self.db.session() as s:
            theirs = Repositories(s).interviews.get(mine.id)
        if theirs is None:
            fresh = copy_interview(mine)
            fresh.version = 0  # deleted meanwhile: saving again stores mine as a new record
            return MergeResult(merged=fresh, theirs=fresh)
        return merge(base, mine, theirs)

    def record_merge(self, result: MergeResult) -> dict[str, Any]:
        """Audit details for the save of a merged record: what was theirs where both changed."""
        return {
            "merged_over_version": result.theirs.version,
            "conflicts": [{"where": c.where, "theirs": repr(c.theirs)[:2000]} for c in result.conflicts],
        }

    # ----- discarding and recovering --------------------------------------------------------
    def audit_now(self, action: str, interview_id: UUID, details: dict[str, Any]) -> None:
        def attempt() -> None:
            with self.db.transaction() as s:
                Repositories(s).audit.record(self.actor, action, RECORD_TYPE, interview_id, details)

        with_retry(attempt, retry_for_s=self.retry_for_s, sleep=self.sleep, on_disk_full=self._disk_full)

    def discard(self, interview: Interview, candidate_name: str = "") -> None:
        """Drop the unsaved changes (the stored record, if any, stays): audited, then the draft goes."""
        self.audit_now(
            "discard", interview.id,
            {"candidate": candidate_name, "stored_version": interview.version,
             "answers_typed": sum(1 for a in interview.answers if not a.is_empty)},
        )
        self.drafts.remove(interview.id)

    def recover(self, draft: Draft) -> tuple[InterviewRun, list[dict[str, Any]]]:
        """The run of a draft, and audit events still to write (if the database was away now)."""
        run = draft.to_run()
        details = {"candidate": draft.candidate_name, "draft_written_at": draft.written_at.isoformat()}
        event = {"actor": self.actor, "action": "recover", "record_id": str(draft.interview_id),
                 "details": details}
        pending = list(draft.pending_audit)
        try:
            self.audit_now("recover", draft.interview_id, details)
        except Exception:  # database away, busy or full: the recovery itself must still happen
            pending.append(event)  # written with the next save
        return run, pending

    def drafts_to_offer(self) -> list[Draft]:
        """Drafts worth recovering; a draft whose record was saved just before a crash is removed."""
        offer = []
        for d in self.drafts.recoverable():
            try:
                with self.db.session() as s:
                    stored = Repositories(s).interviews.get(d.interview_id)
            except Exception:  # database away: offer every draft, decide nothing
                stored = None
            if stored is not None and already_saved(stored, d.interview):
                self.drafts.remove(d.interview_id)
                continue
            offer.append(d)
        return offer

    # ----- listing --------------------------------------------------------------------------
    def list_interviews(self, candidate_id: UUID | None = None) -> list[InterviewListItem]:
        """Stored interviews and drafts together; a draft marks its record as unsaved."""
        drafts = {d.interview_id: d for d in self.drafts.recoverable()}
        items: list[InterviewListItem] = []
        with self.db.session() as s:
            r = Repositories(s)
            titles = {p.id: p.title for p in r.positions.all()}
            names: dict[UUID, str] = {}

            def name_of(cid: UUID) -> str:
                if cid not in names:
                    c = r.candidates.get(cid)
                    names[cid] = c.name if c else "?"
                return names[cid]

            for iv in r.interviews.find(candidate_id=candidate_id):
                d = drafts.pop(iv.id, None)
                items.append(InterviewListItem(
                    iv.id, iv.candidate_id, name_of(iv.candidate_id), titles.get(iv.position_id, "?"),
                    iv.round, iv.status, iv.saved_at or iv.created_at, unsaved=d is not None,
                    in_database=True, draft=d,
                ))
        for d in drafts.values():
            iv = d.interview
            if candidate_id is not None and iv.candidate_id != candidate_id:
                continue
            items.append(InterviewListItem(
                iv.id, iv.candidate_id, d.candidate_name, d.position_title, iv.round, iv.status,
                d.written_at, unsaved=True, in_database=False, draft=d,
            ))
        items.sort(key=lambda i: i.when, reverse=True)
        return items


def already_saved(stored: Interview, draft: Interview) -> bool:
    """True when the database already holds everything the draft has (saved, then crashed)."""
    if stored.version <= draft.version:
        return False
    pairs = zip(stored.answers, draft.answers, strict=False)
    same = all(
        clean_text(d.typed_text) == s.typed_text and d.transcript == s.transcript for s, d in pairs
    )
    return same and len(stored.answers) == len(draft.answers) and stored.notes == draft.notes
