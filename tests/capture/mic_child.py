"""Child process for the microphone test: QtMultimedia must meet PulseAudio for the first time in
a fresh process (once Qt found no sound server, it does not look again).

argv: device-name wav. Plays the WAV into the virtual microphone while recording it; prints
``heard <samples> <peak> <errors>``.
"""

from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtMultimedia import QMediaDevices

from app.capture.microphone import MicrophoneSource


def main() -> None:
    name, wav = sys.argv[1:3]
    app = QCoreApplication([])
    deadline = time.monotonic() + 10
    while not any(name in d.description() or name in bytes(d.id().data()).decode()
                  for d in QMediaDevices.audioInputs()):
        app.processEvents()
        if time.monotonic() > deadline:
            print("heard 0 0 no-device", flush=True)
            return
        time.sleep(0.05)
    mic = MicrophoneSource(name)
    chunks: list[bytes] = []
    errors: list[str] = []
    mic.start(lambda pcm, at: chunks.append(pcm), lambda: None, errors.append)
    player = subprocess.Popen(["paplay", "-d", "vsink", wav])
    while player.poll() is None:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    mic.stop()
    heard = np.frombuffer(b"".join(chunks), dtype="<i2")
    peak = int(np.abs(heard.astype(np.int32)).max()) if len(heard) else 0
    print(f"heard {len(heard)} {peak} {'|'.join(errors) or '-'}", flush=True)


if __name__ == "__main__":
    main()
