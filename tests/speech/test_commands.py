"""The IT commands: install a speech model, check it, recover recordings, doctor lines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import soundfile as sf

from app.capture.recorder import AnswerRecorder
from app.capture.recording_folder import recordings_dir
from app.cli import main
from app.config import load_settings, save_settings
from tests.capture.synthetic_media import tone_wav


def test_install_model_uses_it_and_status_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "speech", "status"]) == 2
    assert "not be transcribed" in capsys.readouterr().err
    model = tmp_path / "vosk-model-small-cn-0.22"
    for sub in ("am", "graph", "conf"):
        (model / sub).mkdir(parents=True)
    (model / "conf" / "mfcc.conf").write_text("--sample-frequency=16000\n")
    archive = shutil.make_archive(str(tmp_path / "vosk-model-small-cn-0.22"), "zip", tmp_path, model.name)
    assert main([*data, "speech", "install-model", archive, "--use"]) == 0
    settings, _paths = load_settings(data_dir=tmp_path / "data")
    assert settings.speech.model_path.endswith("speech/vosk-model-small-cn-0.22")
    capsys.readouterr()
    assert main([*data, "speech", "status"]) == 0
    assert "vosk-model-small-cn-0.22 (16000 Hz)" in capsys.readouterr().out


def test_status_transcribes_a_file_with_the_configured_model(tmp_path: Path, korean_model_path: Path,
                                                             korean_speech: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    settings, paths = load_settings(data_dir=tmp_path / "data")
    settings.speech.model_path = str(korean_model_path)
    save_settings(settings, paths.config_file)
    assert main(["--data-dir", str(tmp_path / "data"), "speech", "status", "--transcribe", str(korean_speech)]) == 0
    out = capsys.readouterr().out
    assert "16000 Hz" in out and "real-time factor" in out


def test_recordings_recover_finalizes_what_a_crash_left(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    _settings, paths = load_settings(data_dir=tmp_path / "data")
    recorder = AnswerRecorder(recordings_dir(paths), labels={"answer_id": "a1"})
    pcm, _ = sf.read(str(tone_wav(tmp_path / "t.wav", 2.5)), dtype="int16")
    recorder.add_audio(pcm.tobytes())
    recorder.stop()
    recorder.folder.info["pid_started"] = 1.0  # as if the app that recorded it had died
    recorder.folder.save()
    assert main(["--data-dir", str(tmp_path / "data"), "recordings", "recover"]) == 0
    out = capsys.readouterr().out
    assert "2.5 s" in out and "a1" in out
    assert list(paths.media_dir.rglob("*.mkv"))


def test_doctor_reports_the_speech_model_and_interrupted_recordings(
        tmp_path: Path, korean_model_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings, paths = load_settings(data_dir=tmp_path / "data")
    recorder = AnswerRecorder(recordings_dir(paths))
    recorder.add_audio(b"\0\0" * 16000)
    recorder.stop()
    recorder.folder.info["pid_started"] = 1.0
    recorder.folder.save()
    main(["--data-dir", str(tmp_path / "data"), "doctor"])
    out = capsys.readouterr().out
    assert "speech model" in out and "No speech model is installed" in out
    assert "1 answer recording(s) were cut off by a crash" in out
    settings.speech.model_path = str(korean_model_path)
    save_settings(settings, paths.config_file)
    main(["--data-dir", str(tmp_path / "data"), "doctor"])
    out = capsys.readouterr().out
    assert "model (16000 Hz)" in out and "H.264 and AAC available" in out
