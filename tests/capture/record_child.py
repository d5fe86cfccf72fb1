"""Child process for the crash test: records file sources until it is killed with SIGKILL.

Prints ``fed <seconds>`` each time a frame or audio block has been handed to the recorder.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from app.capture.audio_sources import FileAudioSource
from app.capture.camera import CameraReader
from app.capture.recorder import AnswerRecorder


def main() -> None:
    recordings, video, audio = (Path(a) for a in sys.argv[1:4])
    recorder = AnswerRecorder(recordings, labels={"answer": "crash-test"})
    lock = threading.Lock()
    state = {"video": 0.0, "audio": 0.0}

    def report(kind: str, seconds: float) -> None:
        with lock:
            state[kind] = seconds
            print(f"fed {state['video']:.3f} {state['audio']:.3f}", flush=True)

    t0 = time.monotonic()

    def on_frame(frame, at):  # type: ignore[no-untyped-def]
        recorder.add_frame(frame, at)
        report("video", at - t0)

    audio_samples = [0]

    def on_chunk(pcm: bytes, at: float) -> None:
        recorder.add_audio(pcm, at)
        audio_samples[0] += len(pcm) // 2
        report("audio", audio_samples[0] / 16000)

    camera = CameraReader(str(video))
    camera.add_consumer(on_frame)
    camera.start()
    FileAudioSource(audio).start(on_chunk, lambda: None, lambda msg: None)
    time.sleep(120)


if __name__ == "__main__":
    main()
