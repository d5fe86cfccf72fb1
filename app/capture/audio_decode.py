"""Read any audio (WAV, FLAC, or the sound track of a video) as 16 kHz mono 16-bit PCM blocks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np

RATE = 16000


def pcm_blocks(path: Path, rate: int = RATE, block_ms: int = 100) -> Iterator[np.ndarray]:
    """Yield int16 blocks of ``block_ms`` (the last one may be shorter); nothing if no audio."""
    block = rate * block_ms // 1000
    with av.open(str(path)) as container:
        if not container.streams.audio:
            return
        resampler = av.AudioResampler(format="s16", layout="mono", rate=rate)
        pending = np.zeros(0, dtype=np.int16)
        for frame in container.decode(audio=0):
            for out in resampler.resample(frame):
                pending = np.concatenate([pending, out.to_ndarray().reshape(-1)])
                while len(pending) >= block:
                    yield pending[:block]
                    pending = pending[block:]
        for out in resampler.resample(None):
            pending = np.concatenate([pending, out.to_ndarray().reshape(-1)])
        while len(pending):
            yield pending[:block]
            pending = pending[block:]

