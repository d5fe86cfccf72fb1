"""The microphone through QtMultimedia: 16 kHz, mono, 16-bit, from the configured input.

Lives on the thread that creates it (the UI thread): ``QAudioSource`` delivers through the event
loop, and each delivery is a quick copy of a few milliseconds of sound.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QTimer
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from app.capture.audio_convert import ToSpeechFormat
from app.capture.audio_sources import ChunkCallback, EndCallback, ErrorCallback
from app.errors import UserFacingError


class MicrophoneMissingError(UserFacingError):
    pass


def find_microphone(name: str = "") -> QAudioDevice:
    """The input whose description or id contains ``name`` ("" = the system default)."""
    inputs = QMediaDevices.audioInputs()
    if name:
        for device in inputs:
            if name in (device.description(), bytes(device.id().data()).decode(errors="replace")) \
                    or name.lower() in device.description().lower():
                return device
        raise MicrophoneMissingError(
            QCoreApplication.translate("capture", "The microphone \"{0}\" is not connected.").format(name),
            QCoreApplication.translate("capture", "Connect it, or choose another microphone in Settings; the interview can go on as text."))
    default = QMediaDevices.defaultAudioInput()
    if default.isNull():
        raise MicrophoneMissingError(
            QCoreApplication.translate("capture", "No microphone was found on this computer."),
            QCoreApplication.translate("capture", "Connect one and start the answer again, or continue the interview as text."))
    return default


def speech_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(16000)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


class MicrophoneSource(QObject):
    def __init__(self, device_name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = find_microphone(device_name)
        self.description = self.device.description()
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._on_chunk: ChunkCallback | None = None
        self._on_error: ErrorCallback | None = None
        self._convert = ToSpeechFormat(16000, 1, "Int16")
        self._devices = QMediaDevices(self)
        self._watch = QTimer(self)
        self._watch.setInterval(500)
        self._watch.timeout.connect(self._check_error)

    def start(self, on_chunk: ChunkCallback, on_end: EndCallback, on_error: ErrorCallback) -> None:
        self._on_chunk, self._on_error = on_chunk, on_error
        fmt = speech_format()
        if not self.device.isFormatSupported(fmt):  # e.g. WASAPI: 48 kHz stereo float only
            fmt = self.device.preferredFormat()
        self._convert = ToSpeechFormat(fmt.sampleRate(), fmt.channelCount(), fmt.sampleFormat().name)
        self._source = QAudioSource(self.device, fmt, self)
        self._source.setBufferSize(max(fmt.bytesForDuration(200_000), 3200))  # 200 ms
        # stateChanged cannot be delivered to Python in PySide6 6.12 (QAudio::State conversion
        # fails), so the source's error is polled instead.
        self._watch.start()
        self._devices.audioInputsChanged.connect(self._inputs_changed)
        self._io = self._source.start()
        if self._io is None or self._source.error() != QtAudio.Error.NoError:
            on_error(QCoreApplication.translate("capture", "{0}: it could not be opened").format(self.description))
            return
        self._io.readyRead.connect(self._read)

    def stop(self) -> None:
        self._watch.stop()
        if self._source is not None:
            self._read()
            self._source.stop()
            self._source.deleteLater()
            self._source = None
            self._io = None
        with contextlib.suppress(RuntimeError, TypeError):
            self._devices.audioInputsChanged.disconnect(self._inputs_changed)

    def _read(self) -> None:
        if self._io is None or self._on_chunk is None:
            return
        data = self._convert.convert(bytes(self._io.readAll().data()))
        if data:
            self._on_chunk(data, time.monotonic())

    def _check_error(self) -> None:
        if self._source is not None and self._source.error() not in (
                QtAudio.Error.NoError, QtAudio.Error.UnderrunError) and self._on_error:
            self._watch.stop()
            self._on_error(QCoreApplication.translate("capture", "{0}: it stopped ({1})").format(self.description, self._source.error().name))

    def _inputs_changed(self) -> None:
        ids = {bytes(d.id().data()) for d in QMediaDevices.audioInputs()}
        if bytes(self.device.id().data()) not in ids and self._on_error:
            self._on_error(QCoreApplication.translate("capture", "{0}: it was disconnected").format(self.description))
