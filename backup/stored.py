"""Write one file into a backup (compress, encrypt, hash, fsync) and read it back as plaintext.

Both directions stream in 1 MiB pieces. Reading enforces the plaintext size the manifest declares,
so a hostile or damaged file can never expand past it (a decompression bomb stops at once).
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from backup.crypto import EncryptingWriter, Key, KeyRing, decrypt_chunks
from backup.files import CHUNK, Readable, read_chunks


@dataclass(frozen=True)
class Stored:
    size: int
    sha256: str
    plain_size: int
    plain_sha256: str


class DecodeError(Exception):
    """The stored bytes do not decode to what the manifest promised."""


SYNC_EVERY = 8 << 20


class _HashingSink:
    """Hash and count what is written; flush to disk every 8 MiB.

    Why the periodic flush: a clerk's save ends with an fsync, and on a journaling filesystem that
    fsync waits for whatever dirty data the backup has piled up. Flushing as we go keeps that pile
    (and the save's wait) small.
    """

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        self.size = 0
        self.hash = hashlib.sha256()
        self._unsynced = 0

    def write(self, data: bytes) -> None:
        self.f.write(data)
        self.size += len(data)
        self.hash.update(data)
        self._unsynced += len(data)
        if self._unsynced >= SYNC_EVERY:
            self.f.flush()
            os.fdatasync(self.f.fileno()) if hasattr(os, "fdatasync") else os.fsync(self.f.fileno())
            self._unsynced = 0


def store_stream(
    chunks: Iterable[bytes], dest: Path, *, compress: bool, key: Key | None
) -> Stored:
    plain = hashlib.sha256()
    plain_size = 0
    with open(dest, "xb") as f:
        sink = _HashingSink(f)
        enc = EncryptingWriter(sink, key) if key is not None else None
        comp = zlib.compressobj(1) if compress else None

        def put(data: bytes) -> None:
            if data:
                if enc is not None:
                    enc.write(data)
                else:
                    sink.write(data)

        for data in chunks:
            plain.update(data)
            plain_size += len(data)
            put(comp.compress(data) if comp is not None else data)
        if comp is not None:
            put(comp.flush())
        if enc is not None:
            enc.close()
        f.flush()
        os.fsync(f.fileno())
    return Stored(sink.size, sink.hash.hexdigest(), plain_size, plain.hexdigest())


def store_file(src: Path, dest: Path, *, compress: bool, key: Key | None) -> Stored:
    with open(src, "rb") as f:
        return store_stream(read_chunks(f), dest, compress=compress, key=key)


def read_plain(
    f: Readable, *, compressed: bool, encrypted: bool, keyring: KeyRing, plain_size: int
) -> Iterator[bytes]:
    """Yield the original bytes; raise DecodeError when they exceed or fall short of plain_size.

    crypto.DecryptError subclasses pass through so the caller can tell a wrong password apart.
    """
    raw = decrypt_chunks(f, keyring) if encrypted else read_chunks(f)
    total = 0
    pieces = _inflate(raw) if compressed else raw
    for data in pieces:
        total += len(data)
        if total > plain_size:
            raise DecodeError("it expands beyond the size the manifest declares")
        yield data
    if total != plain_size:
        raise DecodeError(f"it holds {total} bytes, the manifest says {plain_size}")


def _inflate(raw: Iterable[bytes]) -> Iterator[bytes]:
    """Decompress with bounded output per step (zlib max_length), whatever the input ratio."""
    d = zlib.decompressobj()
    for data in raw:
        if d.eof:
            raise DecodeError("it has data after the end of its compressed stream")
        pending = data
        while True:
            try:
                out = d.decompress(pending, CHUNK)
            except zlib.error as e:
                raise DecodeError(f"it does not decompress ({e})") from None
            pending = d.unconsumed_tail
            if out:
                yield out
            if d.eof:
                if pending or d.unused_data:
                    raise DecodeError("it has data after the end of its compressed stream")
                break
            if not pending and len(out) < CHUNK:
                break  # input used up and no output left waiting inside zlib
    if not d.eof:
        raise DecodeError("its compressed data is cut short")
