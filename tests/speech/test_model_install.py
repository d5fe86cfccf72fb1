from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.speech.model_install import SpeechModelError, check_model, install_model
from app.speech.model_location import SpeechModelMissingError, find_speech_model


def _fake_model(root: Path, rate: int | None = None) -> Path:
    for sub in ("am", "graph", "conf"):
        (root / sub).mkdir(parents=True)
    (root / "am" / "final.mdl").write_bytes(b"x")
    (root / "conf" / "mfcc.conf").write_text(
        "--use-energy=false\n" + (f"--sample-frequency={rate}\n" if rate else ""))
    return root


def test_the_korean_model_is_recognised_with_its_sample_rate(korean_model_path: Path) -> None:
    info = check_model(korean_model_path)
    assert info.sample_rate == 16000 and info.path == korean_model_path


def test_install_from_a_folder_copies_the_checked_model(tmp_path: Path, korean_model_path: Path) -> None:
    info = install_model(korean_model_path, tmp_path / "models")
    assert info.path == tmp_path / "models" / "speech" / "model"
    assert (info.path / "am" / "final.mdl").stat().st_size == (korean_model_path / "am" / "final.mdl").stat().st_size
    assert find_speech_model("", tmp_path / "models").path == info.path


def test_install_from_a_zip_with_a_wrapping_folder(tmp_path: Path) -> None:
    src = _fake_model(tmp_path / "src" / "vosk-model-small-cn-0.22", rate=16000)
    archive = tmp_path / "vosk-model-small-cn-0.22.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in src.rglob("*"):
            zf.write(p, p.relative_to(tmp_path / "src"))
    info = install_model(archive, tmp_path / "models")
    assert info.name == "vosk-model-small-cn-0.22" and info.sample_rate == 16000
    assert not [p for p in (tmp_path / "models" / "speech").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("evil", ["../outside.txt", "/etc/evil.txt", "model/../../evil.txt"])
def test_a_zip_that_escapes_its_folder_is_refused_and_writes_nothing(tmp_path: Path, evil: str) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("model/conf/mfcc.conf", "")
        zf.writestr(evil, "owned")
    models = tmp_path / "deep" / "models"
    with pytest.raises(SpeechModelError) as err:
        install_model(archive, models)
    assert "outside" in err.value.what
    assert not (tmp_path / "outside.txt").exists() and not (tmp_path / "deep" / "evil.txt").exists()
    assert list((models / "speech").iterdir()) == []


def test_a_folder_that_is_not_a_model_is_refused_with_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "holiday" / "conf").mkdir(parents=True)
    with pytest.raises(SpeechModelError) as err:
        install_model(tmp_path / "holiday", tmp_path / "models")
    assert "am" in err.value.what and "graph" in err.value.what
    assert err.value.next_step


def test_an_unsupported_sample_rate_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpeechModelError, match="44100"):
        check_model(_fake_model(tmp_path / "m", rate=44100))


def test_no_model_installed_gives_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(SpeechModelMissingError) as err:
        find_speech_model("", tmp_path / "models")
    assert "not be transcribed" in err.value.what and "Settings > Speech model" in err.value.next_step
