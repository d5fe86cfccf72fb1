"""Streaming transcription of one answer with Vosk: live partial text, final words with times.

No Qt and no threads here (see live_transcription.py for the worker). A loaded model is shared:
loading takes seconds and hundreds of MB, a recognizer per answer costs little.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import vosk

vosk.SetLogLevel(-1)

_models: dict[Path, vosk.Model] = {}
_models_lock = threading.Lock()


def load_model(path: Path) -> vosk.Model:
    key = Path(path).resolve()
    with _models_lock:
        if key not in _models:
            _models[key] = vosk.Model(str(key))
        return _models[key]


@dataclass
class TranscriptUpdate:
    partial: str = ""                      # live caption: the sentence being spoken
    final_text: str = ""                   # a sentence that just ended ("" if none)
    final_words: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Transcript:
    text: str
    words: list[dict[str, Any]]            # {"word", "start", "end", "conf"} seconds from answer start
    audio_s: float


class AnswerTranscriber:
    def __init__(self, model: vosk.Model, sample_rate: int = 16000, offset_s: float = 0.0) -> None:
        self.sample_rate = sample_rate
        self.offset_s = offset_s
        self._rec = vosk.KaldiRecognizer(model, sample_rate)
        self._rec.SetWords(True)
        self._samples = 0
        self._sentences: list[str] = []
        self._words: list[dict[str, Any]] = []

    def feed(self, pcm: bytes) -> TranscriptUpdate:
        self._samples += len(pcm) // 2
        if self._rec.AcceptWaveform(pcm):
            return self._take(json.loads(self._rec.Result()))
        return TranscriptUpdate(partial=json.loads(self._rec.PartialResult()).get("partial", ""))

    def finish(self) -> Transcript:
        self._take(json.loads(self._rec.FinalResult()))
        return Transcript(" ".join(self._sentences), list(self._words), self._samples / self.sample_rate)

    def _take(self, result: dict[str, Any]) -> TranscriptUpdate:
        words = [
            {"word": w["word"], "start": round(float(w["start"]) + self.offset_s, 3),
             "end": round(float(w["end"]) + self.offset_s, 3), "conf": round(float(w.get("conf", 1)), 3)}
            for w in result.get("result", [])
        ]
        text = result.get("text", "").strip()
        if text:
            self._sentences.append(text)
        self._words.extend(words)
        return TranscriptUpdate(final_text=text, final_words=words)
