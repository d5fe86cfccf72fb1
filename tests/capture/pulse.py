"""A PulseAudio virtual microphone for tests: what is played into ``vsink`` is heard on ``vmic``."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


def _pactl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10)


@contextmanager
def virtual_microphone() -> Iterator[str]:
    """Start PulseAudio if none runs (stopped again by pid), add vsink/vmic, yield "vmic"."""
    if not shutil.which("pulseaudio"):
        raise RuntimeError("PulseAudio is not installed (Debian: pulseaudio pulseaudio-utils)")
    daemon = None
    if _pactl("info").returncode != 0:
        daemon = subprocess.Popen(["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n",
                                   "--load=module-native-protocol-unix"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while _pactl("info").returncode != 0:
            if time.monotonic() > deadline:
                daemon.kill()
                raise RuntimeError("PulseAudio did not start")
            time.sleep(0.1)
    modules: list[str] = []
    if "vmic" not in _pactl("list", "short", "sources").stdout:
        for args in (["module-null-sink", "sink_name=vsink", "rate=16000", "channels=1"],
                     ["module-virtual-source", "source_name=vmic", "master=vsink.monitor"]):
            modules.append(_pactl("load-module", *args).stdout.strip())
    try:
        yield "vmic"
    finally:
        for module in reversed(modules):
            _pactl("unload-module", module)
        if daemon is not None:
            daemon.terminate()
            daemon.wait(10)

