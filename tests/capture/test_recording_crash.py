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


def test_a_stopped_answer_becomes_one_playable_file_named_by_its_hash(tmp_path: Path) -> None:
    import numpy as np

    from app.capture.finalize import finalize_recording
    from app.capture.media_store import sha256_of
    from app.capture.recorder import AnswerRecorder
    from tests.capture.synthetic_media import face_frame

    recorder = AnswerRecorder(tmp_path / "recordings")
    t0 = recorder.started_at
    for i in range(45):  # 3 s at 15 fps
        recorder.add_frame(face_frame(i, 45), t0 + i / 15)
    tone = (np.sin(np.arange(48000) / 8) * 5000).astype("<i2")
    recorder.add_audio(tone.tobytes(), t0 + 3.0)
    folder = recorder.stop()
    segments = folder.video_segments()
    assert len(segments) == 3 and len(folder.audio_chunks()) == 3
    for seg in segments:  # every closed segment plays on its own
        with av.open(str(seg)) as c:
            assert sum(1 for _ in c.decode(video=0)) >= 14
    assert recorder.encoded_audio is not None and recorder.encoded_audio.samples == 48000
    result = finalize_recording(folder, tmp_path / "media", recorder.encoded_audio)
    assert result.media is not None
    path = tmp_path / "media" / result.media.relpath
    assert result.media.relpath == f"{result.media.sha256[:2]}/{result.media.sha256}.mkv"
    assert sha256_of(path) == result.media.sha256 and path.stat().st_size == result.media.size
    with av.open(str(path)) as c:
        assert [s.codec_context.name for s in c.streams] == ["h264", "aac"]
        frames = list(c.decode(video=0))
    with av.open(str(path)) as c:
        samples = sum(f.samples for f in c.decode(audio=0))
    assert len(frames) == 45 and frames[0].width == 640
    assert abs(samples / 16000 - 3.0) < 0.1
    assert abs(result.media.duration_s - 3.0) < 0.15
