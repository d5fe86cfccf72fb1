"""Import a recorded interview: one video file per answer (or one file cut at the clerk's marks).

Each answer is transcribed (if a speech model is installed), observed (faces, framing, motion) and
its file stored in the media folder by hash. Progress and cancel are plain callbacks so the UI's
task runner and the command line can both drive it. Cancelling stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import vosk

from app.capture.audio_decode import RATE
from app.capture.media_store import store_media
from app.capture.observations import FaceObserver
from app.domain import Answer, MediaRef, Question
from app.errors import UserFacingError
from app.speech.delivery import delivery_features
from app.speech.transcriber import AnswerTranscriber

Progress = Callable[[float, str], None]


class ImportCancelledError(Exception):
    """The clerk pressed Cancel; nothing was stored."""


class RecordingUnreadableError(UserFacingError):
    pass


@dataclass(frozen=True)
class RecordedAnswer:
    """One answer to import: the question, the file, and optionally the part of it to use."""

    question: Question
    path: Path
    start_s: float = 0.0
    end_s: float | None = None


def media_duration(path: Path) -> float:
    try:
        with av.open(str(path)) as container:
            if container.duration:
                return float(container.duration / av.time_base)
            return max((float(s.duration * s.time_base) for s in container.streams
                        if s.duration and s.time_base), default=0.0)
    except (av.error.FFmpegError, OSError) as exc:
        raise RecordingUnreadableError(
            f"{path.name} could not be read as a recording ({exc}).",
            "Choose a video or audio file (MP4, MKV, AVI, WAV, ...) that plays on this computer.") from exc


@dataclass
class _Analysis:
    text: str
    words: list[dict[str, Any]]
    observations: dict[str, Any]
    span_s: float


def _analyse(item: RecordedAnswer, model: vosk.Model | None, progress: Progress,
             cancelled: Callable[[], bool]) -> _Analysis:
    """One pass over the file: audio to the recognizer, sampled frames to the face observer."""
    end = item.end_s if item.end_s is not None else media_duration(item.path)
    span = max(end - item.start_s, 1e-6)
    transcriber = AnswerTranscriber(model, RATE) if model is not None else None
    observer = FaceObserver()
    last_check = -1.0
    with av.open(str(item.path)) as container:
        streams = list(container.streams.audio[:1]) + list(container.streams.video[:1])
        if item.start_s > 0:
            container.seek(int(item.start_s * av.time_base), any_frame=False)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        for frame in container.decode(*streams):
            if not isinstance(frame, av.VideoFrame | av.AudioFrame):
                continue
            t = float(frame.time) if frame.time is not None else 0.0
            if t < item.start_s:
                continue
            if t > end:
                break
            rel = t - item.start_s
            if isinstance(frame, av.VideoFrame):
                if observer.wants(rel):
                    observer.observe(frame.to_ndarray(format="bgr24"), rel)
            elif transcriber is not None and isinstance(frame, av.AudioFrame):
                for out in resampler.resample(frame):
                    transcriber.feed(out.to_ndarray().tobytes())
            if rel - last_check >= 0.5:
                last_check = rel
                if cancelled():
                    raise ImportCancelledError()
                progress(min(rel / span, 1.0), item.path.name)
        has_video = bool(container.streams.video)
    result = transcriber.finish() if transcriber is not None else None
    return _Analysis(result.text if result else "", result.words if result else [],
                     observer.finish(span) if has_video else {}, span)


def import_answers(items: Sequence[RecordedAnswer], media_dir: Path, model: vosk.Model | None,
                   progress: Progress = lambda f, t: None,
                   cancelled: Callable[[], bool] = lambda: False) -> list[Answer]:
    """Analyse every answer first, then store the files: Cancel at any point stores nothing."""
    analysed = []
    for i, item in enumerate(items):
        def part(fraction: float, text: str, i: int = i) -> None:
            progress((i + fraction) / len(items), text)
        analysed.append(_analyse(item, model, part, cancelled))
    answers = []
    stored: dict[Path, MediaRef] = {}
    for position, (item, found) in enumerate(zip(items, analysed, strict=True)):
        if cancelled():
            raise ImportCancelledError()
        if item.path not in stored:
            stored[item.path] = store_media(item.path, media_dir, kind="video",
                                            duration_s=round(media_duration(item.path), 3))
        span = round(found.span_s, 3)
        answers.append(Answer(
            question_id=item.question.id, position=position, question_prompt=item.question.prompt,
            question_kind=item.question.kind, transcript=found.text, transcript_original=found.text,
            words=found.words, media=[stored[item.path]],
            timings={"source": "import", "clip_start_s": item.start_s,
                     "clip_end_s": round(item.start_s + span, 3), "duration_s": span},
            features=delivery_features(found.words, answer_duration_s=span),
            observations=found.observations,
        ))
    progress(1.0, "")
    return answers
