"""Which speech model to use: the configured path, else the newest installed one, else none."""

from __future__ import annotations

from pathlib import Path

from app.speech.model_install import SpeechModelError, SpeechModelInfo, check_model


class SpeechModelMissingError(SpeechModelError):
    pass


NO_MODEL = SpeechModelMissingError(
    "no_model", "No speech model is installed, so answers will not be transcribed.",
    "The interview works as usual; to turn transcription on, use Settings > Speech model.")


def installed_models(*models_dirs: Path) -> list[SpeechModelInfo]:
    """Checked models under each ``<models_dir>/speech/``, newest installed first."""
    found: list[SpeechModelInfo] = []
    for models_dir in models_dirs:
        speech_dir = models_dir / "speech"
        if not speech_dir.is_dir():
            continue
        candidates = sorted((p for p in speech_dir.iterdir() if p.is_dir() and not p.name.startswith(".")),
                            key=lambda p: p.stat().st_mtime, reverse=True)
        for candidate in candidates:
            try:
                found.append(check_model(candidate))
            except SpeechModelError:
                continue
    return found


def find_speech_model(configured: str, *models_dirs: Path) -> SpeechModelInfo:
    """The configured model (checked), else the newest installed one in ``models_dirs``.

    Raises ``SpeechModelMissingError`` (with the clerk's message) when there is none.
    """
    if configured:
        return check_model(Path(configured).expanduser())
    found = installed_models(*models_dirs)
    if found:
        return found[0]
    raise NO_MODEL
