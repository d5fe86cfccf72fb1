"""Real OpenCV face detection on a real face (scikit-image's astronaut) moving across the frame."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.capture.camera import CameraReader
from app.capture.observations import FaceObserver
from tests.capture.synthetic_media import face_frame, face_video


def test_one_face_in_nearly_every_frame_of_a_moving_face() -> None:
    observer = FaceObserver(interval_s=0.0)
    n = 60
    for i in range(n):
        observer.observe(face_frame(i, n), i / 15)
    summary = observer.finish(n / 15)
    assert summary["frames_observed"] == n
    assert summary["share_one_face"] >= 0.9
    assert summary["share_several_faces"] <= 0.05
    assert summary["motion_mean"] > 0


def test_a_stretch_without_a_face_and_a_stretch_without_pictures_show_as_no_face(tmp_path: Path) -> None:
    video = face_video(tmp_path / "answer.mp4", seconds=3, blank_s=2)
    observer = FaceObserver()
    camera = CameraReader(str(video), realtime_files=False)
    camera.add_consumer(lambda frame, at: observer.observe(frame, camera.frames_read / 15))
    ended: list[bool] = []
    camera.on_end = lambda: ended.append(True)
    camera.start()
    camera._thread.join(30)  # type: ignore[union-attr]
    assert ended
    summary = observer.finish(5.0 + 3.0)  # 3 s with no pictures at all after the file
    states = [seg["state"] for seg in summary["timeline"]]
    assert states[0] == "one_face"
    assert "no_face" in states and states[-1] == "no_video"
    blank = [s for s in summary["timeline"] if s["state"] == "no_face"]
    assert sum(s["end"] - s["start"] for s in blank) >= 1.6
    assert 0.3 <= summary["share_no_face"] <= 0.8


def test_two_people_in_the_picture_are_counted_as_several_faces() -> None:
    frame = np.full((480, 960, 3), 90, np.uint8)
    face = face_frame(0, 1)[90:390, 128:358]
    frame[90:390, 40:270] = face
    frame[90:390, 650:880] = face
    observer = FaceObserver(interval_s=0.0)
    obs = observer.observe(frame, 0.0)
    assert obs is not None and obs.faces == 2
