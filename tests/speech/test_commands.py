"""The IT commands: install a speech model, check it, recover recordings, doctor lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.capture.recorder import AnswerRecorder
from app.capture.recording_folder import recordings_dir
from app.cli import main
from app.config import load_settings
from tests.capture.synthetic_media import tone_wav


def test_install_model_then_status_transcribes(tmp_path: Path, korean_model_path: Path, korean_speech: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "speech", "status"]) == 2
    assert "not be transcribed" in capsys.readouterr().err
    assert main([*data, "speech", "install-model", str(korean_model_path), "--use"]) == 0
    settings, _paths = load_settings(data_dir=tmp_path / "data")
    assert settings.speech.model_path.endswith("speech/model")
    assert main([*data, "speech", "status", "--transcribe", str(korean_speech)]) == 0
    out = capsys.readouterr().out
    assert "16000 Hz" in out and "real-time factor" in out


def test_recordings_recover_finalizes_what_a_crash_left(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    _settings, paths = load_settings(data_dir=tmp_path / "data")
    recorder = AnswerRecorder(recordings_dir(paths), labels={"answer_id": "a1"})
    import soundfile as sf
    pcm, _ = sf.read(str(tone_wav(tmp_path / "t.wav", 2.5)), dtype="int16")
    recorder.add_audio(pcm.tobytes())
    recorder.stop()
    recorder.folder.info["pid_started"] = 1.0  # as if the app that recorded it had died
    recorder.folder.save()
    assert main(["--data-dir", str(tmp_path / "data"), "recordings", "recover"]) == 0
    out = capsys.readouterr().out
    assert "2.5 s" in out and "a1" in out
    assert list(paths.media_dir.rglob("*.mkv"))
