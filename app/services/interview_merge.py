"""Two clerks, one record: put my changes on top of the version someone else saved meanwhile.

A three-way merge per field against the version I started from (`base`): a field only I changed
takes my value, a field only they changed keeps theirs, and a field both changed differently is a
conflict. In a conflict my value is used (I am the one saving, and I am shown the list) and theirs
is returned so it goes into the audit log: nothing is overwritten silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain import Interview
from app.services.interview_record import copy_interview

TEXT_FIELDS = ("typed_text", "transcript")


@dataclass
class Conflict:
    where: str  # "notes", "answer 2", "score communication"
    mine: Any
    theirs: Any


@dataclass
class MergeResult:
    merged: Interview
    theirs: Interview
    conflicts: list[Conflict] = field(default_factory=list)
    taken_from_me: list[str] = field(default_factory=list)


def _pick(where: str, base: Any, mine: Any, theirs: Any, result: MergeResult) -> Any:
    if mine in (theirs, base):
        return theirs
    if theirs == base:
        result.taken_from_me.append(where)
        return mine
    result.conflicts.append(Conflict(where, mine, theirs))
    return mine


def merge(base: Interview | None, mine: Interview, theirs: Interview) -> MergeResult:
    """`mine` re-based on `theirs` (version and all): ready to save without ConcurrentEditError."""
    merged = copy_interview(theirs)
    result = MergeResult(merged=merged, theirs=theirs)
    base = base or copy_interview(theirs)
    merged.notes = _pick("notes", base.notes, mine.notes, theirs.notes, result)
    if mine.consent != base.consent:
        merged.consent = _pick("consent", base.consent, mine.consent, theirs.consent, result)
    base_answers = {a.id: a for a in base.answers}
    their_answers = {a.id: a for a in merged.answers}
    for a in mine.answers:
        target = their_answers.get(a.id)
        if target is None:
            continue  # they cannot remove answers; the template fixed the questions
        b = base_answers.get(a.id, target)
        for name in TEXT_FIELDS:
            value = _pick(
                f"answer {a.position + 1} ({name.replace('_', ' ')})",
                getattr(b, name), getattr(a, name), getattr(target, name), result,
            )
            setattr(target, name, value)
        if a.timings != b.timings:
            target.timings = {**target.timings, **a.timings}
    base_scores = {s.id: s for s in base.scores}
    their_scores = {s.id: s for s in merged.scores}
    for s in mine.scores:
        score = their_scores.get(s.id)
        if score is None:
            if s.id not in base_scores:
                merged.scores.append(s)  # a score only I added
            continue
        bs = base_scores.get(s.id, score)
        group = ("final_score", "override_reason", "overridden_by", "overridden_at")
        mine_v = tuple(getattr(s, n) for n in group)
        value = _pick(
            f"score {s.dimension}", tuple(getattr(bs, n) for n in group), mine_v,
            tuple(getattr(score, n) for n in group), result,
        )
        for n, v in zip(group, value, strict=True):
            setattr(score, n, v)
    merged.status = mine.status
    merged.saved_at = mine.saved_at
    merged.ended_at = mine.ended_at or theirs.ended_at
    return result
