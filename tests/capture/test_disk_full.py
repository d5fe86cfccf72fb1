"""The recordings' drive fills up mid-answer: the clerk is told, the interview goes on, what was
written is kept and recovered once there is space again (a real 400 kB tmpfs)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.capture.answer_capture import AnswerCapture, CaptureSetup
from app.capture.finalize import recover_orphans
from app.capture.recorded_media_check import decoded_seconds
from app.capture.recording_folder import RecordingFolder
from app.domain import Question
from app.ui.capture.panel import CapturePanel


@pytest.fixture
def tiny_drive(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_drive_is_announced_and_what_was_written_is_recovered(
        qtbot: QtBot, tmp_path: Path, tiny_drive: Path, camera_file: Path, candidate_speech: Path) -> None:
    setup = CaptureSetup(camera=str(camera_file), microphone=f"file:{candidate_speech}",
                         speech_model="/nonexistent", models_dirs=(), recordings_dir=tiny_drive / "recordings",
                         media_dir=tmp_path / "media")
    capture = AnswerCapture(setup)
    panel = CapturePanel(capture)
    qtbot.addWidget(panel)
    capture.open_devices()
    capture.start_answer(Question(prompt="Q"))
    qtbot.waitUntil(lambda: "could not be written" in panel.banner.text(), timeout=30000)
    qtbot.wait(500)  # the interview goes on
    result = capture.stop_answer()
    capture.close()
    assert "could not be written" in panel.banner.text()
    assert result.media is None and result.problems
    # space again (the drive's content moved to a bigger one): recovery makes a playable file
    shutil.copytree(tiny_drive / "recordings", tmp_path / "recordings")
    [folder] = [RecordingFolder.open(p) for p in (tmp_path / "recordings").iterdir()]
    folder.info["pid_started"] = 1.0  # recovered at the next start, by another process
    folder.save()
    [recovered] = recover_orphans(tmp_path / "recordings", tmp_path / "media")
    assert recovered.media is not None
    video_s, audio_s = decoded_seconds(tmp_path / "media" / recovered.media.relpath)
    assert video_s > 0.5 and audio_s > 0.5
