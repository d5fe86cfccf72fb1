"""Turn a recording folder into one playable file (H.264 + AAC in MKV) in the media folder.

Video segments are joined by copying their packets (no second encode), so finalizing costs little
more than reading the segments; audio chunks are encoded once to AAC. A segment cut short by a
crash is read up to the damage. Used both at the end of an answer and for recovery after a crash.
"""

from __future__ import annotations

import logging
import shutil
import threading
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
import soundfile as sf

from app.capture.durable import fsync_file
from app.capture.media_store import store_media
from app.capture.recording_folder import RecordingFolder, find_orphans
from app.capture.segment_writers import EncodedAudio
from app.domain import MediaRef

log = logging.getLogger(__name__)
MS = Fraction(1, 1000)
# Our segments describe their stream in the MKV header; probing frames is not needed (3x faster).
FAST_OPEN = {"probesize": "32", "analyzeduration": "0"}


@dataclass(frozen=True)
class FinalizedRecording:
    folder_id: str
    labels: dict[str, str]
    media: MediaRef | None  # None: nothing had been recorded


def _read_video_packets(segments: list[Path]) -> tuple[list[av.Packet[Any]], av.video.stream.VideoStream | None, list[av.container.InputContainer]]:
    packets: list[av.Packet[Any]] = []
    template = None
    opened: list[av.container.InputContainer] = []
    last_dts = -1
    for seg in segments:
        try:
            container = av.open(str(seg), options=FAST_OPEN)
        except (av.error.FFmpegError, OSError):
            log.warning("skipping unreadable video segment %s", seg.name)
            continue
        opened.append(container)
        if not container.streams.video:
            continue
        stream = container.streams.video[0]
        if template is None:
            template = stream
        try:
            for packet in container.demux(stream):
                if packet.pts is None or packet.size == 0:
                    continue
                if packet.dts is None:  # the first packet, when opened without probing
                    packet.dts = packet.pts  # no B-frames (zerolatency), so dts == pts
                dts_ms = int(packet.dts * (stream.time_base or MS) * 1000)
                if dts_ms <= last_dts:
                    continue
                last_dts = dts_ms
                packets.append(packet)
        except (av.error.FFmpegError, OSError):
            log.warning("video segment %s is cut short; kept what was readable", seg.name)
    return packets, template, opened


def _read_audio(folder: RecordingFolder) -> np.ndarray:
    parts = []
    for chunk in folder.audio_chunks():
        try:
            data, _ = sf.read(str(chunk), dtype="int16")
        except (RuntimeError, OSError, sf.LibsndfileError):
            log.warning("skipping unreadable audio chunk %s", chunk.name)
            continue
        parts.append(data.reshape(-1))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)


def _encode_audio(stream: av.audio.stream.AudioStream, samples: np.ndarray, rate: int,
                  offset_s: float) -> list[av.Packet[Any]]:
    start = int(round(offset_s * rate))
    step = 1024 * 8
    packets: list[av.Packet[Any]] = []
    for i in range(0, len(samples), step):
        block = np.ascontiguousarray(samples[i:i + step].reshape(1, -1))
        frame = av.AudioFrame.from_ndarray(block, format="s16", layout="mono")
        frame.sample_rate = rate
        frame.pts = start + i
        frame.time_base = Fraction(1, rate)
        packets.extend(stream.encode(frame))
    packets.extend(stream.encode())
    return packets


def _seconds(packet: av.Packet[Any]) -> float:
    return float((packet.dts if packet.dts is not None else packet.pts or 0) * packet.time_base)


def _wav_samples(folder: RecordingFolder) -> int:
    total = 0
    for chunk in folder.audio_chunks():
        try:
            total += sf.info(str(chunk)).frames
        except (RuntimeError, OSError, sf.LibsndfileError):
            return -1
    return total


def _audio_packets(out: av.container.OutputContainer, folder: RecordingFolder,
                   encoded: EncodedAudio | None) -> tuple[list[av.Packet[Any]], float]:
    """AAC packets on the recording's clock and the audio's end time (0 = no audio)."""
    rate = int(folder.info.get("sample_rate", 16000))
    offset = folder.audio_start_s()
    if encoded is not None and encoded.samples and encoded.samples == _wav_samples(folder):
        stream = out.add_stream("aac", rate=encoded.rate, layout="mono")
        stream.codec_context.extradata = encoded.extradata
        shift = int(round(offset * encoded.rate))
        for packet in encoded.packets:
            packet.stream = stream
            if packet.pts is not None:
                packet.pts += shift
            if packet.dts is not None:
                packet.dts += shift
        return list(encoded.packets), offset + encoded.samples / encoded.rate
    samples = _read_audio(folder)
    if not len(samples):
        return [], 0.0
    stream = out.add_stream("aac", rate=rate, layout="mono", options={"aac_coder": "fast"})
    stream.codec_context.bit_rate = 48000
    packets = _encode_audio(stream, samples, rate, offset)
    for packet in packets:
        packet.stream = stream
    return packets, offset + len(samples) / rate


def join_segments(folder: RecordingFolder, target: Path, encoded_audio: EncodedAudio | None = None) -> float:
    """Write ``target`` from the folder's segments; returns the duration in seconds (0 = nothing).

    ``encoded_audio`` (from the recorder) is used when it matches the WAV chunks on disk;
    otherwise (recovery after a crash) the chunks are encoded here.
    """
    packets, template, opened = _read_video_packets(folder.video_segments())
    if not packets and not folder.audio_chunks():
        for c in opened:
            c.close()
        return 0.0
    duration = 0.0
    try:
        with av.open(str(target), "w", format="matroska") as out:
            timeline: list[av.Packet[Any]] = []
            if packets and template is not None:
                vstream = out.add_stream_from_template(template)
                for packet in packets:
                    packet.stream = vstream
                timeline.extend(packets)
                fps = float(folder.info.get("fps", 15.0)) or 15.0
                duration = _seconds(packets[-1]) + 1 / fps
            audio_packets, audio_end = _audio_packets(out, folder, encoded_audio)
            timeline.extend(audio_packets)
            duration = max(duration, audio_end)
            if not timeline:
                return 0.0
            timeline.sort(key=_seconds)
            for packet in timeline:
                out.mux(packet)
    finally:
        for c in opened:
            c.close()
    fsync_file(target)
    return duration


def finalize_recording(folder: RecordingFolder, media_dir: Path,
                       encoded_audio: EncodedAudio | None = None) -> FinalizedRecording:
    """Join, store by hash, mark the folder finalized, then remove the segments."""
    labels = dict(folder.info.get("labels", {}))
    if folder.state == "finalized":
        media = MediaRef(**folder.info["media"]) if folder.info.get("media") else None
    else:
        target = folder.path / "answer.mkv"
        duration = join_segments(folder, target, encoded_audio)
        media = None
        if duration > 0:
            kind = "video" if folder.video_segments() else "audio"
            media = store_media(target, media_dir, kind=kind, duration_s=round(duration, 3),
                                move=True)
        folder.set_state("finalized", media=media.__dict__ if media else None)
    # Deleting the segments is not the clerk's wait; a folder left by an exit is removed next time.
    threading.Thread(target=shutil.rmtree, args=(folder.path, True), name="segment-cleanup",
                     daemon=True).start()
    return FinalizedRecording(str(folder.info.get("id")), labels, media)


def recover_orphans(recordings_dir: Path, media_dir: Path) -> list[FinalizedRecording]:
    """Finalize every recording a crashed app left behind (call at start-up, off the UI thread)."""
    remove_finalized_leftovers(recordings_dir)
    recovered = []
    for folder in find_orphans(recordings_dir):
        try:
            recovered.append(finalize_recording(folder, media_dir))
        except Exception:
            log.exception("could not recover recording %s; left in place", folder.path)
    return recovered


def remove_finalized_leftovers(recordings_dir: Path) -> None:
    """Folders whose recording is already in the media folder but whose segments were not deleted."""
    if not recordings_dir.is_dir():
        return
    for path in recordings_dir.iterdir():
        try:
            if path.is_dir() and RecordingFolder.open(path).state == "finalized":
                shutil.rmtree(path, ignore_errors=True)
        except (OSError, ValueError):
            continue
