"""The reviewer's timeline of camera observations, painted from a real face-observer run."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
from pytestqt.qtbot import QtBot

from app.capture.observations import FaceObserver
from app.domain import Answer, Interview, MediaRef
from app.ui.capture.observation_timeline import COLOURS, ObservationsPanel
from tests.capture.synthetic_media import face_frame


def _observed() -> dict[str, object]:
    observer = FaceObserver()
    for i in range(30):  # 2 s with the face
        observer.observe(face_frame(i, 30), i / 15)
    for i in range(30, 45):  # 1 s of an empty room
        observer.observe(np.full((480, 640, 3), 90, np.uint8), i / 15)
    return observer.finish(5.0)  # then 2 s without pictures


def test_the_timeline_shows_face_empty_room_and_no_picture(qtbot: QtBot, tmp_path: Path) -> None:
    media = MediaRef(kind="video", relpath="ab/" + "ab" * 32 + ".mkv", size=1, sha256="ab" * 32, duration_s=5)
    interview = Interview(candidate_id=uuid.uuid4(), position_id=uuid.uuid4(), template_id=uuid.uuid4(), answers=[
        Answer(question_id=uuid.uuid4(), position=0, question_prompt="Team?", observations=_observed(),
               media=[media]),
        Answer(question_id=uuid.uuid4(), position=1, question_prompt="Customer?")])
    panel = ObservationsPanel(tmp_path / "media")
    qtbot.addWidget(panel)
    panel.show_interview(interview)
    panel.resize(600, 300)
    panel.show()
    timeline = panel.timelines[0]
    timeline.resize(500, 22)
    image = timeline.grab().toImage()
    y = 15
    assert image.pixelColor(10, y) == COLOURS["one_face"]            # 0-2 s
    assert image.pixelColor(260, y) == COLOURS["no_face"]            # 2.6 s: the empty room
    assert image.pixelColor(490, y) == COLOURS["no_video"]           # 4.9 s: no pictures at all
    assert panel.play_buttons[0].isEnabled() and not panel.play_buttons[1].isEnabled()
    assert panel.timelines[1].end == 0.0


def test_the_review_screen_shows_the_observations_of_the_interview_it_loads(
        qtbot: QtBot, tmp_path: Path, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    from app.domain import Candidate, InterviewTemplate, Position, Question
    from app.storage.repositories import Repositories
    from app.ui.capture.observation_timeline import attach_to_review
    from app.ui.review.controller import ReviewController
    from app.ui.review.review_window import ReviewWindow
    from app.ui.tasks import TaskManager

    q = Question(prompt="Team?")
    with sqlite_database.transaction() as s:
        r = Repositories(s)
        c = r.candidates.save(Candidate(name="张伟"))
        p = r.positions.save(Position(title="Sales"))
        t = r.templates.save(InterviewTemplate(name="T", questions=[q]))
        iv = r.interviews.save(Interview(candidate_id=c.id, position_id=p.id, template_id=t.id, answers=[
            Answer(question_id=q.id, position=0, question_prompt=q.prompt, observations=_observed())]))
    window = ReviewWindow()
    qtbot.addWidget(window)
    tasks = TaskManager(window)  # owned by the window, so its jobs never outlive it
    controller = ReviewController(window, sqlite_database, tasks, "HR", parent=window)
    panel = attach_to_review(window, controller, tmp_path / "media")
    with qtbot.waitSignal(controller.loaded, timeout=10_000):
        controller.load(iv.id)
    assert len(panel.timelines) == 1 and panel.timelines[0].end == 5.0
    tasks.wait_all(5000)
    qtbot.wait(50)  # let the finished job be deleted while its manager exists
