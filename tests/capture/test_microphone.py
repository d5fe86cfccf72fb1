"""The real microphone path: QtMultimedia QAudioSource on a PulseAudio virtual microphone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtMultimedia import QMediaDevices
from pytestqt.qtbot import QtBot

from app.capture.microphone import MicrophoneMissingError, MicrophoneSource
from tests.capture.pulse import play_into_microphone, virtual_microphone


@pytest.fixture(scope="module")
def vmic() -> Iterator[str]:
    with virtual_microphone() as name:
        yield name


def test_the_microphone_hears_what_the_candidate_says(qtbot: QtBot, vmic: str,
                                                      candidate_speech: Path) -> None:
    qtbot.waitUntil(lambda: any(vmic in d.description() or vmic in bytes(d.id().data()).decode()
                                for d in QMediaDevices.audioInputs()), timeout=5000)
    mic = MicrophoneSource(vmic)
    chunks: list[bytes] = []
    errors: list[str] = []
    mic.start(lambda pcm, at: chunks.append(pcm), lambda: None, errors.append)
    player = play_into_microphone(str(candidate_speech))
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=20000)
    qtbot.wait(300)
    mic.stop()
    assert not errors
    heard = np.frombuffer(b"".join(chunks), dtype="<i2")
    spoken, _ = sf.read(str(candidate_speech), dtype="int16")
    assert len(heard) >= 0.9 * len(spoken)
    assert np.abs(heard.astype(np.int32)).max() > 1000  # real sound, not silence


def test_a_missing_microphone_is_named_with_what_to_do(vmic: str, qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MicrophoneMissingError) as err:
        MicrophoneSource("Headset that is not plugged in")
    assert "not connected" in err.value.what and "text" in err.value.next_step
