"""How much picture and sound a stored recording really holds (decoded, not read from headers)."""

from __future__ import annotations

from pathlib import Path

import av


def decoded_seconds(path: Path) -> tuple[float, float]:
    """(end of the last video frame, seconds of audio) in ``path``; 0 for a missing stream."""
    video_end = 0.0
    with av.open(str(path)) as container:
        if container.streams.video:
            for frame in container.decode(video=0):
                if frame.time is not None:
                    video_end = max(video_end, float(frame.time))
    audio = 0
    rate = 16000
    with av.open(str(path)) as container:
        if container.streams.audio:
            rate = container.streams.audio[0].rate or rate
            audio = sum(f.samples for f in container.decode(audio=0))
    return video_end, audio / rate
