"""Which speech model to use: the configured path, else the newest installed one, else none."""

from __future__ import annotations

from pathlib import Path

from app.speech.model_install import SpeechModelError, SpeechModelInfo, check_model


class SpeechModelMissingError(SpeechModelError):
    pass


NO_MODEL = SpeechModelMissingError(
    "No speech model is installed, so answers will not be transcribed.",
    "The interview works as usual; to turn transcription on, use Settings > Install speech model.")


def find_speech_model(configured: str, models_dir: Path | None) -> SpeechModelInfo:
    """Raise ``SpeechModelMissingError`` (with the clerk's message) when there is none."""
    if configured:
        return check_model(Path(configured).expanduser())
    speech_dir = models_dir / "speech" if models_dir else None
    if speech_dir and speech_dir.is_dir():
        candidates = sorted((p for p in speech_dir.iterdir() if p.is_dir() and not p.name.startswith(".")),
                            key=lambda p: p.stat().st_mtime, reverse=True)
        for candidate in candidates:
            try:
                return check_model(candidate)
            except SpeechModelError:
                continue
    raise NO_MODEL
