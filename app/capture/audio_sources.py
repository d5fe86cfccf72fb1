"""Where the answer's sound comes from: the microphone (QtMultimedia) or a WAV/FLAC file.

Both sources have one interface: ``start(on_chunk, on_end, on_error)`` then ``stop()``.
``on_chunk(pcm: bytes, captured_at: float)`` receives 16 kHz mono 16-bit PCM and the
``time.monotonic()`` at which its last sample was heard.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from app.capture.audio_decode import RATE, pcm_blocks

ChunkCallback = Callable[[bytes, float], None]
EndCallback = Callable[[], None]
ErrorCallback = Callable[[str], None]


class AudioSource(Protocol):
    description: str

    def start(self, on_chunk: ChunkCallback, on_end: EndCallback, on_error: ErrorCallback) -> None: ...

    def stop(self) -> None: ...


class FileAudioSource:
    """Plays a file into the pipeline, in real time (tests, demos) or as fast as possible (import)."""

    def __init__(self, path: Path, *, realtime: bool = True, block_ms: int = 100) -> None:
        self.path = Path(path)
        self.realtime = realtime
        self.block_ms = block_ms
        self.description = self.path.name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, on_chunk: ChunkCallback, on_end: EndCallback, on_error: ErrorCallback) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(on_chunk, on_end, on_error),
                                        name="file-audio", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5)

    def _run(self, on_chunk: ChunkCallback, on_end: EndCallback, on_error: ErrorCallback) -> None:
        t0 = time.monotonic()
        played = 0
        try:
            for block in pcm_blocks(self.path, RATE, self.block_ms):
                if self._stop.is_set():
                    return
                played += len(block)
                if self.realtime:
                    delay = t0 + played / RATE - time.monotonic()
                    if delay > 0 and self._stop.wait(delay):
                        return
                on_chunk(block.tobytes(), time.monotonic())
        except Exception as exc:  # a damaged file: report, never crash the interview
            on_error(f"{self.path.name}: {exc}")
            return
        on_end()
