"""Incremental copy of the media folder (interview video and audio).

A file whose size and modification time match the previous backup's record is not re-hashed; a
file whose sha256 is already stored in the previous backup is hard-linked, not copied again. So a
nightly run over gigabytes of unchanged media costs a directory walk and some links.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from backup.files import sha256_file
from backup.layout import UnsafePath, safe_relpath
from backup.manifest import FileEntry, Manifest
from backup.writer import BackupWriter


@dataclass
class MediaStats:
    files: int = 0
    new_files: int = 0
    new_bytes: int = 0
    reused_files: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class Previous:
    """The newest earlier backup whose stored media this run may reuse."""

    folder: Path
    manifest: Manifest


def walk_media(media_dir: Path) -> list[tuple[str, os.stat_result]]:
    found: list[tuple[str, os.stat_result]] = []
    if not media_dir.is_dir():
        return found
    for root, dirs, files in os.walk(media_dir):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            st = os.lstat(full)
            if os.path.isfile(full) and not os.path.islink(full):
                found.append((Path(full).relative_to(media_dir).as_posix(), st))
    return found


def new_media_bytes(media_dir: Path, previous: Previous | None) -> int:
    """Bytes that are not in the previous backup (for the space check before writing)."""
    known = _by_source(previous)
    total = 0
    for rel, st in walk_media(media_dir):
        prev = known.get(rel)
        if not (prev and prev.plain_size == st.st_size and prev.source_mtime_ns == st.st_mtime_ns):
            total += st.st_size
    return total


def _by_source(previous: Previous | None) -> dict[str, FileEntry]:
    if previous is None:
        return {}
    return {e.source: e for e in previous.manifest.by_kind("media")}


def copy_media(
    writer: BackupWriter,
    media_dir: Path,
    previous: Previous | None,
    *,
    can_reuse: bool,
    progress: Callable[[str], None] | None = None,
) -> MediaStats:
    stats = MediaStats()
    by_source = _by_source(previous) if can_reuse else {}
    by_sha = {e.plain_sha256: e for e in by_source.values()}
    for rel, st in walk_media(media_dir):
        try:
            safe_relpath(rel)
        except UnsafePath:
            stats.skipped += 1
            continue
        stats.files += 1
        target = "media/" + rel
        prev = by_source.get(rel)
        if prev and prev.plain_size == st.st_size and prev.source_mtime_ns == st.st_mtime_ns:
            sha = prev.plain_sha256
        else:
            sha = sha256_file(media_dir / rel)
            prev = by_sha.get(sha)
        if prev is not None and previous is not None and prev.plain_sha256 == sha:
            entry = replace(prev, source=rel, source_mtime_ns=st.st_mtime_ns)
            writer.add_existing(target, previous.folder / prev.path, entry)
            stats.reused_files += 1
            continue
        if progress:
            progress(rel)
        writer.add_file(target, "media", media_dir / rel, compress=False, source=rel,
                        source_mtime_ns=st.st_mtime_ns)
        stats.new_files += 1
        stats.new_bytes += st.st_size
    return stats
