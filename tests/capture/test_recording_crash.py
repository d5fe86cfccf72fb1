"""SIGKILL in the middle of an answer loses at most two seconds once the recording is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import av

from app.capture.finalize import recover_orphans
from app.capture.recording_folder import find_orphans
from tests.capture.synthetic_media import face_video, tone_wav

ROOT = Path(__file__).resolve().parents[2]


def test_sigkill_mid_answer_loses_at_most_two_seconds(tmp_path: Path) -> None:
    video = face_video(tmp_path / "camera.mp4", seconds=12)
    audio = tone_wav(tmp_path / "mic.wav", 12)
    recordings = tmp_path / "recordings"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.capture.record_child", str(recordings), str(video), str(audio)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    fed_video = fed_audio = 0.0
    for line in child.stdout:
        _, v, a = line.split()
        fed_video, fed_audio = float(v), float(a)
        if min(fed_video, fed_audio) >= 5.0:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert child.returncode == -signal.SIGKILL

    orphans = find_orphans(recordings)
    assert len(orphans) == 1 and orphans[0].info["labels"] == {"answer": "crash-test"}
    [result] = recover_orphans(recordings, tmp_path / "media")
    assert result.media is not None
    path = tmp_path / "media" / result.media.relpath
    with av.open(str(path)) as container:
        assert {s.type for s in container.streams} == {"video", "audio"}
        frames = list(container.decode(video=0))
        last_video = float(frames[-1].pts * frames[-1].time_base)
    with av.open(str(path)) as container:
        audio_s = sum(f.samples for f in container.decode(audio=0)) / 16000
    assert last_video >= fed_video - 2.0, (last_video, fed_video)
    assert audio_s >= fed_audio - 2.0, (audio_s, fed_audio)
    assert result.media.duration_s >= max(fed_video, fed_audio) - 2.0
    assert not find_orphans(recordings)
