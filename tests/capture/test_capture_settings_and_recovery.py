"""Settings > Speech model and start-up recovery, through the real main window (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile as sf
from pytestqt.qtbot import QtBot

from app.capture.recorder import AnswerRecorder
from app.capture.recording_folder import recordings_dir
from app.capture.recovered_media import take_recovered
from app.services.context import AppContext, make_context
from app.services.startup import open_database
from app.ui import settings_dialog
from app.ui.capture.install import install
from app.ui.main_window import MainWindow
from tests.capture.synthetic_media import face_frame, tone_wav


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(None, tmp_path / "data")
    open_database(context)
    yield context
    context.close()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    yield win
    win.tasks.wait_all(10000)
    settings_dialog.PAGE_HOOKS.clear()


def test_install_a_speech_model_from_the_settings_page(qtbot: QtBot, window: MainWindow,
                                                       korean_model_dir: Path) -> None:
    install(window)
    dialog = settings_dialog.SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Speech model" in titles
    page = dialog.speech_model_page  # type: ignore[attr-defined]
    assert "not be transcribed" in page.status.text()
    page.install(korean_model_dir)
    assert not page.zip_button.isEnabled()
    qtbot.waitUntil(page.zip_button.isEnabled, timeout=60000)
    assert "Speech model in use: model (16000 Hz)" in page.status.text()
    assert dialog.read().speech.model_path == str(window.ctx.paths.models_dir / "speech" / "model")


def test_a_folder_that_is_not_a_model_is_refused_on_the_page(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    install(window)
    dialog = settings_dialog.SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    page = dialog.speech_model_page  # type: ignore[attr-defined]
    (tmp_path / "photos").mkdir()
    page.install(tmp_path / "photos")
    qtbot.waitUntil(page.zip_button.isEnabled, timeout=10000)
    assert "is not a Vosk speech model" in page.status.text()
    assert dialog.read().speech.model_path == ""


def test_recordings_cut_off_by_a_crash_are_recovered_at_start(qtbot: QtBot, ctx: AppContext,
                                                             tmp_path: Path) -> None:
    recorder = AnswerRecorder(recordings_dir(ctx.paths),
                              labels={"interview_id": "i-1", "question_id": "q-1"})
    for i in range(20):
        recorder.add_frame(face_frame(i, 20))
    pcm, _ = sf.read(str(tone_wav(tmp_path / "t.wav", 1.5)), dtype="int16")
    recorder.add_audio(pcm.tobytes())
    recorder.stop()
    recorder.folder.info["pid_started"] = 1.0  # the app that recorded it is gone
    recorder.folder.save()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    install(win)
    qtbot.waitUntil(lambda: "recovered" in win.statusBar().currentMessage(), timeout=20000)
    [(labels, media)] = take_recovered(recordings_dir(ctx.paths), interview_id="i-1")
    assert labels["question_id"] == "q-1" and media.kind == "video"
    assert (ctx.paths.media_dir / media.relpath).stat().st_size == media.size
    assert take_recovered(recordings_dir(ctx.paths), interview_id="i-1") == []
    settings_dialog.PAGE_HOOKS.clear()
