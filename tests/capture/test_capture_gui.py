"""A recorded answer driven with file sources through the real capture panel (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import av
import pytest
import soundfile as sf
from pytestqt.qtbot import QtBot

from app.capture.answer_capture import AnswerCapture, CaptureSetup
from app.domain import Question
from app.ui.capture.panel import CapturePanel
from tests.capture.stream_server import dropping_camera
from tests.capture.synthetic_media import face_video


def _setup(tmp_path: Path, camera: str, microphone: str, model: str) -> CaptureSetup:
    return CaptureSetup(camera=camera, microphone=microphone, speech_model=model,
                        models_dirs=(tmp_path / "models",), recordings_dir=tmp_path / "drafts" / "recordings",
                        media_dir=tmp_path / "media")


@pytest.fixture
def panel_for(qtbot: QtBot):  # type: ignore[no-untyped-def]
    made: list[AnswerCapture] = []

    def make(setup: CaptureSetup) -> CapturePanel:
        capture = AnswerCapture(setup)
        made.append(capture)
        panel = CapturePanel(capture)
        qtbot.addWidget(panel)
        panel.resize(480, 480)
        panel.show()
        return panel

    yield make
    for capture in made:
        capture.close()


def test_a_recorded_answer_with_preview_captions_and_a_playable_file(
        tmp_path: Path, qtbot: QtBot, panel_for, camera_file: Path, candidate_speech: Path,  # type: ignore[no-untyped-def]
        korean_model_dir: Path) -> None:
    panel = panel_for(_setup(tmp_path, str(camera_file), f"file:{candidate_speech}", str(korean_model_dir)))
    capture = panel.capture
    with qtbot.waitSignal(capture.speechReady, timeout=30000):
        capture.open_devices()
    question = Question(prompt="Tell us about a team you led.")
    capture.start_answer(question)
    qtbot.waitUntil(lambda: panel.frames_shown >= 30 and panel.caption.text() != "", timeout=20000)
    qtbot.wait(6500)  # the candidate finishes speaking (the file lasts ~6.3 s)
    result = capture.stop_answer()
    assert panel.banner.isHidden() and capture.mode == "video"
    assert result.media is not None and result.media.kind == "video"
    path = tmp_path / "media" / result.media.relpath
    with av.open(str(path)) as container:
        assert {s.type for s in container.streams} == {"video", "audio"}
        assert container.duration / 1e6 == pytest.approx(result.timings["duration_s"], abs=1.0)
    assert len(result.words) >= 5
    assert all(0 <= w["start"] <= w["end"] <= result.timings["duration_s"] for w in result.words)
    assert result.features["latency_s"] is not None and result.features["latency_s"] >= 0
    assert result.observations["share_one_face"] >= 0.9
    qtbot.waitUntil(lambda: not list((tmp_path / "drafts" / "recordings").iterdir()), timeout=5000)


def test_a_camera_that_cannot_be_opened_leaves_an_audio_only_answer(
        tmp_path: Path, qtbot: QtBot, panel_for, candidate_speech: Path) -> None:  # type: ignore[no-untyped-def]
    panel = panel_for(_setup(tmp_path, "rtsp://127.0.0.1:9/none", f"file:{candidate_speech}", ""))
    capture = panel.capture
    with qtbot.waitSignals([capture.speechUnavailable, capture.deviceProblem], timeout=20000):
        capture.open_devices()
        capture.start_answer(Question(prompt="Q"))
    qtbot.waitUntil(lambda: capture.mode == "audio-only", timeout=5000)
    qtbot.wait(1500)
    result = capture.stop_answer()
    assert "could not be opened" in panel.banner.text() and "not be transcribed" in panel.banner.text()
    assert result.media is not None and result.media.kind == "audio"
    assert result.timings["transcribed"] is False and result.words == []
    with av.open(str(tmp_path / "media" / result.media.relpath)) as container:
        assert [s.type for s in container.streams] == ["audio"]


def test_an_ip_camera_that_drops_mid_answer_keeps_what_was_recorded(
        tmp_path: Path, qtbot: QtBot, panel_for, candidate_speech: Path) -> None:  # type: ignore[no-untyped-def]
    stream = face_video(tmp_path / "camera.ts", seconds=12)
    with dropping_camera(stream, drop_after_s=4.0) as url:
        panel = panel_for(_setup(tmp_path, url, f"file:{candidate_speech}", ""))
        capture = panel.capture
        capture.open_devices()
        capture.start_answer(Question(prompt="Q"))
        qtbot.waitUntil(lambda: panel.frames_shown > 0, timeout=10000)
        with qtbot.waitSignal(capture.deviceProblem, timeout=15000):
            pass
        qtbot.wait(1500)  # the answer goes on with sound only
        result = capture.stop_answer()
    assert capture.mode == "audio-only" and "stopped sending pictures" in panel.banner.text()
    assert "everything recorded so far is kept" in panel.banner.text()
    assert result.media is not None and result.media.kind == "video"
    with av.open(str(tmp_path / "media" / result.media.relpath)) as container:
        assert {s.type for s in container.streams} == {"video", "audio"}
        assert sum(1 for _ in container.decode(video=0)) >= 5
    with av.open(str(tmp_path / "media" / result.media.relpath)) as container:
        audio_s = sum(f.samples for f in container.decode(audio=0)) / 16000
    spoken_s = sf.info(str(candidate_speech)).duration
    assert audio_s >= min(result.timings["duration_s"], spoken_s) - 1.5
    assert result.observations["timeline"][-1]["state"] == "no_video"


def test_an_answer_started_before_the_speech_model_loaded_still_gets_its_transcript(
        tmp_path: Path, qtbot: QtBot, panel_for, camera_file: Path, candidate_speech: Path,  # type: ignore[no-untyped-def]
        korean_model_dir: Path) -> None:
    panel = panel_for(_setup(tmp_path, str(camera_file), f"file:{candidate_speech}", str(korean_model_dir)))
    capture = panel.capture
    capture.open_devices()
    qtbot.waitUntil(lambda: capture.model is not None, timeout=30000)
    model, capture.model = capture.model, None  # as when the clerk clicks Start before it loaded
    capture.start_answer(Question(prompt="Tell us about a team you led."))
    assert capture._live is None
    capture.model = model  # it finishes loading while the candidate speaks
    qtbot.wait(6500)  # the candidate finishes speaking (the file lasts ~6.3 s)
    result = capture.stop_answer()
    assert result.timings["transcribed"] is True
    assert len(result.words) >= 5 and result.transcript
