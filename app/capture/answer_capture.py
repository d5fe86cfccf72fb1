"""The capture controller the interview screen hosts: devices, recording, captions, results.

``open_devices()`` when the interview screen opens (after consent), ``start_answer(question)``
when a question is shown, ``stop_answer()`` when the candidate is done (returns what was captured),
``close()`` when the screen closes. Whatever fails (no camera, no microphone, no speech model, a
camera unplugged mid-answer) is announced once by ``deviceProblem`` and the interview goes on in
the mode still possible; nothing recorded so far is lost.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import vosk
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.capture.audio_sources import AudioSource, FileAudioSource
from app.capture.camera import STOPPED
from app.capture.camera_feed import CameraFeed
from app.capture.finalize import finalize_recording
from app.capture.messages import (
    camera_problem,
    microphone_problem,
    recording_problem,
    speech_model_problem,
)
from app.capture.observations import FaceObserver
from app.capture.recorder import AnswerRecorder
from app.capture.recording_folder import recordings_dir
from app.config import AppPaths, Settings
from app.domain import MediaRef, Question
from app.errors import UserFacingError
from app.resources import models_dir as shipped_models_dir
from app.speech.delivery import delivery_features
from app.speech.live_transcription import LiveTranscription
from app.speech.model_install import SpeechModelError
from app.speech.model_location import find_speech_model
from app.speech.transcriber import TranscriptUpdate, load_model

log = logging.getLogger(__name__)
FILE_PREFIX = "file:"


@dataclass
class CaptureSetup:
    camera: str                 # "0" | video file | rtsp/http URL | "" (no camera)
    microphone: str             # "" default | device name | "file:<wav/flac>" | "none"
    speech_model: str           # configured model folder ("" = look in models_dirs)
    models_dirs: tuple[Path, ...]
    recordings_dir: Path        # in-progress segments (drafts_dir / "recordings")
    media_dir: Path

    @classmethod
    def from_settings(cls, settings: Settings, paths: AppPaths) -> CaptureSetup:
        return cls(camera=settings.capture.camera, microphone=settings.capture.microphone,
                   speech_model=settings.speech.model_path,
                   models_dirs=(paths.models_dir, shipped_models_dir()),
                   recordings_dir=recordings_dir(paths), media_dir=paths.media_dir)


@dataclass
class CapturedAnswer:
    transcript: str = ""
    words: list[dict[str, Any]] = field(default_factory=list)
    media: MediaRef | None = None
    features: dict[str, Any] = field(default_factory=dict)
    observations: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class AnswerCapture(QObject):
    frameReady = Signal(QImage)           # for the preview
    captionChanged = Signal(str)          # what was said so far + the sentence being spoken
    deviceProblem = Signal(str)           # banner text (what happened + what goes on)
    modeChanged = Signal(str)             # "video" | "audio-only" | "video-only" | "text-only"
    speechReady = Signal()
    speechUnavailable = Signal(str)
    recordingFailed = Signal(str)         # writing to disk failed (banner text)

    def __init__(self, setup: CaptureSetup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        self.camera: CameraFeed | None = None
        self.camera_ok = False
        self.microphone_ok = setup.microphone != "none"
        self.model: vosk.Model | None = None
        self._model_thread: threading.Thread | None = None
        self._audio: AudioSource | None = None
        self._recorder: AnswerRecorder | None = None
        self._observer: FaceObserver | None = None
        self._live: LiveTranscription | None = None
        self._captions: list[str] = []
        self._question_shown = 0.0
        self._question: Question | None = None
        self._problems: list[str] = []
        self.mode = "text-only"

    # -- devices -------------------------------------------------------------------------------
    def open_devices(self) -> None:
        if self.setup.camera.strip():
            self.camera = CameraFeed(self.setup.camera, self)
            self.camera.frameReady.connect(self.frameReady)
            self.camera.cameraLost.connect(self._camera_lost)
            self.camera.cameraEnded.connect(lambda: self._camera_lost(STOPPED))  # a video file ran out
            self.camera.start()
            self.camera_ok = True
        self._update_mode()
        self._model_thread = threading.Thread(target=self._load_speech_model, name="speech-model",
                                              daemon=True)
        self._model_thread.start()

    def wait_for_speech_model(self, timeout: float = 60.0) -> bool:
        if self._model_thread is not None:
            self._model_thread.join(timeout)
        return self.model is not None

    def _load_speech_model(self) -> None:
        try:
            info = find_speech_model(self.setup.speech_model, *self.setup.models_dirs)
            self.model = load_model(info.path)
        except SpeechModelError as exc:
            self.speechUnavailable.emit(speech_model_problem(exc))
            return
        except Exception as exc:  # a damaged model: transcription off, interview goes on
            log.exception("speech model failed to load")
            self.speechUnavailable.emit(self.tr(
                "The speech model could not be loaded ({0}), so answers will not be transcribed. "
                "Install it again in Settings.").format(exc))
            return
        self.speechReady.emit()

    def _camera_lost(self, reason: str) -> None:
        if not self.camera_ok:
            return
        self.camera_ok = False
        if self._observer is not None and self._recorder is not None:
            self._observer.camera_lost(self._recorder.elapsed_s)
        self._problem(camera_problem(reason, self.setup.camera))
        self._update_mode()

    def _microphone_failed(self, reason: str) -> None:
        if not self.microphone_ok:
            return
        self.microphone_ok = False
        self._problem(microphone_problem(reason))
        self._update_mode()

    def _problem(self, text: str) -> None:
        self._problems.append(text)
        self.deviceProblem.emit(text)

    def _update_mode(self) -> None:
        mode = {(True, True): "video", (False, True): "audio-only", (True, False): "video-only",
                (False, False): "text-only"}[(self.camera_ok, self.microphone_ok)]
        if mode != self.mode:
            self.mode = mode
            self.modeChanged.emit(mode)

    def _make_audio_source(self) -> AudioSource:
        name = self.setup.microphone
        if name.startswith(FILE_PREFIX):
            return FileAudioSource(Path(name[len(FILE_PREFIX):]))
        from app.capture.microphone import MicrophoneSource
        return MicrophoneSource(name, self)

    # -- answers -------------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self._recorder is not None

    def start_answer(self, question: Question | None = None, shown_at: float | None = None, *,
                     interview_id: object = None, answer_id: object = None,
                     labels: dict[str, str] | None = None) -> None:
        """``shown_at``: ``time.monotonic()`` when the question appeared (default: now).

        ``interview_id`` / ``answer_id`` label the recording on disk, so that after a crash the
        recovered draft gets its recordings back (``attach_recovered_media``).
        """
        ids = {"interview_id": interview_id, "answer_id": answer_id}
        labels = {**{k: str(v) for k, v in ids.items() if v is not None}, **(labels or {})}
        if self._recorder is not None:
            return
        self._question = question
        self._question_shown = time.monotonic() if shown_at is None else shown_at
        self._problems = []
        self._captions = []
        if not self.microphone_ok and self.setup.microphone != "none":
            # The banner told the clerk to connect a microphone and start the answer again: try it.
            self.microphone_ok = True
            self._update_mode()
        all_labels = {"question_id": str(question.id) if question else "", **(labels or {})}
        try:
            self._recorder = AnswerRecorder(self.setup.recordings_dir, labels=all_labels)
        except OSError as exc:
            self._problem(recording_problem(str(exc)))
            return
        self._recorder.on_error = self._recording_failed
        if self.camera is not None and self.camera_ok:
            self._observer = FaceObserver()
            self.camera.reader.add_consumer(self._on_frame)
        if self.model is not None and self.microphone_ok:
            self._live = LiveTranscription(self.model, self._on_transcript)
        if self.microphone_ok:
            try:
                self._audio = self._make_audio_source()
                self._audio.start(self._on_audio, lambda: None, self._microphone_failed)
            except UserFacingError as exc:
                self._audio = None
                self._microphone_failed(str(exc.what))

    def _recording_failed(self, exc: BaseException) -> None:
        """On the recorder's thread: note it for the answer, tell the screen by signal."""
        text = recording_problem(str(exc))
        self._problems.append(text)
        self.recordingFailed.emit(text)

    def _on_frame(self, frame: np.ndarray, at: float) -> None:
        recorder, observer = self._recorder, self._observer
        if recorder is None:
            return
        recorder.add_frame(frame, at)
        if observer is not None:
            t = at - recorder.started_at
            if observer.wants(t):
                observer.observe(frame, t)

    def _on_audio(self, pcm: bytes, at: float) -> None:
        recorder, live = self._recorder, self._live
        if recorder is not None:
            recorder.add_audio(pcm, at)
        if live is not None:
            live.feed(pcm)

    def _on_transcript(self, update: TranscriptUpdate) -> None:
        if update.final_text:
            self._captions.append(update.final_text)
        self.captionChanged.emit(" ".join([*self._captions, update.partial]).strip())

    def stop_answer(self) -> CapturedAnswer:
        """Stop recording and return the answer's media, transcript, features and observations.

        Takes well under a second for a few minutes of answer (segments are joined, not re-encoded).
        """
        recorder = self._recorder
        if recorder is None:
            return CapturedAnswer()
        if self.camera is not None:
            self.camera.reader.remove_consumer(self._on_frame)
        if self._audio is not None:
            self._audio.stop()
            self._audio = None
        duration = recorder.elapsed_s
        folder = recorder.stop()
        self._recorder = None
        result = CapturedAnswer(problems=list(self._problems))
        audio_offset = folder.audio_start_s()
        recognizer_rtf = None
        transcript = None
        if self._live is not None:
            transcript = self._live.finish()
            recognizer_rtf = round(self._live.real_time_factor, 3)
            self._live = None
        elif self.model is not None and self.microphone_ok:
            # The answer started while the speech model was still loading: transcribe what was
            # recorded now, so the spoken answer is never left without its transcript.
            transcript = _transcribe_recorded(self.model, folder.audio_chunks())
        if transcript is not None:
            result.transcript = transcript.text
            result.words = [{**w, "start": round(w["start"] + audio_offset, 3),
                             "end": round(w["end"] + audio_offset, 3)} for w in transcript.words]
        if self._observer is not None:
            result.observations = self._observer.finish(duration)
            self._observer = None
        question_shown_s = self._question_shown - recorder.started_at
        result.features = delivery_features(result.words, question_shown_s=question_shown_s,
                                            answer_duration_s=round(duration, 3))
        result.timings = {"duration_s": round(duration, 3), "question_shown_s": round(question_shown_s, 3),
                          "mode": self.mode, "dropped_frames": recorder.dropped_frames,
                          "transcribed": transcript is not None,
                          "recognizer_rtf": recognizer_rtf}
        finalize_started = time.perf_counter()
        try:
            result.media = finalize_recording(folder, self.setup.media_dir, recorder.encoded_audio).media
        except Exception as exc:  # disk full, drive gone, a damaged segment: the segments stay for recovery
            log.exception("finalizing the answer's recording failed")
            result.problems.append(recording_problem(str(exc)))
            self.deviceProblem.emit(result.problems[-1])
        result.timings["finalize_s"] = round(time.perf_counter() - finalize_started, 3)
        return result

    def close(self) -> None:
        """Stop everything; an answer still recording is kept on disk for recovery."""
        if self._recorder is not None:
            try:
                self.stop_answer()
            except Exception:
                log.exception("stopping the answer at close failed; it will be recovered")
        if self.camera is not None:
            self.camera.stop()
            self.camera = None

    def preview_taken(self) -> None:
        """The preview displayed a frame; the camera may send the next one."""
        if self.camera is not None:
            self.camera.preview_taken()


def _transcribe_recorded(model: Any, chunks: list[Path]) -> Any:
    """Vosk over the answer's recorded WAV chunks (16 kHz mono), in order."""
    import wave

    from app.speech.transcriber import AnswerTranscriber

    transcriber = AnswerTranscriber(model)
    for chunk in chunks:
        try:
            with wave.open(str(chunk), "rb") as wav:
                transcriber.feed(wav.readframes(wav.getnframes()))
        except (OSError, EOFError, wave.Error):
            log.warning("audio chunk %s could not be read for transcription", chunk)
    return transcriber.finish()
