"""Transcription while the candidate speaks: a worker thread fed with microphone PCM.

Audio producers call ``feed`` (never blocks); the worker calls ``on_update`` from its own thread
(the Qt layer turns that into a signal). ``finish`` drains what is queued and returns the answer's
transcript.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

import vosk

from app.speech.transcriber import AnswerTranscriber, Transcript, TranscriptUpdate

log = logging.getLogger(__name__)
_END = b""


class LiveTranscription:
    def __init__(self, model: vosk.Model, on_update: Callable[[TranscriptUpdate], None],
                 *, sample_rate: int = 16000, offset_s: float = 0.0) -> None:
        self._transcriber = AnswerTranscriber(model, sample_rate, offset_s)
        self._on_update = on_update
        self._queue: queue.Queue[bytes] = queue.Queue()
        self._result: Transcript | None = None
        self.error: BaseException | None = None
        self.busy_s = 0.0        # time spent recognising (for the real-time factor)
        self.audio_s = 0.0
        self._sample_rate = sample_rate
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    def feed(self, pcm: bytes) -> None:
        if pcm:
            self._queue.put(pcm)

    @property
    def real_time_factor(self) -> float:
        return self.busy_s / self.audio_s if self.audio_s else 0.0

    def finish(self, timeout: float = 60.0) -> Transcript:
        self._queue.put(_END)
        self._thread.join(timeout)
        if self._result is None:
            return Transcript("", [], 0.0)
        return self._result

    def _run(self) -> None:
        last_partial = ""
        while True:
            pcm = self._queue.get()
            if pcm == _END:
                break
            # join what piled up, so a slow moment is caught up in one call
            while not self._queue.empty() and len(pcm) < 32000:
                nxt = self._queue.get()
                if nxt == _END:
                    self._queue.put(_END)
                    break
                pcm += nxt
            started = time.perf_counter()
            try:
                update = self._transcriber.feed(pcm)
            except Exception as exc:
                log.exception("speech recognizer failed")
                self.error = exc
                continue
            finally:
                self.busy_s += time.perf_counter() - started
                self.audio_s += len(pcm) / 2 / self._sample_rate
            if update.final_text or update.partial != last_partial:
                last_partial = update.partial
                self._on_update(update)
        try:
            self._result = self._transcriber.finish()
        except Exception as exc:
            log.exception("speech recognizer failed at the end")
            self.error = exc
