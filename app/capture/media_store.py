"""The media folder: every recording stored once, named by its content hash.

Layout ``<media>/<sha256[:2]>/<sha256>.<ext>`` so that backups can copy media incrementally and a
row can check the file it refers to (size + sha256).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from app.capture.durable import fsync_dir, fsync_file
from app.domain import MediaRef

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def store_media(src: Path, media_dir: Path, *, kind: str, duration_s: float,
                move: bool = False) -> MediaRef:
    """Copy (or move) ``src`` into the media folder under its hash; an identical file is kept once."""
    digest = sha256_of(src)
    ext = src.suffix.lstrip(".").lower() or "bin"
    relpath = f"{digest[:2]}/{digest}.{ext}"
    target = media_dir / relpath
    size = src.stat().st_size
    if not (target.exists() and target.stat().st_size == size):
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".partial")
        if move:
            shutil.move(str(src), tmp)
        else:
            shutil.copyfile(src, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    elif move:
        src.unlink()
    return MediaRef(kind=kind, relpath=relpath, size=size, sha256=digest, duration_s=duration_s)
