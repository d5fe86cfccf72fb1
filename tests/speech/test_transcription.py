"""The real Korean Vosk model on synthetic Korean speech: structure and timing, not exact words."""

from __future__ import annotations

import threading
from pathlib import Path

import soundfile as sf

from app.speech.live_transcription import LiveTranscription
from app.speech.transcriber import AnswerTranscriber, TranscriptUpdate


def _check_words(words: list[dict[str, object]], audio_s: float, offset: float = 0.0) -> None:
    assert len(words) >= 5
    starts = [float(w["start"]) for w in words]  # type: ignore[arg-type]
    assert starts == sorted(starts)
    for w in words:
        assert str(w["word"]).strip()
        assert offset <= float(w["start"]) <= float(w["end"]) <= offset + audio_s + 0.05  # type: ignore[arg-type]


def test_words_have_timestamps_inside_the_audio(korean_model, korean_speech: Path) -> None:  # type: ignore[no-untyped-def]
    pcm, rate = sf.read(str(korean_speech), dtype="int16")
    audio_s = len(pcm) / rate
    t = AnswerTranscriber(korean_model, rate)
    for i in range(0, len(pcm), 1600):
        t.feed(pcm[i:i + 1600].tobytes())
    result = t.finish()
    assert abs(result.audio_s - audio_s) < 0.01
    _check_words(result.words, audio_s)
    assert result.text.replace(" ", "") == "".join(str(w["word"]) for w in result.words)
    # speech starts near the beginning and ends near the end of the recording
    assert float(result.words[0]["start"]) < 1.0 and float(result.words[-1]["end"]) > audio_s - 1.5


def test_live_transcription_gives_captions_then_an_offset_transcript(korean_model, korean_speech: Path) -> None:  # type: ignore[no-untyped-def]
    pcm, rate = sf.read(str(korean_speech), dtype="int16")
    updates: list[TranscriptUpdate] = []
    threads: set[str] = set()

    def on_update(u: TranscriptUpdate) -> None:
        threads.add(threading.current_thread().name)
        updates.append(u)

    live = LiveTranscription(korean_model, on_update, offset_s=2.0)
    for i in range(0, len(pcm), 1600):
        live.feed(pcm[i:i + 1600].tobytes())
    result = live.finish()
    assert live.error is None
    assert any(u.partial for u in updates), "no live caption was produced"
    assert threads == {"speech"}
    _check_words(result.words, len(pcm) / rate, offset=2.0)
