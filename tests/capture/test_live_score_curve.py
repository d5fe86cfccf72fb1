"""The live score curve under the camera preview: fed from the real Vosk transcript of file-sourced
speech, scored by the real ONNX models off the UI thread, refreshed while the candidate speaks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.ui import settings_dialog
from app.ui.capture.install import install as install_capture
from app.ui.interview.install import install as install_interview
from app.ui.main_window import MainWindow
from app.ui.review.install import install as install_review
from app.ui.tasks import TaskManager
from tests.interview.gui_helpers import Clerk, accept, close_shell, make_context
from tests.interview.seed import seed


@pytest.fixture
def shell(qtbot: QtBot, sqlite_database, tmp_path: Path, camera_file: Path, candidate_speech: Path,  # type: ignore[no-untyped-def]
          korean_model_dir: Path) -> Iterator[tuple[MainWindow, object]]:
    ctx = make_context(sqlite_database, tmp_path / "data")
    ctx.settings.capture.camera = str(camera_file)
    ctx.settings.capture.microphone = f"file:{candidate_speech}"
    ctx.settings.speech.model_path = str(korean_model_dir)
    window = MainWindow(ctx, TaskManager())
    desk = install_interview(window, offer_recovery=False)
    install_review(window)
    install_capture(window)
    yield window, desk
    close_shell(window, desk)
    settings_dialog.PAGE_HOOKS.clear()


def _consent(recording: bool, ai: bool):  # type: ignore[no-untyped-def]
    def do(w) -> None:  # type: ignore[no-untyped-def]
        boxes = w.findChildren(QCheckBox)
        boxes[0].setChecked(recording)
        boxes[1].setChecked(ai)
        w.accept()
    return do


def test_curve_follows_what_is_said_while_answering(qtbot: QtBot, shell, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    window, desk = shell
    s = seed(sqlite_database, questions=2, preparation_s=5)
    clerk = Clerk()
    try:
        clerk.will(accept, _consent(recording=True, ai=True))
        window.candidates.start_interview_requested.emit(s.candidate_id)
        qtbot.waitUntil(lambda: clerk.done, timeout=5_000)
        [w] = desk.windows.values()
        qtbot.waitUntil(lambda: getattr(w, "live_curve", None) is not None, timeout=5_000)
        assert w.capture.wait_for_speech_model(60)
        qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.capture_panel.caption.text() != "", timeout=30_000)
        qtbot.waitUntil(lambda: w.live_curve.skill.count() >= 2, timeout=30_000)
        points = [w.live_curve.skill.at(i) for i in range(w.live_curve.skill.count())]
        assert all(0 <= p.y() <= 100 for p in points)
        assert points[-1].x() > points[0].x(), "the curve moves on with the answer"
        qtbot.mouseClick(w.stop_button, Qt.MouseButton.LeftButton)
    finally:
        clerk.stop()


def test_no_curve_without_consent_to_ai_scoring(qtbot: QtBot, shell, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    window, desk = shell
    s = seed(sqlite_database, questions=2, preparation_s=5)
    clerk = Clerk()
    try:
        clerk.will(accept, _consent(recording=True, ai=False))
        window.candidates.start_interview_requested.emit(s.candidate_id)
        qtbot.waitUntil(lambda: clerk.done, timeout=5_000)
        [w] = desk.windows.values()
        qtbot.wait(200)
        assert getattr(w, "live_curve", None) is None
        assert w.capture is not None  # recording still happens: only the AI aid is withheld
    finally:
        clerk.stop()
