"""The real microphone path: QtMultimedia QAudioSource on a PulseAudio virtual microphone."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile as sf

from app.capture.microphone import MicrophoneMissingError, MicrophoneSource
from tests.capture.pulse import virtual_microphone

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def vmic() -> Iterator[str]:
    with virtual_microphone() as name:
        yield name


def test_the_microphone_hears_what_the_candidate_says(vmic: str, candidate_speech: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "tests.capture.mic_child", vmic, str(candidate_speech)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, samples, peak, errors = out.stdout.strip().split(maxsplit=3)
    spoken, _ = sf.read(str(candidate_speech), dtype="int16")
    assert errors == "-"
    assert int(samples) >= 0.9 * len(spoken)
    assert int(peak) > 1000  # real sound, not silence


def test_a_missing_microphone_is_named_with_what_to_do(vmic: str, qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MicrophoneMissingError) as err:
        MicrophoneSource("Headset that is not plugged in")
    assert "not connected" in err.value.what and "text" in err.value.next_step
