"""SIGKILL during a recorded interview: the recovered draft gets its answer's recording back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import av

from app.capture.recorded_media_check import decoded_seconds
from app.capture.recording_folder import find_orphans, recordings_dir
from app.capture.recovered_media import attach_recovered_media
from app.config import load_settings
from app.services.drafts import DraftJournal

ROOT = Path(__file__).resolve().parents[2]


def test_recovered_draft_gets_the_recording_cut_off_by_the_crash(tmp_path: Path, camera_file: Path,
                                                                candidate_speech: Path) -> None:
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.capture.interview_child", str(data), str(camera_file), str(candidate_speech)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout is not None
    recorded = 0.0
    for line in child.stdout:
        recorded = float(line.split()[1])
        if recorded >= 5.0:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(10)

    _settings, paths = load_settings(data_dir=data)
    [draft] = DraftJournal(paths.drafts_dir).recoverable()
    assert len(find_orphans(recordings_dir(paths))) == 1
    interview = draft.interview
    assert attach_recovered_media(interview, recordings_dir(paths), paths.media_dir) == 1
    first, second = interview.answers
    assert [m.kind for m in first.media] == ["video"] and second.media == []
    assert first.timings["recording_recovered"] is True
    path = paths.media_dir / first.media[0].relpath
    with av.open(str(path)) as container:
        assert {s.type for s in container.streams} == {"video", "audio"}
    video_s, audio_s = decoded_seconds(path)
    assert video_s >= recorded - 2.0, (video_s, recorded)
    assert audio_s >= min(recorded, 6.0) - 2.0, (audio_s, recorded)
    # attaching twice does nothing more
    assert attach_recovered_media(interview, recordings_dir(paths), paths.media_dir) == 0
