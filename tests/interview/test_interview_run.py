"""The rules of a running interview: navigation, countdown bookkeeping, timings, modified mark."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from app.domain import Answer, Interview, InterviewStatus, Question
from app.services.drafts import parse_draft, snapshot
from app.services.interview_run import Clock, InterviewRun, Phase


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def tick(self, s: float) -> None:
        self.t += s

    def clock(self) -> Clock:
        return Clock(
            now=lambda: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=self.t),
            monotonic=lambda: self.t,
        )


def make_run(fc: FakeClock, n: int = 3, prep: int = 10) -> InterviewRun:
    qs = [Question(prompt=f"Q{i}", time_limit_s=60, preparation_s=prep) for i in range(n)]
    iv = Interview(
        candidate_id=uuid4(), position_id=uuid4(), template_id=uuid4(),
        answers=[Answer(question_id=q.id, position=i, question_prompt=q.prompt) for i, q in enumerate(qs)],
    )
    return InterviewRun(iv, qs, candidate_name="Li", clock=fc.clock())


def test_timings_follow_preparation_answer_and_navigation() -> None:
    fc = FakeClock()
    run = make_run(fc)
    assert run.modified  # never saved
    run.record_consent(recording=False, ai_scoring=False, by="clerk")
    run.begin()
    assert run.interview.status == InterviewStatus.IN_PROGRESS
    assert run.phase == Phase.PREPARING
    fc.tick(4)
    assert run.preparation_left_s() == 6
    run.start_answer()
    fc.tick(20)
    assert run.answer_left_s() == 40
    run.set_text("my answer")
    run.next()
    t0 = run.interview.answers[0].timings
    assert t0["preparation_s"] == 4 and t0["answer_s"] == 20 and t0["seconds_on_question"] == 24
    assert t0["visits"] == 1
    assert {"preparation_started_at", "preparation_ended_at", "answer_started_at", "answer_ended_at"} <= t0.keys()
    fc.tick(10)  # preparation runs out on question 2 while nobody clicks
    assert run.preparation_left_s() == 0
    run.previous()  # back to an answered question: no second preparation
    assert run.phase == Phase.STOPPED and run.index == 0
    assert run.interview.answers[0].timings["visits"] == 2
    run.start_answer()  # the answer goes on while time is left
    fc.tick(5)
    run.end()
    assert run.interview.answers[0].timings["answer_s"] == 25
    assert run.interview.status == InterviewStatus.ENDED
    assert run.empty_answers() == [2, 3]


def test_question_without_preparation_starts_answering_at_once() -> None:
    fc = FakeClock()
    run = make_run(fc, prep=0)
    run.begin()
    assert run.phase == Phase.ANSWERING


def test_modified_mark_follows_revisions() -> None:
    fc = FakeClock()
    run = make_run(fc)
    run.begin()
    rev = run.revision
    run.mark_saved(run.interview, rev)
    assert not run.modified
    run.set_text("x")
    assert run.modified
    run.set_text("x")  # the same text again is no change
    assert run.revision == rev + 1


def test_snapshot_restores_the_run_exactly() -> None:
    fc = FakeClock()
    run = make_run(fc)
    run.begin()
    run.start_answer()
    fc.tick(7.5)
    run.set_text("半句话 and a half")
    run.next()
    fc.tick(3)
    run.set_text("second")
    draft = parse_draft(__import__("pathlib").Path("x.json"), snapshot(run))
    again = draft.to_run(fc.clock())
    assert again.index == 1 and again.phase == Phase.PREPARING
    assert again.interview == run.interview
    assert again.questions == run.questions
    assert again.revision == run.revision and again.modified
    again.resume()
    fc.tick(2)
    assert again.preparation_left_s() == 5
