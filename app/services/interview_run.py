"""One interview while it runs: which question is shown, what was typed, and how long it took.

Plain Python (no Qt), so the interview window, the command line and the tests drive the same
rules. Every change bumps `revision`; the record is "modified" while `revision` differs from the
revision that was last saved, which is what the unsaved marker and the close protocol look at.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.domain import Answer, Consent, Interview, InterviewStatus, Question
from app.domain.clock import utc_now
from app.services.interview_record import copy_interview


class Phase(StrEnum):
    """Where the current question stands: reading it, answering it, or done with it."""

    PREPARING = "preparing"
    ANSWERING = "answering"
    STOPPED = "stopped"


@dataclass
class Clock:
    """Wall time for the record, a monotonic clock for durations; tests pass their own."""

    now: Callable[[], datetime] = utc_now
    monotonic: Callable[[], float] = time.monotonic


@dataclass
class RunPlace:
    """Where the clerk was: enough to put the window back exactly as it was after a crash."""

    index: int = 0
    phase: Phase = Phase.PREPARING
    ended: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class InterviewRun:
    def __init__(
        self,
        interview: Interview,
        questions: list[Question],
        *,
        candidate_name: str = "",
        position_title: str = "",
        place: RunPlace | None = None,
        clock: Clock | None = None,
        saved: bool = False,
    ) -> None:
        if len(questions) != len(interview.answers):
            raise ValueError("one answer per question is expected")
        self.interview = interview
        self.questions = questions
        self.candidate_name = candidate_name
        self.position_title = position_title
        self.place = place or RunPlace()
        self.clock = clock or Clock()
        self.revision = 0
        self.saved_revision = 0 if saved else -1
        self.base: Interview | None = None  # as last loaded or saved: the merge's common ancestor
        self._mark: float | None = None  # monotonic time of the last settle on the current question

    # ----- what the window shows -------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.place.index

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def question(self) -> Question:
        return self.questions[self.place.index]

    @property
    def answer(self) -> Answer:
        return self.interview.answers[self.place.index]

    @property
    def phase(self) -> Phase:
        return self.place.phase

    @property
    def modified(self) -> bool:
        return self.revision != self.saved_revision

    @property
    def ended(self) -> bool:
        return self.place.ended

    def empty_answers(self) -> list[int]:
        """Positions (1-based) of questions with no answer: allowed, but flagged to the clerk."""
        return [i + 1 for i, a in enumerate(self.interview.answers) if a.is_empty]

    def preparation_left_s(self) -> float:
        used = float(self.answer.timings.get("preparation_s", 0.0)) + self._running("preparation")
        return max(0.0, self.question.preparation_s - used)

    def answer_left_s(self) -> float:
        used = float(self.answer.timings.get("answer_s", 0.0)) + self._running("answer")
        return max(0.0, self.question.time_limit_s - used)

    # ----- what the clerk does ---------------------------------------------------------------
    def record_consent(self, *, recording: bool, ai_scoring: bool, by: str) -> None:
        self.interview.consent = Consent(
            recording=recording, ai_scoring=ai_scoring, recorded_at=self.clock.now(), recorded_by=by
        )
        self._changed()

    def begin(self) -> None:
        """The interview starts on its current question (the first one, or where a draft left it)."""
        if self.interview.started_at is None:
            self.interview.started_at = self.clock.now()
        if self.interview.status == InterviewStatus.DRAFT:
            self.interview.status = InterviewStatus.IN_PROGRESS
        self._enter()
        self._changed()

    def set_text(self, text: str) -> None:
        if text != self.answer.typed_text:
            self.answer.typed_text = text
            self._changed()

    def set_notes(self, text: str) -> None:
        if text != self.interview.notes:
            self.interview.notes = text
            self._changed()

    def resume(self) -> None:
        """Start the clocks again on a run restored from a draft (no new visit is counted)."""
        if not self.place.ended:
            self._mark = self.clock.monotonic()

    def start_answer(self) -> None:
        """Preparation is over (or a stopped answer goes on while answer time is left)."""
        if self.place.ended or self.place.phase == Phase.ANSWERING:
            return
        if self.place.phase == Phase.STOPPED and self.answer_left_s() <= 0:
            return
        self._settle()
        if self.place.phase == Phase.PREPARING:
            self._stamp("preparation_ended_at")
        self.place.phase = Phase.ANSWERING
        self._stamp("answer_started_at", first=True)
        self._changed()

    def stop_answer(self) -> None:
        if self.place.phase == Phase.ANSWERING:
            self._settle()
            self._stamp("answer_ended_at")
            self.place.phase = Phase.STOPPED
            self._changed()
        elif self.place.phase == Phase.PREPARING:
            self._settle()
            self._stamp("preparation_ended_at")
            self.place.phase = Phase.STOPPED
            self._changed()

    def go_to(self, index: int) -> None:
        if not 0 <= index < self.count or index == self.place.index:
            return
        self._leave()
        self.place.index = index
        self._enter()
        self._changed()

    def next(self) -> None:
        self.go_to(self.place.index + 1)

    def previous(self) -> None:
        self.go_to(self.place.index - 1)

    def end(self) -> None:
        if self.place.ended:
            return
        self._leave()
        self.place.ended = True
        self.interview.status = InterviewStatus.ENDED
        self.interview.ended_at = self.clock.now()
        self._changed()

    def settle(self) -> None:
        """Fold the time running on the current question into its timings (before a snapshot)."""
        self._settle()

    def mark_saved(self, saved: Interview, revision: int) -> None:
        """A save of the snapshot taken at `revision` succeeded: take over the stored versions."""
        self.interview.version = saved.version
        self.interview.status = saved.status if revision == self.revision else self.interview.status
        self.interview.saved_at = saved.saved_at
        for mine, stored in zip(self.interview.answers, saved.answers, strict=True):
            mine.version = stored.version
        stored_scores = {s.id: s.version for s in saved.scores}
        for sc in self.interview.scores:
            if sc.id in stored_scores:
                sc.version = stored_scores[sc.id]
        self.saved_revision = revision
        self.base = copy_interview(saved)

    # ----- timing ----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.revision += 1

    def _running(self, what: str) -> float:
        if self._mark is None or self.place.ended:
            return 0.0
        if what == "preparation" and self.place.phase != Phase.PREPARING:
            return 0.0
        if what == "answer" and self.place.phase != Phase.ANSWERING:
            return 0.0
        return self.clock.monotonic() - self._mark

    def _add(self, key: str, seconds: float) -> None:
        t = self.answer.timings
        t[key] = round(float(t.get(key, 0.0)) + seconds, 3)

    def _settle(self) -> None:
        if self._mark is None:
            return
        now = self.clock.monotonic()
        elapsed = max(0.0, now - self._mark)
        self._mark = now
        self._add("seconds_on_question", elapsed)
        if self.place.phase == Phase.PREPARING:
            self._add("preparation_s", elapsed)
        elif self.place.phase == Phase.ANSWERING:
            self._add("answer_s", elapsed)

    def _stamp(self, key: str, *, first: bool = False) -> None:
        if first and key in self.answer.timings:
            return
        self.answer.timings[key] = self.clock.now().isoformat()

    def _enter(self) -> None:
        t = self.answer.timings
        t["visits"] = int(t.get("visits", 0)) + 1
        if self.place.phase == Phase.PREPARING and float(t.get("answer_s", 0.0)) > 0:
            self.place.phase = Phase.STOPPED  # came back to an answered question: no second prep
        if self.place.phase == Phase.PREPARING:
            if self.question.preparation_s == 0 or self.preparation_left_s() <= 0:
                self.place.phase = Phase.ANSWERING
                self._stamp("answer_started_at", first=True)
            else:
                self._stamp("preparation_started_at", first=True)
        self._mark = self.clock.monotonic()

    def _leave(self) -> None:
        if self.place.phase == Phase.ANSWERING:
            self._settle()
            self._stamp("answer_ended_at")
        elif self.place.phase == Phase.PREPARING:
            self._settle()
            self._stamp("preparation_ended_at")
        else:
            self._settle()
        self._mark = None
        self.place.phase = Phase.PREPARING
