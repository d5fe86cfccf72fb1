"""Recordings recovered after a crash, kept until the recovered interview draft picks them up.

``recover_recordings`` finalizes every orphaned answer recording and appends it to
``recovered.json`` (labels such as interview_id / question_id + the MediaRef); the interview
flow's draft recovery calls ``take_recovered`` to attach them to the right answers.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from app.capture.durable import write_json_durably
from app.capture.finalize import FinalizedRecording, recover_orphans
from app.domain import Interview, MediaRef

INDEX = "recovered.json"
_lock = threading.Lock()


def _load(folder: Path) -> list[dict[str, Any]]:
    try:
        with open(folder / INDEX, encoding="utf-8") as fh:
            return list(json.load(fh).get("recordings", []))
    except (OSError, ValueError):
        return []


def recover_recordings(recordings: Path, media_dir: Path) -> list[FinalizedRecording]:
    with _lock:
        found = [r for r in recover_orphans(recordings, media_dir) if r.media is not None]
        if found:
            entries = _load(recordings) + [
                {"labels": r.labels, "media": r.media.__dict__} for r in found if r.media]
            recordings.mkdir(parents=True, exist_ok=True)
            write_json_durably(recordings / INDEX, {"recordings": entries})
        return found



def take_recovered(recordings: Path, **match: str) -> list[tuple[dict[str, str], MediaRef]]:
    """Remove and return the recovered recordings whose labels contain all of ``match``."""
    with _lock:
        entries = _load(recordings)
        taken = [e for e in entries if all(e["labels"].get(k) == v for k, v in match.items())]
        if taken:
            kept = [e for e in entries if e not in taken]
            write_json_durably(recordings / INDEX, {"recordings": kept})
        return [(dict(e["labels"]), MediaRef(**e["media"])) for e in taken]


def attach_recovered_media(interview: Interview, recordings: Path, media_dir: Path) -> int:
    """Give a recovered interview draft the recordings its answers had when the app crashed.

    Finalizes any orphans first (so the order of start-up work does not matter), matches by the
    ``answer_id`` label, else ``question_id``, and leaves recordings of other interviews alone.
    Returns how many recordings were attached.
    """
    recover_recordings(recordings, media_dir)
    by_answer = {str(a.id): a for a in interview.answers}
    by_question = {str(a.question_id): a for a in interview.answers}
    with _lock:
        entries = _load(recordings)
        attached: list[dict[str, Any]] = []
        for entry in entries:
            labels = entry["labels"]
            if labels.get("interview_id") != str(interview.id):
                continue
            answer = by_answer.get(labels.get("answer_id", "")) or by_question.get(labels.get("question_id", ""))
            if answer is None:
                continue
            media = MediaRef(**entry["media"])
            if all(m.sha256 != media.sha256 for m in answer.media):
                answer.media.append(media)
            answer.timings = {**answer.timings, "recording_recovered": True}
            attached.append(entry)
        if attached:
            write_json_durably(recordings / INDEX, {"recordings": [e for e in entries if e not in attached]})
    return len(attached)
