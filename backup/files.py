"""Small file helpers shared by the backup steps: streaming reads, hashing and fsync."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from app.durable import fsync_dir, fsync_file

__all__ = ["fsync_dir", "fsync_file"]

CHUNK = 1 << 20  # 1 MiB: large media files are always streamed, never read whole.


class Readable(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


class HashingReader:
    """Pass reads through while hashing and counting them (one pass for check + decode)."""

    def __init__(self, f: Readable) -> None:
        self.f = f
        self.size = 0
        self.hash = hashlib.sha256()

    def read(self, n: int = -1, /) -> bytes:
        data = self.f.read(n)
        self.size += len(data)
        self.hash.update(data)
        return data


def read_chunks(f: Readable, size: int = CHUNK) -> Iterator[bytes]:
    while True:
        data = f.read(size)
        if not data:
            return
        yield data


def file_chunks(path: Path, size: int = CHUNK) -> Iterator[bytes]:
    with open(path, "rb") as f:
        yield from read_chunks(f, size)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    for data in file_chunks(path):
        h.update(data)
    return h.hexdigest()


def tree_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, name)).st_size
    return total
