"""Candidates, positions and interview templates: list, validate, save, delete, with an audit trail."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from app.domain import Candidate, InterviewTemplate, Position
from app.errors import UserFacingError
from app.services.context import AppContext
from app.storage.repositories import Repositories


class InUseError(UserFacingError):
    pass


@dataclass
class SavedCandidate:
    candidate: Candidate
    possible_duplicates: list[Candidate] = field(default_factory=list)


class Catalog:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # candidates -------------------------------------------------------------------------
    def candidates(self, text: str = "") -> list[Candidate]:
        with self.ctx.db.session() as s:
            return Repositories(s).candidates.search(text)

    def candidate(self, candidate_id: UUID) -> Candidate | None:
        with self.ctx.db.session() as s:
            return Repositories(s).candidates.get(candidate_id)

    def save_candidate(self, c: Candidate) -> SavedCandidate:
        """Validate and save; a probable duplicate is reported back, never refused."""
        c.validated()
        new = c.version == 0
        with self.ctx.db.transaction() as s:
            repos = Repositories(s)
            duplicates = repos.candidates.find_duplicates(c) if new else []
            repos.candidates.save(c)
            repos.audit.record(
                self.ctx.actor, "create" if new else "update", "candidate", c.id, {"name": c.name}
            )
        return SavedCandidate(c, duplicates)

    def delete_candidate(self, c: Candidate) -> None:
        with self.ctx.db.transaction() as s:
            repos = Repositories(s)
            if repos.interviews.find(candidate_id=c.id):
                raise InUseError(
                    f"{c.name} has interviews, so the candidate cannot simply be deleted.",
                    "Use \"Erase candidate data…\" to erase the person with their interviews and recordings.",
                )
            repos.candidates.delete(c.id)
            repos.audit.record(self.ctx.actor, "delete", "candidate", c.id, {"name": c.name})

    # positions --------------------------------------------------------------------------
    def positions(self) -> list[Position]:
        with self.ctx.db.session() as s:
            return Repositories(s).positions.all()

    def save_position(self, p: Position) -> Position:
        p.validated()
        new = p.version == 0
        with self.ctx.db.transaction() as s:
            repos = Repositories(s)
            repos.positions.save(p)
            repos.audit.record(self.ctx.actor, "create" if new else "update", "position", p.id, {"title": p.title})
        return p

    def delete_position(self, p: Position) -> None:
        with self.ctx.db.transaction() as s:
            repos = Repositories(s)
            if repos.positions.is_used(p.id):
                raise InUseError(
                    f"Interviews for '{p.title}' exist, so the position cannot be deleted.",
                    "Keep it; rename it if it is no longer open.",
                )
            repos.positions.delete(p.id)
            repos.audit.record(self.ctx.actor, "delete", "position", p.id, {"title": p.title})

    # templates --------------------------------------------------------------------------
    def templates(self) -> list[InterviewTemplate]:
        with self.ctx.db.session() as s:
            return Repositories(s).templates.all()

    def save_template(self, t: InterviewTemplate) -> InterviewTemplate:
        t.validated()
        new = t.version == 0
        with self.ctx.db.transaction() as s:
            repos = Repositories(s)
            repos.templates.save(t)
            repos.audit.record(
                self.ctx.actor,
                "create" if new else "update",
                "template",
                t.id,
                {"name": t.name, "questions": len(t.questions)},
            )
        return t

    def delete_template(self, t: InterviewTemplate) -> None:
        with self.ctx.db.transaction() as s:
            repos = Repositories(s)
            if repos.templates.is_used(t.id):
                raise InUseError(
                    f"Interviews used the template '{t.name}', so it cannot be deleted.",
                    "Copy it to make a new version instead.",
                )
            repos.templates.delete(t.id)
            repos.audit.record(self.ctx.actor, "delete", "template", t.id, {"name": t.name})

    def is_empty(self) -> bool:
        with self.ctx.db.session() as s:
            repos = Repositories(s)
            return repos.candidates.count() == 0 and not repos.positions.all()
