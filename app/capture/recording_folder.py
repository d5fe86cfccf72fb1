"""One answer's recording on disk while it is being made: a folder of short, closed segments.

``recording.json`` says who owns the folder (pid + process start time) and what the answer is;
``video_NNNNNN.mkv`` holds about one second of H.264 each, ``audio_NNNNNN.wav`` exactly one second
of 16 kHz mono PCM each. Every segment is fsynced when it closes, so a crash loses at most the
segment that was open (about a second) plus what was queued.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from app.capture.durable import write_json_durably
from app.config import AppPaths

MANIFEST = "recording.json"
AUDIO_START = "audio_start.json"


def _process_started(pid: int) -> float | None:
    try:
        return psutil.Process(pid).create_time()
    except (psutil.NoSuchProcess, psutil.AccessDenied, ValueError):
        return None


@dataclass
class RecordingFolder:
    path: Path
    info: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, recordings_dir: Path, *, labels: dict[str, str] | None = None,
               width: int = 640, height: int = 480, fps: float = 15.0,
               sample_rate: int = 16000) -> RecordingFolder:
        rec_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        path = recordings_dir / rec_id
        path.mkdir(parents=True)
        pid = os.getpid()
        info: dict[str, Any] = {
            "id": rec_id,
            "started_at": time.time(),
            "labels": dict(labels or {}),
            "width": width, "height": height, "fps": fps, "sample_rate": sample_rate,
            "pid": pid, "pid_started": _process_started(pid),
            "state": "recording",
        }
        folder = cls(path, info)
        folder.save()
        return folder

    @classmethod
    def open(cls, path: Path) -> RecordingFolder:
        with open(path / MANIFEST, encoding="utf-8") as fh:
            return cls(path, json.load(fh))

    def save(self) -> None:
        write_json_durably(self.path / MANIFEST, self.info)

    @property
    def state(self) -> str:
        return str(self.info.get("state", "recording"))

    def set_state(self, state: str, **extra: Any) -> None:
        self.info["state"] = state
        self.info.update(extra)
        self.save()

    def owner_alive(self) -> bool:
        """True while the process that made this folder is still running (not an orphan)."""
        started = _process_started(int(self.info.get("pid", -1)))
        return started is not None and abs(started - float(self.info.get("pid_started") or 0)) < 1

    def video_segments(self) -> list[Path]:
        return sorted(self.path.glob("video_*.mkv"))

    def audio_chunks(self) -> list[Path]:
        return sorted(self.path.glob("audio_*.wav"))

    def audio_start_s(self) -> float:
        try:
            with open(self.path / AUDIO_START, encoding="utf-8") as fh:
                return float(json.load(fh)["offset_s"])
        except (OSError, ValueError, KeyError):
            return 0.0

    def write_audio_start(self, offset_s: float) -> None:
        write_json_durably(self.path / AUDIO_START, {"offset_s": offset_s})


def recordings_dir(paths: AppPaths) -> Path:
    """Answers being recorded live next to the interview drafts, so both are recovered together."""
    return paths.drafts_dir / "recordings"


def find_orphans(recordings_dir: Path) -> list[RecordingFolder]:
    """Recordings left behind by a crashed (or killed) app, oldest first."""
    if not recordings_dir.is_dir():
        return []
    found: list[RecordingFolder] = []
    for path in sorted(recordings_dir.iterdir()):
        if not (path / MANIFEST).is_file():
            continue
        try:
            folder = RecordingFolder.open(path)
        except (OSError, ValueError):
            continue
        if folder.state != "finalized" and not folder.owner_alive():
            found.append(folder)
    return found
